// How far a detector agrees with golden files (test/fixtures/detect/*.expected.json): the share of
// expected claims it finds with the same span, with the right speaker, and with speaker and cue.
// `--detector` scores another build (an esbuild bundle of src/core/detect/index.ts, for instance
// of an earlier commit), so golden files written after that commit measure it on unseen text.
//
//   npm run eval:golden -- [--detector bundle.js] [files or folders …]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detectClaims as currentDetector, type Detection, type DetectOptions } from '../../src/core/detect';
import { expectedClaimsOf } from '../unit/golden-files';

type Detector = (source: string, options: DetectOptions) => Detection[];

const { values, positionals } = parseArgs({ options: { detector: { type: 'string' } }, allowPositionals: true });
const detect: Detector = values.detector ? (createRequire(__filename)(resolve(values.detector)) as { detectClaims: Detector }).detectClaims : currentDetector;

function expectedFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.expected.json'))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

const totals = { documents: 0, expected: 0, found: 0, speaker: 0, full: 0, detected: 0, extra: 0, nonClaimsReported: 0 };
for (const file of expectedFiles(positionals.length > 0 ? positionals : [join(__dirname, '..', 'fixtures', 'detect')])) {
  const base = file.replace(/\.expected\.json$/, '');
  const document = ['.txt', '.md'].map((ext) => base + ext).find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
  if (!document) throw new Error(`${file}: no .txt or .md document beside it`);
  const detections = detect(readFileSync(document, 'utf8'), { format: document.endsWith('.md') ? 'markdown' : 'plain' });
  const expected = expectedClaimsOf(document);
  totals.documents++;
  totals.detected += detections.length;
  for (const claim of expected) {
    const found = detections.find((d) => d.kind === claim.kind && d.text === claim.text);
    if (claim.absent) {
      if (found) totals.nonClaimsReported++;
      continue;
    }
    totals.expected++;
    if (!found) continue;
    totals.found++;
    if (found.speaker !== claim.speaker) continue;
    totals.speaker++;
    if (found.cue === claim.cue) totals.full++;
  }
  totals.extra += detections.filter((d) => !expected.some((c) => !c.absent && c.kind === d.kind && c.text === d.text)).length;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
console.log(`detector: ${values.detector ?? 'src/core/detect'}`);
console.log(`${totals.documents} documents, ${totals.expected} expected claims`);
console.log(`  found with the same span:        ${pct(totals.found, totals.expected)} (${totals.found})`);
console.log(`  speaker right, of those found:   ${pct(totals.speaker, totals.found)} (${totals.speaker})`);
console.log(`  span, speaker and cue all right: ${pct(totals.full, totals.expected)} (${totals.full})`);
console.log(`  detections no file lists:        ${totals.extra} of ${totals.detected}; listed non-claims reported: ${totals.nonClaimsReported}`);
