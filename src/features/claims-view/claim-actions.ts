import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { IndexedClaim } from '../../core/corpus/corpus-index';
import { quoteSelectorOf } from '../../core/model/annotation';
import { decodeDocumentText } from '../../core/text/decode';
import { DocumentOffsets } from '../../host/document-offsets';
import type { AnnotationService } from '../annotations';
import { locationOf } from '../annotations/corpus-location';
import type { CorpusService } from '../corpus';
import { formatCitation } from './citation';
import { oneLine } from './claim-labels';
import type { ClaimsNode } from './claims-tree-model';

/** Questions the actions ask; integration tests replace them. */
export interface ClaimsViewPrompts {
  confirmRemove(quote: string, sidecarName: string): Promise<boolean>;
}

export const defaultPrompts: ClaimsViewPrompts = {
  async confirmRemove(quote, sidecarName) {
    const remove = 'Remove';
    const choice = await vscode.window.showWarningMessage(
      inertText(`Remove the claim “${oneLine(quote, 60)}”?`),
      { modal: true, detail: `Its speaker, themes and note are deleted from ${sidecarName}.` },
      remove,
    );
    return choice === remove;
  },
};

/** A claim named by a tree row, or by document URI (or index key) and annotation id. */
export interface ClaimRef {
  readonly uri: vscode.Uri;
  readonly documentPath: string;
  readonly claim: IndexedClaim;
}

export class ClaimActions {
  prompts: ClaimsViewPrompts = defaultPrompts;

  constructor(
    private readonly annotations: AnnotationService,
    private readonly corpus: CorpusService,
  ) {}

  /** Accepts what menus pass (a tree node) and what other commands pass (URI or key, id). */
  resolve(target: unknown, id?: unknown): ClaimRef | undefined {
    let documentPath: string | undefined;
    let annotationId: string | undefined;
    if (isClaimNode(target)) {
      documentPath = target.documentPath;
      annotationId = target.claim.annotation.id;
    } else if (typeof id === 'string') {
      annotationId = id;
      if (target instanceof vscode.Uri) documentPath = this.corpus.keyOf(target);
      else if (typeof target === 'string') documentPath = /^[a-z][\w+.-]*:/i.test(target) ? this.corpus.keyOf(vscode.Uri.parse(target)) : target;
    }
    if (documentPath === undefined || annotationId === undefined) return undefined;
    const claim = this.corpus.index.get(documentPath)?.claims.find((c) => c.annotation.id === annotationId);
    const uri = this.corpus.uriOf(documentPath);
    return claim && uri ? { uri, documentPath, claim } : undefined;
  }

  /** Opens the document and selects the claim's text (code points, end exclusive). */
  async reveal(uri: vscode.Uri | string, start?: number, end?: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
    const editor = await vscode.window.showTextDocument(document, { preview: true });
    if (start === undefined || end === undefined) return;
    const range = DocumentOffsets.of(document).rangeOfCodePoints({ start, end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Puts the quote with its citation on the clipboard and returns it. */
  async copyWithCitation(ref: ClaimRef): Promise<string> {
    const citation = formatCitation({
      quote: quoteSelectorOf(ref.claim.annotation).exact,
      speaker: ref.claim.annotation.speaker,
      documentPath: ref.documentPath,
      text: await this.textOf(ref.uri),
    });
    await vscode.env.clipboard.writeText(citation);
    vscode.window.setStatusBarMessage('Marginalia: quote with citation copied', 3000);
    return citation;
  }

  /** Asks, then removes the claim from its sidecar. Resolves true when it was removed. */
  async remove(ref: ClaimRef): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(ref.uri);
    const sidecar = folder && locationOf(folder, ref.uri)?.sidecarUri;
    const sidecarName = sidecar ? vscode.workspace.asRelativePath(sidecar) : 'its annotation file';
    if (!(await this.prompts.confirmRemove(quoteSelectorOf(ref.claim.annotation).exact, sidecarName))) return false;
    const document = await vscode.workspace.openTextDocument(ref.uri);
    await this.annotations.removeClaim(document, ref.claim.annotation.id);
    return true;
  }

  /** Attaches the claim to the text selected in an editor of its document. */
  async reattachToSelection(ref: ClaimRef): Promise<boolean> {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === ref.uri.toString() && !e.selection.isEmpty);
    if (!editor) {
      await this.reveal(ref.uri);
      void vscode.window.showInformationMessage(
        inertText(`Marginalia: select the text of “${oneLine(quoteSelectorOf(ref.claim.annotation).exact, 50)}” in the editor, then choose Re-attach to Selection again.`),
      );
      return false;
    }
    await this.annotations.reattachClaim(editor.document, ref.claim.annotation.id, editor.selection);
    return true;
  }

  private async textOf(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return open ? open.getText() : decodeDocumentText(await vscode.workspace.fs.readFile(uri));
  }
}

function isClaimNode(value: unknown): value is Extract<ClaimsNode, { kind: 'claim' }> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'claim';
}
