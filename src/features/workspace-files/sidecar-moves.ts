import * as vscode from 'vscode';
import { documentFieldFor, documentPathForSidecar, sidecarSuffix } from '../../core/store/paths';
import { serializeSidecar } from '../../core/store/serialize';
import { parseSidecar } from '../../core/store/sidecar-format';
import { vscodeFilePort } from '../../host/vscode-file-port';
import { locationOf } from '../annotations/corpus-location';
import { fileType } from './file-type';
import { sidecarLayout } from '../annotations/settings';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** A sidecar folder (mirror layout) that moved with a document folder: its `document` fields are fixed afterwards. */
export interface MovedSidecarFolder {
  readonly folder: vscode.Uri;
}

export interface SidecarMovePlan {
  /** Applied before the documents move (through `onWillRenameFiles`). */
  readonly edit: vscode.WorkspaceEdit;
  readonly movedFolders: readonly MovedSidecarFolder[];
  /** Sidecars that could not follow, for a warning. */
  readonly skipped: readonly string[];
}

/**
 * Works out how sidecars follow renamed or moved documents and folders:
 * - a document's sidecar moves to the document's new sidecar path, with its `document` field
 *   (the document relative to the sidecar) rewritten when it changes;
 * - a folder's sidecars move with it in the `beside` layout (nothing to do); in the mirror
 *   layout the matching folder under `.marginalia/annotations` moves too.
 */
export async function planSidecarMoves(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<SidecarMovePlan> {
  const edit = new vscode.WorkspaceEdit();
  const movedFolders: MovedSidecarFolder[] = [];
  const skipped: string[] = [];
  const renamed = new Set(files.map((file) => file.oldUri.toString()));
  for (const { oldUri, newUri } of files) {
    const oldFolder = vscode.workspace.getWorkspaceFolder(oldUri);
    const newFolder = vscode.workspace.getWorkspaceFolder(newUri);
    const from = oldFolder && locationOf(oldFolder, oldUri);
    if (!from || oldUri.path.endsWith(sidecarSuffix)) continue;
    const type = await fileType(oldUri);
    if (type === vscode.FileType.Directory) {
      if (sidecarLayout(oldFolder).kind === 'beside') continue;
      const oldMirror = parentUri(from.sidecarUri, oldUri);
      const to = newFolder && locationOf(newFolder, newUri);
      if ((await fileType(oldMirror)) !== vscode.FileType.Directory) continue;
      if (!to) {
        skipped.push(vscode.workspace.asRelativePath(oldMirror));
        continue;
      }
      const newMirror = parentUri(to.sidecarUri, newUri);
      edit.renameFile(oldMirror, newMirror, { overwrite: false });
      movedFolders.push({ folder: newMirror });
      continue;
    }
    if (renamed.has(from.sidecarUri.toString()) || (await fileType(from.sidecarUri)) !== vscode.FileType.File) continue;
    const to = newFolder && locationOf(newFolder, newUri);
    if (!to || (await fileType(to.sidecarUri)) !== undefined) {
      skipped.push(vscode.workspace.asRelativePath(from.sidecarUri));
      continue;
    }
    const rewritten = await withDocumentField(from.sidecarUri, documentFieldFor(relativeTo(newFolder!, to.sidecarUri), to.documentPath));
    if (rewritten) {
      edit.createFile(to.sidecarUri, { contents: rewritten, overwrite: false });
      edit.deleteFile(from.sidecarUri);
    } else {
      edit.renameFile(from.sidecarUri, to.sidecarUri, { overwrite: false });
    }
  }
  return { edit, movedFolders, skipped };
}

/** Rewrites the `document` field of every sidecar under a moved mirror folder. */
export async function fixDocumentFields(moved: MovedSidecarFolder): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(moved.folder);
  if (!folder) return;
  for (const sidecar of await sidecarsUnder(moved.folder)) {
    const sidecarPath = relativeTo(folder, sidecar);
    const documentPath = documentPathForSidecar(sidecarPath, sidecarLayout(folder));
    if (documentPath === undefined) continue;
    const rewritten = await withDocumentField(sidecar, documentFieldFor(sidecarPath, documentPath));
    if (rewritten) await vscodeFilePort.writeAtomic(sidecar.toString(), rewritten);
  }
}

/**
 * The sidecars in a folder and its subfolders, read through workspace.fs (findFiles finds nothing
 * in virtual workspaces). Symbolic links are not followed: the mirror folder holds real files.
 */
async function sidecarsUnder(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => []);
  for (const [name, type] of entries) {
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.SymbolicLink) continue;
    if (type & vscode.FileType.Directory) found.push(...(await sidecarsUnder(uri)));
    else if (type & vscode.FileType.File && name.endsWith(sidecarSuffix)) found.push(uri);
  }
  return found;
}

/** The sidecar's bytes with a new `document` field; undefined when it already has it or is not a readable version-2 sidecar. */
async function withDocumentField(sidecar: vscode.Uri, documentField: string): Promise<Uint8Array | undefined> {
  const text = decoder.decode(await vscode.workspace.fs.readFile(sidecar));
  const parsed = parseSidecar(text, vscode.workspace.asRelativePath(sidecar));
  // Version 1 has no `document` field; unreadable files are moved as they are.
  if (!parsed.ok || !/"version"\s*:\s*2\b/.test(text) || parsed.value.document === documentField) return undefined;
  return encoder.encode(serializeSidecar({ ...parsed.value, document: documentField }));
}


/**
 * For a folder `docs/a` whose would-be sidecar is `.marginalia/annotations/docs/a.annotations.json`,
 * the mirror folder `.marginalia/annotations/docs/a`.
 */
function parentUri(sidecarOfFolder: vscode.Uri, folder: vscode.Uri): vscode.Uri {
  const name = folder.path.slice(folder.path.lastIndexOf('/') + 1);
  return vscode.Uri.joinPath(sidecarOfFolder, '..', name);
}

function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/?$/, '/').length);
}
