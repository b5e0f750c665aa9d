import type * as vscode from 'vscode';
import { anchorAnnotations, applyContentChanges, DocumentAnchorer, refreshSelectors, type TextChange } from '../../core/anchor';
import { quoteSelectorOf, type Annotation } from '../../core/model/annotation';
import type { SidecarOperation } from '../../core/model/operations';
import type { SidecarFile } from '../../core/store/sidecar-store';
import { hashText } from '../../core/text/hash';
import { DocumentOffsets } from '../../host/document-offsets';
import type { CorpusLocation } from './corpus-location';

/**
 * - `anchored`: found in the current text at `start`/`end` (UTF-16 offsets of the open document);
 * - `stale`: the text under it was replaced as a whole; it is re-anchored from its selectors soon;
 * - `orphaned`: not found; it stays in the sidecar untouched until the user re-attaches it.
 */
export type LiveState = 'anchored' | 'stale' | 'orphaned';

export interface LiveAnnotation {
  readonly annotation: Annotation;
  readonly state: LiveState;
  readonly start: number;
  readonly end: number;
}

/** The annotations of one open document, kept on their text while it is edited. */
export class DocumentSession {
  private live: LiveAnnotation[] = [];

  constructor(
    readonly uri: vscode.Uri,
    readonly location: CorpusLocation,
    readonly file: SidecarFile,
  ) {}

  get annotations(): readonly LiveAnnotation[] {
    return this.live;
  }

  get orphans(): readonly LiveAnnotation[] {
    return this.live.filter((a) => a.state === 'orphaned');
  }

  get hasStale(): boolean {
    return this.live.some((a) => a.state === 'stale');
  }

  /** Anchors every annotation of the sidecar into the document's current text. */
  anchorAll(document: vscode.TextDocument): void {
    const offsets = DocumentOffsets.of(document);
    const previous = new Map(this.live.map((a) => [a.annotation.id, a]));
    const results = anchorAnnotations(offsets.text, this.file.value.annotations, new DocumentAnchorer(offsets.text));
    this.live = results.map(({ annotation, result }) => {
      const known = previous.get(annotation.id);
      // An annotation still on the text it had a moment ago keeps its place: the sidecar may lag behind typing.
      if (known && known.state === 'anchored' && sameQuote(offsets.text, known, annotation)) {
        return { annotation, state: 'anchored', start: known.start, end: known.end };
      }
      if (result.status === 'orphaned') return { annotation, state: 'orphaned', start: 0, end: 0 };
      const range = offsets.index.toUtf16Range(result);
      return { annotation, state: 'anchored', start: range.start, end: range.end };
    });
  }

  /** Re-anchors only the annotations whose text was replaced as a whole. */
  reanchorStale(document: vscode.TextDocument): void {
    if (!this.hasStale) return;
    const offsets = DocumentOffsets.of(document);
    const anchorer = new DocumentAnchorer(offsets.text);
    this.live = this.live.map((live) => {
      if (live.state !== 'stale') return live;
      const result = anchorer.anchor(live.annotation.target, offsets.index.toCodePoint(Math.min(live.start, offsets.text.length)));
      if (result.status === 'orphaned') return { ...live, state: 'orphaned', start: 0, end: 0 };
      const range = offsets.index.toUtf16Range(result);
      return { ...live, state: 'anchored', start: range.start, end: range.end };
    });
  }

  /** Shifts anchors exactly by an editor change event; no searching. */
  applyEdits(changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const textChanges: TextChange[] = changes.map((c) => ({ offset: c.rangeOffset, deleted: c.rangeLength, inserted: c.text.length }));
    const anchored = this.live.filter((a) => a.state !== 'orphaned');
    const shifted = applyContentChanges(anchored, textChanges);
    const byId = new Map(anchored.map((a, i) => [a.annotation.id, shifted[i]!]));
    this.live = this.live.map((live) => {
      const next = byId.get(live.annotation.id);
      if (!next) return live;
      const state: LiveState = next.status === 'collapsed' || live.state === 'stale' ? 'stale' : 'anchored';
      return { ...live, state, start: next.start, end: next.end };
    });
  }

  /** Operations that bring the sidecar's selectors and text hash up to date with the document. */
  relocations(document: vscode.TextDocument): SidecarOperation[] {
    const offsets = DocumentOffsets.of(document);
    const operations: SidecarOperation[] = [];
    for (const live of this.live) {
      if (live.state !== 'anchored') continue;
      const range = offsets.index.toCodePointRange(live);
      const target = refreshSelectors(offsets.text, range, offsets.index);
      const stored = live.annotation.target.selector;
      const [quote, position] = target.selector;
      if (
        stored[1].start !== position.start ||
        stored[1].end !== position.end ||
        stored[0].exact !== quote.exact ||
        stored[0].prefix !== quote.prefix ||
        stored[0].suffix !== quote.suffix
      ) {
        operations.push({ type: 'relocate', id: live.annotation.id, target });
      }
    }
    if (this.file.exists || operations.length > 0) {
      const textHash = hashText(offsets.text);
      if (this.file.value.textHash !== textHash) operations.push({ type: 'set-text-hash', textHash });
    }
    return operations;
  }
}

function sameQuote(text: string, live: LiveAnnotation, annotation: Annotation): boolean {
  return live.end <= text.length && text.slice(live.start, live.end) === quoteSelectorOf(annotation).exact;
}
