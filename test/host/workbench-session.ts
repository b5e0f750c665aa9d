// A real VS Code workbench in headless Chromium with the extension under development loaded:
// used by the Playwright UI tests and by the `npm start` self-check.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { type RunningCodeServer, startCodeServer } from './code-server';
import { workbenchUrl } from './workbench-url';
import { copyOfSampleCorpus, repoRoot } from './workspace';

export interface WorkbenchSession {
  readonly page: Page;
  readonly server: RunningCodeServer;
  /** The folder the workbench opened (a temporary copy of sample-corpus/). */
  readonly folder: string;
  close(): Promise<void>;
}

export interface WorkbenchSessionOptions {
  /** Name for code-server's log under test-results/host/. */
  readonly name: string;
  readonly disableWorkspaceTrust?: boolean;
}

export async function openWorkbench(options: WorkbenchSessionOptions): Promise<WorkbenchSession> {
  const workspace = copyOfSampleCorpus();
  const server = await startCodeServer({
    logFile: join(repoRoot, 'test-results', 'host', `code-server-${options.name}.log`),
    disableWorkspaceTrust: options.disableWorkspaceTrust,
  });
  const browser = await launchChromium();
  const close = async (): Promise<void> => {
    await browser.close();
    await server.stop();
    workspace.remove();
  };
  try {
    const page = await browser.context.newPage();
    await page.goto(workbenchUrl({ origin: server.origin, folder: workspace.path, extensionDevelopmentPath: repoRoot }));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    return { page, server, folder: workspace.path, close };
  } catch (error) {
    await close();
    throw error;
  }
}
