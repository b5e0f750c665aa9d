import { parseArgs } from 'node:util';
import { formatTable, type BenchRow, type BenchSuite } from './harness';
import { activationSuite } from './suites/activation';
import { corpus100kSuite, corpusScaleSuite } from './suites/corpus-scale';
import { detectSuite } from './suites/detect';
import { detectionThreadSuite } from './suites/detection-thread';
import { reanchorSuite } from './suites/reanchor';
import { viewsSuite } from './suites/views';
import { xrefSuite } from './suites/xref';

/** Every benchmark suite; later issues add theirs here. */
const suites: readonly BenchSuite[] = [reanchorSuite, xrefSuite, detectSuite, detectionThreadSuite, activationSuite, viewsSuite, corpusScaleSuite, corpus100kSuite];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, scale: { type: 'boolean', default: false }, filter: { type: 'string' }, runs: { type: 'string' } },
  });
  const runs = values.runs ? Math.max(1, Number(values.runs)) : values.quick ? 2 : 7;
  const chosen = suites.filter((s) => !values.filter || s.name.includes(values.filter));
  if (chosen.length === 0) {
    process.stderr.write(`bench: no suite matches "${values.filter}". Suites: ${suites.map((s) => s.name).join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const rows: BenchRow[] = [];
  for (const suite of chosen) {
    process.stderr.write(`bench: ${suite.name} (${runs} runs after a warm-up)…\n`);
    rows.push(...(await suite.run({ runs, scale: values.scale })));
  }
  process.stdout.write(`${formatTable(rows)}\n`);
}

void main();
