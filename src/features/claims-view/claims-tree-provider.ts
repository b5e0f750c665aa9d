import * as vscode from 'vscode';

export type ClaimsNode = never;

/** Lists the corpus's claims. Empty until annotations are loaded, so the view shows its welcome text. */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    return node;
  }

  getChildren(): ClaimsNode[] {
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
