// Annotations for the sample corpus, made from its answer key: every key claim becomes an
// annotation with its speaker and themes picked by keywords, plus a codebook. Used to show the
// report on a realistic corpus (UI test) and to write the annotations that ship with the sample
// corpus (`npx tsx test/ui/support/report-corpus.ts sample-corpus --demo`: no hostile note, and
// the key's cross-references as links).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { refreshSelectors } from '../../../src/core/anchor/selectors';
import type { Annotation } from '../../../src/core/model/annotation';
import type { Codebook } from '../../../src/core/model/codebook';
import { serializeCodebook, serializeSidecar } from '../../../src/core/store/serialize';
import { decodeDocumentText } from '../../../src/core/text/decode';
import { hashText } from '../../../src/core/text/hash';
import type { AnswerKey, KeyPair } from '../../fixtures/answer-key/key-format';

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

/** How the key's relations read as link labels in the editor. */
const linkRelations: Record<KeyPair['relation'], string> = {
  'same-statement': 'same-statement',
  paraphrase: 'paraphrases',
  'lede-summary': 'summarises',
  'reported-vs-quote': 'reports',
  contradicts: 'contradicts',
  supports: 'supports',
};

export interface ReportCorpusOptions {
  /** Put `hostileNote` on one claim (the UI test checks it stays text). Default true. */
  readonly hostile?: boolean;
  /** Link the claims the key pairs, from the first claim of each pair. Default false. */
  readonly links?: boolean;
}

/** Writes the codebook and a sidecar beside every key document with claims; returns the number of claims written. */
export function writeReportCorpus(folder: string, options: ReportCorpusOptions = {}): number {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as AnswerKey;
  const ids = new Map<string, { id: string; document: string }>();
  let counter = 0;
  for (const document of key.documents) {
    for (const claim of document.claims) ids.set(`${document.path}#${claim.id}`, { id: `01JQ7${String(counter++).padStart(21, '0')}`, document: document.path });
  }
  const linksOf = (from: string) =>
    options.links
      ? key.pairs.flatMap((pair) => {
          if (pair.a !== from) return [];
          const [source, target] = [ids.get(pair.a)!, ids.get(pair.b)!];
          return [{ target: target.id, ...(target.document !== source.document ? { document: target.document } : {}), relation: linkRelations[pair.relation] }];
        })
      : [];
  mkdirSync(join(folder, '.marginalia'), { recursive: true });
  writeFileSync(join(folder, '.marginalia', 'codebook.json'), serializeCodebook(reportCodebook));
  let written = 0;
  for (const document of key.documents) {
    if (document.claims.length === 0) continue;
    const path = join(folder, ...document.path.split('/'));
    const text = decodeDocumentText(readFileSync(path));
    const annotations = document.claims.map((claim, i): Annotation => ({
      id: ids.get(`${document.path}#${claim.id}`)!.id,
      target: refreshSelectors(text, { start: claim.start, end: claim.end }),
      kind: claim.kind,
      ...(claim.speaker ? { speaker: claim.speaker } : {}),
      themes: keywords.filter(([, pattern]) => pattern.test(claim.text)).map(([id]) => id),
      ...(written + i === 3 && options.hostile !== false ? { note: hostileNote } : {}),
      ...(linksOf(`${document.path}#${claim.id}`).length > 0 ? { links: linksOf(`${document.path}#${claim.id}`) } : {}),
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
  if (!folder) throw new Error('usage: tsx test/ui/support/report-corpus.ts <copy of sample-corpus> [--demo]');
  const demo = process.argv.includes('--demo');
  console.log(`${writeReportCorpus(folder, demo ? { hostile: false, links: true } : {})} claims written under ${folder}`);
}
