import { lstat, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temporary file this old cannot belong to a save still running (a save takes milliseconds). */
export const staleTemporaryMs = 60_000;

/**
 * write-file-atomic writes `<file>.<32-bit hash in decimal>` beside the file and renames it over
 * the file; a writer killed in between leaves it behind. Removes those of `file` older than a
 * minute. Only that exact pattern is touched: `report.txt.annotations.json.123456789`, never
 * `report.txt.annotations.json.bak` or another file's temporaries.
 */
export async function removeStaleTemporaries(file: string, now = Date.now()): Promise<string[]> {
  const prefix = `${basename(file)}.`;
  const entries = await readdir(dirname(file)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of entries) {
    if (!name.startsWith(prefix) || !/^\d{1,10}$/.test(name.slice(prefix.length))) continue;
    const path = join(dirname(file), name);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile() || now - info.mtimeMs < staleTemporaryMs) continue;
    await unlink(path).then(
      () => removed.push(path),
      () => undefined,
    );
  }
  return removed;
}
