import { decodeDocumentText } from '../core/text/decode';
import { readDocument } from '../host/node-corpus-reader';

export interface DocumentText {
  /** Absolute path. */
  readonly document: string;
  /** As the command prints it. */
  readonly path: string;
  readonly text: string;
  readonly format: 'markdown' | 'plain';
}

export interface ReadingReports {
  /** A file left out on purpose (binary); not a problem. */
  skipped(message: string): void;
  /** A file that could not be read: the command ends with exit 1. */
  problem(message: string): void;
  /** Called before each document is read. */
  reading?(index: number, total: number): void;
}

/** The decoded text of each document in turn; binary files are skipped and unreadable ones reported, both by name. */
export async function* documentTexts(
  documents: readonly string[],
  display: (absolute: string) => string,
  reports: ReadingReports,
): AsyncGenerator<DocumentText> {
  for (const [index, document] of documents.entries()) {
    reports.reading?.(index, documents.length);
    const path = display(document);
    const read = await readDocument(document);
    if (read.kind === 'binary') reports.skipped(`skipped ${path}: a binary file (it contains NUL bytes)`);
    else if (read.kind === 'error') reports.problem(`${path}: ${read.message}`);
    else yield { document, path, text: decodeDocumentText(read.bytes), format: /\.(md|markdown)$/i.test(document) ? 'markdown' : 'plain' };
  }
}
