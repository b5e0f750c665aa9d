import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export interface FileLockOptions {
  /** How long to wait for another writer before refusing. */
  readonly timeoutMs?: number;
  /** A lock older than this is considered abandoned whoever holds it (a save takes milliseconds). */
  readonly staleMs?: number;
}

/**
 * Runs `task` while holding `<path>.lock`, created exclusively (O_EXCL), so that two Marginalia
 * processes (two windows, or the CLI and the editor) cannot both read, check and replace the same
 * file at once. The lock names its owner; a lock whose owner process is gone (killed mid-save) or
 * that is older than `staleMs` is removed. When another live writer holds it past `timeoutMs`,
 * the task is refused with an error that names the file.
 */
export async function withFileLock<R>(path: string, task: () => Promise<R>, options: FileLockOptions = {}): Promise<R> {
  const lockPath = `${path}.lock`;
  const token = `${process.pid} ${hostname()} ${randomUUID()}`;
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  const staleMs = options.staleMs ?? 30_000;
  await mkdir(dirname(path), { recursive: true });
  for (;;) {
    try {
      await writeFile(lockPath, token, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await removeIfAbandoned(lockPath, staleMs)) continue;
    if (Date.now() > deadline) {
      throw new Error(`${path} is being written by another Marginalia window or the CLI (${lockPath} exists); nothing was written. Try again in a moment.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
  try {
    return await task();
  } finally {
    const holder = await readFile(lockPath, 'utf8').catch(() => undefined);
    if (holder === token) await unlink(lockPath).catch(() => undefined);
  }
}

async function removeIfAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  const [holder, info] = await Promise.all([readFile(lockPath, 'utf8').catch(() => undefined), stat(lockPath).catch(() => undefined)]);
  if (holder === undefined || !info) return true; // released meanwhile: try again at once
  const age = Date.now() - info.mtimeMs;
  const [pid, host] = holder.split(' ');
  const ownerGone = host === hostname() && Number(pid) > 0 && !processAlive(Number(pid));
  // An empty or partial lock is a writer killed between creating and filling it.
  const unreadable = holder.split(' ').length !== 3 && age > 1_000;
  if (!ownerGone && !unreadable && age <= staleMs) return false;
  // Remove only the abandoned lock seen above, not one a live writer took since.
  const again = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (again !== holder) return again === undefined;
  await unlink(lockPath).catch(() => undefined);
  return true;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
