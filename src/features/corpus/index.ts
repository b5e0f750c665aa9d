import type * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import { CorpusService } from './corpus-service';

export { CorpusService, type LoadProgress } from './corpus-service';

export function activateCorpus(context: vscode.ExtensionContext, annotations: AnnotationService): CorpusService {
  const service = new CorpusService(annotations);
  context.subscriptions.push(service);
  return service;
}
