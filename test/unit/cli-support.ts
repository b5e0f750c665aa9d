import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliCommand } from '../../src/cli/command';
import { runCli } from '../../src/cli/run-cli';

/** Runs one CLI command in `cwd`, capturing what it prints and its exit code. */
export async function runCommand(command: CliCommand, args: readonly string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([command.name, ...args], [command], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd });
  return { code, out: out.join(''), err: err.join('') };
}

/** Every file under a folder with its bytes and mtime, to prove a command wrote nothing. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, `${(await stat(path)).mtimeMs}:${(await readFile(path)).toString('base64')}`);
  }
  return files;
}
