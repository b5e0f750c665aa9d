// What a person does in the workbench, as Playwright steps: keyboard, clicks and quick picks only.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { repoRoot } from '../../host/workspace';

export const quickInput = (page: Page): Locator => page.locator('.quick-input-widget');

/** A row of the open quick pick whose label contains `text`. */
export const quickPickRow = (page: Page, text: string | RegExp): Locator =>
  quickInput(page).locator('.quick-input-list .monaco-list-row', { hasText: text });

/**
 * Runs a command the way a person does: F1, type its title, Enter on it. Under load the palette
 * has once listed only "similar commands" for a title it offers a moment later, and once closed
 * again while the title was being typed (a webview had just taken focus), so it is opened again (at
 * most three times) before the command counts as missing.
 */
export async function runFromCommandPalette(page: Page, title: string): Promise<void> {
  const row = quickInput(page).locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      const input = quickInput(page).locator('input.input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`, { timeout: 10_000 });
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
      await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    }
  }
  await page.keyboard.press('Enter');
}

/** Opens a file with Quick Open (Ctrl+P) and waits for its editor to be active with its text shown. */
export async function quickOpen(page: Page, fileName: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = quickInput(page).locator('input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(fileName);
  // Enter only once the filtered list has the file highlighted, not a row of the recent list.
  await quickInput(page).locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.part.editor .tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  const editor = activeEditor(page);
  await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: 15_000 });
  return editor;
}

export const activeEditor = (page: Page): Locator => page.locator('.part.editor .editor-group-container.active .monaco-editor').first();

/**
 * Selects the first match of `text` with the editor's Find widget (Ctrl+F, type, Escape): the match
 * stays selected in the editor. Waits for the status bar to count the selected characters.
 */
export async function selectWithFind(page: Page, text: string): Promise<void> {
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+F');
  const find = activeEditor(page).locator('.find-widget.visible textarea, .find-widget.visible input').first();
  await find.waitFor({ state: 'visible', timeout: 10_000 });
  // The widget opens with the last search or the selection, whose count ("1 of 1") would answer
  // the wait below before the new search ran: first a search with no match, so that the count
  // awaited is the new one's.
  const count = activeEditor(page).locator('.find-widget .matchesCount');
  await find.fill(`${text}\u2060no such text`);
  await count.filter({ hasText: 'No results' }).waitFor({ timeout: 10_000 });
  await find.fill(text);
  await count.filter({ hasText: /^1 of \d+$/ }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await activeEditor(page).locator('.find-widget.visible').waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.part.statusbar', { hasText: `(${[...text].length} selected)` }).waitFor({ timeout: 10_000 });
}

/** Puts the cursor inside the first match of `text` with nothing selected (Find, then the Right arrow). */
export async function putCursorIn(page: Page, text: string): Promise<void> {
  await selectWithFind(page, text);
  await page.keyboard.press('ArrowRight');
  await page.locator('.part.statusbar', { hasText: /selected\)/ }).waitFor({ state: 'detached', timeout: 10_000 });
}

/** Polls a JSON file until `check` accepts it (sidecars are written asynchronously); returns it. */
export async function jsonFileWhen<T>(path: string, check: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = JSON.parse(readFileSync(path, 'utf8')) as T;
      if (check(value)) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) assert.fail(`${what}: ${path} is ${last instanceof Error ? last.message : JSON.stringify(last, null, 2)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Background colours (as Chromium computes them) of the editor decorations drawn over the line showing `text`. */
export async function decorationColorsOnLineWith(editor: Locator, text: string): Promise<string[]> {
  const line = editor.locator('.view-lines .view-line', { hasText: text }).first();
  await line.waitFor({ state: 'visible', timeout: 10_000 });
  const lineBox = await line.boundingBox();
  assert.ok(lineBox, `the line with ${text} is on screen`);
  const overlays = await editor.locator('.view-overlays .cdr').all();
  const colors: string[] = [];
  for (const overlay of overlays) {
    const box = await overlay.boundingBox();
    if (!box || box.y + box.height <= lineBox.y || box.y >= lineBox.y + lineBox.height) continue;
    // Runs in the page; the test's TypeScript has no DOM types, hence the cast.
    colors.push(
      await overlay.evaluate((element) =>
        String((globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element).backgroundColor),
      ),
    );
  }
  return colors;
}

/** The default of a colour id contributed in package.json for the workbench's current kind of colour theme. */
export async function contributedColor(page: Page, id: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { colors: { id: string; defaults: Record<'light' | 'dark' | 'highContrast' | 'highContrastLight', string> }[] };
  };
  const contributed = manifest.contributes.colors.find((color) => color.id === id);
  assert.ok(contributed, `package.json contributes the colour ${id}`);
  const classes = (await page.locator('.monaco-workbench').first().getAttribute('class')) ?? '';
  const kind = /\bhc-light\b/.test(classes) ? 'highContrastLight' : /\bhc-black\b/.test(classes) ? 'highContrast' : /\bvs-dark\b/.test(classes) ? 'dark' : 'light';
  return contributed.defaults[kind];
}

/** `#rrggbbaa` as Chromium prints a computed colour: `rgba(r, g, b, a)` with a rounded alpha. */
export function cssRgba(hex: string): { r: number; g: number; b: number; a: number } {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: n(1), g: n(3), b: n(5), a: hex.length > 7 ? n(7) / 255 : 1 };
}

export function sameColor(css: string, hex: string): boolean {
  const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(css);
  if (!match) return false;
  const want = cssRgba(hex);
  return Number(match[1]) === want.r && Number(match[2]) === want.g && Number(match[3]) === want.b && Math.abs(Number(match[4] ?? 1) - want.a) < 0.01;
}
