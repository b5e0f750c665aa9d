import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { FileProblem } from '../../core/store/problems';
import type { LiveAnnotation } from './document-session';

const openFile = 'Open File';
const resolveConflict = 'Resolve Conflict';

/**
 * Tells the user about sidecars and codebooks Marginalia will not write (a notification once per
 * problem, and an entry in the Problems panel) and about annotations that lost their text.
 */
export class ProblemReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('marginalia');
  private readonly notified = new Map<string, string>();

  fileProblem(uri: vscode.Uri, problem: FileProblem | undefined): void {
    const key = uri.toString();
    if (!problem) {
      this.diagnostics.delete(uri);
      this.notified.delete(key);
      return;
    }
    const line = Math.max(0, (problem.line ?? 1) - 1);
    const column = Math.max(0, (problem.column ?? 1) - 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), problem.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'Marginalia';
    diagnostic.code = problem.kind;
    this.diagnostics.set(uri, [diagnostic]);
    if (this.notified.get(key) === problem.message) return;
    this.notified.set(key, problem.message);
    const actions = problem.kind === 'conflict' ? [resolveConflict, openFile] : [openFile];
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${problem.message}`), ...actions).then((choice) => {
      if (choice === openFile) void vscode.window.showTextDocument(uri);
      if (choice === resolveConflict) void vscode.commands.executeCommand('marginalia.resolveAnnotationConflict', uri);
    });
  }

  orphans(documentUri: vscode.Uri, sidecarUri: vscode.Uri, orphans: readonly LiveAnnotation[]): void {
    if (orphans.length === 0) {
      this.diagnostics.delete(documentUri);
      return;
    }
    const sidecarName = vscode.workspace.asRelativePath(sidecarUri);
    this.diagnostics.set(
      documentUri,
      orphans.map(({ annotation }) => {
        const quote = trimmed(annotation.target.selector[0].exact);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(0, 0, 0, 0),
          `The claim “${quote}” was not found in the text. It is kept unchanged in ${sidecarName}; select its new text and run “Marginalia: Re-attach Claim”.`,
          vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'Marginalia';
        diagnostic.code = 'orphaned-claim';
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}

export function trimmed(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
