import * as vscode from 'vscode';
import { corpusGlobs, section } from '../annotations/settings';

export interface DocumentChanges {
  /** Documents created or deleted on disk: the set of corpus documents changed. */
  readonly createdOrDeleted: readonly vscode.Uri[];
  /** Documents whose text changed on disk. */
  readonly changed: readonly vscode.Uri[];
}

/** Quiet time that gathers the file events of a branch switch or a pull into one batch. */
const batchDelayMs = 150;

/**
 * Watches the corpus documents of every workspace folder on disk, so that changes made outside
 * VS Code (git checkout, pull, the shell) reach the corpus index; `workspace.onDidCreateFiles`
 * and friends only report changes made through VS Code. Events are batched.
 */
export class CorpusDocumentWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[];
  private createdOrDeleted = new Map<string, vscode.Uri>();
  private changed = new Map<string, vscode.Uri>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChanges: (changes: DocumentChanges) => void) {
    this.disposables = [
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watch()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${section}.corpus`)) this.watch();
      }),
    ];
    this.watch();
  }

  /** Whether a batch of events is waiting for its quiet time. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }

  private watch(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, corpusGlobs(folder).include));
      return [
        watcher,
        watcher.onDidCreate((uri) => this.add(this.createdOrDeleted, uri)),
        watcher.onDidDelete((uri) => this.add(this.createdOrDeleted, uri)),
        watcher.onDidChange((uri) => this.add(this.changed, uri)),
      ];
    });
  }

  private add(batch: Map<string, vscode.Uri>, uri: vscode.Uri): void {
    batch.set(uri.toString(), uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const changes = { createdOrDeleted: [...this.createdOrDeleted.values()], changed: [...this.changed.values()] };
      this.createdOrDeleted = new Map();
      this.changed = new Map();
      this.onChanges(changes);
    }, batchDelayMs);
  }
}
