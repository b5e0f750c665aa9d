import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the UTF-8 encoding of a document's text (BOM already stripped). */
export function hashText(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** `sha256:<hex>` of raw bytes, used to recognise the exact version of a file read earlier. */
export function hashBytes(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}
