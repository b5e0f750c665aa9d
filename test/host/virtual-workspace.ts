// The virtual-workspace pass (test/integration/virtual/): the corpus lives only in memory, in a
// `memfs:` file system that a test-only extension (test/fixtures/memfs-extension/) registers.
// Here: the seed folder that extension copies into memory (sample-corpus/ plus a codebook and one
// sidecar, so there is something to show before any test writes), the extension itself bundled
// in a folder beside a link to Marginalia (the workbench loads both from there), and a `.code-workspace` file whose only folder is `memfs:/corpus`.
import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { refreshSelectors } from '../../src/core/anchor';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import { seededClaim } from '../integration/virtual/seeded-claim';
import { copyOfSampleCorpus, repoRoot, type TempWorkspace } from './workspace';

const fixture = join(repoRoot, 'test', 'fixtures', 'memfs-extension');

export interface VirtualWorkspace extends TempWorkspace {
  /** The `.code-workspace` file to open. */
  readonly workspaceFile: string;
  /** A folder holding Marginalia (a link to the repo) and the built test extension, both loaded as extensions under development. */
  readonly extensionsFolder: string;
  /** The local folder the extension copies into `memfs:/corpus` when it activates. */
  readonly seed: string;
}

export function virtualWorkspace(): VirtualWorkspace {
  const corpus = copyOfSampleCorpus();
  const seed = corpus.path;
  const parent = dirname(seed);
  seedAnnotations(seed);

  const extensionsFolder = join(parent, 'extensions-under-test');
  mkdirSync(extensionsFolder);
  symlinkSync(repoRoot, join(extensionsFolder, 'marginalia'), 'dir');
  const memfsExtension = join(extensionsFolder, 'memfs');
  mkdirSync(memfsExtension, { recursive: true });
  copyFileSync(join(fixture, 'package.json'), join(memfsExtension, 'package.json'));
  buildSync({
    entryPoints: [join(fixture, 'extension.ts')],
    outfile: join(memfsExtension, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });

  const workspaceFile = join(parent, 'marginalia-virtual.code-workspace');
  writeFileSync(workspaceFile, `${JSON.stringify({ folders: [{ uri: 'memfs:/corpus', name: 'corpus' }], settings: {} }, null, 2)}\n`);
  return { path: parent, workspaceFile, extensionsFolder, seed, remove: corpus.remove };
}

function seedAnnotations(seed: string): void {
  mkdirSync(join(seed, '.marginalia'), { recursive: true });
  writeFileSync(
    join(seed, '.marginalia', 'codebook.json'),
    serializeCodebook({ version: 1, themes: [{ id: seededClaim.theme, label: 'Public health', color: '#30a46c' }] }),
  );
  const documentFile = join(seed, ...seededClaim.documentPath.split('/'));
  const text = readFileSync(documentFile, 'utf8');
  const at = text.indexOf(seededClaim.quote);
  if (at < 0) throw new Error(`"${seededClaim.quote}" is not in ${seededClaim.documentPath}`);
  const index = CodePointIndex.of(text);
  const target = refreshSelectors(text, index.toCodePointRange({ start: at, end: at + seededClaim.quote.length }), index);
  writeFileSync(
    `${documentFile}.annotations.json`,
    serializeSidecar({
      version: 2,
      document: seededClaim.documentPath.slice(seededClaim.documentPath.lastIndexOf('/') + 1),
      textHash: hashText(text),
      annotations: [
        { id: seededClaim.id, target, themes: [seededClaim.theme], speaker: 'Dr Henrik Saarvik', created: '2026-03-10T09:00:00.000Z', modified: '2026-03-10T09:00:00.000Z' },
      ],
    }),
  );
}
