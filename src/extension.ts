import * as vscode from 'vscode';
import { activateClaimsView } from './features/claims-view';
import { activateDocumentation } from './features/documentation';

/** What the extension hands to other extensions and to its integration tests. */
export interface MarginaliaApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  activateClaimsView(context);
  activateDocumentation(context);
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
