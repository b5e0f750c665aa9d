import * as vscode from 'vscode';
import { ClaimsTreeProvider } from './claims-tree-provider';

export function activateClaimsView(context: vscode.ExtensionContext): ClaimsTreeProvider {
  const provider = new ClaimsTreeProvider();
  const view = vscode.window.createTreeView('marginalia.claims', { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    view,
    provider,
    vscode.commands.registerCommand('marginalia.refresh', () => provider.refresh()),
  );
  return provider;
}
