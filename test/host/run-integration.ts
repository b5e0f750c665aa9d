// Runs out/test/integration/index.js inside code-server's real extension host: the workbench,
// opened in headless Chromium with an `extensionTestsPath` payload, runs the entry's `run()`
// and reports every log line through `codeAutomationLog` and the outcome through
// `codeAutomationExit` (0 when run() resolved, 1 when it rejected).
// Passes, each with its own code-server: the single-folder suite on a copy of sample-corpus/,
// then test/integration/multi-root/ on a two-folder `.code-workspace`, then test/integration/scale/
// on a generated corpus of 10,000 documents, then test/integration/virtual/ on a corpus held only in
// memory behind a `memfs:` FileSystemProvider (a virtual workspace; see virtual-workspace.ts). The host's
// MARGINALIA_TEST_SUITE tells the entry which files to run; set it here to run one pass only.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { testOutputTag } from '../integration/support/host-output';
import { launchChromium } from './chromium';
import { startCodeServer } from './code-server';
import { workbenchUrl, type WorkbenchTarget } from './workbench-url';
import { virtualWorkspace } from './virtual-workspace';
import { copyOfSampleCorpus, generatedCorpusWorkspace, multiRootWorkspace, repoRoot, type TempWorkspace } from './workspace';

export const integrationEntry = join(repoRoot, 'out', 'test', 'integration', 'index.js');
const resultsDir = join(repoRoot, 'test-results', 'host');
const defaultTimeoutMs = 5 * 60_000;
/** Documents in the scale pass's generated corpus (test/integration/scale/). */
const scaleCorpusDocuments = 10_000;

interface HostLogFile {
  readonly relativePath: string;
  readonly contents: string;
}

export interface IntegrationRunOptions {
  /** false leaves Workspace Trust on, so the folder opens in Restricted Mode. */
  readonly disableWorkspaceTrust?: boolean;
}

type SuiteName = 'single-folder' | 'multi-root' | 'restricted' | 'scale' | 'virtual';

interface PreparedPass {
  readonly workspace: TempWorkspace;
  readonly opened: { folder: string } | { workspaceFile: string };
  readonly description: string;
  /**
   * The extension(s) to load, when not the repo alone: a folder holding several extension folders
   * (the workbench keeps only one `extensionDevelopmentPath`, and scans the children of a folder
   * that has no package.json).
   */
  readonly extensionsUnderDevelopment?: string;
  /** More environment for code-server and its extension host. */
  readonly env?: Record<string, string>;
}

interface IntegrationPass {
  readonly suite: SuiteName;
  /** Appended to the names of the saved logs (the single-folder pass keeps the plain names). */
  readonly logSuffix: string;
  /** Workspace Trust left on and the folder not trusted: it opens in Restricted Mode. */
  readonly untrusted?: boolean;
  /** Makes the temporary workspace and says how to open it. */
  prepare(): PreparedPass;
}

const passes: readonly IntegrationPass[] = [
  {
    suite: 'single-folder',
    logSuffix: '',
    prepare: () => {
      const workspace = copyOfSampleCorpus();
      return { workspace, opened: { folder: workspace.path }, description: 'a copy of sample-corpus/' };
    },
  },
  {
    suite: 'multi-root',
    logSuffix: '-multi-root',
    prepare: () => {
      const workspace = multiRootWorkspace();
      const names = workspace.folders.map((folder) => basename(folder)).join(' + ');
      return { workspace, opened: { workspaceFile: workspace.path }, description: `a multi-root workspace (${names})` };
    },
  },
  {
    suite: 'restricted',
    logSuffix: '-restricted',
    untrusted: true,
    prepare: () => {
      const workspace = copyOfSampleCorpus();
      return { workspace, opened: { folder: workspace.path }, description: 'a copy of sample-corpus/ in Restricted Mode' };
    },
  },
  {
    suite: 'scale',
    logSuffix: '-scale',
    prepare: () => {
      const workspace = generatedCorpusWorkspace(scaleCorpusDocuments);
      return { workspace, opened: { folder: workspace.path }, description: `a generated corpus of ${scaleCorpusDocuments.toLocaleString('en')} documents` };
    },
  },
  {
    suite: 'virtual',
    logSuffix: '-virtual',
    prepare: () => {
      const workspace = virtualWorkspace();
      return {
        workspace,
        opened: { workspaceFile: workspace.workspaceFile },
        description: 'a virtual workspace (memfs:/corpus, a copy of sample-corpus/ held in memory)',
        extensionsUnderDevelopment: workspace.extensionsFolder,
        env: { MARGINALIA_MEMFS_SEED: workspace.seed },
      };
    },
  },
];

/**
 * Runs the passes one after the other (each even when an earlier one failed). Resolves with 0 when
 * every pass reported 0, else the first other exit code; rejects when a host never reports.
 */
export async function runIntegrationTests(options: IntegrationRunOptions = {}): Promise<number> {
  if (!existsSync(integrationEntry)) throw new Error(`${integrationEntry} is missing: run \`npm run build\` first`);
  const only = process.env.MARGINALIA_TEST_SUITE;
  const selected = passes.filter((pass) => only === undefined || pass.suite === only);
  if (selected.length === 0) throw new Error(`unknown MARGINALIA_TEST_SUITE=${only} (use ${passes.map((p) => p.suite).join(' or ')})`);
  let result = 0;
  for (const pass of selected) {
    const started = Date.now();
    const code = await runPass(pass, options);
    console.log(`[host] ${pass.suite} pass: exit code ${code} in ${Math.round((Date.now() - started) / 1000)} s`);
    if (result === 0) result = code;
  }
  return result;
}

async function runPass(pass: IntegrationPass, options: IntegrationRunOptions): Promise<number> {
  const timeoutMs = Number(process.env.MARGINALIA_TEST_TIMEOUT_MS ?? defaultTimeoutMs);
  const { workspace, opened, description, extensionsUnderDevelopment, env } = pass.prepare();
  const logFile = join(resultsDir, `code-server-integration${pass.logSuffix}.log`);
  try {
    const server = await startCodeServer({
      logFile,
      disableWorkspaceTrust: pass.untrusted ? false : options.disableWorkspaceTrust,
      // The extension host inherits code-server's environment; the suite checks it opened this workspace.
      env: { ...env, MARGINALIA_TEST_WORKSPACE: workspace.path, MARGINALIA_TEST_SUITE: pass.suite, MARGINALIA_TAG_TEST_OUTPUT: '1' },
    });
    try {
      const browser = await launchChromium();
      try {
        console.log(`[host] ${pass.suite} integration tests on ${description} in VS Code ${server.vscodeVersion} (code-server ${server.versionReport}) on ${server.origin}`);
        const target: WorkbenchTarget = {
          origin: server.origin,
          extensionDevelopmentPath: extensionsUnderDevelopment ?? repoRoot,
          extensionTestsPath: integrationEntry,
          ...opened,
        };
        const code = await reportedExitCode(browser.context, workbenchUrl(target), server.ended, {
          timeoutMs,
          logFile,
          logsDir: join(resultsDir, `integration-logs${pass.logSuffix}`),
        });
        console.log(`[host] extension host reported exit code ${code} (VS Code ${server.vscodeVersion})`);
        return code;
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } finally {
    workspace.remove();
  }
}

interface ReportOptions {
  readonly timeoutMs: number;
  readonly logFile: string;
  readonly logsDir: string;
}

/** Opens the workbench and waits for the extension host's exit code (or the server, the page or the clock giving out). */
async function reportedExitCode(
  context: BrowserContext,
  url: string,
  serverEnded: Promise<string>,
  options: ReportOptions,
): Promise<number> {
  const page = await context.newPage();
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (reportExit = resolve));
  const output = new HostOutput(options.logsDir);
  await page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => output.add(level, args));
  await page.exposeFunction('codeAutomationExit', (code: number, logs?: HostLogFile[]) => {
    output.stop();
    saveHostLogs(options.logsDir, logs ?? []);
    if (code !== 0) output.printWorkbenchErrors();
    reportExit(code);
  });
  page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
  await page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the extension host did not report within ${options.timeoutMs / 1000} s (set MARGINALIA_TEST_TIMEOUT_MS)`)),
      options.timeoutMs,
    );
  });
  try {
    const serverDied = serverEnded.then((how) => {
      throw new Error(`code-server ended during the run (${how}); see ${options.logFile}`);
    });
    const pageCrashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the workbench page crashed'))));
    // Settled later by the normal shutdown; mark them handled so that is not an unhandled rejection.
    serverDied.catch(() => undefined);
    pageCrashed.catch(() => undefined);
    return await Promise.race([exited, timedOut, serverDied, pageCrashed]).catch((error: unknown) => {
      output.printWorkbenchErrors();
      throw error;
    });
  } finally {
    clearTimeout(timer);
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

  constructor(private readonly logsDir: string) {}

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
    console.error(`[host] errors the workbench logged (all logs: ${this.logsDir}):`);
    for (const text of this.workbenchErrors) console.error(`[workbench] ${text}`);
  }
}

function print(level: string, text: string): void {
  if (level === 'error' || level === 'warn') console.error(text);
  else console.log(text);
}

function saveHostLogs(dir: string, logs: HostLogFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const log of logs) {
    const file = join(dir, log.relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, log.contents);
  }
}
