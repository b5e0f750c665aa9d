import type { XrefClaim } from '../../../src/core/xref';
import { XrefIndex } from '../../../src/core/xref';
import { medianTime, type BenchRow, type BenchSuite } from '../harness';

const documentCount = 10_000;
const claimsPerDocument = 8;

/** Deterministic pseudo-random numbers (mulberry32), so every run indexes the same corpus. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const functionWords = ['the', 'a', 'of', 'to', 'and', 'in', 'we', 'will', 'not', 'is', 'that', 'it', 'for', 'on', 'they', 'our', 'has', 'been'];

/**
 * A synthetic corpus: 10,000 documents of 8 claims each, words drawn from a 20,000-word
 * vocabulary with a Zipf-like skew (a few words very common, most rare), 2,000 speakers, and one
 * claim in five repeating an earlier claim with a few words changed (another outlet's version).
 */
export function generateCorpus(seed = 5): Map<string, XrefClaim[]> {
  const next = random(seed);
  const syllables = ['ka', 'lo', 'mer', 'vi', 'sten', 'dor', 'ra', 'bel', 'tun', 'shi', 'gar', 'po', 'len', 'qua', 'zir', 'ho'];
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => {
    let word = '';
    for (let n = i + 1; n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
    return word;
  });
  const pickWord = () => (next() < 0.35 ? functionWords[Math.floor(next() * functionWords.length)]! : vocabulary[Math.floor(vocabulary.length * next() ** 2.5)]!);
  const speakers = Array.from({ length: 2_000 }, (_, i) => `Speaker ${vocabulary[i * 7]}`);
  const earlier: string[] = [];
  const corpus = new Map<string, XrefClaim[]>();
  for (let d = 0; d < documentCount; d++) {
    const path = `outlet-${d % 40}/report-${d}.md`;
    const claims: XrefClaim[] = [];
    let offset = 0;
    for (let c = 0; c < claimsPerDocument; c++) {
      let text: string;
      if (earlier.length > 0 && next() < 0.2) {
        const words = earlier[Math.floor(next() * earlier.length)]!.split(' ');
        for (let k = 0; k < 3; k++) words[Math.floor(next() * words.length)] = pickWord();
        text = words.join(' ');
      } else {
        text = Array.from({ length: 8 + Math.floor(next() * 22) }, pickWord).join(' ');
      }
      earlier.push(text);
      const start = offset + 40;
      offset = start + text.length;
      claims.push({ id: `${path}#${start}-${offset}`, path, start, end: offset, text, kind: next() < 0.7 ? 'quote' : 'reported', speaker: next() < 0.9 ? speakers[Math.floor(next() * speakers.length)]! : null });
    }
    corpus.set(path, claims);
  }
  return corpus;
}

function buildIndex(corpus: Map<string, XrefClaim[]>): XrefIndex {
  const index = new XrefIndex();
  for (const [path, claims] of corpus) index.replaceDocument(path, claims);
  return index;
}

export const xrefSuite: BenchSuite = {
  name: 'xref',
  run({ runs }) {
    const corpus = generateCorpus();
    const claims = [...corpus.values()].flat();
    const buildTime = medianTime(() => buildIndex(corpus), runs);
    const index = buildIndex(corpus);

    const sample = random(11);
    const pick = () => claims[Math.floor(sample() * claims.length)]!;
    const queries = Math.max(51, runs * 15);
    const queryTime = medianTime(() => index.query(pick().id, 10), queries);

    // An edit to one document: one claim reworded, one added; the index swaps that document's
    // claims, then the document's own cross-references are recomputed (what a CodeLens needs).
    const paths = [...corpus.keys()];
    let edits = 0;
    const editOne = (requery: boolean) => () => {
      const path = paths[(edits++ * 7919) % paths.length]!;
      const before = corpus.get(path)!;
      const changed = before.map((c, i) => (i === 0 ? { ...c, text: `${c.text} and more ${edits}` } : c));
      const added: XrefClaim = { ...before[0]!, id: `${path}#added-${edits}`, start: 100_000, end: 100_010, text: before[1]!.text };
      index.replaceDocument(path, [...changed, added]);
      if (requery) for (const claim of index.claimsOf(path)) index.query(claim.id, 10);
      index.replaceDocument(path, before);
    };
    const updateTime = medianTime(editOne(false), queries) / 2;
    const updateAndQueryTime = medianTime(editOne(true), queries);

    const note = `${documentCount.toLocaleString('en')} documents, ${claims.length.toLocaleString('en')} claims`;
    const rows: BenchRow[] = [
      { name: 'xref: build the index', median: buildTime, unit: 'ms', note: `${note} (target < 5000 ms)` },
      { name: "xref: one claim's top 10", median: queryTime, unit: 'ms', note: `median of ${queries} different claims (target < 20 ms)` },
      { name: 'xref: update after editing one document', median: updateTime, unit: 'ms', note: 'replace its claims (target < 50 ms)' },
      { name: 'xref: update + requery that document', median: updateAndQueryTime, unit: 'ms', note: 'edit, top 10 of each of its 9 claims, and restore' },
    ];
    return rows;
  },
};
