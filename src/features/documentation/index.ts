import * as vscode from 'vscode';

export function activateDocumentation(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.openDocumentation', async () => {
      const readme = vscode.Uri.joinPath(context.extensionUri, 'README.md');
      await vscode.commands.executeCommand('markdown.showPreview', readme);
    }),
  );
}
