import type * as vscode from 'vscode';
import { AnnotationService } from './annotation-service';

export { AnnotationService } from './annotation-service';

export function activateAnnotations(context: vscode.ExtensionContext): AnnotationService {
  const service = new AnnotationService();
  context.subscriptions.push(service);
  return service;
}
