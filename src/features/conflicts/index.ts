import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { isAnnotationFile, resolveConflict, type ResolveOptions, type ResolveResult } from './resolve-conflict';

export const resolveConflictCommand = 'marginalia.resolveAnnotationConflict';

/**
 * "Marginalia: Resolve Annotation Conflict": merges a sidecar or the codebook that git left with
 * conflict markers. Offered from the conflict notification and as a quick fix on its diagnostic.
 */
export function activateConflicts(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(resolveConflictCommand, (uri?: vscode.Uri, options?: ResolveOptions) => run(uri, options)),
    vscode.languages.registerCodeActionsProvider([{ pattern: '**/*.annotations.json' }, { pattern: '**/.marginalia/codebook.json' }], new ConflictQuickFix(), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
}

async function run(uri: vscode.Uri | undefined, options: ResolveOptions | undefined): Promise<ResolveResult | undefined> {
  const target = uri ?? (await pickConflicted());
  if (!target) return undefined;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showErrorMessage('Marginalia: this folder is open in Restricted Mode; trust it to resolve conflicts.');
    return undefined;
  }
  try {
    return await resolveConflict(target, options);
  } catch (error) {
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}

/** The active annotation file, else the one conflicted file Marginalia reported, else a choice. */
async function pickConflicted(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isAnnotationFile(active)) return active;
  const conflicted = vscode.languages
    .getDiagnostics()
    .filter(([, diagnostics]) => diagnostics.some(isConflictDiagnostic))
    .map(([uri]) => uri);
  if (conflicted.length <= 1) {
    if (conflicted.length === 0) void vscode.window.showInformationMessage('Marginalia: no sidecar or codebook has git conflict markers.');
    return conflicted[0];
  }
  const picked = await vscode.window.showQuickPick(
    conflicted.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { title: 'Resolve the annotation conflict in which file?' },
  );
  return picked?.uri;
}

function isConflictDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.source === 'Marginalia' && diagnostic.code === 'conflict';
}

class ConflictQuickFix implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diagnostics = context.diagnostics.filter(isConflictDiagnostic);
    if (diagnostics.length === 0) return [];
    const action = new vscode.CodeAction('Resolve annotation conflict (merge both sides by id)', vscode.CodeActionKind.QuickFix);
    action.diagnostics = diagnostics;
    action.isPreferred = true;
    action.command = { command: resolveConflictCommand, title: action.title, arguments: [document.uri] };
    return [action];
  }
}
