import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { sidecarSuffix } from '../../core/store/paths';
import { locationOf } from '../annotations/corpus-location';
import { fileType } from './file-type';
import { section, sidecarLayout } from '../annotations/settings';

/** A sidecar left behind by a document (or, in the mirror layout, a folder) deleted in VS Code. */
export interface LeftoverSidecar {
  readonly document: vscode.Uri;
  /** The sidecar file, or the mirror folder of a deleted folder. */
  readonly sidecar: vscode.Uri;
}

export type LeftoverChoice = 'keep' | 'delete';

export interface DeletedDocumentPrompts {
  /** Asks what to do with the sidecars of deleted documents; undefined (dismissed) keeps them. */
  askAboutSidecars(leftovers: readonly LeftoverSidecar[]): Promise<LeftoverChoice | undefined>;
}

export const defaultDeletedDocumentPrompts: DeletedDocumentPrompts = {
  async askAboutSidecars(leftovers) {
    const remove = 'Delete Annotations';
    const keep = 'Keep';
    const first = leftovers[0]!;
    const message =
      leftovers.length === 1
        ? `“${vscode.workspace.asRelativePath(first.document)}” was deleted. Its annotations are still in ${vscode.workspace.asRelativePath(first.sidecar)}. Delete them too?`
        : `${leftovers.length} deleted documents left their annotation files behind. Delete those too?`;
    // Not modal: ignoring the question keeps the annotations, the safe outcome.
    const choice = await vscode.window.showInformationMessage(inertText(`Marginalia: ${message}`), remove, keep);
    return choice === remove ? 'delete' : choice === keep ? 'keep' : undefined;
  },
};

/** What `marginalia.sidecars.onDocumentDeleted` says to do. */
export function deletedDocumentPolicy(scope: vscode.ConfigurationScope | undefined): 'ask' | LeftoverChoice {
  const value = vscode.workspace.getConfiguration(section, scope).get<string>('sidecars.onDocumentDeleted');
  return value === 'keep' || value === 'delete' ? value : 'ask';
}

/** Before deletion (while the files still exist): the sidecars that would be left behind. */
export async function findLeftovers(files: readonly vscode.Uri[]): Promise<LeftoverSidecar[]> {
  const deleted = new Set(files.map((uri) => uri.toString()));
  const leftovers: LeftoverSidecar[] = [];
  for (const uri of files) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const location = folder && !uri.path.endsWith(sidecarSuffix) ? locationOf(folder, uri) : undefined;
    if (!location || location.documentPath === '') continue;
    const type = await fileType(uri);
    if (type === vscode.FileType.Directory) {
      // Beside the documents, sidecars go with their folder; only a mirror folder stays behind.
      if (sidecarLayout(folder).kind === 'beside') continue;
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const mirror = vscode.Uri.joinPath(location.sidecarUri, '..', name);
      if ((await fileType(mirror)) === vscode.FileType.Directory) leftovers.push({ document: uri, sidecar: mirror });
      continue;
    }
    if (deleted.has(location.sidecarUri.toString()) || isInside(location.sidecarUri, files)) continue;
    if ((await fileType(location.sidecarUri)) === vscode.FileType.File) leftovers.push({ document: uri, sidecar: location.sidecarUri });
  }
  return leftovers;
}

/** After deletion: keeps, deletes or asks about the sidecars whose documents are really gone. */
export async function handleLeftovers(leftovers: readonly LeftoverSidecar[], prompts: DeletedDocumentPrompts): Promise<LeftoverChoice | undefined> {
  const remaining: LeftoverSidecar[] = [];
  for (const leftover of leftovers) {
    if ((await fileType(leftover.document)) === undefined && (await fileType(leftover.sidecar)) !== undefined) remaining.push(leftover);
  }
  if (remaining.length === 0) return undefined;
  const policy = deletedDocumentPolicy(remaining[0]!.document);
  const choice = policy === 'ask' ? await prompts.askAboutSidecars(remaining) : policy;
  if (choice !== 'delete') return choice;
  const edit = new vscode.WorkspaceEdit();
  // A workspace edit goes to the trash when the file system and `files.enableTrash` allow, and can be undone.
  for (const { sidecar } of remaining) edit.deleteFile(sidecar, { recursive: true, ignoreIfNotExists: true });
  await vscode.workspace.applyEdit(edit);
  return choice;
}

function isInside(uri: vscode.Uri, folders: readonly vscode.Uri[]): boolean {
  return folders.some((folder) => uri.toString().startsWith(`${folder.toString().replace(/\/$/, '')}/`));
}
