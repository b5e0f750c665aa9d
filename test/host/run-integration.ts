// Runs out/test/integration/index.js inside code-server's real extension host: the workbench,
// opened in headless Chromium with an `extensionTestsPath` payload, runs the entry's `run()`
// and reports every log line through `codeAutomationLog` and the outcome through
// `codeAutomationExit` (0 when run() resolved, 1 when it rejected).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { testOutputTag } from '../integration/support/host-output';
import { launchChromium } from './chromium';
import { startCodeServer } from './code-server';
import { workbenchUrl } from './workbench-url';
import { copyOfSampleCorpus, repoRoot } from './workspace';

export const integrationEntry = join(repoRoot, 'out', 'test', 'integration', 'index.js');
const resultsDir = join(repoRoot, 'test-results', 'host');
const defaultTimeoutMs = 5 * 60_000;

interface HostLogFile {
  readonly relativePath: string;
  readonly contents: string;
}

export interface IntegrationRunOptions {
  /** false leaves Workspace Trust on, so the folder opens in Restricted Mode. */
  readonly disableWorkspaceTrust?: boolean;
}

/** Resolves with the exit code the extension host reported; rejects when it never reports. */
export async function runIntegrationTests(options: IntegrationRunOptions = {}): Promise<number> {
  if (!existsSync(integrationEntry)) throw new Error(`${integrationEntry} is missing: run \`npm run build\` first`);
  const timeoutMs = Number(process.env.MARGINALIA_TEST_TIMEOUT_MS ?? defaultTimeoutMs);
  const workspace = copyOfSampleCorpus();
  const server = await startCodeServer({
    logFile: join(resultsDir, 'code-server-integration.log'),
    disableWorkspaceTrust: options.disableWorkspaceTrust,
    // The extension host inherits code-server's environment; the suite checks it opened this folder.
    env: { MARGINALIA_TEST_WORKSPACE: workspace.path, MARGINALIA_TAG_TEST_OUTPUT: '1' },
  });
  const browser = await launchChromium();
  try {
    console.log(`[host] integration tests in VS Code ${server.vscodeVersion} (code-server ${server.versionReport}) on ${server.origin}`);
    const page = await browser.context.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (reportExit = resolve));
    const output = new HostOutput();
    await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => output.add(level, args));
    await page.exposeFunction('codeAutomationExit', (code: number, logs?: HostLogFile[]) => {
      output.stop();
      saveHostLogs(logs ?? []);
      if (code !== 0) output.printWorkbenchErrors();
      reportExit(code);
    });
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    await page.goto(
      workbenchUrl({
        origin: server.origin,
        folder: workspace.path,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: integrationEntry,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the extension host did not report within ${timeoutMs / 1000} s (set MARGINALIA_TEST_TIMEOUT_MS)`)),
        timeoutMs,
      );
    });
    try {
      const serverDied = server.ended.then((how) => {
        throw new Error(`code-server ended during the run (${how}); see ${join(resultsDir, 'code-server-integration.log')}`);
      });
      const pageCrashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the workbench page crashed'))));
      // Settled later by the normal shutdown; mark them handled so that is not an unhandled rejection.
      serverDied.catch(() => undefined);
      pageCrashed.catch(() => undefined);
      const code = await Promise.race([exited, timedOut, serverDied, pageCrashed]).catch((error: unknown) => {
        output.printWorkbenchErrors();
        throw error;
      });
      console.log(`[host] extension host reported exit code ${code} (VS Code ${server.vscodeVersion})`);
      return code;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser.close();
    await server.stop();
    workspace.remove();
  }
}

/**
 * Shows what the suite prints (tagged by test/integration/support/host-output.ts) as it comes.
 * The workbench's own lines (connection steps, offline marketplace and sign-in failures) are
 * shown only with MARGINALIA_HOST_VERBOSE=1; its errors are kept and shown if the run fails.
 */
class HostOutput {
  private readonly verbose = process.env.MARGINALIA_HOST_VERBOSE === '1';
  private readonly workbenchErrors: string[] = [];
  private stopped = false;

  add(level: string, args: unknown): void {
    if (this.stopped) return;
    const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
    if (text.startsWith(testOutputTag)) {
      print(level, text.slice(testOutputTag.length));
    } else if (this.verbose) {
      print(level, `[workbench] ${text}`);
    } else if (level === 'error') {
      this.workbenchErrors.push(text);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  printWorkbenchErrors(): void {
    if (this.verbose || this.workbenchErrors.length === 0) return;
    console.error(`[host] errors the workbench logged (all logs: ${join(resultsDir, 'integration-logs')}):`);
    for (const text of this.workbenchErrors) console.error(`[workbench] ${text}`);
  }
}

function print(level: string, text: string): void {
  if (level === 'error' || level === 'warn') console.error(text);
  else console.log(text);
}

function saveHostLogs(logs: HostLogFile[]): void {
  const dir = join(resultsDir, 'integration-logs');
  rmSync(dir, { recursive: true, force: true });
  for (const log of logs) {
    const file = join(dir, log.relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, log.contents);
  }
}
