import * as vscode from 'vscode';
import { ThemeTree } from '../../core/codebook/theme-tree';
import type { IndexedClaim } from '../../core/corpus/corpus-index';
import type { Theme } from '../../core/model/codebook';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import type { SwatchIcons } from '../highlights/swatch-icons';
import { appendPlainText } from '../../host/plain-markdown';

/** A node holds at most this many claims; the rest are summarised in one row. */
export const claimsPerThemeNode = 500;

export type ThemesNode =
  | { readonly kind: 'theme'; readonly theme: Theme }
  | { readonly kind: 'claim'; readonly claim: IndexedClaim; readonly themeId: string }
  | { readonly kind: 'more'; readonly themeId: string; readonly hidden: number };

/** The codebook as a tree: themes (with swatch and claim count), their sub-themes, then their claims across the corpus. */
export class ThemesTreeProvider implements vscode.TreeDataProvider<ThemesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ThemesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: NodeJS.Timeout | undefined;
  private usageCache: ReturnType<CorpusService['index']['themeUsage']> | undefined;

  constructor(
    private readonly codebook: CodebookService,
    private readonly corpus: CorpusService,
    private readonly swatches: SwatchIcons,
  ) {
    this.disposables.push(codebook.onDidChange(() => this.refresh()));
    const unsubscribe = corpus.index.onDidChange(() => this.refreshSoon());
    this.disposables.push({ dispose: unsubscribe });
  }

  refresh(): void {
    this.usageCache = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: ThemesNode): Promise<ThemesNode[]> {
    await this.codebook.ready();
    const tree = new ThemeTree(this.codebook.themes);
    if (!node) {
      // Counts appear when the corpus has been read; its changes redraw the tree.
      void this.corpus.ensureLoaded();
      return tree.children().map((theme) => ({ kind: 'theme', theme }));
    }
    if (node.kind !== 'theme') return [];
    const subThemes = tree.children(node.theme.id).map((theme): ThemesNode => ({ kind: 'theme', theme }));
    await this.corpus.ensureLoaded();
    const claims = this.corpus.index.claimsWithTheme(node.theme.id);
    const shown = claims.slice(0, claimsPerThemeNode).map((claim): ThemesNode => ({ kind: 'claim', claim, themeId: node.theme.id }));
    const more: ThemesNode[] = claims.length > claimsPerThemeNode ? [{ kind: 'more', themeId: node.theme.id, hidden: claims.length - claimsPerThemeNode }] : [];
    return [...subThemes, ...shown, ...more];
  }

  async getTreeItem(node: ThemesNode): Promise<vscode.TreeItem> {
    if (node.kind === 'theme') return this.themeItem(node.theme);
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(`${node.hidden} more claims…`, vscode.TreeItemCollapsibleState.None);
      item.tooltip = 'Use the Claims view’s filter to see all claims of this theme.';
      return item;
    }
    const { claim } = node;
    const quote = claim.annotation.target.selector[0].exact.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(quote.length > 80 ? `${quote.slice(0, 79)}…` : quote, vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${node.themeId}:${claim.documentPath}:${claim.annotation.id}`;
    item.description = [claim.annotation.speaker, claim.documentPath].filter(Boolean).join(' · ');
    item.tooltip = appendPlainText(new vscode.MarkdownString(), `${quote}\n\n${claim.documentPath}${claim.status === 'orphaned' ? ' (text not found)' : ''}`);
    item.iconPath = new vscode.ThemeIcon(claim.status === 'orphaned' ? 'warning' : 'quote');
    item.contextValue = 'marginalia.themeClaim';
    item.command = { command: 'marginalia.themes.openClaim', title: 'Show Claim', arguments: [claim.documentPath, claim.annotation.id] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async themeItem(theme: Theme): Promise<vscode.TreeItem> {
    this.usageCache ??= this.corpus.index.themeUsage();
    const usage = this.usageCache.get(theme.id);
    const hasSubThemes = this.codebook.themes.some((t) => t.parent === theme.id);
    const item = new vscode.TreeItem(
      theme.label,
      hasSubThemes || usage ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `theme:${theme.id}`;
    item.description = usage ? `${usage.claims} ${usage.claims === 1 ? 'claim' : 'claims'}` : '';
    item.tooltip = appendPlainText(new vscode.MarkdownString(), 
      `${theme.label} (${theme.color})${theme.description ? `\n\n${theme.description}` : ''}\n\n${usage ? `${usage.claims} claims in ${usage.documents} documents` : 'No claims yet'}`,
    );
    item.iconPath = await this.swatches.swatch(theme.color).catch(() => new vscode.ThemeIcon('circle-filled'));
    item.contextValue = 'marginalia.theme';
    return item;
  }

  /**
   * Corpus changes come in bursts (the first load, a branch switch): redraw once they settle. The
   * counts are dropped at once, so a row asked for before the redraw is already current.
   */
  private refreshSoon(): void {
    this.usageCache = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 200);
  }
}
