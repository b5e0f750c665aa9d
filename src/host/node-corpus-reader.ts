import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDocumentPath, listFiles } from './corpus-files';
import { leavesCorpus, outsideCorpusMessage } from './symlink-boundary';

export type DocumentRead =
  | { readonly kind: 'text'; readonly bytes: Uint8Array }
  | { readonly kind: 'binary' }
  | { readonly kind: 'error'; readonly message: string };

export interface CollectedDocuments {
  /** Absolute paths of documents, sorted, without duplicates. */
  readonly documents: string[];
  /** Paths that do not exist or cannot be listed, with a message. */
  readonly problems: { readonly path: string; readonly message: string }[];
  /** Paths named directly that are not documents (.txt, .md, .markdown). */
  readonly notDocuments: string[];
}

/** Documents named directly and found under folders (recursively; node_modules and dot-folders skipped). */
export async function collectDocuments(paths: readonly string[], cwd: string): Promise<CollectedDocuments> {
  const documents = new Set<string>();
  const problems: { path: string; message: string }[] = [];
  const notDocuments: string[] = [];
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      problems.push({ path: given, message: info.code === 'ENOENT' ? 'no such file or folder' : info.message });
      continue;
    }
    if (await leavesCorpus(absolute)) {
      problems.push({ path: given, message: outsideCorpusMessage });
    } else if (info.isDirectory()) {
      try {
        for (const file of await listFiles(absolute)) if (isDocumentPath(file)) documents.add(file);
      } catch (error) {
        problems.push({ path: given, message: (error as Error).message });
      }
    } else if (isDocumentPath(absolute)) {
      documents.add(absolute);
    } else {
      notDocuments.push(given);
    }
  }
  return { documents: [...documents].sort(), problems, notDocuments };
}

/** A document's bytes, or `binary` when they hold a NUL byte. Symbolic links out of the corpus are not followed. */
export async function readDocument(path: string): Promise<DocumentRead> {
  try {
    if (await leavesCorpus(path)) return { kind: 'error', message: outsideCorpusMessage };
    const bytes = await readFile(path);
    return bytes.includes(0) ? { kind: 'binary' } : { kind: 'text', bytes };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

/**
 * A file's text, or undefined when it does not exist. Throws, with a message for the user, when
 * it cannot be read or is a symbolic link out of the corpus.
 */
export async function readOptionalText(path: string): Promise<string | undefined> {
  if (await leavesCorpus(path)) throw new Error(outsideCorpusMessage);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
