import { lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { FilePort, FileStamp } from '../core/store/file-port';
import { withFileLock } from './file-lock';
import { removeStaleTemporaries } from './stale-temporaries';

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * The store's file port on Node's file system (CLI, tests). Writes go through
 * write-file-atomic: a temporary file in the same folder, fsync, then rename over the target.
 * Saves hold `<file>.lock` (see file-lock.ts) so two processes cannot interleave check and write;
 * each save first removes temporaries a killed writer left beside the file (stale-temporaries.ts).
 */
export const nodeFileSystem: FilePort = {
  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(path);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },

  async stat(path: string): Promise<FileStamp | undefined> {
    try {
      const info = await stat(path);
      return info.isFile() ? { mtimeMs: info.mtimeMs, size: info.size } : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },

  async writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    // write-file-atomic would replace the link's target, wherever it points.
    if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) {
      throw new Error(`${path} is a symbolic link; Marginalia does not write through links. Replace it with the file itself.`);
    }
    await removeStaleTemporaries(path);
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
  },

  exclusive<R>(path: string, task: () => Promise<R>): Promise<R> {
    return withFileLock(path, task);
  },
};
