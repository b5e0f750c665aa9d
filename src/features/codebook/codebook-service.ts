import * as vscode from 'vscode';
import type { Codebook, Theme } from '../../core/model/codebook';
import type { CodebookOperation } from '../../core/model/codebook-operations';
import { codebookPath } from '../../core/store/paths';
import { openCodebook, type CodebookFile } from '../../core/store/sidecar-store';
import { leavesFolder } from '../../host/local-links';
import { vscodeFilePort } from '../../host/vscode-file-port';
import type { FileProblem } from '../../core/store/problems';
import { ProblemReporter } from '../annotations/problem-reporter';

/**
 * The workspace's codebook (`.marginalia/codebook.json` in the first workspace folder): its themes
 * and speaker aliases, reloaded when the file changes and written through the guarded store.
 */
export class CodebookService implements vscode.Disposable {
  private file: CodebookFile | undefined;
  /** Set while the codebook is a symbolic link out of the workspace folder: nothing is read or written. */
  private outsideLink: FileProblem | undefined;
  private loading: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly reporter = new ProblemReporter();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.reporter];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${codebookPath}`);
    const reload = () => void this.reload();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, ...codebookPath.split('/'));
  }

  /** Loads the codebook once; later calls return the same promise. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  get codebook(): Codebook {
    return this.file?.value ?? { version: 1, themes: [] };
  }

  get themes(): readonly Theme[] {
    return this.codebook.themes;
  }

  theme(id: string): Theme | undefined {
    return this.themes.find((t) => t.id === id);
  }

  /** Applies operations and writes the codebook; throws with the file's problem when it cannot be written. */
  async apply(...operations: CodebookOperation[]): Promise<void> {
    await this.ready();
    const file = this.file;
    if (this.outsideLink) throw new Error(this.outsideLink.message);
    if (!file) throw new Error('open a folder to keep a codebook.');
    if (!vscode.workspace.isTrusted) throw new Error('this folder is open in Restricted Mode; trust it to change the codebook.');
    if (file.problem) throw new Error(file.problem.message);
    for (const operation of operations) file.apply(operation);
    const outcome = await file.save();
    this.changed.fire();
    if (outcome.status === 'blocked') throw new Error(outcome.problem.message);
  }

  /**
   * A codebook that is a symbolic link leading outside the workspace folder (or lies in a linked
   * `.marginalia` folder) is neither read nor written: its themes are not shown and changes are
   * refused with the reason, like a sidecar reached that way.
   */
  private async refusedAsOutside(uri: vscode.Uri): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || !(await leavesFolder(uri, folder))) {
      if (this.outsideLink) {
        this.outsideLink = undefined;
        this.reporter.fileProblem(uri, undefined);
      }
      return false;
    }
    const name = vscode.workspace.asRelativePath(uri);
    const message = `${name} leads outside the workspace folder through a symbolic link, so Marginalia neither reads nor writes it. Replace the link with the codebook file itself.`;
    const wasOutside = this.outsideLink !== undefined;
    this.outsideLink = { file: name, kind: 'outside-link', message };
    this.file = undefined;
    this.reporter.fileProblem(uri, this.outsideLink);
    if (!wasOutside) this.changed.fire();
    return true;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async load(): Promise<void> {
    const uri = this.uri;
    if (!uri || (await this.refusedAsOutside(uri))) return;
    await this.open(uri);
  }

  private async open(uri: vscode.Uri): Promise<void> {
    this.file = await openCodebook(vscodeFilePort, uri.toString());
    this.reporter.fileProblem(uri, this.file.problem);
    this.changed.fire();
  }

  private async reload(): Promise<void> {
    await this.ready();
    const uri = this.uri;
    if (!uri || (await this.refusedAsOutside(uri))) return;
    const file = this.file;
    if (!file) {
      // It was a link out of the folder, and is not any more.
      await this.open(uri);
      return;
    }
    if (!(await file.changedOnDisk())) return;
    await file.reload();
    this.reporter.fileProblem(uri, file.problem);
    this.changed.fire();
  }
}
