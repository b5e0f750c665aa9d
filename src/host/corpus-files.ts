import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** File name endings of documents Marginalia annotates. */
export const documentExtensions = ['.txt', '.md', '.markdown'];

export function isDocumentPath(path: string): boolean {
  const lower = path.toLowerCase();
  return documentExtensions.some((ext) => lower.endsWith(ext));
}

/** Folders never searched: dependencies, git internals and dot-folders other than `.marginalia`. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || (name.startsWith('.') && name !== '.marginalia');
}

/** Every file under `folder` (absolute paths), skipping `isSkippedFolder` folders. */
export async function listFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) pending.push(path);
      } else if (entry.isFile()) {
        out.push(path);
      }
    }
  }
  return out.sort();
}

/**
 * The corpus root of a path: the nearest folder at or above it that holds a `.marginalia`
 * folder, or undefined when there is none.
 */
export async function findCorpusRoot(path: string): Promise<string | undefined> {
  let current = (await stat(path)).isDirectory() ? path : dirname(path);
  for (;;) {
    const marker = await stat(join(current, '.marginalia')).catch(() => undefined);
    if (marker?.isDirectory()) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
