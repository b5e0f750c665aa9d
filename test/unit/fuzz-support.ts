// Shared by the fuzz-*.test.ts files: the case budget (FUZZ_RUNS, the total across the fuzz
// suite), a per-case time bound, and the running count printed when the whole run ends.
import { strict as assert } from 'node:assert';

/** Default total chosen to keep `npm run test:unit` well under a minute on two shared cores. */
const defaultTotal = 100_000;
const total = Number(process.env.FUZZ_RUNS ?? defaultTotal);

let casesRun = 0;
let slowest = { ms: 0, what: '' };

/** This property's share of the FUZZ_RUNS budget (at least 1). */
export function runsFor(share: number): number {
  return Math.max(1, Math.round(total * share));
}

/** fast-check parameters: the run count, FC_SEED to replay a failure, FC_VERBOSE=1 to list every failing input. */
export function fuzzParameters(share: number): { numRuns: number; seed?: number; verbose?: 2 } {
  return {
    numRuns: runsFor(share),
    ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
    ...(process.env.FC_VERBOSE ? { verbose: 2 as const } : {}),
  };
}

/**
 * Runs one case, counts it, and fails it when it takes longer than `boundMs`: a case must end
 * with a result or a clear error, never hang.
 */
export function bounded<T>(what: string, boundMs: number, run: () => T): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  casesRun++;
  if (elapsed > slowest.ms) slowest = { ms: elapsed, what };
  assert.ok(elapsed <= boundMs, `${what} took ${elapsed.toFixed(0)} ms (bound ${boundMs} ms)`);
  return result;
}

/** `bounded` for a case that runs asynchronously (the CLI). */
export async function boundedAsync<T>(what: string, boundMs: number, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not end within ${boundMs} ms`)), boundMs);
  });
  try {
    return await Promise.race([run(), timeout]);
  } finally {
    clearTimeout(timer);
    const elapsed = performance.now() - started;
    casesRun++;
    if (elapsed > slowest.ms) slowest = { ms: elapsed, what };
  }
}

after(function () {
  if (casesRun === 0) return;
  console.log(`\n  fuzz: ${casesRun.toLocaleString('en')} cases run (FUZZ_RUNS=${total}); slowest ${slowest.ms.toFixed(0)} ms: ${slowest.what}`);
});
