import type * as vscode from 'vscode';
import { CodebookService } from './codebook-service';

export { CodebookService } from './codebook-service';

export function activateCodebook(context: vscode.ExtensionContext): CodebookService {
  const service = new CodebookService();
  context.subscriptions.push(service);
  return service;
}
