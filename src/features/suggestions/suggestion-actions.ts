import * as vscode from 'vscode';
import { refreshSelectors } from '../../core/anchor';
import type { Annotation } from '../../core/model/annotation';
import { DocumentOffsets } from '../../host/document-offsets';
import type { AnnotationService } from '../annotations';
import type { SuggestedClaim } from '../claims-view';
import type { CorpusService } from '../corpus';
import type { DetectionService } from './detection-service';
import { sameSuggestion, type Suggestion } from './suggestion';

/** A suggestion named by a Claims view row (or built by a caller): its document and what it said. */
export interface SuggestionRef {
  readonly documentPath: string;
  readonly suggestion: SuggestedClaim & Partial<Pick<Suggestion, 'kind'>>;
}

/**
 * Accept, dismiss and accept-all. Each works on the document's current text: the suggestion picked
 * in the tree is looked up again among fresh detections, so an edit made since cannot misplace it.
 */
export class SuggestionActions {
  constructor(
    private readonly detection: DetectionService,
    private readonly annotations: AnnotationService,
    private readonly corpus: CorpusService,
  ) {}

  /** The suggestion under the cursor of the active editor. */
  async atCursor(): Promise<SuggestionRef | undefined> {
    const editor = vscode.window.activeTextEditor;
    const documentPath = editor && this.corpus.keyOf(editor.document.uri);
    if (!editor || documentPath === undefined) return undefined;
    const offsets = DocumentOffsets.of(editor.document);
    const cursor = offsets.index.toCodePoint(editor.document.offsetAt(editor.selection.active));
    const suggestion = (await this.detection.currentSuggestions(editor.document)).find((s) => s.start <= cursor && cursor <= s.end);
    return suggestion && { documentPath, suggestion };
  }

  /** Records the suggestion as an annotation with its kind, speaker and span. */
  async accept(ref: SuggestionRef): Promise<Annotation | undefined> {
    const { document, suggestion } = await this.fresh(ref);
    if (!suggestion) return undefined;
    return this.annotations.addClaim(document, DocumentOffsets.of(document).rangeOfCodePoints(suggestion), {
      kind: suggestion.kind,
      ...(suggestion.speaker ? { speaker: suggestion.speaker } : {}),
    });
  }

  /** Remembers the suggestion's text in the sidecar's dismissed list. */
  async dismiss(ref: SuggestionRef): Promise<boolean> {
    const { document, suggestion } = await this.fresh(ref);
    if (!suggestion) return false;
    const offsets = DocumentOffsets.of(document);
    const [quote] = refreshSelectors(offsets.text, suggestion, offsets.index).selector;
    await this.annotations.dismissSuggestion(document, { exact: suggestion.exact, prefix: quote.prefix, suffix: quote.suffix });
    return true;
  }

  /** Accepts every suggestion of a document; resolves to the annotations made. */
  async acceptAll(uri: vscode.Uri): Promise<Annotation[]> {
    const document = await vscode.workspace.openTextDocument(uri);
    const suggestions = [...(await this.detection.currentSuggestions(document))];
    const offsets = DocumentOffsets.of(document);
    const accepted: Annotation[] = [];
    // Adding annotations does not change the text, so the ranges stay valid throughout.
    for (const suggestion of suggestions) {
      accepted.push(
        await this.annotations.addClaim(document, offsets.rangeOfCodePoints(suggestion), {
          kind: suggestion.kind,
          ...(suggestion.speaker ? { speaker: suggestion.speaker } : {}),
        }),
      );
    }
    return accepted;
  }

  /** The document of a command's target: a document row, a URI, or the active editor's. */
  documentUriOf(target: unknown): vscode.Uri | undefined {
    if (target instanceof vscode.Uri) return target;
    if (typeof target === 'string') return /^[a-z][\w+.-]*:/i.test(target) ? vscode.Uri.parse(target) : this.corpus.uriOf(target);
    if (isDocumentNode(target)) return this.corpus.uriOf(target.path);
    if (isSuggestionRef(target)) return this.corpus.uriOf(target.documentPath);
    return vscode.window.activeTextEditor?.document.uri;
  }

  private async fresh(ref: SuggestionRef): Promise<{ document: vscode.TextDocument; suggestion: Suggestion | undefined }> {
    const uri = this.corpus.uriOf(ref.documentPath);
    if (!uri) throw new Error(`${ref.documentPath} is not part of the corpus.`);
    const document = await vscode.workspace.openTextDocument(uri);
    return { document, suggestion: sameSuggestion(await this.detection.currentSuggestions(document), ref.suggestion) };
  }
}

export function isSuggestionRef(value: unknown): value is SuggestionRef {
  if (typeof value !== 'object' || value === null) return false;
  const { documentPath, suggestion } = value as { documentPath?: unknown; suggestion?: { exact?: unknown; start?: unknown } };
  return typeof documentPath === 'string' && typeof suggestion?.exact === 'string' && typeof suggestion.start === 'number';
}

function isDocumentNode(value: unknown): value is { kind: 'document'; path: string } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'document' && typeof (value as { path?: unknown }).path === 'string';
}
