import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { pickThemesWithQuickPick, type PickThemes } from './theme-picker';

/** The answer to "who said it": a name, or `null` to clear the speaker. */
export type SpeakerChoice = string | null;

/** Every question the tagging commands ask; the extension API lets tests answer them. */
export interface TaggingPrompts {
  pickThemes: PickThemes;
  /** Returns the new note ('' clears it) or undefined when cancelled. */
  inputNote(current: string | undefined, quote: string): Promise<string | undefined>;
  pickSpeaker(known: readonly string[], current: string | undefined): Promise<SpeakerChoice | undefined>;
}

export const defaultTaggingPrompts: TaggingPrompts = {
  pickThemes: pickThemesWithQuickPick,

  async inputNote(current, quote) {
    // VS Code's input box is one line; longer notes are edited in the sidecar JSON.
    return vscode.window.showInputBox({
      title: 'Note on the claim',
      prompt: `“${quote}” — leave empty to remove the note.`,
      value: current ?? '',
      valueSelection: [0, (current ?? '').length],
    });
  },

  pickSpeaker(known, current) {
    return new Promise<SpeakerChoice | undefined>((resolve) => {
      type Item = vscode.QuickPickItem & { readonly speaker: SpeakerChoice };
      const pick = vscode.window.createQuickPick<Item>();
      pick.title = 'Who made the statement?';
      pick.placeholder = 'Choose a speaker from the corpus or type a new name';
      if (current) pick.value = current;
      const base: Item[] = [
        ...known.map((name): Item => ({ label: inertText(name), speaker: name, ...(name === current ? { description: 'current' } : {}) })),
        ...(current ? [{ label: 'No speaker', description: 'remove the speaker', speaker: null, iconPath: new vscode.ThemeIcon('close') }] : []),
      ];
      const render = () => {
        const typed = pick.value.trim();
        const exists = known.some((name) => name.toLowerCase() === typed.toLowerCase());
        pick.items = typed && !exists ? [{ label: typed, description: 'new speaker', speaker: typed, alwaysShow: true }, ...base] : base;
      };
      let settled = false;
      pick.onDidChangeValue(render);
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
        if (!chosen) return;
        settled = true;
        resolve(chosen.speaker);
        pick.hide();
      });
      pick.onDidHide(() => {
        if (!settled) resolve(undefined);
        pick.dispose();
      });
      render();
      pick.show();
    });
  },
};
