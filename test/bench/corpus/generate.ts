import { refreshSelectors } from '../../../src/core/anchor/selectors';
import { palette } from '../../../src/core/codebook/palette';
import type { Annotation, AnnotationLink } from '../../../src/core/model/annotation';
import type { Codebook } from '../../../src/core/model/codebook';
import { createIdFactory } from '../../../src/core/model/ids';
import type { Sidecar } from '../../../src/core/model/sidecar';
import { codebookPath, sidecarPathFor } from '../../../src/core/store/paths';
import { serializeCodebook, serializeSidecar } from '../../../src/core/store/serialize';
import { CodePointIndex } from '../../../src/core/text/code-points';
import { hashText } from '../../../src/core/text/hash';
import { writeArticle, type PlacedStatement } from './article';
import { buildWorld, type World } from './cast';
import { Random } from './random';

export interface GenerateOptions {
  readonly docs: number;
  readonly seed?: number;
  /** Share of documents with a sidecar (default 0.3). */
  readonly annotatedShare?: number;
  /** Every n-th document is about 1 MB (default 5,000; 0 for none). */
  readonly largeEvery?: number;
}

/** A file of the corpus, path relative to the corpus root ('/'-separated). */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** Annotated documents whose text changed after the sidecar was written (they must be re-anchored). */
const staleShare = 0.1;
const maxAnnotationsPerDocument = 40;
const analysts = ['Rhiannon Vale', 'Teodor Brask', 'Amaia Etxeberri', 'Kofi Mensah-Lund'];
const relations = ['repeats', 'repeats', 'contradicts', 'responds-to'];

/**
 * A deterministic news-like corpus: the codebook first, then every document followed by its
 * sidecar when it has one. The same options always give the same files, byte for byte.
 */
export function* generateCorpus(options: GenerateOptions): Generator<GeneratedFile> {
  const seed = options.seed ?? 1;
  const annotatedShare = options.annotatedShare ?? 0.3;
  const largeEvery = options.largeEvery ?? 5000;
  const world = buildWorld(seed, options.docs);
  yield { path: codebookPath, content: serializeCodebook(codebookOf(world)) };
  const idRandom = new Random(seed ^ 0x51dec0de);
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const newId = createIdFactory({ now: () => clock, random: () => idRandom.next() });
  /** The first annotation of each statement, so that later copies can link to it. */
  const firstAnnotation = new Map<number, { id: string; path: string }>();

  for (let i = 0; i < options.docs; i++) {
    const rnd = Random.derive(seed, i);
    const outlet = rnd.pick(world.outlets);
    const event = world.events[rnd.int(0, world.events.length - 1)]!;
    const large = largeEvery > 0 && i % largeEvery === Math.floor(largeEvery / 2);
    const length = large ? rnd.int(950_000, 1_050_000) : Math.round(500 * 40 ** (rnd.next() ** 1.3));
    const article = writeArticle(world, outlet, event, length, rnd);
    const mm = String(event.month + 1).padStart(2, '0');
    const name = `${outlet.slug}-${event.year}-${mm}-${String(event.day).padStart(2, '0')}-${i}.${outlet.markdown ? 'md' : 'txt'}`;
    // Wire services keep one flat archive folder (the Claims view's largest node); papers file by year and month.
    const path = outlet.wire ? `${outlet.slug}/${name}` : `${outlet.slug}/${event.year}/${mm}/${name}`;
    const annotated = rnd.chance(annotatedShare) && article.statements.length > 0;
    const stale = annotated && rnd.chance(staleShare);
    const text = stale ? withCorrection(article.text) : article.text;
    yield { path, content: text };
    if (!annotated) continue;

    clock += 60_000;
    const index = CodePointIndex.of(article.text);
    const annotations = chooseStatements(article.statements, rnd).map((placed): Annotation => {
      const range = { start: index.toCodePoint(placed.start), end: index.toCodePoint(placed.end) };
      const earlier = firstAnnotation.get(placed.statement.id);
      const id = newId();
      if (!earlier) firstAnnotation.set(placed.statement.id, { id, path });
      const links: AnnotationLink[] =
        earlier && earlier.path !== path && rnd.chance(0.5) ? [{ target: earlier.id, document: earlier.path, relation: rnd.pick(relations) }] : [];
      const time = new Date(clock).toISOString();
      return {
        id,
        target: refreshSelectors(article.text, range, index),
        kind: placed.kind,
        speaker: placed.statement.speaker.name,
        themes: rnd.chance(0.8) ? [...new Set([rnd.pick(event.themes), ...(rnd.chance(0.3) ? [rnd.pick(world.themes).id] : [])])] : [],
        ...(rnd.chance(0.15) ? { note: `Check against the ${placed.style} version in other outlets.` } : {}),
        ...(links.length > 0 ? { links } : {}),
        author: rnd.pick(analysts),
        created: time,
        modified: time,
      };
    });
    const sidecar: Sidecar = { version: 2, document: name, textHash: hashText(article.text), annotations };
    yield { path: sidecarPathFor(path), content: serializeSidecar(sidecar) };
  }
}

/** Up to `maxAnnotationsPerDocument` of the statements, in text order. */
function chooseStatements(placed: readonly PlacedStatement[], rnd: Random): PlacedStatement[] {
  const wanted = Math.min(placed.length, rnd.int(1, 12), maxAnnotationsPerDocument);
  const step = placed.length / wanted;
  return Array.from({ length: wanted }, (_, k) => placed[Math.floor(k * step)]!);
}

/** The text after an editor added a correction below the headline: every later offset moves. */
function withCorrection(text: string): string {
  const end = text.indexOf('\n\n');
  return `${text.slice(0, end)}\n\nCorrection: an earlier version of this article misspelt a name.${text.slice(end)}`;
}

function codebookOf(world: World): Codebook {
  const themes = world.themes.map((t, i) => ({ id: t.id, label: t.label, color: palette[i % palette.length]!.hex, ...(t.parent ? { parent: t.parent } : {}) }));
  const speakers = world.people.slice(0, 30).map((p) => ({ name: p.name, aliases: [p.surname, `the ${p.role} ${p.organisation}`] }));
  return { version: 1, themes, speakers };
}
