import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { defaultDeletedDocumentPrompts, findLeftovers, handleLeftovers, type DeletedDocumentPrompts, type LeftoverSidecar } from './deleted-documents';
import { fixDocumentFields, planSidecarMoves, type MovedSidecarFolder } from './sidecar-moves';

export type { DeletedDocumentPrompts, LeftoverChoice, LeftoverSidecar } from './deleted-documents';

/** Sidecars following their documents, as the extension API exposes it to tests. */
export interface WorkspaceFilesApi {
  /** The question asked when deleted documents leave sidecars behind; tests replace it. */
  prompts: DeletedDocumentPrompts;
  /** Resolves when the sidecar work of the renames and deletions seen so far is done. */
  whenIdle(): Promise<void>;
}

/**
 * Keeps sidecars with their documents when files are renamed, moved or deleted inside VS Code
 * (Explorer, refactorings, `workspace.applyEdit`). Changes made outside VS Code (git, the shell)
 * are not seen here: the corpus index and re-anchoring deal with those.
 */
export function activateWorkspaceFiles(context: vscode.ExtensionContext): WorkspaceFilesApi {
  let prompts: DeletedDocumentPrompts = defaultDeletedDocumentPrompts;
  const work = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>): void => {
    work.add(promise);
    promise
      .catch((error: unknown) => void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`)))
      .finally(() => work.delete(promise));
  };
  const movedFolders: MovedSidecarFolder[] = [];
  const leftovers: LeftoverSidecar[] = [];

  context.subscriptions.push(
    vscode.workspace.onWillRenameFiles((event) => {
      const plan = planSidecarMoves(event.files);
      track(plan);
      event.waitUntil(
        plan.then((p) => {
          movedFolders.push(...p.movedFolders);
          if (p.skipped.length > 0) {
            void vscode.window.showWarningMessage(
              inertText(`Marginalia: ${p.skipped.join(', ')} stayed where ${p.skipped.length === 1 ? 'it was' : 'they were'}: the new place is outside the workspace or already has annotations.`),
            );
          }
          return p.edit;
        }),
      );
    }),
    vscode.workspace.onDidRenameFiles(() => {
      const folders = movedFolders.splice(0);
      if (folders.length > 0) track(Promise.all(folders.map(fixDocumentFields)));
    }),
    vscode.workspace.onWillDeleteFiles((event) => {
      const found = findLeftovers(event.files).then((list) => void leftovers.push(...list));
      track(found);
      event.waitUntil(found);
    }),
    vscode.workspace.onDidDeleteFiles(() => {
      const list = leftovers.splice(0);
      if (list.length > 0) track(handleLeftovers(list, prompts));
    }),
  );

  return {
    get prompts() {
      return prompts;
    },
    set prompts(value: DeletedDocumentPrompts) {
      prompts = value;
    },
    async whenIdle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },
  };
}
