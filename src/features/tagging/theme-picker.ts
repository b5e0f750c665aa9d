import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { Theme } from '../../core/model/codebook';

export interface ThemePickRequest {
  readonly title: string;
  /** The themes in the order to show them (most recently used first). */
  readonly themes: readonly { readonly theme: Theme; readonly path: string; readonly icon?: vscode.Uri }[];
  /** Ids checked when the pick opens (the claim's current themes). */
  readonly selected: readonly string[];
}

export interface ThemeChoice {
  /** Existing themes chosen, in the order shown. */
  readonly themeIds: readonly string[];
  /** Labels of themes to create. */
  readonly newLabels: readonly string[];
}

/** The tagging UI's theme chooser; tests replace it through the extension API. */
export type PickThemes = (request: ThemePickRequest) => Promise<ThemeChoice | undefined>;

interface Item extends vscode.QuickPickItem {
  readonly key: string;
  readonly themeId?: string;
  readonly newLabel?: string;
}

/**
 * A multi-select quick pick of themes. Typing filters; Enter checks the highlighted theme, or — when
 * the typed name matches none, or "New theme" is highlighted — adds a new theme of that name, checked.
 * Enter with nothing typed applies the checked themes.
 */
export const pickThemesWithQuickPick: PickThemes = (request) =>
  new Promise<ThemeChoice | undefined>((resolve) => {
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = request.title;
    // Short enough to show whole beside the "N Selected" badge and the OK button.
    pick.placeholder = 'Find or name a theme, Enter checks it; Enter on empty applies';
    pick.canSelectMany = true;
    pick.matchOnDescription = true;
    const themeItems: Item[] = request.themes.map(({ theme, path, icon }) => ({
      key: `theme:${theme.id}`,
      themeId: theme.id,
      label: inertText(theme.label),
      ...(path !== theme.label ? { description: inertText(path) } : {}),
      ...(icon ? { iconPath: icon } : {}),
    }));
    const newThemes: Item[] = [];
    const checked = new Set(request.selected.map((id) => `theme:${id}`));
    let settled = false;

    const typedItem = (): Item | undefined => {
      const label = pick.value.trim();
      if (!label) return undefined;
      const known = [...themeItems, ...newThemes].some((item) => shownAs(item.label) === label.toLowerCase());
      return known ? undefined : { key: 'typed', newLabel: label, label: `New theme “${label}”`, iconPath: new vscode.ThemeIcon('add'), alwaysShow: true };
    };
    const render = () => {
      const typed = typedItem();
      const items = [...newThemes, ...themeItems, ...(typed ? [typed] : [])];
      pick.items = items;
      pick.selectedItems = items.filter((item) => checked.has(item.key));
    };
    const addNew = (label: string) => {
      const existing = [...themeItems, ...newThemes].find((item) => shownAs(item.label) === label.toLowerCase());
      if (existing) {
        checked.add(existing.key);
      } else {
        const item: Item = { key: `new:${label}`, newLabel: label, label, description: 'new theme', iconPath: new vscode.ThemeIcon('add') };
        newThemes.push(item);
        checked.add(item.key);
      }
    };

    pick.onDidChangeValue(render);
    pick.onDidChangeSelection((items) => {
      const visible = new Set(pick.items.map((item) => item.key));
      for (const key of visible) checked.delete(key);
      for (const item of items) {
        if (item.key === 'typed' && item.newLabel) addNew(item.newLabel);
        else checked.add(item.key);
      }
      if (items.some((item) => item.key === 'typed')) pick.value = '';
    });
    pick.onDidAccept(() => {
      if (pick.value.trim()) {
        const active = pick.activeItems[0];
        if (active && active.key !== 'typed') {
          if (checked.has(active.key)) checked.delete(active.key);
          else checked.add(active.key);
        } else {
          addNew(pick.value.trim());
        }
        pick.value = '';
        render();
        return;
      }
      settled = true;
      const order = [...newThemes, ...themeItems];
      resolve({
        themeIds: order.filter((item) => item.themeId && checked.has(item.key)).map((item) => item.themeId!),
        newLabels: order.filter((item) => item.key.startsWith('new:') && checked.has(item.key)).map((item) => item.newLabel!),
      });
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!settled) resolve(undefined);
      pick.dispose();
    });
    render();
    pick.show();
  });

/** A row's label as typed: without the zero-width spaces inertText puts into labels, lower case. */
function shownAs(label: string): string {
  return label.replace(/\u200b/g, '').toLowerCase();
}
