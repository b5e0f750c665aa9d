import * as vscode from 'vscode';
import type { FilePort, FileStamp } from '../core/store/file-port';
import { withFileLock } from './file-lock';
import { nodeFileSystem } from './node-file-system';

/**
 * The store's file port in the extension. Paths are URI strings. Reads and stats go through
 * `vscode.workspace.fs`, so virtual and remote workspaces work. Local files are replaced with
 * write-file-atomic, which fsyncs before it renames; `workspace.fs` has no fsync, so other
 * schemes get a temporary file and a rename, atomic but not flushed.
 */
export const vscodeFilePort: FilePort = {
  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.parse(path));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },

  async stat(path: string): Promise<FileStamp | undefined> {
    try {
      const info = await vscode.workspace.fs.stat(vscode.Uri.parse(path));
      return info.type & vscode.FileType.File ? { mtimeMs: info.mtime, size: info.size } : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },

  async writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
    const uri = vscode.Uri.parse(path);
    if (uri.scheme === 'file') return nodeFileSystem.writeAtomic(uri.fsPath, bytes);
    const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2)}.tmp` });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(temporary, bytes);
    try {
      await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
    } catch (error) {
      await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
      throw error;
    }
  },

  /** Local files share the lock with the CLI and other windows; other schemes have no such lock. */
  exclusive<R>(path: string, task: () => Promise<R>): Promise<R> {
    const uri = vscode.Uri.parse(path);
    return uri.scheme === 'file' ? withFileLock(uri.fsPath, task) : task();
  },
};

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}
