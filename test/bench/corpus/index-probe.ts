import { parseArgs } from 'node:util';
import { indexCorpus, listCorpus, readCorpusFiles } from './index-corpus';

/**
 * One cold indexing run in this fresh process (run with --expose-gc). Prints JSON: the time,
 * the peak resident set, the heap still used once garbage is collected (the index kept alive),
 * and the longest time (wall and processor) spent on one document.
 * Modes: `read` (the baseline: read the files the extension reads), `read-all` (every document),
 * `index` (what the extension does), `detect` (also detect every document).
 */
const { values } = parseArgs({ options: { root: { type: 'string' }, mode: { type: 'string' } } });
const mode = values.mode!;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const started = performance.now();
const listing = listCorpus(values.root!);
let kept: unknown;
let longestStepMs = 0;
let longestStepCpuMs = 0;
let claims = 0;
if (mode === 'read' || mode === 'read-all') kept = readCorpusFiles(listing, mode === 'read-all');
else {
  const indexed = indexCorpus(listing, { detect: mode === 'detect' });
  kept = indexed;
  longestStepMs = indexed.longestStepMs;
  longestStepCpuMs = indexed.longestStepCpuMs;
  claims = indexed.claims;
}
const ms = performance.now() - started;
gc();
const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, maxRssMB, heapUsedMB, longestStepMs, longestStepCpuMs, claims, documents: listing.documents.length, kept: typeof kept })}\n`);
