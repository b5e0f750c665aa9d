import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { normalizeHexColor, palette } from '../../core/codebook/palette';
import type { Theme } from '../../core/model/codebook';
import type { SwatchIcons } from '../highlights/swatch-icons';

/** Every question the codebook commands ask; the extension API lets tests answer them. */
export interface ThemePrompts {
  inputLabel(title: string, value?: string): Promise<string | undefined>;
  pickColor(current: string | undefined): Promise<string | undefined>;
  /** A theme from `candidates`; `{ id: undefined }` means "top level" when `topLevel` names that choice. */
  pickTheme(title: string, candidates: readonly { theme: Theme; path: string }[], topLevel?: string): Promise<{ id: string | undefined } | undefined>;
  /** A modal confirmation; true when the user chose `action`. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
}

export function defaultThemePrompts(swatches: SwatchIcons): ThemePrompts {
  return {
    inputLabel: (title, value) =>
      Promise.resolve(
        vscode.window.showInputBox({
          title,
          value: value ?? '',
          prompt: 'The name shown for the theme. Claims keep the theme when it is renamed.',
          validateInput: (text) => (text.trim() ? undefined : 'A theme needs a name.'),
        }),
      ),

    async pickColor(current) {
      type Item = vscode.QuickPickItem & { readonly hex?: string };
      const items: Item[] = await Promise.all(
        palette.map(async (color) => ({
          label: color.name,
          description: color.hex === current?.toLowerCase() ? `${color.hex} · current` : color.hex,
          hex: color.hex,
          iconPath: await swatches.swatch(color.hex),
        })),
      );
      items.push({ label: 'Custom hex…', description: 'any #rrggbb colour', iconPath: new vscode.ThemeIcon('symbol-color') });
      const picked = await vscode.window.showQuickPick(items, { title: 'Theme colour' });
      if (!picked) return undefined;
      if (picked.hex) return picked.hex;
      const typed = await vscode.window.showInputBox({
        title: 'Theme colour',
        prompt: 'A colour as #rrggbb (or #rgb)',
        value: current ?? '#',
        validateInput: (text) => (normalizeHexColor(text) ? undefined : 'Type a colour like #3e63dd.'),
      });
      return typed === undefined ? undefined : normalizeHexColor(typed);
    },

    async pickTheme(title, candidates, topLevel) {
      type Item = vscode.QuickPickItem & { readonly id: string | undefined };
      const items: Item[] = [
        ...(topLevel ? [{ label: topLevel, id: undefined, iconPath: new vscode.ThemeIcon('list-tree') }] : []),
        ...(await Promise.all(
          candidates.map(async ({ theme, path }) => ({
            label: inertText(theme.label),
            ...(path !== theme.label ? { description: inertText(path) } : {}),
            id: theme.id,
            iconPath: await swatches.swatch(theme.color),
          })),
        )),
      ];
      const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
      return picked && { id: picked.id };
    },

    async confirm(message, detail, action) {
      const choice = await vscode.window.showWarningMessage(inertText(message), { modal: true, detail }, action);
      return choice === action;
    },
  };
}
