// Runs the Playwright UI tests (test/ui/**/*.ui.test.ts) with mocha in this process; each test
// file opens its own workbench through test/host/workbench-session.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { repoRoot } from './workspace';

const uiTestsDir = join(repoRoot, 'test', 'ui');

/** Resolves with the number of failed UI tests. */
export async function runUiTests(): Promise<number> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, forbidOnly: Boolean(process.env.CI), ...(process.env.MARGINALIA_TEST_GREP ? { grep: process.env.MARGINALIA_TEST_GREP } : {}) });
  const files = readdirSync(uiTestsDir, { recursive: true })
    .filter((file): file is string => typeof file === 'string' && file.endsWith('.ui.test.ts'))
    .sort();
  if (files.length === 0) throw new Error(`no *.ui.test.ts files under ${uiTestsDir}`);
  for (const file of files) mocha.addFile(join(uiTestsDir, file));
  await mocha.loadFilesAsync();
  console.log('[host] UI tests (Playwright, headless Chromium)');
  return new Promise<number>((resolve) => mocha.run(resolve));
}
