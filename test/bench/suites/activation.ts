import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, BenchSuite } from '../harness';
import { medianProbe, repositoryRoot, runProbe } from './probes';

const targetMs = 50;

/**
 * Activation of the bundled extension, measured in plain Node with a stubbed `vscode` module
 * (test/bench/activation/probe.mjs), one fresh process per run: the time spent inside `activate`,
 * beside the time to evaluate the bundle. Not measured in the real VS Code host.
 */
export const activationSuite: BenchSuite = {
  name: 'activation',
  run({ runs }) {
    const bundle = join(repositoryRoot, 'dist', 'extension.js');
    if (!existsSync(bundle)) throw new Error('dist/extension.js is missing: run npm run build first');
    const probe = join(repositoryRoot, 'test', 'bench', 'activation', 'probe.mjs');
    runProbe(probe, []);
    const result = medianProbe(Math.max(runs, 5), () => {
      const r = runProbe<{ loadMs: number; activateMs: number }>(probe, []);
      return { loadMs: r.loadMs, activateMs: r.activateMs };
    });
    return [
      {
        name: 'activate() of dist/extension.js (plain Node, stubbed vscode, fresh process)',
        median: result.activateMs,
        baseline: result.loadMs,
        baselineName: 'evaluating the bundle',
        ratio: result.activateMs / result.loadMs,
        unit: 'ms',
        note: `${result.activateMs < targetMs ? 'meets' : 'MISSES'} the target (< ${targetMs} ms); the stub has no workspace folder; the corpus is read on first use, not in activate`,
      },
    ] satisfies BenchRow[];
  },
};
