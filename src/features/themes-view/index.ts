import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import { SwatchIcons } from '../highlights/swatch-icons';
import { ThemeCommands, type ThemeArgument } from './theme-commands';
import { defaultThemePrompts } from './theme-prompts';
import { ThemesTreeProvider } from './themes-tree-provider';

export type { ThemePrompts } from './theme-prompts';
export type { ThemesNode } from './themes-tree-provider';

/** What the Themes view exposes to tests: its tree and its commands (whose questions tests answer). */
export interface ThemesApi {
  readonly tree: ThemesTreeProvider;
  readonly commands: ThemeCommands;
}

export function activateThemesView(
  context: vscode.ExtensionContext,
  services: { annotations: AnnotationService; codebook: CodebookService; corpus: CorpusService },
): ThemesApi {
  const swatches = new SwatchIcons(context.globalStorageUri);
  const tree = new ThemesTreeProvider(services.codebook, services.corpus, swatches);
  const commands = new ThemeCommands(services.codebook, services.corpus, services.annotations, defaultThemePrompts(swatches));
  const view = vscode.window.createTreeView('marginalia.themes', { treeDataProvider: tree, showCollapseAll: true });
  const run = (action: (arg: ThemeArgument) => Promise<unknown>) => async (arg?: ThemeArgument) => {
    try {
      await action(arg);
    } catch (error) {
      void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  context.subscriptions.push(
    view,
    tree,
    vscode.commands.registerCommand('marginalia.newTheme', run((arg) => commands.newTheme(arg))),
    vscode.commands.registerCommand('marginalia.renameTheme', run((arg) => commands.rename(arg))),
    vscode.commands.registerCommand('marginalia.changeThemeColor', run((arg) => commands.changeColor(arg))),
    vscode.commands.registerCommand('marginalia.moveTheme', run((arg) => commands.move(arg))),
    vscode.commands.registerCommand('marginalia.mergeTheme', run((arg) => commands.merge(arg))),
    vscode.commands.registerCommand('marginalia.deleteTheme', run((arg) => commands.delete(arg))),
    vscode.commands.registerCommand('marginalia.refreshThemes', () => tree.refresh()),
    vscode.commands.registerCommand('marginalia.themes.openClaim', (documentPath: unknown, claimId: unknown) =>
      openClaim(services, documentPath, claimId),
    ),
  );
  return { tree, commands };
}

/** Opens a claim's document and selects the claim (or shows where it was, for an orphan). */
async function openClaim(
  services: { annotations: AnnotationService; corpus: CorpusService },
  documentPath: unknown,
  claimId: unknown,
): Promise<void> {
  if (typeof documentPath !== 'string' || typeof claimId !== 'string') return;
  const uri = services.corpus.uriOf(documentPath);
  if (!uri) return;
  const editor = await vscode.window.showTextDocument(uri, { preview: true });
  const session = await services.annotations.sessionFor(editor.document);
  const live = session?.annotations.find((a) => a.annotation.id === claimId);
  if (!live || live.state !== 'anchored') {
    void vscode.window.showWarningMessage('Marginalia: this claim’s text was not found in the document. Select its new text and run “Re-attach Claim”.');
    return;
  }
  const range = new vscode.Range(editor.document.positionAt(live.start), editor.document.positionAt(live.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
