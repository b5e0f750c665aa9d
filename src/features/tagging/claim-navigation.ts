import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';

/** Moves the selection to the next (or previous) claim of the active document, wrapping around. */
export async function goToClaim(annotations: AnnotationService, editor: vscode.TextEditor, direction: 1 | -1): Promise<void> {
  const session = await annotations.sessionFor(editor.document);
  const claims = (session?.annotations ?? []).filter((live) => live.state === 'anchored').sort((a, b) => a.start - b.start || a.end - b.end);
  if (claims.length === 0) {
    void vscode.window.showInformationMessage('Marginalia: this document has no claims on its text.');
    return;
  }
  const here = editor.document.offsetAt(editor.selection.start);
  const hereEnd = editor.document.offsetAt(editor.selection.end);
  const isAfter = (c: { start: number; end: number }) => c.start > here || (c.start === here && c.end > hereEnd);
  const isBefore = (c: { start: number; end: number }) => c.start < here || (c.start === here && c.end < hereEnd);
  const target =
    direction === 1
      ? (claims.find(isAfter) ?? claims[0]!)
      : ([...claims].reverse().find(isBefore) ?? claims[claims.length - 1]!);
  const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
