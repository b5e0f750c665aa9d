import * as vscode from 'vscode';

export interface SuggestionSettings {
  /** `marginalia.suggestions.enabled`: detected claims show as suggestions and drive the quote highlight. */
  readonly enabled: boolean;
  /** `marginalia.detection.cues`: reporting verbs or phrases added to the detector's lexicon. */
  readonly cues: readonly string[];
}

export function suggestionSettings(): SuggestionSettings {
  const config = vscode.workspace.getConfiguration('marginalia');
  const cues = config.get<unknown>('detection.cues');
  return {
    enabled: config.get<boolean>('suggestions.enabled') !== false,
    cues: Array.isArray(cues)
      ? cues.filter((cue): cue is string => typeof cue === 'string').map((cue) => cue.trim()).filter((cue) => cue.length > 0)
      : [],
  };
}

export function affectsSuggestions(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('marginalia.suggestions') || event.affectsConfiguration('marginalia.detection');
}
