import * as vscode from 'vscode';
import { nameOf, type IndexedClaim } from '../../core/corpus/corpus-index';
import { appendPlainText } from '../../host/plain-markdown';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import { parseClaimFilter, type ThemeLookup } from './claim-filter';
import { ClaimsTreeModel, type ClaimsNode } from './claims-tree-model';
import type { SwatchIcons } from './swatch-icons';
import { claimTooltip, treeItemFor, type TreeItemContext } from './tree-items';

/** Quiet time that gathers the index changes of a load or a branch switch into one refresh. */
const refreshDelayMs = 60;

/**
 * The Claims view's data: the corpus index through a ClaimsTreeModel. Loads the corpus on the
 * first request, refreshes only the documents that changed when it can, and keeps view state
 * (filter, follow, show all) with the context keys the view's menus use.
 */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  readonly model: ClaimsTreeModel;
  private readonly changed = new vscode.EventEmitter<ClaimsNode | ClaimsNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Fires when the filter, following or show-all state changes (the view's description follows it). */
  readonly onDidChangeState = this.stateChanged.event;
  private readonly pendingPaths = new Set<string>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private refreshed: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.stateChanged];
  private readonly items: TreeItemContext;
  /** Warnings another feature adds to a claim row's tooltip (cross-references: broken links). */
  claimNotes: ((claim: IndexedClaim) => readonly string[]) | undefined;

  constructor(
    private readonly corpus: CorpusService,
    private readonly codebook: CodebookService,
    icons: SwatchIcons,
  ) {
    const themes: ThemeLookup = {
      label: (id) => codebook.theme(id)?.label,
      parent: (id) => codebook.theme(id)?.parent,
    };
    this.model = new ClaimsTreeModel(corpus.index, themes);
    this.items = {
      model: this.model,
      icons,
      themeLabel: themes.label,
      themeColor: (id) => codebook.theme(id)?.color,
      uriOf: (path) => corpus.uriOf(path),
    };
    this.updateWorkspaceFolders();
    const unsubscribe = corpus.index.onDidChange((paths) => this.schedule(paths));
    this.disposables.push(
      { dispose: unsubscribe },
      codebook.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.updateWorkspaceFolders();
        this.refresh();
      }),
    );
  }

  async getChildren(node?: ClaimsNode): Promise<ClaimsNode[]> {
    if (!node) await Promise.all([this.corpus.ensureLoaded(), this.codebook.ready()]);
    return node ? this.model.children(node) : this.model.roots();
  }

  getTreeItem(node: ClaimsNode): Promise<vscode.TreeItem> {
    return treeItemFor(node, this.items);
  }

  resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'claim') {
      const labels = node.claim.annotation.themes.map((id) => this.codebook.theme(id)?.label ?? id);
      const tooltip = claimTooltip(node.claim, labels, node.documentPath);
      for (const note of this.claimNotes?.(node.claim) ?? []) {
        tooltip.appendMarkdown('\n\n$(warning) ');
        appendPlainText(tooltip, note);
      }
      item.tooltip = tooltip;
    }
    return item;
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return this.model.parentOf(node);
  }

  /** Refreshes everything (after a filter or mode change). */
  refresh(): void {
    this.model.invalidate();
    this.fire(undefined);
  }

  get filterQuery(): string {
    return this.model.filter?.query ?? '';
  }

  setFilter(query: string): void {
    this.model.filter = parseClaimFilter(query);
    this.stateDidChange();
  }

  setFollowing(following: boolean, activeDocument = this.model.activeDocument): void {
    this.model.following = following;
    this.model.activeDocument = activeDocument;
    this.stateDidChange();
  }

  /** Tells the model which document is active; refreshes only when the view follows it. */
  setActiveDocument(path: string | undefined): void {
    if (path === this.model.activeDocument) return;
    this.model.activeDocument = path;
    if (this.model.following) this.stateDidChange();
  }

  setShowAll(showAll: boolean): void {
    this.model.showAll = showAll;
    this.stateDidChange();
  }

  /** The view's description: what it is narrowed to. */
  describe(): string {
    const parts: string[] = [];
    if (this.model.following) parts.push(this.model.activeDocument ? nameOf(this.model.activeDocument) : 'no corpus document open');
    if (this.model.filter) parts.push(`filter: ${this.model.filter.query}`);
    return parts.join(' · ');
  }

  /** The suggestions of these documents changed (or became known): refresh their rows. */
  suggestionsChanged(paths: readonly string[]): void {
    this.schedule(paths);
  }

  /** Resolves once the index changes seen so far have reached the view. */
  whenRefreshed(): Promise<void> {
    return this.refreshed;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.settle?.();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private stateDidChange(): void {
    void vscode.commands.executeCommand('setContext', 'marginalia.claims.following', this.model.following);
    void vscode.commands.executeCommand('setContext', 'marginalia.claims.showAll', this.model.showAll);
    void vscode.commands.executeCommand('setContext', 'marginalia.claims.filtered', this.model.filter !== undefined);
    this.stateChanged.fire();
    this.refresh();
  }

  private schedule(paths: readonly string[]): void {
    for (const path of paths) this.pendingPaths.add(path);
    if (this.refreshTimer) return;
    this.refreshed = new Promise((resolve) => (this.settle = resolve));
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      const changedPaths = [...this.pendingPaths];
      this.pendingPaths.clear();
      const change = this.model.changed(changedPaths);
      if (change.full) this.fire(undefined);
      else if (change.nodes.length > 0) this.fire([...change.nodes]);
      this.settle?.();
      this.settle = undefined;
    }, refreshDelayMs);
  }

  private fire(nodes: ClaimsNode[] | undefined): void {
    this.changed.fire(nodes);
  }

  private updateWorkspaceFolders(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    this.model.setWorkspaceFolders(folders.length > 1 ? folders.map((folder) => folder.name) : []);
  }
}
