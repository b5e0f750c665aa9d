import { parseArgs } from 'node:util';
import { evaluateCorpus, keyFiles } from './corpus';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'all' }, verbose: { type: 'boolean', default: false } },
});
const which = values.corpus === 'all' ? (['sample', 'unseen'] as const) : [values.corpus as 'sample' | 'unseen'];
if (!which.every((c) => c in keyFiles)) {
  process.stderr.write(`eval: --corpus must be sample, unseen or all\n`);
  process.exit(2);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const rows: string[][] = [];
for (const name of which) {
  const result = evaluateCorpus(keyFiles[name]);
  const s = result.summary;
  rows.push([
    result.corpus,
    `${s.quote.hits}/${s.quote.expected} (${s.quote.detected} det.)`,
    pct(s.quotePrecision),
    pct(s.quoteRecall),
    pct(s.quoteF1),
    pct(s.speakerAccuracy),
    `${s.reported.hits}/${s.reported.expected} (${s.reported.detected} det.)`,
    pct(s.reportedRecall),
    pct(s.reportedPrecision),
  ]);
  if (values.verbose) {
    process.stdout.write(`\n${result.corpus}: quote speaker accuracy ${pct(s.quoteSpeakerAccuracy)}, reported speaker accuracy ${pct(s.reportedSpeakerAccuracy)}\n`);
    for (const doc of result.documents) {
      for (const miss of doc.score.misses) {
        process.stdout.write(`  ${doc.path}  [${miss.kind} ${miss.what}] ${JSON.stringify(miss.text.length > 90 ? `${miss.text.slice(0, 87)}…` : miss.text)}${miss.detail ? `  (${miss.detail})` : ''}\n`);
      }
    }
  }
}
const header = ['corpus', 'quotes hit', 'quote P', 'quote R', 'quote F1', 'speaker acc', 'reported hit', 'rep. R', 'rep. P'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
process.stdout.write(`\n${line(header)}\n${rows.map(line).join('\n')}\n\nTargets (sample corpus): quote F1 ≥ 95%, speaker accuracy ≥ 95% (over quote and reported hits), reported recall ≥ 80%.\n`);
