// `npm start`: sample-corpus/ in a real VS Code with the extension loaded. Uses the desktop
// `code` CLI when it is on PATH; otherwise serves VS Code (code-server) on 127.0.0.1 and prints
// the URL to open, until Ctrl-C. MARGINALIA_PORT overrides the port (default 8339).
// `--check` opens that URL in headless Chromium, opens a document of the sample corpus with the
// Marginalia sidebar, saves what it shows to test-results/start.png, and stops.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { launchChromium } from './chromium';
import { quickOpen } from '../ui/support/workbench-actions';
import { cleanupAll } from './cleanup';
import { startCodeServer } from './code-server';
import { workbenchUrl } from './workbench-url';
import { repoRoot, sampleCorpus } from './workspace';

const defaultPort = 8339;

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  build();
  const code = check ? undefined : findOnPath('code');
  if (code !== undefined) {
    console.log(`Opening ${sampleCorpus} in ${code} with the extension from ${repoRoot}`);
    return spawnSync(code, [`--extensionDevelopmentPath=${repoRoot}`, sampleCorpus], { stdio: 'inherit' }).status ?? 1;
  }

  const port = Number(process.env.MARGINALIA_PORT ?? defaultPort);
  const server = await startCodeServer({
    port,
    logFile: join(repoRoot, 'test-results', 'host', 'code-server-start.log'),
  });
  const url = workbenchUrl({ origin: server.origin, folder: sampleCorpus, extensionDevelopmentPath: repoRoot });
  console.log(`\nVS Code ${server.vscodeVersion} (code-server) is serving ${sampleCorpus} with Marginalia loaded.`);
  console.log(`Open this URL in a browser on this machine:\n\n  ${url}\n`);
  if (check) return checkWorkbench(url);
  console.log('Press Ctrl-C to stop.');
  await new Promise<never>(() => undefined); // the SIGINT handler in cleanup.ts stops code-server and exits
  return 0;
}

/** Rebuilds the bundles so the workbench runs the current source (esbuild: about a second). */
function build(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function checkWorkbench(url: string): Promise<number> {
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.setViewportSize({ width: 1400, height: 900 });
  const icon = page.locator('.part.activitybar').getByRole('tab', { name: 'Marginalia', exact: true });
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  console.log('check: the workbench loaded and shows the Marginalia icon');
  await icon.click();
  await quickOpen(page, 'northgate-2026-03-03-trawler-detained.md');
  const sidebar = page.locator('.part.sidebar');
  await sidebar.locator('.monaco-list-row', { hasText: 'Sovereignty' }).first().waitFor({ state: 'visible', timeout: 60_000 });
  // Open the document's claims in the view, as a reader would.
  await sidebar.locator('.monaco-list-row', { hasText: 'harbour-dispute' }).first().click();
  await sidebar.locator('.monaco-list-row', { hasText: 'northgate-2026-03-03-trawler-detained.md' }).first().click();
  await sidebar.locator('.monaco-list-row', { hasText: 'Marevia will not cede an inch' }).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.mouse.move(700, 890);
  await page.waitForTimeout(2_000); // highlights and CodeLens settle, the hover tooltip goes
  const screenshot = join(repoRoot, 'test-results', 'start.png');
  await page.screenshot({ path: screenshot });
  console.log(`check: the sample corpus's claims and themes are shown (${screenshot})`);
  await browser.close();
  return 0;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
