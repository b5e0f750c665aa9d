import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { refreshSelectors } from '../../src/core/anchor';
import type { Annotation, AnnotationLink } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import { openWorkbench, type WorkbenchSession } from '../host/workbench-session';
import { repoRoot } from '../host/workspace';
import { activeEditor, putCursorIn, quickOpen, runFromCommandPalette } from './support/workbench-actions';

const screenshots = join(repoRoot, 'test-results', 'ui');
const north = 'harbour-dispute/northgate-2026-03-03-trawler-detained.md';
const meridian = 'harbour-dispute/meridian-2026-03-03-grey-heron.txt';
const cede = {
  north: 'Marevia will not cede an inch of the Caddon Shoals, not today and not at any table',
  meridian: 'Marevia will not cede an inch of the Caddon Shoals - not today, and not at any negotiating table',
};
const law = 'The law applies to every boat, whatever flag it flies';
/** The other report's headline quotes part of the statement: a suggested cross-reference of the quote. */
const headline = 'will not cede an inch';

interface Claim {
  readonly id: string;
  readonly exact: string;
  readonly speaker: string;
  readonly kind?: 'quote' | 'reported';
  readonly links?: AnnotationLink[];
}

/** Writes a sidecar beside a sample document, with claims on the given quotes. */
function annotate(folder: string, documentPath: string, claims: readonly Claim[]): void {
  const file = join(folder, ...documentPath.split('/'));
  const text = readFileSync(file, 'utf8');
  const index = CodePointIndex.of(text);
  const annotations = claims.map((claim): Annotation => {
    const at = text.indexOf(claim.exact);
    assert.ok(at >= 0, `${claim.exact} is in ${documentPath}`);
    return {
      id: claim.id,
      target: refreshSelectors(text, index.toCodePointRange({ start: at, end: at + claim.exact.length }), index),
      kind: claim.kind ?? 'quote',
      speaker: claim.speaker,
      themes: [],
      ...(claim.links ? { links: claim.links } : {}),
      created: '2026-03-20T10:00:00.000Z',
      modified: '2026-03-20T10:00:00.000Z',
    };
  });
  writeFileSync(`${file}.annotations.json`, serializeSidecar({ version: 2, document: documentPath.split('/').pop()!, textHash: hashText(text), annotations }));
}

describe('Peek Cross-references in the workbench (UI)', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    session = await openWorkbench({ name: 'ui-cross-references' });
    page = session.page;
    annotate(session.folder, north, [
      { id: '01JQX00000000000000000NCED', exact: cede.north, speaker: 'Ilona Márkvart', links: [{ target: '01JQX00000000000000000MCED', document: meridian, relation: 'same-statement' }] },
      { id: '01JQX00000000000000000NLAW', exact: law, speaker: 'Tomas Brennick' },
    ]);
    annotate(session.folder, meridian, [
      { id: '01JQX00000000000000000MHED', exact: headline, speaker: 'Ilona Márkvart' },
      { id: '01JQX00000000000000000MCED', exact: cede.meridian, speaker: 'Ilona Márkvart' },
      { id: '01JQX00000000000000000MLAW', exact: law, speaker: 'Tomas Brennick' },
    ]);
  });

  after(async () => {
    await session?.close();
  });

  it('peeks a claim’s linked claim and its suggested headline in the other report, the linked one selected and shown', async () => {
    await quickOpen(page, 'northgate-2026-03-03-trawler-detained.md');
    await putCursorIn(page, 'cede an inch');
    // The CodeLens above the claim says how many cross-references it has once the corpus is indexed.
    await activeEditor(page).locator('.contentWidgets .codelens-decoration, .codelens-decoration', { hasText: /cross-references? in \d+ documents?/ }).first().waitFor({ timeout: 60_000 });
    await runFromCommandPalette(page, 'Marginalia: Peek Cross-references');

    const peek = page.locator('.part.editor .peekview-widget').first();
    await peek.waitFor({ state: 'visible', timeout: 15_000 });
    const references = peek.locator('.ref-tree .monaco-list-row');
    await references.first().waitFor({ state: 'visible', timeout: 15_000 });
    // The peek editor shows the linked claim's text (the first cross-reference is selected).
    const preview = peek.locator('.preview .view-lines');
    await preview.getByText('not at any negotiating table', { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(screenshots, 'peek-cross-references.png') });

    const rows = await references.allInnerTexts();
    assert.ok(rows.some((r) => r.includes('not at any negotiating table')), `the linked claim's line is listed: ${rows.join(' | ')}`);
    const title = await peek.locator('.head').innerText();
    assert.match(title, /meridian-2026-03-03-grey-heron\.txt/, 'the peek shows the other report');
    assert.match(title, /\(2\)/, 'the link and the suggestion');
    assert.ok(rows.some((r) => r.includes('of Caddon Shoals, minister says')), `the suggested headline is listed: ${rows.join(' | ')}`);
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  it('lists the claim’s cross-references under it in the Claims view: the link with its relation, then the suggestion', async () => {
    await page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true }).click();
    const claims = page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header h3.title', { hasText: /^Claims$/ }) });
    const row = (text: string | RegExp) => claims.locator('.monaco-list-row', { hasText: text });
    await row('harbour-dispute').first().waitFor({ state: 'visible', timeout: 30_000 });
    if ((await row('northgate-2026-03-03-trawler-detained.md').count()) === 0) await row('harbour-dispute').first().click();
    await row('northgate-2026-03-03-trawler-detained.md').click();
    const claim = row(/^Marevia will not cede an inch of the Caddon/).first();
    await claim.waitFor({ state: 'visible', timeout: 10_000 });
    assert.equal(await claim.getAttribute('aria-expanded'), 'false', 'the claim row expands into its cross-references');
    await claim.locator('.monaco-tl-twistie').click();
    const linked = row(/same statement · meridian-2026-03-03-grey-heron\.txt/);
    const suggested = row(/suggested \d\.\d\d · quote repeated in part/);
    await linked.waitFor({ state: 'visible', timeout: 10_000 });
    await suggested.waitFor({ state: 'visible', timeout: 10_000 });
    const texts = await claims.locator('.monaco-list-row').allInnerTexts();
    assert.ok(texts.findIndex((t) => /same statement/.test(t)) < texts.findIndex((t) => /suggested \d\.\d\d/.test(t)), texts.join(' | '));
    await page.mouse.move(0, 0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(screenshots, 'claims-cross-references.png') });
  });
});
