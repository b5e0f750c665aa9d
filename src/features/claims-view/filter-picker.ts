import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { CorpusIndex } from '../../core/corpus/corpus-index';
import type { CodebookService } from '../codebook';
import type { SwatchIcons } from './swatch-icons';

interface FilterItem extends vscode.QuickPickItem {
  readonly query: string;
}

const maxSpeakers = 200;

/**
 * "Filter Claims…": type words (quote, note, speaker) or pick a theme or speaker; the result is a
 * query such as `theme:"Public health" speaker:okafor harbour`. Resolves undefined when cancelled.
 */
export async function pickClaimFilter(current: string, index: CorpusIndex, codebook: CodebookService, icons: SwatchIcons): Promise<string | undefined> {
  const themeItems: FilterItem[] = await Promise.all(
    codebook.themes.map(async (theme) => ({
      label: inertText(theme.label),
      description: 'theme',
      iconPath: (await icons.iconFor(theme.color)) ?? new vscode.ThemeIcon('tag'),
      query: `theme:${quoted(theme.label)}`,
    })),
  );
  const speakerItems: FilterItem[] = speakersOf(index).map((speaker) => ({
    label: inertText(speaker),
    description: 'speaker',
    iconPath: new vscode.ThemeIcon('person'),
    query: `speaker:${quoted(speaker)}`,
  }));
  const fixed: FilterItem[] = [
    ...(themeItems.length > 0 ? [{ label: 'Themes', kind: vscode.QuickPickItemKind.Separator, query: '' }, ...themeItems] : []),
    ...(speakerItems.length > 0 ? [{ label: 'Speakers', kind: vscode.QuickPickItemKind.Separator, query: '' }, ...speakerItems] : []),
  ];

  const picker = vscode.window.createQuickPick<FilterItem>();
  picker.title = 'Filter Claims';
  picker.placeholder = 'Words from the quote, note or speaker; or theme:<name>, speaker:<name>';
  picker.value = current;
  picker.matchOnDescription = true;
  const typed = (value: string): FilterItem[] =>
    value.trim()
      ? [{ label: `$(filter) ${inertText(value.trim())}`, description: 'show claims matching this', alwaysShow: true, query: value.trim() }]
      : current
        ? [{ label: '$(clear-all) Clear Filter', alwaysShow: true, query: '' }]
        : [];
  picker.items = [...typed(current), ...fixed];
  return new Promise<string | undefined>((resolve) => {
    let result: string | undefined;
    picker.onDidChangeValue((value) => (picker.items = [...typed(value), ...fixed]));
    picker.onDidAccept(() => {
      result = picker.selectedItems[0]?.query ?? picker.value.trim();
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  });
}

function speakersOf(index: CorpusIndex): string[] {
  const speakers = new Set<string>();
  for (const document of index.annotatedDocuments()) {
    for (const claim of document.claims) {
      if (claim.annotation.speaker) speakers.add(claim.annotation.speaker);
      if (speakers.size >= maxSpeakers) break;
    }
  }
  return [...speakers].sort((a, b) => a.localeCompare(b));
}

function quoted(name: string): string {
  return /\s/.test(name) ? `"${name}"` : name;
}
