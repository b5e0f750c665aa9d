// Tests open a throwaway copy of sample-corpus/, so nothing they do can touch the repo's corpus.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onCleanup } from './cleanup';

export const repoRoot = resolve(__dirname, '..', '..');
export const sampleCorpus = join(repoRoot, 'sample-corpus');

export interface TempWorkspace {
  readonly path: string;
  remove(): void;
}

export function copyOfSampleCorpus(): TempWorkspace {
  const path = join(mkdtempSync(join(tmpdir(), 'marginalia-workspace-')), 'sample-corpus');
  mkdirSync(path, { recursive: true });
  // Annotations someone made while trying the extension on the sample corpus stay behind, so
  // every run starts from the documents alone.
  if (existsSync(sampleCorpus)) cpSync(sampleCorpus, path, { recursive: true, filter: (source) => !isMarginaliaFile(source) });
  else console.warn(`[host] ${sampleCorpus} is missing: opening an empty folder`);
  const parent = resolve(path, '..');
  const remove = (): void => {
    unregister();
    rmSync(parent, { recursive: true, force: true });
  };
  const unregister = onCleanup({ async: async () => remove(), sync: remove });
  return { path, remove };
}

function isMarginaliaFile(path: string): boolean {
  return path.endsWith('.annotations.json') || /[\\/]\.marginalia([\\/]|$)/.test(path);
}
