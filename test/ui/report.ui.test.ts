// The report on the sample corpus, annotated from its answer key: opened from the command palette,
// drawn in a webview in the editor's colours, a cell opening its claim or a quick pick of claims.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { openWorkbench, type WorkbenchSession } from '../host/workbench-session';
import { repoRoot } from '../host/workspace';
import { writeReportCorpus } from './support/report-corpus';
import { activeEditor, quickInput, quickPickRow, runFromCommandPalette } from './support/workbench-actions';

const screenshots = join(repoRoot, 'test-results', 'ui');

describe('Report webview (UI)', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let report: FrameLocator;
  let claims = 0;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    session = await openWorkbench({ name: 'ui-report' });
    page = session.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    claims = writeReportCorpus(session.folder);
    // The webview's page sits in an iframe inside the workbench's webview iframe.
    report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: join(screenshots, `report-failed-${name}.png`) }).catch(() => undefined);
    }
  });

  after(async () => {
    await session?.close();
  });

  it('opens from the command palette with the corpus counted and hostile text inert', async () => {
    // The extension's commands exist once its container is in the activity bar.
    await page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true }).waitFor({ state: 'visible', timeout: 60_000 });
    await runFromCommandPalette(page, 'Marginalia: Show Reports');
    await report.locator('h1', { hasText: 'Marginalia report' }).waitFor({ state: 'visible', timeout: 30_000 });
    const figure = (name: string) => report.locator('dl.summary div', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');
    assert.equal(await figure('claims').innerText(), String(claims));
    assert.equal(await figure('documents').innerText(), '17');
    assert.equal(await report.locator('table.matrix').count(), 3);
    assert.equal(await report.locator('img').count(), 0);
    // Colours are VS Code's: the page background is the editor's.
    const colors = await pageColors(report);
    assert.ok(colors.editor.length > 0, 'VS Code passes its theme variables');
    assert.equal(colors.body, colors.editor.toLowerCase());
    await page.mouse.move(5, 890);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(screenshots, 'report.png') });
  });

  it('opens the only claim of a cell in its document, selected', async () => {
    const row = report.locator('section', { hasText: 'Speakers by theme' }).locator('tbody tr', { has: page.locator('th', { hasText: /^Arvid Sølberg$/ }) });
    const cell = row.locator('button').first();
    assert.equal(await cell.innerText(), '1');
    await cell.click();
    await page.locator('.part.editor .tab.active', { hasText: 'mfa-marevia-2026-03-06-press-release.txt' }).waitFor({ timeout: 15_000 });
    await page.locator('.part.statusbar', { hasText: /\(\d+ selected\)/ }).waitFor({ timeout: 15_000 });
    await activeEditor(page).locator('.view-lines', { hasText: 'Our consular officers visited the crew' }).waitFor({ timeout: 10_000 });
  });

  it('offers the claims of a busier cell in a quick pick, a hostile note as plain text', async () => {
    await page.locator('.part.editor .tab', { hasText: 'Marginalia Report' }).click();
    const row = report.locator('section', { hasText: 'Themes by document' }).locator('tbody tr', { has: page.locator('th', { hasText: 'northgate-2026-03-03-trawler-detained.md' }) });
    // The first column is Sovereignty; the claim with the hostile note carries it.
    const cell = row.locator('td').nth(0).locator('button');
    const count = Number(await cell.innerText());
    assert.ok(count > 1, `several claims, not ${count}`);
    await cell.click();
    await quickInput(page).waitFor({ state: 'visible', timeout: 10_000 });
    const rows = quickInput(page).locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await rows.count(), count);
    const noted = quickPickRow(page, 'onerror=alert(1)');
    await noted.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await noted.innerText(), /<img src=x onerror=alert\(1\)> \[x\]\(command:workbench\.action\.terminal\.new\) javascr/);
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'no image element came out of the note');
    await page.screenshot({ path: join(screenshots, 'report-claims-pick.png') });
    await noted.click();
    await quickInput(page).waitFor({ state: 'hidden', timeout: 10_000 });
    assert.equal(await page.locator('.part.panel .terminal').count(), 0, 'no terminal was opened');
    await page.locator('.part.editor .tab.active', { hasText: 'northgate-2026-03-03-trawler-detained.md' }).waitFor({ timeout: 15_000 });
    await activeEditor(page).locator('.view-lines', { hasText: 'the vessel had been inside Marevian waters' }).waitFor({ timeout: 10_000 });
    await page.locator('.part.statusbar', { hasText: /\(\d+ selected\)/ }).waitFor({ timeout: 15_000 });
  });

  it('follows the editor when the colour theme changes', async () => {
    await page.locator('.part.editor .tab', { hasText: 'Marginalia Report' }).click();
    const before = await pageColors(report);
    // "Preferences: Browse Color Themes in Marketplace" ranks first for that title: pick the exact row.
    await page.keyboard.press('F1');
    await quickInput(page).locator('input.input').fill('>Preferences: Color Theme');
    await quickPickRow(page, 'Preferences: Color Theme').filter({ hasNotText: 'Marketplace' }).click();
    await quickPickRow(page, /Dark Modern/).first().waitFor({ state: 'visible', timeout: 10_000 });
    await quickInput(page).locator('input.input').fill('Dark Modern');
    await quickInput(page).locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Dark Modern' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 15_000 });
    let after = await pageColors(report);
    for (let i = 0; i < 50 && after.body === before.body; i++) {
      await page.waitForTimeout(100);
      after = await pageColors(report);
    }
    assert.notEqual(after.body, before.body, 'the page turned dark');
    assert.equal(after.body, after.editor.toLowerCase());
    await page.mouse.move(5, 890);
    await page.screenshot({ path: join(screenshots, 'report-dark.png') });
  });

  it('is drawn again from the corpus after the window reloads', async () => {
    await page.locator('.part.editor .tab', { hasText: 'Marginalia Report' }).click();
    await runFromCommandPalette(page, 'Developer: Reload Window');
    await page.locator('.part.editor .tab.active', { hasText: 'Marginalia Report' }).waitFor({ state: 'visible', timeout: 60_000 });
    const restored = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await restored.locator('h1', { hasText: 'Marginalia report' }).waitFor({ state: 'visible', timeout: 60_000 });
    const figure = restored.locator('dl.summary div', { has: page.locator('dt', { hasText: /^claims$/ }) }).locator('dd');
    assert.equal(await figure.innerText(), String(claims));
    assert.equal(await restored.locator('table.matrix').count(), 3);
    // The restored page still answers: a cell opens its claim.
    const row = restored.locator('section', { hasText: 'Speakers by theme' }).locator('tbody tr', { has: page.locator('th', { hasText: /^Arvid Sølberg$/ }) });
    await row.locator('button').first().click();
    await page.locator('.part.editor .tab.active', { hasText: 'mfa-marevia-2026-03-06-press-release.txt' }).waitFor({ timeout: 15_000 });
  });
});

/** The report page's background and VS Code's editor background as the page sees them. */
async function pageColors(report: FrameLocator): Promise<{ body: string; editor: string }> {
  const colors = await report.locator('body').evaluate((body) => {
    const view = (body as unknown as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { backgroundColor: string; getPropertyValue(p: string): string } } } }).ownerDocument.defaultView;
    const root = view.getComputedStyle((body as unknown as { parentElement: unknown }).parentElement);
    return { body: view.getComputedStyle(body).backgroundColor, editor: root.getPropertyValue('--vscode-editor-background').trim() };
  });
  return { body: hexOf(colors.body), editor: colors.editor };
}

/** `rgb(r, g, b)` as `#rrggbb`. */
function hexOf(css: string): string {
  const match = /rgba?\((\d+), (\d+), (\d+)/.exec(css);
  assert.ok(match, css);
  return `#${match.slice(1, 4).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}
