// Annotations for the sample corpus, made from its answer key: every key claim becomes an
// annotation with its speaker and themes picked by keywords, plus a codebook. Used to show the
// report on a realistic corpus (UI test, and by hand: `npx tsx test/ui/support/report-corpus.ts DIR`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { refreshSelectors } from '../../../src/core/anchor/selectors';
import type { Annotation } from '../../../src/core/model/annotation';
import type { Codebook } from '../../../src/core/model/codebook';
import { serializeCodebook, serializeSidecar } from '../../../src/core/store/serialize';
import { decodeDocumentText } from '../../../src/core/text/decode';
import { hashText } from '../../../src/core/text/hash';
import type { AnswerKey } from '../../fixtures/answer-key/key-format';

export const reportCodebook: Codebook = {
  version: 1,
  themes: [
    { id: 'sovereignty', label: 'Sovereignty', color: '#3e63dd' },
    { id: 'fishing', label: 'Fishing rights', color: '#12a594', parent: 'sovereignty' },
    { id: 'crew', label: 'Crew welfare', color: '#e5484d' },
    { id: 'talks', label: 'Negotiations', color: '#f76b15' },
    { id: 'jobs', label: 'Jobs', color: '#8e4ec6' },
    { id: 'health', label: 'Public health', color: '#30a46c' },
    { id: 'blame', label: 'Accountability', color: '#ad7f58' },
  ],
  speakers: [{ name: 'Kestish Fisheries Protection Agency', aliases: ['Fisheries Protection Agency'] }],
};

const keywords: [string, RegExp][] = [
  ['sovereignty', /shoals|waters|jurisdiction|cede|sign away|claim|corridor|arbitration/i],
  ['fishing', /fish|trawler|boat|vessel|catch|hake|skipper/i],
  ['crew', /crew|captain|families|home|hostage|health, they/i],
  ['talks', /talk|negotiat|table|door is open|framework|agreement|deal|offer|diplomacy/i],
  ['jobs', /job|guard|redundanc|workers|ticket office|forced out/i],
  ['health', /water|boil|microcystin|bacteria|formula|toxin|sample|algae/i],
  ['blame', /blame|inquiry|apolog|sorry|angry|failed|slow|chaotic|told the newspapers/i],
];

/** A note that must stay text wherever the report shows it. */
export const hostileNote = '<img src=x onerror=alert(1)> [x](command:workbench.action.terminal.new) javascript:alert(2)';

const keyFile = join(__dirname, '..', '..', 'fixtures', 'answer-key', 'sample-corpus.key.json');

/** Writes the codebook and a sidecar beside every key document with claims; returns the number of claims written. */
export function writeReportCorpus(folder: string): number {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as AnswerKey;
  mkdirSync(join(folder, '.marginalia'), { recursive: true });
  writeFileSync(join(folder, '.marginalia', 'codebook.json'), serializeCodebook(reportCodebook));
  let written = 0;
  for (const document of key.documents) {
    if (document.claims.length === 0) continue;
    const path = join(folder, ...document.path.split('/'));
    const text = decodeDocumentText(readFileSync(path));
    const annotations = document.claims.map((claim, i): Annotation => ({
      id: `01JREPORT${String(written + i).padStart(17, '0')}`,
      target: refreshSelectors(text, { start: claim.start, end: claim.end }),
      kind: claim.kind,
      ...(claim.speaker ? { speaker: claim.speaker } : {}),
      themes: keywords.filter(([, pattern]) => pattern.test(claim.text)).map(([id]) => id),
      ...(written + i === 3 ? { note: hostileNote } : {}),
      created: '2026-03-20T10:00:00.000Z',
      modified: '2026-03-20T10:00:00.000Z',
    }));
    written += annotations.length;
    writeFileSync(`${path}.annotations.json`, serializeSidecar({ version: 2, document: basename(path), textHash: hashText(text), annotations }));
  }
  return written;
}

if (require.main === module) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx test/ui/support/report-corpus.ts <copy of sample-corpus>');
  console.log(`${writeReportCorpus(folder)} claims written under ${folder}`);
}
