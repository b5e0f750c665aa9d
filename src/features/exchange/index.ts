import { inertText } from '../../core/text/inert-text';
import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import { exportAnnotations, type ExportRequest } from './export-command';
import { importCodebookOrProject, type ImportRequest } from './import-command';

export const exportCommand = 'marginalia.exportAnnotations';
export const importCommand = 'marginalia.importCodebookOrProject';

/**
 * Export to REFI-QDA (.qdpx, .qdc), W3C Web Annotation and CSV, and import of REFI-QDA codebooks
 * and project codings. Both commands accept a request object so they can run without prompts.
 */
export function activateExchange(
  context: vscode.ExtensionContext,
  services: { annotations: AnnotationService; codebook: CodebookService; corpus: CorpusService },
): void {
  let output: vscode.OutputChannel | undefined;
  const outputChannel = () => {
    output ??= vscode.window.createOutputChannel('Marginalia Import');
    return output;
  };
  context.subscriptions.push(
    { dispose: () => output?.dispose() },
    vscode.commands.registerCommand(exportCommand, (request?: ExportRequest) => run(() => exportAnnotations(services, isRequest(request) ? request : {}))),
    vscode.commands.registerCommand(importCommand, (request?: ImportRequest) =>
      run(() => importCodebookOrProject({ ...services, output: outputChannel }, isRequest(request) ? request : {})),
    ),
  );
}

/** Menus pass a tree item or URI as the first argument; only plain request objects are requests. */
function isRequest(value: unknown): boolean {
  return !!value && typeof value === 'object' && !(value instanceof vscode.Uri) && Object.getPrototypeOf(value) === Object.prototype;
}

async function run<T>(task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}
