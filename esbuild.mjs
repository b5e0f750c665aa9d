// Bundles the extension and the CLI into single CommonJS files, and each integration
// test file into its own bundle that the in-host mocha runner loads.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeSchemaValidators } from './schema-validators.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'external',
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  // remark/unified ship ES modules; esbuild turns them into CommonJS inside the bundle.
  mainFields: ['module', 'main'],
};

function testEntries(dir) {
  try {
    return readdirSync(dir, { recursive: true })
      .filter((f) => typeof f === 'string' && f.endsWith('.ts'))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Claim detection runs on a worker thread of the extension host (src/host/detector-thread.ts).
  { ...common, entryPoints: ['src/host/detection-worker.ts'], outfile: 'dist/detection-worker.js' },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    entryPoints: testEntries('test/integration'),
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
  },
];

writeSchemaValidators();

const contexts = await Promise.all(builds.filter((b) => b.entryPoints.length > 0).map((b) => esbuild.context(b)));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
