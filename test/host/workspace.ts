// Tests open a throwaway copy of sample-corpus/, so nothing they do can touch the repo's corpus.
// The multi-root pass opens a `.code-workspace` file beside that copy with a second corpus folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { generateCorpus } from '../bench/corpus/generate';
import { isMarginaliaFile } from '../fixtures/marginalia-files';
import { onCleanup } from './cleanup';

export const repoRoot = resolve(__dirname, '..', '..');
export const sampleCorpus = join(repoRoot, 'sample-corpus');
/** A few short wire reports, in a subfolder and a nested one: the second folder of the multi-root workspace. */
export const wireDeskCorpus = join(repoRoot, 'test', 'host', 'fixtures', 'wire-desk');

export interface TempWorkspace {
  readonly path: string;
  remove(): void;
}

export interface TempMultiRootWorkspace extends TempWorkspace {
  /** Absolute paths of the workspace folders, in the order the workspace file lists them. */
  readonly folders: readonly string[];
}

export function copyOfSampleCorpus(): TempWorkspace {
  const path = join(mkdtempSync(join(tmpdir(), 'marginalia-workspace-')), 'sample-corpus');
  mkdirSync(path, { recursive: true });
  // Annotations someone made while trying the extension on the sample corpus stay behind, so
  // every run starts from the documents alone.
  if (existsSync(sampleCorpus)) cpSync(sampleCorpus, path, { recursive: true, filter: (source) => !isMarginaliaFile(source) });
  else console.warn(`[host] ${sampleCorpus} is missing: opening an empty folder`);
  return removedAtExit(path);
}

/**
 * `marginalia-tests.code-workspace` with two folders: the copy of sample-corpus/ (first, so it
 * holds the codebook) and a copy of the wire-desk fixture. `path` is the workspace file.
 */
export function multiRootWorkspace(): TempMultiRootWorkspace {
  const corpus = copyOfSampleCorpus();
  const parent = dirname(corpus.path);
  const wireDesk = join(parent, 'wire-desk');
  cpSync(wireDeskCorpus, wireDesk, { recursive: true });
  const file = join(parent, 'marginalia-tests.code-workspace');
  const folders = [corpus.path, wireDesk];
  writeFileSync(file, `${JSON.stringify({ folders: folders.map((folder) => ({ path: basename(folder) })), settings: {} }, null, 2)}\n`);
  return { path: file, folders, remove: corpus.remove };
}

/** A generated news corpus (test/bench/corpus) of `docs` documents, with sidecars and a codebook, in a temporary folder. */
export function generatedCorpusWorkspace(docs: number): TempWorkspace {
  const path = join(mkdtempSync(join(tmpdir(), 'marginalia-workspace-')), `generated-${docs}`);
  for (const file of generateCorpus({ docs, seed: 1 })) {
    const target = join(path, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return removedAtExit(path);
}

/** `path` (in a temporary folder of its own) as a workspace that is removed with that folder, when asked or at exit. */
function removedAtExit(path: string): TempWorkspace {
  const parent = resolve(path, '..');
  const remove = (): void => {
    unregister();
    rmSync(parent, { recursive: true, force: true });
  };
  const unregister = onCleanup({ async: async () => remove(), sync: remove });
  return { path, remove };
}
