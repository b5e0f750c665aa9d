import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { AnnotationService } from '../annotations';
import type { ClaimsViewApi } from '../claims-view';
import type { CorpusService } from '../corpus';
import { DetectionService, type Detector } from './detection-service';
import { isSuggestionRef, SuggestionActions, type SuggestionRef } from './suggestion-actions';

export { DetectionService, editDebounceMs, type Detector } from './detection-service';
export type { Suggestion } from './suggestion';
export type { SuggestionRef } from './suggestion-actions';

/** What the suggestions feature exposes (to the highlights and to tests). */
export interface SuggestionsApi {
  readonly detection: DetectionService;
  readonly actions: SuggestionActions;
  readonly detector: Detector;
}

export interface SuggestionsServices {
  readonly annotations: AnnotationService;
  readonly corpus: CorpusService;
  readonly claimsView: ClaimsViewApi;
  readonly detector: Detector;
}

export function activateSuggestions(context: vscode.ExtensionContext, services: SuggestionsServices): SuggestionsApi {
  const { annotations, corpus, claimsView, detector } = services;
  const detection = new DetectionService(annotations, corpus, detector);
  const actions = new SuggestionActions(detection, annotations, corpus);
  const plugIn = (enabled: boolean): void => claimsView.setSuggestionSource(enabled ? detection : undefined);
  plugIn(detection.enabled);

  const onSuggestion =
    (action: (ref: SuggestionRef) => Promise<unknown>) =>
    async (target?: unknown): Promise<unknown> => {
      try {
        const ref = isSuggestionRef(target) ? target : await actions.atCursor();
        if (!ref) {
          void vscode.window.showInformationMessage('Marginalia: choose a suggestion in the Claims view, or put the cursor in a suggested claim.');
          return undefined;
        }
        const result = await action(ref);
        if (!result) void vscode.window.showInformationMessage('Marginalia: that text is no longer suggested (the document changed).');
        return result;
      } catch (error) {
        void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
        return undefined;
      }
    };

  context.subscriptions.push(
    detection,
    detection.onDidChangeSuggestions((paths) => claimsView.suggestionsChanged(paths)),
    detection.onDidChangeEnablement(plugIn),
    vscode.commands.registerCommand('marginalia.acceptSuggestion', onSuggestion((ref) => actions.accept(ref))),
    vscode.commands.registerCommand('marginalia.dismissSuggestion', onSuggestion((ref) => actions.dismiss(ref))),
    vscode.commands.registerCommand('marginalia.acceptAllSuggestions', async (target?: unknown) => {
      const uri = actions.documentUriOf(target);
      if (!uri || corpus.keyOf(uri) === undefined) {
        void vscode.window.showInformationMessage('Marginalia: open a corpus document, or choose one in the Claims view, to accept its suggestions.');
        return [];
      }
      try {
        const accepted = await actions.acceptAll(uri);
        vscode.window.setStatusBarMessage(`Marginalia: ${accepted.length} suggestion${accepted.length === 1 ? '' : 's'} accepted`, 3000);
        return accepted;
      } catch (error) {
        void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
        return [];
      }
    }),
  );
  return { detection, actions, detector };
}
