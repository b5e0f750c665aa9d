import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { LiveAnnotation } from '../annotations/document-session';

/** A claim to act on: its document and its current live state. */
export interface ClaimTarget {
  readonly document: vscode.TextDocument;
  readonly live: LiveAnnotation;
}

/** Anchored claims that contain `offset` (either edge counts), innermost first. */
export function claimsAt(annotations: readonly LiveAnnotation[], offset: number): LiveAnnotation[] {
  return annotations
    .filter((live) => live.state === 'anchored' && live.start <= offset && offset <= live.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/**
 * The claim a command acts on: the one named by `(documentUri, claimId)` — how the Claims view and
 * hovers call — or else the innermost claim under the cursor of the active editor. Arguments come
 * from menus and Markdown links, so they are checked before use. Throws a message for the user.
 */
export async function resolveClaimTarget(annotations: AnnotationService, args: readonly unknown[]): Promise<ClaimTarget | undefined> {
  const [documentUri, claimId] = args;
  if (documentUri !== undefined || claimId !== undefined) {
    if (typeof documentUri !== 'string' || typeof claimId !== 'string' || claimId.length > 200) {
      throw new Error('this command takes a document URI and a claim id.');
    }
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(documentUri, true);
    } catch {
      throw new Error(`“${documentUri.slice(0, 200)}” is not a document URI.`);
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const session = await annotations.sessionFor(document);
    const live = session?.annotations.find((a) => a.annotation.id === claimId);
    if (!live) throw new Error(`there is no claim ${claimId} in ${vscode.workspace.asRelativePath(uri)}.`);
    return { document, live };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('open a document of your corpus and put the cursor in a claim.');
  const session = await annotations.sessionFor(editor.document);
  if (!session) throw new Error(`${vscode.workspace.asRelativePath(editor.document.uri)} is not part of the corpus.`);
  const live = claimsAt(session.annotations, editor.document.offsetAt(editor.selection.active))[0];
  if (!live) {
    void vscode.window.showInformationMessage('Marginalia: there is no claim at the cursor.');
    return undefined;
  }
  return { document: editor.document, live };
}
