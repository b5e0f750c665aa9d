import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { refreshSelectors } from '../../src/core/anchor';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import { openWorkbench, type WorkbenchSession } from '../host/workbench-session';
import { repoRoot } from '../host/workspace';

const screenshots = join(repoRoot, 'test-results', 'ui');
const documentPath = 'harbour-dispute/northgate-2026-03-03-trawler-detained.md';
const quotes = [
  '“Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,”',
  '“The crew of that boat were fishing where their grandfathers fished.”',
];

/** A codebook with two themes and a sidecar with two claims, written before the extension reads the corpus. */
function annotateSampleDocument(folder: string): void {
  mkdirSync(join(folder, '.marginalia'), { recursive: true });
  writeFileSync(
    join(folder, '.marginalia', 'codebook.json'),
    serializeCodebook({
      version: 1,
      themes: [
        { id: 'sovereignty', label: 'Sovereignty', color: '#e0a030' },
        { id: 'fisheries', label: 'Fisheries', color: '#2b8fd6' },
      ],
    }),
  );
  const file = join(folder, ...documentPath.split('/'));
  const text = readFileSync(file, 'utf8');
  const index = CodePointIndex.of(text);
  const annotations = quotes.map((quote, i): Annotation => {
    const at = text.indexOf(quote);
    assert.ok(at >= 0, `${quote} is in ${documentPath}`);
    return {
      id: `01JQ0000000000000000000${i}AB`,
      target: refreshSelectors(text, index.toCodePointRange({ start: at, end: at + quote.length }), index),
      speaker: 'Ilona Márkvart',
      themes: i === 0 ? ['sovereignty'] : ['fisheries', 'sovereignty'],
      created: '2026-03-20T10:00:00.000Z',
      modified: '2026-03-20T10:00:00.000Z',
    };
  });
  writeFileSync(`${file}.annotations.json`, serializeSidecar({ version: 2, document: documentPath.split('/').pop()!, textHash: hashText(text), annotations }));
}

describe('Claims tree in the workbench (UI)', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let sidebar: Locator;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    session = await openWorkbench({ name: 'ui-claims-tree' });
    page = session.page;
    // The Claims view only: the Themes view shares the container and lists theme rows too.
    sidebar = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: /^Claims$/ }) });
    // The extension activates when its view opens, so the sidecar is in place when it first reads the corpus.
    annotateSampleDocument(session.folder);
  });

  after(async () => {
    await session?.close();
  });

  const row = (text: string | RegExp): Locator => sidebar.locator('.monaco-list-row', { hasText: text });

  it('lists the annotated document under its folder and its two claims with speaker, themes and colour swatches', async () => {
    await page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true }).click();
    await row('harbour-dispute').first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await sidebar.getByText('No claims yet in this folder.').count(), 0, 'the welcome text is gone');
    const folders = await sidebar.locator('.monaco-list-row .label-name').allInnerTexts();
    assert.deepEqual(folders, ['harbour-dispute'], 'only folders with claims show');

    await row('harbour-dispute').click();
    const document = row('northgate-2026-03-03-trawler-detained.md');
    await document.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await document.innerText(), /2 claims/);
    await document.click();
    const first = row('Marevia will not cede an inch');
    const second = row('The crew of that boat');
    await second.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await first.innerText(), /Ilona Márkvart · Sovereignty/);
    assert.match(await second.innerText(), /Ilona Márkvart · Fisheries, Sovereignty/);
    const rows = await sidebar.locator('.monaco-list-row').allInnerTexts();
    assert.ok(rows.findIndex((t) => t.includes('Marevia will not')) < rows.findIndex((t) => t.includes('The crew of')), 'claims are in text order');

    // Runs in the page; the test's TypeScript has no DOM types, hence the cast.
    // The swatch files are written on first use, so the icon can arrive a moment after the row.
    const icon = second.locator('.custom-view-tree-node-item-icon');
    const backgroundOf = () =>
      icon.evaluate((element) => String((globalThis as unknown as { getComputedStyle(e: unknown): { backgroundImage: string } }).getComputedStyle(element).backgroundImage));
    let swatch = await backgroundOf();
    for (const deadline = Date.now() + 10_000; swatch === 'none' && Date.now() < deadline; swatch = await backgroundOf()) {
      await page.waitForTimeout(200);
    }
    assert.match(swatch, /swatches(\/|%2F)2b8fd6\.svg/i, `the claim icon is its first theme's swatch: ${swatch}`);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(screenshots, 'claims-tree.png') });
  });

  it('selects the quote in the editor when a claim is clicked, and counts the claims in the status bar', async () => {
    await row('The crew of that boat').click();
    const editor = page.locator('.part.editor .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('.part.editor .tab.active', { hasText: 'northgate-2026-03-03-trawler-detained.md' }).waitFor({ timeout: 10_000 });
    await page.locator('.part.editor .selected-text').first().waitFor({ state: 'attached', timeout: 10_000 });
    const status = page.locator('.part.statusbar').getByText('2 claims');
    await status.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(screenshots, 'claims-tree-reveal.png') });
  });
});
