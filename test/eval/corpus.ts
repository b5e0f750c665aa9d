import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims, toCodePointDetections } from '../../src/core/detect';
import { decodeDocumentText } from '../../src/core/text/decode';
import type { AnswerKey } from '../fixtures/answer-key/key-format';
import { scoreDocument, speakerNormaliser, summarise, type DocumentScore, type Summary } from './score';

export const repositoryRoot = join(__dirname, '..', '..');

export const keyFiles = {
  sample: 'test/fixtures/answer-key/sample-corpus.key.json',
  tuning: 'test/fixtures/answer-key/tuning-corpus.key.json',
  unseen: 'test/fixtures/answer-key/unseen-corpus.key.json',
  heldOut: 'test/fixtures/answer-key/held-out-corpus.key.json',
  heldOut2: 'test/fixtures/answer-key/held-out-corpus-2.key.json',
  heldOut3: 'test/fixtures/answer-key/held-out-corpus-3.key.json',
  heldOut4: 'test/fixtures/answer-key/held-out-corpus-4.key.json',
} as const;

export type CorpusName = keyof typeof keyFiles;

/** Corpora that are measured but never inspected: listing their misses would invite tuning to them. */
export const heldOutCorpora: ReadonlySet<CorpusName> = new Set<CorpusName>(['heldOut', 'heldOut2', 'heldOut3', 'heldOut4']);

/** Whether a corpus's misses and per-claim detail may be printed (never for a held-out corpus). */
export function mayInspect(name: string): boolean {
  return !heldOutCorpora.has(name as CorpusName);
}

export interface CorpusResult {
  readonly corpus: string;
  readonly summary: Summary;
  readonly documents: { path: string; score: DocumentScore }[];
}

/** Runs the detector over every document of a key's corpus and scores it. */
export function evaluateCorpus(keyFile: string): CorpusResult {
  const key = JSON.parse(readFileSync(join(repositoryRoot, keyFile), 'utf8')) as AnswerKey;
  const normalise = speakerNormaliser(key.speakers);
  const documents = key.documents.map((doc) => {
    const text = decodeDocumentText(readFileSync(join(repositoryRoot, key.corpus, doc.path)));
    const format = /\.(md|markdown)$/i.test(doc.path) ? 'markdown' : 'plain';
    const detected = toCodePointDetections(text, detectClaims(text, { format }));
    return { path: doc.path, score: scoreDocument(doc.claims, detected, normalise) };
  });
  return { corpus: key.corpus, summary: summarise(documents.map((d) => d.score)), documents };
}
