import * as vscode from 'vscode';
import { positionSelectorOf } from '../../core/model/annotation';
import { CorpusIndex, type IndexedClaim, type IndexedDocument } from '../../core/corpus/corpus-index';
import { indexedDocumentFromSidecar } from '../../core/corpus/sidecar-claims';
import { documentPathForSidecar, sidecarSuffix } from '../../core/store/paths';
import { decodeDocumentText } from '../../core/text/decode';
import { DocumentOffsets } from '../../host/document-offsets';
import type { AnnotationService } from '../annotations';
import { locationOf } from '../annotations/corpus-location';
import type { DocumentSession } from '../annotations/document-session';
import { corpusGlobs, sidecarLayout } from '../annotations/settings';
import { listCorpusFolder } from './corpus-listing';
import { CorpusDocumentWatcher, type DocumentChanges } from './document-watcher';
import { CoveredChanges } from '../../core/corpus/covered-changes';
import { LinkReport } from './link-report';

/** How long the loader works before it yields to the extension host. */
const sliceMs = 30;
/** Documents without a sidecar added to the index at once (each batch is one change event). */
const plainBatch = 2000;
/**
 * Annotated documents being read at once while the corpus loads: each read is a round trip through
 * workspace.fs, so the extension host mostly waits (10,000 documents in VS Code: 16 at once 7.2–7.7 s,
 * 48 5.0–5.9 s, 96 4.2–4.7 s, 192 3.8–4.3 s).
 */
const readsInFlight = 96;
const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

/** How far a load of the corpus got: annotated documents read of those found in the current folder. */
export interface LoadProgress {
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
}

/** How long a reload stands for the file watcher's report of the same change. */
const coveredChangeLifetimeMs = 5_000;

/** Where an index key points: the workspace folder and the document's path inside it. */
interface DocumentRef {
  readonly folder: vscode.WorkspaceFolder;
  readonly relativePath: string;
}

/**
 * Fills a CorpusIndex from the workspace: every corpus document, the claims of those with a sidecar
 * (anchored against their text), and the live claims of open documents. Loads on first use, in
 * slices that never hold the extension host for long, and follows file changes afterwards.
 */
export class CorpusService implements vscode.Disposable {
  readonly index = new CorpusIndex();
  private readonly progressEvents = new vscode.EventEmitter<LoadProgress>();
  /** Fires as a load reads annotated documents (the progress shown on the Claims view), and once when it ends. */
  readonly onDidReportLoadProgress = this.progressEvents.event;
  private readonly refs = new Map<string, DocumentRef>();
  private loading: Promise<void> | undefined;
  /** Bumped by every reload, so reads started before it cannot put stale documents back. */
  private generation = 0;
  /** Documents indexed before a reload that is still running. */
  private readonly beforeReload = new Set<string>();
  /** Files created, deleted or renamed through VS Code whose reload already ran; the file watcher reports them again. */
  private readonly covered = new CoveredChanges(coveredChangeLifetimeMs);
  private reloadCounter = 0;
  private diskBatchCounter = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** Symbolic links the listing left out, each said once. */
  readonly linkReport = new LinkReport();

  constructor(private readonly annotations: AnnotationService) {
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${sidecarSuffix}`);
    this.disposables.push(
      sidecars,
      sidecars.onDidChange((uri) => this.onSidecarChanged(uri)),
      sidecars.onDidCreate((uri) => this.onSidecarChanged(uri)),
      sidecars.onDidDelete((uri) => this.onSidecarChanged(uri)),
      annotations.onDidChangeAnnotations((uri) => void this.onSessionChanged(uri)),
      vscode.workspace.onDidCreateFiles((event) => this.onFilesChanged(event.files)),
      vscode.workspace.onDidDeleteFiles((event) => this.onFilesChanged(event.files)),
      vscode.workspace.onDidRenameFiles((event) => this.onFilesChanged(event.files.flatMap((f) => [f.oldUri, f.newUri]))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      new CorpusDocumentWatcher((changes) => this.onDocumentsChangedOnDisk(changes)),
    );
  }

  /** Loads the corpus the first time it is asked for; later calls return the same promise. */
  ensureLoaded(): Promise<void> {
    this.loading ??= Promise.resolve(
      vscode.window.withProgress({ location: { viewId: 'marginalia.claims' }, title: 'Reading the corpus' }, (progress) => this.loadAll(progress)),
    );
    return this.latestLoad();
  }

  /** Waits for the read under way, and for any reload that replaced it meanwhile (files changed on disk). */
  private async latestLoad(): Promise<void> {
    for (;;) {
      const current = this.loading;
      await current;
      if (this.loading === current || this.loading === undefined) return;
    }
  }

  /**
   * Reads the corpus again. Documents stay in the index (with their claims) while it runs, so the
   * views do not empty and refill; those it no longer finds are removed once the listing is done.
   */
  reload(): Promise<void> {
    this.reloadCounter++;
    this.generation++;
    this.loading = undefined;
    // The old references stay until the new listing replaces them, so opening a claim works meanwhile.
    for (const key of this.refs.keys()) this.beforeReload.add(key);
    return this.ensureLoaded();
  }

  /** How many times the corpus was read again since the window opened (tests check changes do not cause extra reads). */
  get reloads(): number {
    return this.reloadCounter;
  }

  /** How many batches of on-disk document changes the file watcher delivered. */
  get diskChangeBatches(): number {
    return this.diskBatchCounter;
  }

  /** The URI of an indexed document. */
  uriOf(key: string): vscode.Uri | undefined {
    const ref = this.refs.get(key);
    return ref && vscode.Uri.joinPath(ref.folder.uri, ...ref.relativePath.split('/'));
  }

  keyOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const location = folder && locationOf(folder, uri);
    return location && this.keyFor(folder, location.documentPath);
  }

  dispose(): void {
    this.progressEvents.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private keyFor(folder: vscode.WorkspaceFolder, relativePath: string): string {
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${relativePath}` : relativePath;
  }

  private async loadAll(progress: vscode.Progress<{ increment?: number; message?: string }>): Promise<void> {
    const generation = this.generation;
    const finished = () => this.progressEvents.fire({ done: 0, total: 0, finished: true });
    try {
      await this.loadFolders(generation, progress);
    } finally {
      finished();
    }
  }

  private async loadFolders(generation: number, progress: vscode.Progress<{ increment?: number; message?: string }>): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const listed = await Promise.all(
      folders.map(async (folder) => {
        const { documents, sidecars, linksLeftOut } = await listCorpusFolder(folder, { ...corpusGlobs(folder), layout: sidecarLayout(folder) });
        return { folder, documents, sidecars, linksLeftOut };
      }),
    );
    if (generation !== this.generation) return;
    this.linkReport.add(listed.flatMap((entry) => entry.linksLeftOut));
    const listedKeys = new Set<string>();
    const work = listed.map(({ folder, documents, sidecars }) => {
      const withSidecar = new Set(
        sidecars
          .map((uri) => documentPathForSidecar(relative(folder, uri), sidecarLayout(folder)))
          .filter((path): path is string => path !== undefined),
      );
      const plain: IndexedDocument[] = [];
      const annotated: DocumentRef[] = [];
      for (const uri of documents) {
        const relativePath = relative(folder, uri);
        const key = this.keyFor(folder, relativePath);
        this.refs.set(key, { folder, relativePath });
        listedKeys.add(key);
        if (withSidecar.has(relativePath)) annotated.push({ folder, relativePath });
        else plain.push({ path: key, claims: [] });
      }
      return { plain, annotated };
    });
    // Documents gone since the last read leave first (a moved document is never listed twice);
    // the others keep their claims until they are read again.
    for (const key of this.beforeReload) {
      if (listedKeys.has(key)) continue;
      this.index.delete(key);
      this.refs.delete(key);
    }
    this.beforeReload.clear();
    for (const { plain, annotated } of work) {
      let sliceStart = Date.now();
      const yieldWhenSliceIsUsed = async () => {
        if (Date.now() - sliceStart <= sliceMs) return;
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      };
      // Listeners (views, cross-references) follow each batch, so a large corpus goes in batches too.
      for (let start = 0; start < plain.length; start += plainBatch) {
        const current = await this.withOpenFromSessions(plain.slice(start, start + plainBatch));
        if (generation !== this.generation) return;
        this.index.setMany(current);
        await yieldWhenSliceIsUsed();
        if (generation !== this.generation) return;
      }
      let done = 0;
      let reported = 0;
      // Reads overlap (each file read is a round trip to the file system), results are taken in order.
      const reading: Promise<IndexedDocument>[] = [];
      let next = 0;
      const readAhead = () => {
        while (reading.length < readsInFlight && next < annotated.length) {
          const read = this.readDocument(annotated[next++]!);
          read.catch(() => undefined); // handled when awaited below, or abandoned by a reload
          reading.push(read);
        }
      };
      readAhead();
      // Documents read in one slice reach the index (and its listeners: views, cross-references) as one change.
      let batch: IndexedDocument[] = [];
      while (reading.length > 0) {
        const document = await reading.shift()!;
        readAhead();
        if (generation !== this.generation) return;
        batch.push(document);
        done++;
        if (done === annotated.length || Date.now() - sliceStart > sliceMs) {
          const current = await this.withOpenFromSessions(batch);
          if (generation !== this.generation) return;
          this.index.setMany(current);
          batch = [];
          // Each folder's share of 100 %, reported once per slice.
          const percent = (100 * done) / annotated.length / folders.length;
          progress.report({ increment: percent - reported, message: `${done.toLocaleString()} / ${annotated.length.toLocaleString()} annotated documents` });
          reported = percent;
          this.progressEvents.fire({ done, total: annotated.length, finished: false });
        }
        await yieldWhenSliceIsUsed();
      }
    }
  }

  /**
   * The open documents among these, as their sessions hold them now. What the listing or a disk read
   * found can be older: a claim added (or text typed) while the corpus was being read again.
   */
  private async withOpenFromSessions(documents: IndexedDocument[]): Promise<IndexedDocument[]> {
    const open = new Map<string, vscode.TextDocument>();
    for (const document of vscode.workspace.textDocuments) {
      const key = this.keyOf(document.uri);
      if (key !== undefined) open.set(key, document);
    }
    if (!documents.some((document) => open.has(document.path))) return documents;
    return Promise.all(
      documents.map(async (indexed) => {
        const document = open.get(indexed.path);
        const session = document && (await this.annotations.sessionFor(document));
        return document && session ? fromSession(indexed.path, document, session) : indexed;
      }),
    );
  }

  /** Reads a closed document's sidecar and anchors its claims (the stored positions stand when the text is unchanged). */
  private async readDocument(ref: DocumentRef): Promise<IndexedDocument> {
    const key = this.keyFor(ref.folder, ref.relativePath);
    const location = locationOf(ref.folder, vscode.Uri.joinPath(ref.folder.uri, ...ref.relativePath.split('/')));
    if (!location) return { path: key, claims: [] };
    const sidecarName = vscode.workspace.asRelativePath(location.sidecarUri);
    // Both files at once: each read is a round trip to the file system.
    const [sidecar, document] = await Promise.allSettled([
      vscode.workspace.fs.readFile(location.sidecarUri),
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(ref.folder.uri, ...ref.relativePath.split('/'))),
    ]);
    if (sidecar.status === 'rejected') return { path: key, claims: [] };
    if (document.status === 'rejected') throw document.reason;
    return indexedDocumentFromSidecar(key, decodeDocumentText(document.value), decoder.decode(sidecar.value), sidecarName);
  }

  private async onSessionChanged(uri: vscode.Uri): Promise<void> {
    if (!this.loading) return;
    const generation = this.generation;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const session = document && (await this.annotations.sessionFor(document));
    const key = this.keyOf(uri);
    if (!document || !session || key === undefined) return;
    // A reload (a rename, a move) started meanwhile: only documents it found may come back.
    if (generation !== this.generation && !this.refs.has(key)) return;
    // An open document deleted on disk (a branch switch, the shell) is not part of the corpus any more.
    if (!this.refs.has(key) && !(await exists(uri))) return;
    this.refs.set(key, { folder: session.location.folder, relativePath: session.location.documentPath });
    this.index.set(fromSession(key, document, session));
  }

  private onSidecarChanged(sidecarUri: vscode.Uri): void {
    if (!this.loading) return;
    const folder = vscode.workspace.getWorkspaceFolder(sidecarUri);
    if (!folder) return;
    const documentPath = documentPathForSidecar(relative(folder, sidecarUri), sidecarLayout(folder));
    if (documentPath === undefined) return;
    this.rereadClosed(folder, documentPath);
  }

  /** Reads a known document again from disk, unless it is open (its session keeps it up to date). */
  private rereadClosed(folder: vscode.WorkspaceFolder, documentPath: string): void {
    const key = this.keyFor(folder, documentPath);
    const open = vscode.workspace.textDocuments.some((d) => this.keyOf(d.uri) === key);
    if (open || !this.refs.has(key)) return;
    const generation = this.generation;
    void this.readDocument({ folder, relativePath: documentPath }).then((document) => {
      if (generation === this.generation && this.refs.has(key)) this.index.set(document);
    });
  }

  /** Changes made outside VS Code: documents added or removed mean reading the corpus again; edited ones are re-read. */
  private onDocumentsChangedOnDisk(changes: DocumentChanges): void {
    this.diskBatchCounter++;
    if (!this.loading) return;
    if (changes.createdOrDeleted.some((uri) => !this.covered.covers(uri.toString()))) {
      void this.reload();
      return;
    }
    for (const uri of changes.changed) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const location = folder && locationOf(folder, uri);
      if (folder && location) this.rereadClosed(folder, location.documentPath);
    }
  }

  private onFilesChanged(uris: readonly vscode.Uri[]): void {
    if (!this.loading || uris.length === 0) return;
    // Moves of whole folders and deletions are rare; reading the corpus again is simplest and exact.
    this.covered.cover(uris.map((uri) => uri.toString()));
    void this.reload();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

function relative(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  return uri.path.slice(folder.uri.path.replace(/\/?$/, '/').length);
}

function fromSession(key: string, document: vscode.TextDocument, session: DocumentSession): IndexedDocument {
  const { index } = DocumentOffsets.of(document);
  const claims = session.annotations.map((live): IndexedClaim => {
    if (live.state === 'orphaned') {
      const stored = positionSelectorOf(live.annotation);
      return { annotation: live.annotation, documentPath: key, status: 'orphaned', start: stored.start, end: stored.end };
    }
    const range = index.toCodePointRange({ start: Math.min(live.start, index.utf16Length), end: Math.min(live.end, index.utf16Length) });
    return { annotation: live.annotation, documentPath: key, status: 'anchored', ...range };
  });
  return { path: key, claims, ...(session.file.problem ? { problem: session.file.problem } : {}) };
}
