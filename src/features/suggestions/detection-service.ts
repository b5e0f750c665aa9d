import * as vscode from 'vscode';
import { applyContentChanges } from '../../core/anchor';
import { DetectionCache, toCodePointDetections, type DetectFormat, type DetectOptions, type Detection } from '../../core/detect';
import { decodeDocumentText } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';
import { DocumentOffsets } from '../../host/document-offsets';
import type { AnnotationService } from '../annotations';
import { corpusLocationOf } from '../annotations/corpus-location';
import type { SuggestionSource } from '../claims-view';
import type { CorpusService } from '../corpus';
import { dismissedTextsOf } from './closed-documents';
import { affectsSuggestions, suggestionSettings, type SuggestionSettings } from './settings';
import { suggestionsFrom, type Span, type Suggestion } from './suggestion';

/** Quiet time after the last keystroke before an open document is detected again. */
export const editDebounceMs = 300;
/** Quiet time that gathers finished detections into one Claims view refresh. */
const notifyDelayMs = 50;

/** An open corpus document: detections of its last detected version, shifted through later edits. */
interface OpenDocument {
  readonly document: vscode.TextDocument;
  readonly path: string;
  /** The document version the detections were computed for; undefined before the first run. */
  detectedVersion: number | undefined;
  /** UTF-16 offsets into the current text (shifted exactly by edits made since `detectedVersion`). */
  detections: readonly Detection[];
  dismissed: ReadonlySet<string>;
  /** Code points of the current text. */
  suggestions: readonly Suggestion[];
  timer: NodeJS.Timeout | undefined;
}

/** Runs the claim detector somewhere (src/host/detector-thread.ts: on a worker thread). */
export interface Detector {
  detect(text: string, options: DetectOptions): Promise<readonly Detection[]>;
  /** Where detection runs now (shown to tests). */
  readonly mode: string;
}

/** A document that is not open: its suggestions from the file's text (detections are cached by its content hash). */
interface ClosedDocument {
  readonly suggestions: readonly Suggestion[];
}

/**
 * Runs the claim detector per corpus document and keeps its suggestions for the Claims view and
 * the quote highlight. Open documents are detected when opened and again after edits (debounced,
 * so typing never waits), cached by document version; documents that are not open are detected
 * only when the Claims view shows them, one at a time in the background, cached by content hash.
 */
export class DetectionService implements SuggestionSource, vscode.Disposable {
  private settings: SuggestionSettings = suggestionSettings();
  private readonly cache = new DetectionCache(200);
  private readonly open = new Map<string, OpenDocument>();
  private readonly openByPath = new Map<string, OpenDocument>();
  private readonly closed = new Map<string, ClosedDocument>();
  private readonly queue = new Set<string>();
  private draining: Promise<void> | undefined;
  private readonly running = new Set<Promise<unknown>>();
  private readonly changedPaths = new Set<string>();
  private notifyTimer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with an open document's URI when its detections (and so its quote highlight) changed. */
  readonly onDidChange = this.changed.event;
  private readonly pathsChanged = new vscode.EventEmitter<readonly string[]>();
  /** Fires with index keys whose suggestions changed (the Claims view listens). */
  readonly onDidChangeSuggestions = this.pathsChanged.event;
  private readonly enablement = new vscode.EventEmitter<boolean>();
  readonly onDidChangeEnablement = this.enablement.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.pathsChanged, this.enablement];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly corpus: CorpusService,
    /** Where detection runs: a worker thread in the extension, so long documents never hold up the host. */
    private readonly detector: Detector,
  ) {
    const files = vscode.workspace.createFileSystemWatcher('**/*', true, false, false);
    const unsubscribe = corpus.index.onDidChange((paths) => this.onIndexChanged(paths));
    this.disposables.push(
      files,
      { dispose: unsubscribe },
      files.onDidChange((uri) => this.onFileChanged(uri)),
      files.onDidDelete((uri) => this.onFileChanged(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.track(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.untrack(document)),
      annotations.onDidChangeAnnotations((uri) => this.onAnnotationsChanged(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSuggestions(event)) this.onSettingsChanged();
      }),
    );
    // Never at activation itself: the first detections run once the extension host is free.
    for (const document of vscode.workspace.textDocuments) this.track(document, 0);
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  // SuggestionSource (the Claims view) ------------------------------------------------------------

  suggestionsFor(documentPath: string): readonly Suggestion[] {
    if (!this.settings.enabled) return [];
    return this.openByPath.get(documentPath)?.suggestions ?? this.closed.get(documentPath)?.suggestions ?? [];
  }

  request(documentPath: string): void {
    if (!this.settings.enabled || this.openByPath.has(documentPath) || this.closed.has(documentPath)) return;
    this.queue.add(documentPath);
    this.drain();
  }

  *documentsWithSuggestions(): Iterable<string> {
    if (!this.settings.enabled) return;
    for (const [path, state] of this.openByPath) if (state.suggestions.length > 0) yield path;
    for (const [path, result] of this.closed) if (result.suggestions.length > 0 && !this.openByPath.has(path)) yield path;
  }

  // For the highlights and the commands -------------------------------------------------------------

  /**
   * The quotations and reported claims of an open document (UTF-16, current text), dismissed ones
   * left out; `[]` while its first detection is pending; undefined when suggestions are off.
   */
  spansFor(document: vscode.TextDocument): readonly Span[] | undefined {
    if (!this.settings.enabled) return undefined;
    const state = this.open.get(document.uri.toString());
    if (!state) return undefined;
    const { text } = DocumentOffsets.of(document);
    return state.detections.filter((d) => !state.dismissed.has(d.text)).map((d) => (d.kind === 'quote' ? withQuotationMarks(text, d) : d));
  }

  /** The suggestions of a document's current text, detecting it now if an edit is still pending. */
  async currentSuggestions(document: vscode.TextDocument): Promise<readonly Suggestion[]> {
    const state = this.open.get(document.uri.toString()) ?? this.track(document, undefined);
    if (!state || !this.settings.enabled) return [];
    clearTimeout(state.timer);
    state.timer = undefined;
    await this.detectOpen(state);
    return state.suggestions;
  }

  /**
   * The detections of a document's current text (UTF-16), with the user's cues, whether or not
   * suggestions are shown: tagging reads the speaker from them. The open document's last run when
   * it is current, else the cache or the detector thread (never the extension host itself).
   */
  async detectionsOf(document: vscode.TextDocument): Promise<readonly Detection[]> {
    const state = this.open.get(document.uri.toString());
    if (state && state.detectedVersion === document.version) return state.detections;
    return this.detected(document.uri.toString(), document.version, document.getText(), this.optionsFor(document.uri, document.languageId));
  }

  /** True while an open document's text is newer than its detections (a run is scheduled). */
  isPending(document: vscode.TextDocument): boolean {
    const state = this.open.get(document.uri.toString());
    return state !== undefined && (state.timer !== undefined || state.detectedVersion !== document.version);
  }

  /** The document version the open document's detections come from. */
  detectedVersion(document: vscode.TextDocument): number | undefined {
    return this.open.get(document.uri.toString())?.detectedVersion;
  }

  /** Forgets the suggestions of documents that are not open (they are read again when shown). */
  forgetClosed(): void {
    const paths = [...this.closed.keys()];
    this.closed.clear();
    this.queue.clear();
    this.notifyPaths(paths);
  }

  /** Resolves when no detection is scheduled, queued or running. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const timers = [...this.open.values()].some((state) => state.timer !== undefined);
      if (!timers && !this.draining && this.running.size === 0 && !this.notifyTimer) return;
      if (this.running.size > 0 || this.draining) await Promise.allSettled([...this.running, this.draining]);
      else await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  dispose(): void {
    for (const state of this.open.values()) clearTimeout(state.timer);
    clearTimeout(this.notifyTimer);
    this.queue.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // Open documents ----------------------------------------------------------------------------------

  /** Starts following an open corpus document and detects it after `delayMs` (undefined: not now). */
  private track(document: vscode.TextDocument, delayMs: number | undefined): OpenDocument | undefined {
    const key = document.uri.toString();
    let state = this.open.get(key);
    if (!state) {
      const location = corpusLocationOf(document);
      const path = location && this.corpus.keyOf(document.uri);
      if (path === undefined) return undefined;
      state = { document, path, detectedVersion: undefined, detections: [], dismissed: new Set(), suggestions: [], timer: undefined };
      this.open.set(key, state);
      this.openByPath.set(path, state);
      this.queue.delete(path);
    }
    if (delayMs !== undefined && this.settings.enabled) this.schedule(state, delayMs);
    return state;
  }

  private untrack(document: vscode.TextDocument): void {
    const state = this.open.get(document.uri.toString());
    if (!state) return;
    clearTimeout(state.timer);
    this.open.delete(document.uri.toString());
    if (this.openByPath.get(state.path) === state) this.openByPath.delete(state.path);
    // Its text on disk may differ from the text last detected: read again when shown.
    this.closed.delete(state.path);
    this.notifyPaths([state.path]);
  }

  private schedule(state: OpenDocument, delayMs: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.run(this.detectOpen(state));
    }, delayMs);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const state = this.open.get(event.document.uri.toString());
    if (!state || !this.settings.enabled) return;
    // Keep the last detections on their text until the next run, so highlights do not jump.
    const changes = event.contentChanges.map((c) => ({ offset: c.rangeOffset, deleted: c.rangeLength, inserted: c.text.length }));
    const shifted = applyContentChanges(state.detections, changes);
    state.detections = state.detections
      .map((d, i) => ({ ...d, start: shifted[i]!.start, end: shifted[i]!.end, gone: shifted[i]!.status === 'collapsed' }))
      .filter((d) => !d.gone)
      .map(({ gone: _gone, ...d }) => d);
    this.schedule(state, editDebounceMs);
  }

  private async detectOpen(state: OpenDocument): Promise<void> {
    if (!this.settings.enabled || this.open.get(state.document.uri.toString()) !== state) return;
    const { document } = state;
    const version = document.version;
    if (state.detectedVersion !== version) {
      const detections = await this.detected(document.uri.toString(), version, document.getText(), this.optionsFor(document.uri, document.languageId));
      // Edited or closed while the detector ran: the newer version is scheduled already.
      if (document.version !== version || this.open.get(document.uri.toString()) !== state || !this.settings.enabled) return;
      state.detections = detections;
      state.detectedVersion = version;
    }
    await this.updateStatus(state);
  }

  /** Which detections are suggestions, against the session's annotations and dismissed texts. */
  private async updateStatus(state: OpenDocument): Promise<void> {
    const session = await this.annotations.sessionFor(state.document);
    const annotations = session?.annotations.filter((live) => live.state !== 'orphaned') ?? [];
    state.dismissed = new Set((session?.file.value.dismissed ?? []).map((d) => d.exact));
    state.suggestions = suggestionsFrom(state.detections, annotations, state.dismissed, DocumentOffsets.of(state.document).index);
    this.changed.fire(state.document.uri);
    this.notifyPaths([state.path]);
  }

  private onAnnotationsChanged(uri: vscode.Uri): void {
    const state = this.open.get(uri.toString());
    // A pending run updates the status itself; annotations also change with every keystroke.
    if (!state || state.timer !== undefined || state.detectedVersion === undefined || !this.settings.enabled) return;
    this.run(this.updateStatus(state));
  }

  // Documents that are not open -----------------------------------------------------------------

  private drain(): void {
    if (this.draining || this.queue.size === 0) return;
    this.draining = (async () => {
      while (this.queue.size > 0 && this.settings.enabled) {
        const path = this.queue.values().next().value!;
        this.queue.delete(path);
        try {
          await this.detectClosed(path);
        } catch (error) {
          console.error(`Marginalia detection (${path}):`, error);
        }
        // One document at a time, yielding to the extension host in between.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })().finally(() => {
      this.draining = undefined;
      if (this.queue.size > 0) this.drain();
    });
  }

  private async detectClosed(path: string): Promise<void> {
    const uri = this.corpus.uriOf(path);
    if (!uri || this.openByPath.has(path)) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      // Deleted or moved since it was shown; the corpus service updates the tree.
      this.closed.delete(path);
      return;
    }
    const text = decodeDocumentText(bytes);
    const hash = hashText(text);
    const detections = toCodePointDetections(text, await this.detected(uri.toString(), hash, text, this.optionsFor(uri)));
    const annotations = (this.corpus.index.get(path)?.claims ?? []).filter((claim) => claim.status !== 'orphaned');
    const dismissed = await dismissedTextsOf(uri);
    if (this.openByPath.has(path) || !this.settings.enabled) return;
    this.closed.set(path, { suggestions: suggestionsFrom(detections, annotations, dismissed) });
    this.notifyPaths([path]);
  }

  private onIndexChanged(paths: readonly string[]): void {
    // Claims of a document that is not open changed (its sidecar): its statuses are worked out again.
    for (const path of paths) if (this.closed.has(path) && !this.openByPath.has(path)) this.queue.add(path);
    this.drain();
  }

  private onFileChanged(uri: vscode.Uri): void {
    const path = this.corpus.keyOf(uri);
    if (path === undefined || !this.closed.has(path) || this.openByPath.has(path)) return;
    this.queue.add(path);
    this.drain();
  }

  // Settings and notifications --------------------------------------------------------------------

  private onSettingsChanged(): void {
    const before = this.settings;
    this.settings = suggestionSettings();
    const paths = new Set([...this.closed.keys(), ...this.openByPath.keys()]);
    this.closed.clear();
    this.queue.clear();
    for (const state of this.open.values()) {
      clearTimeout(state.timer);
      state.timer = undefined;
      state.detectedVersion = undefined;
      state.detections = [];
      state.suggestions = [];
      state.dismissed = new Set();
      if (this.settings.enabled) this.schedule(state, 0);
      else this.changed.fire(state.document.uri);
    }
    if (before.enabled !== this.settings.enabled) this.enablement.fire(this.settings.enabled);
    this.notifyPaths([...paths]);
  }

  /** Detections of one version of a text: from the cache, or from the detector. */
  private async detected(uri: string, version: string | number, text: string, options: DetectOptions): Promise<readonly Detection[]> {
    const cached = this.cache.peek(uri, version, options);
    if (cached) return cached;
    const detections = await this.detector.detect(text, options);
    this.cache.store(uri, version, options, detections);
    return detections;
  }

  private optionsFor(uri: vscode.Uri, languageId?: string): { format: DetectFormat; extraCues: readonly string[] } {
    const markdown = languageId === 'markdown' || /\.(md|markdown)$/i.test(uri.path);
    return { format: markdown ? 'markdown' : 'plain', extraCues: this.settings.cues };
  }

  private notifyPaths(paths: readonly string[]): void {
    for (const path of paths) this.changedPaths.add(path);
    if (this.notifyTimer || this.changedPaths.size === 0) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      const changed = [...this.changedPaths];
      this.changedPaths.clear();
      this.pathsChanged.fire(changed);
    }, notifyDelayMs);
  }

  private run(promise: Promise<unknown>): void {
    this.running.add(promise);
    promise
      .catch((error: unknown) => console.error('Marginalia detection:', error))
      .finally(() => this.running.delete(promise));
  }
}

const quotationMarks = new Set(['"', "'", '“', '”', '„', '‟', '«', '»', '‹', '›', '‘', '’', '‚']);

/** A quote's span with the quotation marks around it, so the highlight covers the whole quotation. */
function withQuotationMarks(text: string, span: Span): Span {
  const before = span.start > 0 && quotationMarks.has(text[span.start - 1]!);
  const after = span.end < text.length && quotationMarks.has(text[span.end]!);
  return before && after ? { start: span.start - 1, end: span.end + 1 } : { start: span.start, end: span.end };
}
