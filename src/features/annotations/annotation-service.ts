import * as vscode from 'vscode';
import type { Annotation, ClaimKind, DismissedSuggestion } from '../../core/model/annotation';
import { createIdFactory } from '../../core/model/ids';
import type { AnnotationChanges, SidecarOperation } from '../../core/model/operations';
import { openSidecar } from '../../core/store/sidecar-store';
import { sidecarSuffix } from '../../core/store/paths';
import { refreshSelectors } from '../../core/anchor';
import { DocumentOffsets } from '../../host/document-offsets';
import { leavesFolder } from '../../host/local-links';
import { corpusLocationOf } from './corpus-location';
import { DocumentSession } from './document-session';
import { folderFilePort } from './folder-file-port';
import { ProblemReporter } from './problem-reporter';
import { annotationAuthor } from './settings';

export interface NewClaim {
  readonly kind?: ClaimKind;
  readonly speaker?: string;
  readonly themes?: readonly string[];
  readonly note?: string;
}

/** Quiet time after typing before annotations whose text was replaced are searched for again. */
const reanchorDelayMs = 250;
/** Quiet time that gathers the file events of a branch switch into one reload. */
const reloadDelayMs = 150;

/**
 * Keeps the annotations of open corpus documents on their text: loads sidecars, shifts anchors
 * with every edit, re-anchors after outside changes, and writes sidecars through the guarded store.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly sessions = new Map<string, Promise<DocumentSession | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeAnnotations = this.changed.event;
  private readonly reporter = new ProblemReporter();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.reporter];
  private readonly newId = createIdFactory();
  private readonly work = new Set<Promise<unknown>>();
  private readonly reanchorTimers = new Map<string, NodeJS.Timeout>();
  private readonly sidecarsToReload = new Set<string>();
  private reloadTimer: NodeJS.Timeout | undefined;
  /** Documents without a session because they or their sidecar lead out of their workspace folder through a symbolic link: why. */
  private readonly outsideFolder = new Map<string, string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${sidecarSuffix}`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.scheduleReload(uri)),
      watcher.onDidCreate((uri) => this.scheduleReload(uri)),
      watcher.onDidDelete((uri) => this.scheduleReload(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => void this.track(this.sessionFor(document))),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.track(this.persist(document))),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document)),
    );
    for (const document of vscode.workspace.textDocuments) void this.track(this.sessionFor(document));
  }

  /** The session of a corpus document, loading its sidecar the first time; undefined for other documents. */
  sessionFor(document: vscode.TextDocument): Promise<DocumentSession | undefined> {
    const key = document.uri.toString();
    let session = this.sessions.get(key);
    if (!session) {
      session = this.load(document);
      this.sessions.set(key, session);
    }
    return session;
  }

  async addClaim(document: vscode.TextDocument, range: vscode.Range, claim: NewClaim = {}): Promise<Annotation> {
    const session = await this.requireSession(document);
    const offsets = DocumentOffsets.of(document);
    const now = new Date().toISOString();
    const author = annotationAuthor();
    const annotation: Annotation = {
      id: this.newId(),
      target: refreshSelectors(offsets.text, offsets.codePointsOf(range), offsets.index),
      ...(claim.kind ? { kind: claim.kind } : {}),
      ...(claim.speaker ? { speaker: claim.speaker } : {}),
      themes: [...(claim.themes ?? [])],
      ...(claim.note ? { note: claim.note } : {}),
      ...(author ? { author } : {}),
      created: now,
      modified: now,
    };
    await this.change(document, session, [{ type: 'add', annotation }]);
    return annotation;
  }

  /** Adds annotations made elsewhere (an import) as they are: ids, times, authors and links kept. */
  async addAnnotations(document: vscode.TextDocument, annotations: readonly Annotation[]): Promise<void> {
    const session = await this.requireSession(document);
    await this.change(document, session, annotations.map((annotation): SidecarOperation => ({ type: 'add', annotation })));
  }

  async updateClaim(document: vscode.TextDocument, id: string, changes: AnnotationChanges): Promise<void> {
    const session = await this.requireSession(document);
    await this.change(document, session, [{ type: 'update', id, changes, modified: new Date().toISOString() }]);
  }

  async removeClaim(document: vscode.TextDocument, id: string): Promise<void> {
    const session = await this.requireSession(document);
    await this.change(document, session, [{ type: 'remove', id }]);
  }

  /** Attaches an orphaned (or any) claim to new text. */
  async reattachClaim(document: vscode.TextDocument, id: string, range: vscode.Range): Promise<void> {
    const session = await this.requireSession(document);
    const offsets = DocumentOffsets.of(document);
    const target = refreshSelectors(offsets.text, offsets.codePointsOf(range), offsets.index);
    await this.change(document, session, [{ type: 'relocate', id, target }]);
  }

  /** Remembers in the sidecar that a detection suggestion was dismissed, so its text is not suggested again. */
  async dismissSuggestion(document: vscode.TextDocument, suggestion: DismissedSuggestion): Promise<void> {
    const session = await this.requireSession(document);
    await this.change(document, session, [{ type: 'dismiss', suggestion }]);
  }

  /** Writes moved anchors and the text hash, when a document is saved. */
  async persist(document: vscode.TextDocument): Promise<void> {
    const session = await this.sessions.get(document.uri.toString());
    if (!session) return;
    session.reanchorStale(document);
    await this.change(document, session, []);
  }

  /** Resolves when every load, save and re-anchoring started so far has finished. */
  async whenIdle(): Promise<void> {
    while (this.work.size > 0 || this.reanchorTimers.size > 0 || this.reloadTimer) {
      await Promise.allSettled([...this.work]);
      if (this.work.size === 0 && (this.reanchorTimers.size > 0 || this.reloadTimer)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  dispose(): void {
    for (const timer of this.reanchorTimers.values()) clearTimeout(timer);
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async load(document: vscode.TextDocument): Promise<DocumentSession | undefined> {
    const location = corpusLocationOf(document);
    if (!location) return undefined;
    const outside = (await leavesFolder(document.uri, location.folder))
      ? 'is reached through a symbolic link that leads outside the workspace folder'
      : (await leavesFolder(location.sidecarUri, location.folder))
        ? 'has an annotations file that is a symbolic link leading outside the workspace folder'
        : undefined;
    if (outside) {
      this.outsideFolder.set(document.uri.toString(), outside);
      return undefined;
    }
    const file = await openSidecar(folderFilePort(location.folder), location.sidecarPath, { documentPath: location.documentPath });
    const session = new DocumentSession(document.uri, location, file);
    session.anchorAll(document);
    this.report(session);
    this.changed.fire(document.uri);
    return session;
  }

  private async requireSession(document: vscode.TextDocument): Promise<DocumentSession> {
    const session = await this.sessionFor(document);
    const name = vscode.workspace.asRelativePath(document.uri);
    const outside = this.outsideFolder.get(document.uri.toString());
    if (!session && outside) throw new Error(`${name} ${outside}; Marginalia reads and writes annotations only inside it.`);
    if (!session) throw new Error(`${name} is not part of the corpus (see the setting marginalia.corpus.include).`);
    if (session.file.problem) throw new Error(session.file.problem.message);
    return session;
  }

  /** Applies operations and anchor updates, then saves the sidecar. */
  private async change(document: vscode.TextDocument, session: DocumentSession, operations: SidecarOperation[]): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      // Restricted Mode reads and shows annotations but never writes files.
      if (operations.length > 0) throw new Error('this folder is open in Restricted Mode; trust it to change annotations.');
      return;
    }
    for (const operation of operations) session.file.apply(operation);
    session.anchorAll(document);
    for (const operation of session.relocations(document)) session.file.apply(operation);
    const outcome = await session.file.save();
    if (outcome.status === 'written' && outcome.merged) session.anchorAll(document);
    this.report(session);
    this.changed.fire(document.uri);
    if (outcome.status === 'blocked') throw new Error(outcome.problem.message);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const key = event.document.uri.toString();
    const pending = this.sessions.get(key);
    if (!pending) return;
    void this.track(
      pending.then((session) => {
        if (!session) return;
        session.applyEdits(event.contentChanges);
        this.changed.fire(event.document.uri);
        if (session.hasStale) this.scheduleReanchor(event.document, session);
        // A change that leaves the document clean, not by undo or redo, is VS Code loading it from disk (a checkout,
        // a pull). File watchers can drop events when hundreds of files change at once, so check its sidecar too.
        if (!event.document.isDirty && event.reason === undefined) this.scheduleReload(session.location.sidecarUri);
      }),
    );
  }

  private scheduleReanchor(document: vscode.TextDocument, session: DocumentSession): void {
    const key = document.uri.toString();
    clearTimeout(this.reanchorTimers.get(key));
    this.reanchorTimers.set(
      key,
      setTimeout(() => {
        this.reanchorTimers.delete(key);
        session.reanchorStale(document);
        this.report(session);
        this.changed.fire(document.uri);
      }, reanchorDelayMs),
    );
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    void this.sessions.get(key)?.then((session) => {
      if (session && session.file.pending.length === 0) this.sessions.delete(key);
    });
  }

  /**
   * Reloads the sidecars that changed, at most `reloadDelayMs` after the first change. The timer is
   * not pushed back by later events: a checkout of hundreds of files sends them for seconds, and a
   * document waiting for its sidecar must not wait for the last of them.
   */
  private scheduleReload(sidecarUri: vscode.Uri): void {
    this.sidecarsToReload.add(sidecarUri.toString());
    if (this.reloadTimer) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      const uris = new Set(this.sidecarsToReload);
      this.sidecarsToReload.clear();
      void this.track(this.reloadSidecars(uris));
    }, reloadDelayMs);
  }

  private async reloadSidecars(sidecarUris: ReadonlySet<string>): Promise<void> {
    for (const document of vscode.workspace.textDocuments) {
      const session = await this.sessions.get(document.uri.toString());
      if (!session || !sidecarUris.has(session.location.sidecarUri.toString())) continue;
      if (!(await session.file.changedOnDisk())) continue;
      await session.file.reload();
      session.anchorAll(document);
      this.report(session);
      this.changed.fire(document.uri);
    }
  }

  private report(session: DocumentSession): void {
    this.reporter.fileProblem(session.location.sidecarUri, session.file.problem);
    this.reporter.orphans(session.uri, session.location.sidecarUri, session.orphans);
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.work.add(promise);
    const done = () => this.work.delete(promise);
    promise.then(done, (error: unknown) => {
      done();
      console.error('Marginalia:', error);
    });
    return promise;
  }
}
