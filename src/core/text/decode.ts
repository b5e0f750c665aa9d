const byteOrderMark = '\uFEFF';

/**
 * Decodes a document's bytes as UTF-8 and drops a leading byte order mark, so the text (and
 * every offset into it) is the same as VS Code's `TextDocument.getText()`, which never
 * includes the BOM. Invalid byte sequences become U+FFFD.
 */
export function decodeDocumentText(bytes: Uint8Array): string {
  return stripByteOrderMark(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

/** The text without a leading U+FEFF. Offsets in sidecars never count the BOM. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(byteOrderMark) ? text.slice(1) : text;
}
