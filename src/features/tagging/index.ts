import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import type { DetectionService } from '../suggestions';
import { SwatchIcons } from '../highlights/swatch-icons';
import { goToClaim } from './claim-navigation';
import { RecentThemesStore } from './recent-themes-store';
import { SpeakerGuesser } from './speaker-guess';
import { TaggingService } from './tagging-service';

export { TaggingService } from './tagging-service';
export type { TaggingPrompts } from './tagging-prompts';

/** "Tag Statement with Themes…", Undo Last Tag, the claim editing commands and claim navigation. */
export function activateTagging(
  context: vscode.ExtensionContext,
  services: { annotations: AnnotationService; codebook: CodebookService; corpus: CorpusService; detection: DetectionService },
): TaggingService {
  const { annotations } = services;
  const tagging = new TaggingService(
    annotations,
    services.codebook,
    services.corpus,
    new RecentThemesStore(context.workspaceState),
    new SwatchIcons(context.globalStorageUri),
    new SpeakerGuesser((document) => services.detection.detectionsOf(document)),
  );
  context.subscriptions.push(
    tagging,
    vscode.commands.registerCommand('marginalia.tagStatement', () => inEditor((editor) => tagging.tagStatement(editor))),
    vscode.commands.registerCommand('marginalia.undoLastTag', () => reporting(() => tagging.undoLast())),
    vscode.commands.registerCommand('marginalia.editThemes', (...args: unknown[]) => reporting(() => tagging.editThemes(args))),
    vscode.commands.registerCommand('marginalia.editNote', (...args: unknown[]) => reporting(() => tagging.editNote(args))),
    vscode.commands.registerCommand('marginalia.setSpeaker', (...args: unknown[]) => reporting(() => tagging.setSpeaker(args))),
    vscode.commands.registerCommand('marginalia.nextClaim', () => inEditor((editor) => goToClaim(annotations, editor, 1))),
    vscode.commands.registerCommand('marginalia.previousClaim', () => inEditor((editor) => goToClaim(annotations, editor, -1))),
  );
  return tagging;
}

async function inEditor(action: (editor: vscode.TextEditor) => Promise<unknown>): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Marginalia: open a document of your corpus first.');
    return;
  }
  await reporting(() => action(editor));
}

async function reporting(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
  }
}
