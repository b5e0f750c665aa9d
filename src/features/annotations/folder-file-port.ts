import * as vscode from 'vscode';
import type { FilePort } from '../../core/store/file-port';
import { vscodeFilePort } from '../../host/vscode-file-port';

/**
 * The VS Code file port addressed by paths relative to a workspace folder. The store works out a
 * new sidecar's `document` field (the document relative to the sidecar) from the sidecar path it
 * is given and the document's folder-relative path, so both have to be folder-relative: with a
 * URI as the sidecar path the field came out as `../../../../../<document path>`.
 */
export function folderFilePort(folder: vscode.WorkspaceFolder): FilePort {
  // The same URI strings the rest of the extension uses, so `exclusive` locks the same keys.
  const uri = (path: string): string => vscode.Uri.joinPath(folder.uri, ...path.split('/')).toString();
  const exclusive = vscodeFilePort.exclusive?.bind(vscodeFilePort);
  return {
    read: (path) => vscodeFilePort.read(uri(path)),
    stat: (path) => vscodeFilePort.stat(uri(path)),
    writeAtomic: (path, bytes) => vscodeFilePort.writeAtomic(uri(path), bytes),
    ...(exclusive ? { exclusive: <R>(path: string, task: () => Promise<R>) => exclusive(uri(path), task) } : {}),
  };
}
