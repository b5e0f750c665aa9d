import * as vscode from 'vscode';
import type { IndexedClaim } from '../../core/corpus/corpus-index';
import { quoteSelectorOf } from '../../core/model/annotation';
import {
  claimDescription,
  claimLabel,
  crossReferenceLabels,
  documentDescription,
  documentLabel,
  folderDescription,
  pageLabel,
  plural,
  suggestionDescription,
  suggestionLabel,
} from './claim-labels';
import type { ClaimNode, ClaimsNode, ClaimsTreeModel, CrossReferenceNode, SuggestionNode } from './claims-tree-model';
import type { SwatchIcons } from './swatch-icons';
import { appendPlainText } from '../../host/plain-markdown';

/** What tree items need from the codebook and the corpus. */
export interface TreeItemContext {
  readonly model: ClaimsTreeModel;
  readonly icons: SwatchIcons;
  themeLabel(id: string): string | undefined;
  themeColor(id: string): string | undefined;
  uriOf(documentPath: string): vscode.Uri | undefined;
}

export const revealClaimCommand = 'marginalia.revealClaim';

export async function treeItemFor(node: ClaimsNode, context: TreeItemContext): Promise<vscode.TreeItem> {
  switch (node.kind) {
    case 'folder': {
      const item = new vscode.TreeItem(documentLabel(node.path), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(node.isWorkspaceFolder ? 'root-folder' : 'folder');
      item.description = folderDescription(context.model.folderClaimCount(node.path), context.model.folderOrphanCount(node.path));
      item.tooltip = node.path;
      item.contextValue = 'folder';
      return item;
    }
    case 'document': {
      const counts = context.model.counts(node.path);
      const hasRows = counts.shown > 0 || context.model.children(node).length > 0;
      const item = new vscode.TreeItem(documentLabel(node.path), hasRows ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.resourceUri = context.uriOf(node.path);
      item.iconPath = vscode.ThemeIcon.File;
      item.description = documentDescription(counts, context.model.filter !== undefined);
      const suggested = context.model.filter ? 0 : (context.model.suggestions?.suggestionsFor(node.path).length ?? 0);
      item.tooltip = suggested > 0 ? `${node.path}\n${plural(suggested, 'suggested claim')}` : node.path;
      item.contextValue = 'document';
      return item;
    }
    case 'page': {
      const { label, description } = pageLabel(node);
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = description;
      item.iconPath = new vscode.ThemeIcon('list-flat');
      item.contextValue = 'page';
      return item;
    }
    case 'claim':
      return claimItem(node, context);
    case 'suggestion':
      return suggestionItem(node, context);
    case 'crossReference':
      return crossReferenceItem(node, context);
  }
}

async function claimItem(node: ClaimNode, context: TreeItemContext): Promise<vscode.TreeItem> {
  const { claim } = node;
  const themes = claim.annotation.themes;
  const labels = themes.map((id) => context.themeLabel(id) ?? id);
  const expands = context.model.hasCrossReferences(node);
  const item = new vscode.TreeItem(claimLabel(claim), expands ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = claimDescription(claim, labels);
  const orphaned = claim.status === 'orphaned';
  item.contextValue = orphaned ? 'claim-orphaned' : 'claim';
  const swatch = orphaned ? undefined : await context.icons.iconFor(themes[0] && context.themeColor(themes[0]));
  item.iconPath = orphaned
    ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
    : (swatch ?? new vscode.ThemeIcon('quote'));
  const uri = context.uriOf(node.documentPath);
  if (uri) {
    item.command = {
      command: revealClaimCommand,
      title: 'Show Claim in Editor',
      arguments: orphaned ? [uri] : [uri, claim.start, claim.end],
    };
  }
  item.accessibilityInformation = { label: [claimLabel(claim), item.description].filter(Boolean).join(', ') };
  return item;
}

function suggestionItem(node: SuggestionNode, context: TreeItemContext): vscode.TreeItem {
  const { suggestion } = node;
  const item = new vscode.TreeItem(suggestionLabel(suggestion), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = suggestionDescription(suggestion);
  item.iconPath = new vscode.ThemeIcon('lightbulb', new vscode.ThemeColor('descriptionForeground'));
  item.contextValue = 'suggestion';
  const uri = context.uriOf(node.documentPath);
  if (uri) item.command = { command: revealClaimCommand, title: 'Show in Editor', arguments: [uri, suggestion.start, suggestion.end] };
  return item;
}

/** A linked, suggested or broken cross-reference under a claim row; clicking it shows the other claim. */
function crossReferenceItem(node: CrossReferenceNode, context: TreeItemContext): vscode.TreeItem {
  const { reference } = node;
  const { label, description } = crossReferenceLabels(reference);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = description;
  item.contextValue = `crossReference-${reference.status}`;
  // Not the lightbulb: that marks the detector's suggested claims among the same rows.
  const icon = { linked: 'link', suggested: 'references', broken: 'warning' }[reference.status];
  const color = reference.status === 'broken' ? new vscode.ThemeColor('list.warningForeground') : reference.status === 'suggested' ? new vscode.ThemeColor('descriptionForeground') : undefined;
  item.iconPath = new vscode.ThemeIcon(icon, color);
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  appendPlainText(tooltip, reference.target ? reference.target.quote.replace(/\s+/g, ' ').trim() : 'The linked claim no longer exists.');
  tooltip.appendMarkdown('\n\n');
  appendPlainText(tooltip, [description, reference.target?.documentPath ?? reference.documentHint].filter(Boolean).join(' · '));
  item.tooltip = tooltip;
  const uri = reference.target && context.uriOf(reference.target.documentPath);
  if (reference.target && uri) {
    item.command = { command: revealClaimCommand, title: 'Show Claim in Editor', arguments: [uri, reference.target.start, reference.target.end] };
  }
  item.accessibilityInformation = { label: `${label}, ${description}` };
  return item;
}

/**
 * The hover of a claim row: quote, speaker, themes and note. Everything that comes from the
 * documents or the sidecar is escaped (appendText), and the string is not trusted, so it can
 * never become a link or a command.
 */
export function claimTooltip(claim: IndexedClaim, themeLabels: readonly string[], documentPath: string): vscode.MarkdownString {
  // Theme icons on, so appendText also escapes `$(icon)` sequences in annotation text.
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown('> ');
  appendPlainText(tooltip, quoteSelectorOf(claim.annotation).exact.replace(/\s+/g, ' ').trim());
  tooltip.appendMarkdown('\n\n');
  const field = (name: string, value: string | undefined): void => {
    if (!value) return;
    tooltip.appendMarkdown(`**${name}:** `);
    appendPlainText(tooltip, value);
    tooltip.appendMarkdown('  \n');
  };
  field('Speaker', claim.annotation.speaker);
  field('Themes', themeLabels.join(', '));
  field('Note', claim.annotation.note);
  field('Document', documentPath);
  if (claim.status === 'orphaned') tooltip.appendMarkdown('\n$(warning) Not found in the text: select its new text and choose *Re-attach to Selection*.');
  return tooltip;
}
