// Starts code-server (a real VS Code: server, workbench and Node extension host) on 127.0.0.1,
// in its own process group, with fresh user-data and extension dirs, and ends the whole group.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { groupAlive, killGroup, onCleanup, stopGroup } from './cleanup';
import { type CodeServer, codeServerVersion, ensureCodeServer } from './install';

export interface CodeServerOptions {
  /** Fixed port; a free one is picked when omitted. */
  readonly port?: number;
  /** Defaults to true; pass false to test Restricted Mode. */
  readonly disableWorkspaceTrust?: boolean;
  /** Where code-server's own output goes (kept after the run for diagnosis). */
  readonly logFile: string;
  /** Extra environment for code-server and the extension host it forks. */
  readonly env?: Record<string, string>;
  readonly startTimeoutMs?: number;
}

export interface RunningCodeServer {
  readonly port: number;
  readonly origin: string;
  /** e.g. "4.139.1 53c2f32… with Code 1.139.1" */
  readonly versionReport: string;
  /** The VS Code version inside, e.g. "1.139.1". */
  readonly vscodeVersion: string;
  /** Settles with how code-server ended ("exit 1", "SIGTERM"), if it ends. */
  readonly ended: Promise<string>;
  stop(): Promise<void>;
}

/**
 * A fresh profile without the features that only add noise offline: the chat side bar and its
 * agent host, update and marketplace checks, telemetry.
 */
const quietSettings = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const codeServer: CodeServer = await ensureCodeServer();
  const versionReport = await codeServerVersion(codeServer);
  const vscodeVersion = /with Code (\S+)/.exec(versionReport)?.[1] ?? 'unknown';
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;

  const scratch = mkdtempSync(join(tmpdir(), 'marginalia-code-server-'));
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  mkdirSync(join(scratch, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(scratch, 'user-data', 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  const args = [
    codeServer.entry,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    '--user-data-dir', join(scratch, 'user-data'),
    '--extensions-dir', join(scratch, 'extensions'),
    // Without it a built VS Code ignores the `payload` (extensionDevelopmentPath, extensionTestsPath).
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (options.disableWorkspaceTrust !== false) args.push('--disable-workspace-trust');

  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, 'w');
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.NODE_OPTIONS; // whatever loader runs this launcher must not leak into code-server
  const child = spawn(codeServer.node24.node, args, { detached: true, stdio: ['ignore', log, log], env });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');

  let exited: string | undefined;
  const ended = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve((exited = signal ?? `exit ${code}`))),
  );

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= stopGroup(pid).finally(() => {
      unregister();
      rmSync(scratch, { recursive: true, force: true });
    });
    return stopped;
  };
  const unregister = onCleanup({
    async: stop,
    sync: () => {
      if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
      rmSync(scratch, { recursive: true, force: true });
    },
  });

  try {
    await waitUntilAnswering(origin, options.startTimeoutMs ?? 60_000, () => exited);
  } catch (error) {
    await stop();
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${(error as Error).message}\n--- ${options.logFile} (tail) ---\n${tail}`);
  }
  return { port, origin, versionReport, vscodeVersion, ended, stop };
}

async function waitUntilAnswering(origin: string, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const why = exited();
    if (why !== undefined) throw new Error(`code-server ended before answering (${why})`);
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
