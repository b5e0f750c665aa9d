import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import { DocumentOffsets } from '../../host/document-offsets';
import { DecorationStyles, type HighlightStyle } from './decoration-styles';
import { planHighlights, type ClaimSpan, type HighlightPlan, type Span } from './highlight-plan';
import { quotationsOf } from './quotation-cache';
import type { SwatchIcons } from './swatch-icons';

/** Quiet time after an edit or an annotation change before decorations are recomputed. */
const debounceMs = 75;

export interface HighlightSettings {
  readonly style: HighlightStyle | 'off';
  readonly quotations: boolean;
}

export function highlightSettings(): HighlightSettings {
  const config = vscode.workspace.getConfiguration('marginalia.highlights');
  const style = config.get<string>('style');
  return {
    style: style === 'underline' || style === 'off' ? style : 'background',
    quotations: config.get<boolean>('quotations') !== false,
  };
}

/** Where the subtle quote highlight comes from when detection runs (the suggestions feature). */
export interface QuotationSpanSource {
  /** UTF-16 spans of the document's quotations and reported claims; undefined to use quotation marks. */
  spansFor(document: vscode.TextDocument): readonly Span[] | undefined;
  /** Fires with a document's URI when its spans changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
}

/**
 * Draws claims and quotations in the visible editors of corpus documents. Updates are debounced and
 * only visible editors are decorated; each style's ranges go to the editor in one setDecorations call.
 */
export class Highlighter implements vscode.Disposable {
  private readonly styles: DecorationStyles;
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Per document URI: style key → ranges last drawn (decorations cannot be read back from VS Code). */
  private readonly drawn = new Map<string, Map<string, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly codebook: CodebookService,
    swatches: SwatchIcons,
    private readonly quotationSource?: QuotationSpanSource,
  ) {
    this.styles = new DecorationStyles(swatches);
    const all = () => this.schedule(vscode.window.visibleTextEditors.map((e) => e.document.uri));
    this.disposables.push(
      this.styles,
      vscode.window.onDidChangeVisibleTextEditors(all),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule([event.document.uri]);
      }),
      annotations.onDidChangeAnnotations((uri) => this.schedule([uri])),
      codebook.onDidChange(all),
      ...(quotationSource ? [quotationSource.onDidChange((uri) => this.schedule([uri]))] : []),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('marginalia.highlights')) all();
      }),
    );
    all();
  }

  /** The ranges of each style drawn in the document's editors the last time, for tests. */
  computed(uri: vscode.Uri): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.drawn.get(uri.toString()) ?? new Map();
  }

  /** Resolves once pending updates have been drawn. */
  async whenIdle(): Promise<void> {
    while (this.timer || this.dirty.size > 0) {
      if (this.timer) await new Promise((resolve) => setTimeout(resolve, debounceMs));
      await this.running;
    }
    await this.running;
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private schedule(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) this.dirty.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const uris = new Set(this.dirty);
      this.dirty.clear();
      this.running = this.running.then(() => this.update(uris)).catch((error: unknown) => console.error('Marginalia highlights:', error));
    }, debounceMs);
  }

  private async update(uris: ReadonlySet<string>): Promise<void> {
    const settings = highlightSettings();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (!uris.has(key)) continue;
      const wanted = await this.wantedRanges(editor.document, settings);
      const used = new Set([...wanted.values()].map((w) => w.type));
      for (const type of this.styles.all()) if (!used.has(type)) editor.setDecorations(type, []);
      const drawn = new Map<string, vscode.Range[]>();
      for (const [styleKey, { type, ranges }] of wanted) {
        editor.setDecorations(type, ranges);
        drawn.set(styleKey, ranges);
      }
      this.drawn.set(key, drawn);
    }
  }

  private async wantedRanges(
    document: vscode.TextDocument,
    settings: HighlightSettings,
  ): Promise<Map<string, { type: vscode.TextEditorDecorationType; ranges: vscode.Range[] }>> {
    const wanted = new Map<string, { type: vscode.TextEditorDecorationType; ranges: vscode.Range[] }>();
    if (settings.style === 'off') return wanted;
    const session = await this.annotations.sessionFor(document);
    if (!session) return wanted;
    await this.codebook.ready();
    const length = document.getText().length;
    const claims: ClaimSpan[] = session.annotations
      .filter((live) => live.state === 'anchored')
      .map((live) => ({
        id: live.annotation.id,
        start: live.start,
        end: Math.min(live.end, length),
        colors: live.annotation.themes.map((id) => this.codebook.theme(id)?.color.toLowerCase()).filter((c): c is string => c !== undefined),
      }));
    const quotations = settings.quotations ? (this.quotationSource?.spansFor(document) ?? quotationsOf(document)) : [];
    const plan: HighlightPlan = planHighlights(
      claims,
      quotations.map((span) => ({ start: Math.min(span.start, length), end: Math.min(span.end, length) })),
      (offset) => document.positionAt(offset).line,
    );
    const offsets = DocumentOffsets.of(document);
    const toRanges = (spans: readonly Span[]) => spans.map((span) => offsets.rangeOfUtf16(span));
    if (plan.quotes.length > 0) wanted.set('quote', { type: this.styles.quote(), ranges: toRanges(plan.quotes) });
    for (const [color, spans] of plan.backgrounds) {
      wanted.set(`background:${color}`, { type: this.styles.background(color, settings.style), ranges: toRanges(spans) });
    }
    for (const [key, spans] of plan.ruler) {
      const [color, lane] = key.split('|');
      wanted.set(`ruler:${key}`, { type: this.styles.ruler(color!, Number(lane)), ranges: toRanges(spans) });
    }
    for (const [colors, lines] of plan.gutter) {
      const type = await this.styles.gutter(colors.split(','));
      wanted.set(`gutter:${colors}`, { type, ranges: lines.map((line) => new vscode.Range(line, 0, line, 0)) });
    }
    return wanted;
  }
}
