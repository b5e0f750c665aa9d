import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { detectClaims, toCodePointDetections } from '../../src/core/detect';
import type { ExchangeDocument, ExchangeInput } from '../../src/core/exchange/types';
import type { Annotation, AnnotationLink } from '../../src/core/model/annotation';
import type { Codebook } from '../../src/core/model/codebook';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { decodeDocumentText } from '../../src/core/text/decode';
import { hashText } from '../../src/core/text/hash';
import { isMarginaliaFile } from '../fixtures/marginalia-files';

export const sampleCorpus = join(__dirname, '..', '..', 'sample-corpus');

/** Text that breaks naive CSV, XML and JSON writers. */
export const hostile = 'He said "no", <b>&amp;</b>\r\nthen =cmd|\' /C calc\'!A0, +1, -2, @SUM(A1) 😀 \t tab';

export const fixtureCodebook: Codebook = {
  version: 1,
  themes: [
    { id: 'politics', label: 'Politics', color: '#e5484d', description: 'Government & <parties>' },
    { id: 'policy', label: 'Policy "quoted"', color: '#f76b15', parent: 'politics' },
    { id: 'safety', label: 'Safety 😀', color: '#30a46c', description: hostile },
    { id: 'formula', label: '=HYPERLINK("x")', color: '#0090ff' },
  ],
};

const themeCycle: string[][] = [['politics'], ['policy', 'safety'], [], ['formula'], ['safety']];
const relations = ['repeats', 'contradicts', 'responds-to'];

/** Claims for one document: its detected claims with themes, notes, speakers and links spread over them. */
export function annotate(path: string, text: string, seed: number): Annotation[] {
  const format = /\.(md|markdown)$/.test(path) ? 'markdown' : 'plain';
  const detections = toCodePointDetections(text, detectClaims(text, { format }));
  return detections.map((d, i): Annotation => {
    const n = seed * 1000 + i;
    const id = `01JEXPORT${String(n).padStart(17, '0')}`;
    const links: AnnotationLink[] = i > 0 && i % 3 === 0 ? [{ target: `01JEXPORT${String(n - 1).padStart(17, '0')}`, relation: relations[i % relations.length]! }] : [];
    return {
      id,
      target: refreshSelectors(text, { start: d.start, end: d.end }),
      kind: d.kind,
      ...(d.speaker ? { speaker: d.speaker } : {}),
      themes: themeCycle[i % themeCycle.length]!,
      ...(i % 4 === 1 ? { note: i % 8 === 1 ? hostile : `Check against the press release (${i}).` } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(i % 2 === 0 ? { author: 'Ana Ribeiro' } : {}),
      created: '2026-03-20T09:00:00.000Z',
      modified: '2026-03-21T10:30:00.000Z',
    };
  });
}

async function listDocuments(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(txt|md)$/.test(entry.name)) out.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** The sample corpus in memory, every document annotated, plus one link across documents. */
export async function sampleInput(): Promise<ExchangeInput> {
  const documents: ExchangeDocument[] = [];
  for (const [seed, path] of (await listDocuments(sampleCorpus)).entries()) {
    const text = decodeDocumentText(await readFile(join(sampleCorpus, path)));
    documents.push({ path, text, annotations: annotate(path, text, seed) });
  }
  const annotated = documents.flatMap((d, i) => (d.annotations.length > 0 ? [i] : []));
  const [first, second] = [documents[annotated[0]!]!, documents[annotated[1]!]!];
  const a = first.annotations[0]!;
  const crossLink: AnnotationLink = { target: second.annotations[0]!.id, document: second.path, relation: 'repeats' };
  documents[annotated[0]!] = { ...first, annotations: [{ ...a, links: [...(a.links ?? []), crossLink] }, ...first.annotations.slice(1)] };
  return { codebook: fixtureCodebook, documents };
}

/** A copy of the sample corpus in `dir` with a codebook and the sidecars of `sampleInput`. */
export async function writeAnnotatedCorpus(dir: string, withAnnotations = true): Promise<ExchangeInput> {
  // The sample corpus ships with annotations; the fixture writes its own.
  await cp(sampleCorpus, dir, { recursive: true, filter: (source) => !isMarginaliaFile(source) });
  await mkdir(join(dir, '.marginalia'), { recursive: true });
  await writeFile(join(dir, '.marginalia', 'codebook.json'), serializeCodebook(fixtureCodebook));
  const input = await sampleInput();
  if (withAnnotations) {
    for (const document of input.documents) {
      if (document.annotations.length === 0) continue;
      await writeFile(
        join(dir, document.path + '.annotations.json'),
        serializeSidecar({ version: 2, document: document.path.split('/').pop()!, textHash: hashText(document.text), annotations: document.annotations }),
      );
    }
  }
  return input;
}
