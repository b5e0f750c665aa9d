import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const repository = join(__dirname, '..', '..', '..');

/** Runs a probe script in a fresh Node process and returns the JSON it prints. */
export function runProbe<T>(script: string, args: readonly string[], nodeOptions: readonly string[] = []): T {
  const output = execFileSync(process.execPath, [...nodeOptions, script, ...args], { cwd: repository, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output.trim().split('\n').pop()!) as T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `runs` fresh-process runs of a probe; each field's median. */
export function medianProbe<T extends Record<string, number>>(runs: number, probe: () => T): T {
  const results = Array.from({ length: runs }, probe);
  return Object.fromEntries(Object.keys(results[0]!).map((key) => [key, median(results.map((r) => r[key]!))])) as T;
}

export const repositoryRoot = repository;
