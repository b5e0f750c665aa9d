import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { AnnotationService } from '../annotations';
import { trimmed } from '../annotations/problem-reporter';

/** Commands that add, remove and re-attach claims in the active editor. */
export function activateClaimCommands(context: vscode.ExtensionContext, annotations: AnnotationService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.addClaim', () => withEditor((editor) => addClaim(annotations, editor))),
    vscode.commands.registerCommand('marginalia.removeClaim', () => withEditor((editor) => removeClaim(annotations, editor))),
    vscode.commands.registerCommand('marginalia.reattachClaim', () => withEditor((editor) => reattachClaim(annotations, editor))),
  );
}

async function withEditor(action: (editor: vscode.TextEditor) => Promise<void>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Marginalia: open a document of your corpus first.');
    return;
  }
  try {
    await action(editor);
  } catch (error) {
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function addClaim(annotations: AnnotationService, editor: vscode.TextEditor): Promise<void> {
  const selection = editor.selection;
  if (selection.isEmpty) {
    void vscode.window.showInformationMessage('Marginalia: select the statement to record as a claim.');
    return;
  }
  await annotations.addClaim(editor.document, selection);
}

async function removeClaim(annotations: AnnotationService, editor: vscode.TextEditor): Promise<void> {
  const session = await annotations.sessionFor(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  const here = session?.annotations.filter((a) => a.state === 'anchored' && a.start <= offset && offset <= a.end) ?? [];
  const picked =
    here.length <= 1
      ? here[0]
      : (
          await vscode.window.showQuickPick(
            here.map((live) => ({ label: trimmed(live.annotation.target.selector[0].exact), live })),
            { title: 'Remove which claim?' },
          )
        )?.live;
  if (!picked) {
    if (here.length === 0) void vscode.window.showInformationMessage('Marginalia: there is no claim at the cursor.');
    return;
  }
  await annotations.removeClaim(editor.document, picked.annotation.id);
}

async function reattachClaim(annotations: AnnotationService, editor: vscode.TextEditor): Promise<void> {
  const session = await annotations.sessionFor(editor.document);
  const orphans = session?.orphans ?? [];
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: every claim of this document is on its text.');
    return;
  }
  if (editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Marginalia: select the text the claim belongs to, then run Re-attach Claim again.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    orphans.map((live) => ({ label: trimmed(live.annotation.target.selector[0].exact), description: live.annotation.speaker, live })),
    { title: 'Re-attach which claim to the selection?' },
  );
  if (picked) await annotations.reattachClaim(editor.document, picked.live.annotation.id, editor.selection);
}
