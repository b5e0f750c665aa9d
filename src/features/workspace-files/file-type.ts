import * as vscode from 'vscode';

/** File or directory (symbolic links resolved), or undefined when nothing is there. */
export async function fileType(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type & ~vscode.FileType.SymbolicLink;
  } catch {
    return undefined;
  }
}
