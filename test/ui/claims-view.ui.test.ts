import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openWorkbench, type WorkbenchSession } from '../host/workbench-session';
import { repoRoot } from '../host/workspace';

const screenshots = join(repoRoot, 'test-results', 'ui');

describe('Marginalia in the activity bar (UI)', () => {
  let session: WorkbenchSession | undefined;
  let page: Page;
  let marginaliaIcon: Locator;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    session = await openWorkbench({ name: 'ui' });
    page = session.page;
    marginaliaIcon = page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true });
  });

  after(async () => {
    await session?.close();
  });

  it('shows the workbench on the sample corpus with a Marginalia icon', async () => {
    await marginaliaIcon.waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.part.sidebar .explorer-folders-view').waitFor({ state: 'visible', timeout: 30_000 });
    await settle(page);
    await page.screenshot({ path: join(screenshots, 'workbench.png') });
  });

  it('opens the Claims view with its welcome text when the icon is clicked', async () => {
    await marginaliaIcon.click();
    const sidebar = page.locator('.part.sidebar');
    // With one view the container's title reads "Marginalia: Claims"; with several, each view
    // has its own header inside the "Marginalia" container.
    const title = sidebar.locator('.composite.title');
    const claimsHeader = title
      .filter({ hasText: /claims/i })
      .or(sidebar.locator('.pane-header').filter({ hasText: /claims/i }));
    await claimsHeader.first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await title.innerText(), /marginalia/i);
    assert.equal(await marginaliaIcon.getAttribute('aria-selected'), 'true');
    await sidebar.getByText('No claims yet in this folder.').waitFor({ state: 'visible', timeout: 15_000 });
    await settle(page);
    await page.screenshot({ path: join(screenshots, 'claims-view.png') });
  });
});

/** Lets extension activation and view loading finish so screenshots show no spinners (best effort). */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(700, 600); // no hover tooltip in the picture
  const busy = [
    page.locator('.part.statusbar').getByText('Activating Extensions'),
    page.locator('.part.sidebar .monaco-progress-container.active'),
    page.locator('.part.activitybar .progress-badge'),
  ];
  for (const indicator of busy) {
    await indicator
      .first()
      .waitFor({ state: 'hidden', timeout: 20_000 })
      .catch(() => console.warn('    (the workbench was still busy when the screenshot was taken)'));
  }
}
