import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Detect from '../../src/core/detect';
import type * as Stages from './detect-stages';

/**
 * The detector as the packaged extension runs it: one esbuild bundle, minified, with the options
 * `npm run vscode:prepublish` gives the detection worker (esbuild.mjs). Loading the sources through
 * tsx instead compiles each module on its own, and every call between modules then goes through an
 * export getter; on this detector that costs about a fifth of its speed, which users never pay.
 */
export function loadShippedDetector(): typeof Detect {
  return loadBundled<typeof Detect>(join(__dirname, '..', '..', 'src', 'core', 'detect', 'index.ts'));
}

/** The stages before any attribution rule (`detect-stages.ts`), bundled the same way. */
export function loadShippedStages(): typeof Stages {
  return loadBundled<typeof Stages>(join(__dirname, 'detect-stages.ts'));
}

function loadBundled<T>(entry: string): T {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
  try {
    const outfile = join(dir, 'bundle.js');
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: true,
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'warning',
    });
    writeFileSync(outfile, result.outputFiles[0]!.contents);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(outfile) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
