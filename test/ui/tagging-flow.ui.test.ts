// A new user's first session, through the workbench UI only: open documents, tag five quotes with
// three new themes through the quick pick (palette and keybinding), see the highlights, the Claims
// and Themes views, rename a theme, undo a tag, and find it all in the sidecars on disk.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Annotation } from '../../src/core/model/annotation';
import type { Codebook } from '../../src/core/model/codebook';
import { openWorkbench, type WorkbenchSession } from '../host/workbench-session';
import { repoRoot } from '../host/workspace';
import {
  activeEditor,
  contributedColor,
  decorationColorsOnLineWith,
  jsonFileWhen,
  putCursorIn,
  quickInput,
  quickOpen,
  quickPickRow,
  runFromCommandPalette,
  sameColor,
  selectWithFind,
} from './support/workbench-actions';

const screenshots = join(repoRoot, 'test-results', 'ui');
const railWalkout = { folder: 'rail-strike', name: 'northgate-2026-03-16-rail-walkout.md' };
const mayorCalm = { folder: 'water-advisory', name: 'halden-2026-03-10-velmora-mayor-calm.txt' };
const tagCommand = 'Marginalia: Tag Statement with Themes…';
// New themes get the palette's colours in order, drawn through the colour ids `marginalia.theme1..3`.
const highlight = { labour: 'marginalia.theme1', jobs: 'marginalia.theme2', publicHealth: 'marginalia.theme3' };

interface SidecarFile {
  readonly annotations: readonly Annotation[];
}

describe('Tagging flow in the workbench (UI)', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let claims: Locator;
  let themes: Locator;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    session = await openWorkbench({ name: 'ui-tagging-flow' });
    page = session.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    const pane = (title: string) => page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${title}$`) }) });
    claims = pane('Claims');
    themes = pane('Themes');
  });

  afterEach(async function () {
    // What the workbench showed when a step failed, to see why on a CI machine.
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: join(screenshots, `tagging-flow-failed-${name}.png`) }).catch(() => undefined);
    }
  });

  after(async () => {
    await session?.close();
  });

  const treeRow = (text: string): Locator => claims.locator('.monaco-list-row', { hasText: text }).first();
  // Suggested claims (from detection, with a light bulb) are rows of the Claims view too; tagged claims are the others.
  const claimRow = (text: string | RegExp): Locator => claims.locator('.monaco-list-row', { hasText: text, hasNot: page.locator('.codicon-lightbulb') });
  const themeRow = (label: string): Locator => themes.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) });
  const sidecarOf = (document: { folder: string; name: string }) => join(session!.folder, document.folder, `${document.name}.annotations.json`);

  /** Expands a collapsed tree row (a click on a collapsed row opens it). */
  async function expand(row: Locator): Promise<void> {
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    await waitUntil(async () => (await row.getAttribute('aria-expanded')) === 'true', 'the row expands');
  }

  /** In the open theme quick pick: types a name and presses Enter (checks that theme, or creates it). */
  async function typeTheme(name: string): Promise<void> {
    const input = quickInput(page).locator('input.input');
    await input.fill(name);
    await quickPickRow(page, name).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    // The pick empties its box once it has checked or created the theme.
    await waitUntil(async () => (await input.inputValue()) === '', `“${name}” is checked`);
  }

  async function waitForThemePick(): Promise<void> {
    await quickInput(page).locator('.quick-input-title', { hasText: /^Tag “/ }).waitFor({ state: 'visible', timeout: 15_000 });
  }

  async function checkedThemes(): Promise<string[]> {
    const rows = await quickInput(page).locator('.quick-input-list .monaco-list-row').all();
    const checked: string[] = [];
    for (const row of rows) {
      if ((await row.getAttribute('aria-checked')) === 'true') checked.push((await row.locator('.label-name').first().innerText()).trim());
    }
    return checked;
  }

  async function applyThemes(): Promise<void> {
    await quickInput(page).locator('input.input').fill('');
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 });
  }

  async function settle(): Promise<void> {
    await page.mouse.move(1100, 780);
    await page.locator('.part.sidebar .monaco-progress-container.active').first().waitFor({ state: 'hidden', timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(300); // the last paint of debounced decorations and tree refreshes
  }

  async function waitUntil(condition: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await condition())) {
      if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
      await page.waitForTimeout(100);
    }
  }

  it('opens the Marginalia sidebar and a document with Quick Open', async () => {
    await page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true }).click();
    await claims.getByText('No claims yet in this folder.').waitFor({ state: 'visible', timeout: 30_000 });
    await quickOpen(page, railWalkout.name);
  });

  it('tags the quote under the cursor from the command palette, creating two themes with “New theme”', async () => {
    await putCursorIn(page, 'patient for three years');
    await runFromCommandPalette(page, tagCommand);
    await waitForThemePick();
    assert.match(await quickInput(page).locator('.quick-input-title').innerText(), /Tag “We have been patient for three years/);
    await typeTheme('Labour');
    await typeTheme('Jobs');
    assert.deepEqual((await checkedThemes()).sort(), ['Jobs', 'Labour']);
    await settle();
    await page.screenshot({ path: join(screenshots, 'tag-quick-pick-new-themes.png') });
    await applyThemes();

    const sidecar = await jsonFileWhen<SidecarFile>(sidecarOf(railWalkout), (s) => s.annotations.length === 1, 'the first claim is written');
    const [claim] = sidecar.annotations;
    assert.equal(claim!.target.selector[0].exact, 'We have been patient for three years, and we have sat at every table they offered,');
    assert.deepEqual(claim!.themes, ['labour', 'jobs']);
    assert.equal(claim!.speaker, 'Matthias Krenn', 'the speaker is filled in from the text');
  });

  it('tags a selection made with Find from the keybinding, picking two existing themes', async () => {
    await selectWithFind(page, 'Nobody is losing their job because of Network 2030. Nobody.');
    await page.keyboard.press('Control+Alt+T');
    await waitForThemePick();
    await typeTheme('Jobs');
    // The other one with a click on its checkbox, as in any multi-select quick pick.
    await quickPickRow(page, 'Labour').getByRole('checkbox').click();
    assert.deepEqual((await checkedThemes()).sort(), ['Jobs', 'Labour']);
    await settle();
    await page.screenshot({ path: join(screenshots, 'tag-quick-pick-existing-themes.png') });
    await applyThemes();
    await jsonFileWhen<SidecarFile>(sidecarOf(railWalkout), (s) => s.annotations.length === 2, 'the second claim is written');
  });

  it('tags two quotes of a second document with a third theme', async () => {
    await quickOpen(page, mayorCalm.name);
    await putCursorIn(page, 'nobody needs to buy up');
    await page.keyboard.press('Control+Alt+T');
    await waitForThemePick();
    await typeTheme('Public health');
    await applyThemes();

    await selectWithFind(page, 'Boiling kills bacteria. It does nothing to microcystin.');
    await runFromCommandPalette(page, tagCommand);
    await waitForThemePick();
    // The theme used last comes first.
    assert.equal((await quickInput(page).locator('.quick-input-list .monaco-list-row .label-name').first().innerText()).trim(), 'Public health');
    await typeTheme('Public health');
    await applyThemes();

    const sidecar = await jsonFileWhen<SidecarFile>(sidecarOf(mayorCalm), (s) => s.annotations.length === 2, 'both claims are written');
    assert.deepEqual(
      sidecar.annotations.map((a) => [a.target.selector[0].exact, a.speaker, a.themes]),
      [
        ['Nobody needs to panic, and nobody needs to buy up bottled water', 'Beatriz Okonkwo-Lund', ['public-health']],
        ['Boiling kills bacteria. It does nothing to microcystin.', 'Henrik Saarvik', ['public-health']],
      ],
    );
    await assertHighlighted(activeEditor(page), 'buy up bottled', highlight.publicHealth);
  });

  it('tags a fifth quote and highlights the claims inline in their first theme’s colour', async () => {
    await quickOpen(page, railWalkout.name);
    await putCursorIn(page, 'will not take sides');
    await page.keyboard.press('Control+Alt+T');
    await waitForThemePick();
    await typeTheme('Labour');
    await applyThemes();
    await jsonFileWhen<SidecarFile>(sidecarOf(railWalkout), (s) => s.annotations.length === 3, 'the fifth claim is written');

    const editor = activeEditor(page);
    // One word each: the Markdown editor wraps long lines (never inside a word), and each visual
    // line is its own element.
    await assertHighlighted(editor, 'patient', highlight.labour);
    await assertHighlighted(editor, 'sides', highlight.labour);
    await assertHighlighted(editor, 'losing', highlight.labour);
  });

  it('lists the five claims in the Claims view with their themes, and counts them in the Themes view', async () => {
    // As a person does to read whole rows: a wider sidebar, and more room for the Claims view.
    await widenSidebar(520);
    await giveClaimsViewRoom();
    const rowText = async (quote: string) => (await claimRow(quote).innerText()).replace(/\s+/g, ' ');
    // One folder open at a time: with the suggestions, both do not fit and the tree only renders what is visible.
    await expand(treeRow(mayorCalm.folder));
    await expand(treeRow(mayorCalm.name));
    await claimRow('Boiling kills bacteria').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await treeRow(mayorCalm.name).innerText(), /2 claims/);
    assert.match(await rowText('Nobody needs to panic'), /Beatriz Okonkwo-Lund · Public health$/);
    assert.match(await rowText('Boiling kills bacteria'), /Henrik Saarvik · Public health$/);
    await treeRow(mayorCalm.folder).click(); // collapses it

    await expand(treeRow(railWalkout.folder));
    await expand(treeRow(railWalkout.name));
    await claimRow('Nobody is losing their job').waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await treeRow(railWalkout.name).innerText(), /3 claims/);
    assert.match(await rowText('We have been patient'), /Matthias Krenn · Labour, Jobs$/);
    assert.match(await rowText('Nobody is losing their job'), /Lars Ødven · Labour, Jobs$/);
    assert.match(await rowText('will not take sides'), /Sofía Ibarra-Lenz · Labour$/);
    const order = await claims.locator('.monaco-list-row').allInnerTexts();
    const at = (text: string) => order.findIndex((row) => row.includes(text));
    assert.ok(at('We have been patient') < at('will not take sides') && at('will not take sides') < at('Nobody is losing'), 'claims are in text order');

    // The cursor away from the claims, so the picture shows their highlight rather than a selection.
    await activeEditor(page).locator('.view-line', { hasText: 'Government position' }).click();
    await themeRow('Labour').waitFor({ state: 'visible', timeout: 10_000 });
    await themes.locator('.monaco-list-row', { hasText: '3 claims' }).filter({ hasText: 'Labour' }).waitFor({ timeout: 10_000 });
    assert.match(await themeRow('Jobs').innerText(), /2 claims/);
    assert.match(await themeRow('Public health').innerText(), /2 claims/);
    await settle();
    await page.screenshot({ path: join(screenshots, 'tagged-highlights.png') });
  });

  it('renames a theme from the Themes view’s context menu, and the Claims view shows the new name', async () => {
    await themeRow('Jobs').click({ button: 'right' });
    // The keyboard, not a click: a context menu ignores a click that comes too soon after it opens.
    const rename = page.getByRole('menuitem', { name: /Rename Theme/ });
    await rename.hover();
    await page.keyboard.press('Enter');
    const input = quickInput(page).locator('input.input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await input.inputValue(), 'Jobs');
    await input.fill('Job security');
    await page.keyboard.press('Enter');
    await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 });

    await themeRow('Job security').waitFor({ state: 'visible', timeout: 10_000 });
    await claimRow(/We have been patient.*Labour, Job security/).waitFor({ timeout: 10_000 });
    assert.equal(await themeRow('Jobs').count(), 0);
    const codebook = await jsonFileWhen<Codebook>(join(session!.folder, '.marginalia', 'codebook.json'), (c) => c.themes.some((t) => t.label === 'Job security'), 'the codebook has the new name');
    assert.deepEqual(
      codebook.themes.map((t) => [t.id, t.label]),
      [
        ['labour', 'Labour'],
        ['jobs', 'Job security'],
        ['public-health', 'Public health'],
      ],
    );
    await settle();
    await page.screenshot({ path: join(screenshots, 'theme-renamed.png') });
  });

  it('undoes the last tag with the editor’s undo, and its row and highlight go away', async () => {
    await activeEditor(page).locator('.view-line', { hasText: 'Government position' }).click();
    await page.keyboard.press('Control+Z');
    // The quote stays in the tree as a suggestion, no longer as a claim.
    await claimRow('will not take sides').waitFor({ state: 'detached', timeout: 10_000 });
    assert.match(await treeRow(railWalkout.name).innerText(), /2 claims/);
    await themes.locator('.monaco-list-row', { hasText: '2 claims' }).filter({ hasText: 'Labour' }).waitFor({ timeout: 10_000 });
    const colors = await decorationColorsOnLineWith(activeEditor(page), 'sides');
    const labour = await contributedColor(page, highlight.labour);
    assert.ok(!colors.some((c) => sameColor(c, labour)), `no theme highlight is left on the line: ${colors.join(', ')}`);
    await settle();
    await page.screenshot({ path: join(screenshots, 'tag-undone.png') });
  });

  it('leaves sidecars and a codebook on disk that hold exactly what was done', async () => {
    const rail = await jsonFileWhen<SidecarFile>(sidecarOf(railWalkout), (s) => s.annotations.length === 2, 'the undone claim is gone from the sidecar');
    assert.deepEqual(
      rail.annotations.map((a) => [a.target.selector[0].exact, [...a.themes].sort()]),
      [
        ['We have been patient for three years, and we have sat at every table they offered,', ['jobs', 'labour']],
        ['Nobody is losing their job because of Network 2030. Nobody.', ['jobs', 'labour']],
      ],
    );
    assert.deepEqual(
      rail.annotations.map((a) => a.speaker),
      ['Matthias Krenn', 'Lars Ødven'],
    );
    const water = await jsonFileWhen<SidecarFile>(sidecarOf(mayorCalm), (s) => s.annotations.length === 2, 'the second sidecar is unchanged');
    assert.ok(water.annotations.every((a) => a.themes.join() === 'public-health'));
  });

  async function widenSidebar(width: number): Promise<void> {
    const sidebar = page.locator('.part.sidebar');
    const box = await sidebar.boundingBox();
    assert.ok(box);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width + 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + width, y, { steps: 8 });
    await page.mouse.up();
    await waitUntil(async () => ((await sidebar.boundingBox())?.width ?? 0) > width - 40, 'the sidebar is wider');
  }

  /** Drags the sash between the Claims and Themes views down, leaving the Themes view the room its rows need. */
  async function giveClaimsViewRoom(): Promise<void> {
    const header = await themes.locator('.pane-header').boundingBox();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    assert.ok(header && sidebar);
    const target = sidebar.y + sidebar.height - 130;
    if (header.y >= target) return;
    const x = sidebar.x + sidebar.width / 2;
    await page.mouse.move(x, header.y - 1);
    await page.mouse.down();
    await page.mouse.move(x, target, { steps: 8 });
    await page.mouse.up();
    await waitUntil(async () => ((await themes.locator('.pane-header').boundingBox())?.y ?? 0) > target - 40, 'the Claims view is taller');
  }

  async function assertHighlighted(editor: Locator, text: string, colorId: string): Promise<void> {
    const color = await contributedColor(page, colorId);
    const deadline = Date.now() + 10_000;
    let colors: string[] = [];
    while (Date.now() < deadline) {
      colors = await decorationColorsOnLineWith(editor, text);
      if (colors.some((c) => sameColor(c, color))) return;
      await page.waitForTimeout(250);
    }
    assert.fail(`“${text}” is highlighted in ${color}; the decorations on its line are ${colors.join(', ') || 'none'}`);
  }
});
