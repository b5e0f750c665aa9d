import type { Annotation } from '../model/annotation';
import { guidFor } from './guid';
import { placeClaims } from './placed-claims';
import { compare, emptySummary, type ExportSummary } from './refi-project';
import type { ExchangeInput, PlacedClaim } from './types';

/** Terms Marginalia adds to the Web Annotation context (kind, speaker, status, relation). */
export const marginaliaTerms = 'https://marginalia.invalid/terms#';

export const annotationIriOf = (annotationId: string) => `urn:uuid:${guidFor('claim', annotationId)}`;

export interface W3cOptions {
  /** The IRI of a document (defaults to its workspace-relative path, percent-encoded). */
  readonly documentIri?: (path: string) => string;
  readonly label?: string;
}

/**
 * One W3C Web Annotation `AnnotationCollection` (JSON-LD) with every claim as an `Annotation`:
 * a `SpecificResource` target with a TextQuoteSelector and a TextPositionSelector (code points,
 * as the model defines "character"), themes as `tagging` bodies, the note as a `commenting`
 * TextualBody, and each link as a separate `linking` annotation.
 */
export function writeW3c(input: ExchangeInput, options: W3cOptions = {}): { json: string; summary: ExportSummary } {
  const summary = emptySummary();
  const documentIri = options.documentIri ?? ((path: string) => encodeURI(path));
  const themes = new Map(input.codebook.themes.map((t) => [t.id, t]));
  const items: object[] = [];
  const claims: PlacedClaim[] = [];
  for (const document of [...input.documents].sort((a, b) => compare(a.path, b.path))) {
    summary.documents += 1;
    claims.push(...placeClaims(document));
  }
  const exported = new Set(claims.map((c) => c.annotation.id));
  const unknown = new Set<string>();
  for (const claim of claims) {
    const a = claim.annotation;
    summary.claims += 1;
    const body: object[] = [];
    for (const id of a.themes) {
      const theme = themes.get(id);
      if (!theme) unknown.add(id);
      summary.codings += 1;
      body.push({ type: 'TextualBody', purpose: 'tagging', value: theme?.label ?? id, 'marginalia:theme': id });
    }
    if (a.note) {
      summary.notes += 1;
      body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
    }
    const [quote] = a.target.selector;
    items.push({
      id: annotationIriOf(a.id),
      type: 'Annotation',
      motivation: a.themes.length > 0 ? 'tagging' : 'highlighting',
      ...(a.author ? { creator: { type: 'Person', name: a.author } } : {}),
      created: a.created,
      modified: a.modified,
      ...(body.length > 0 ? { body } : {}),
      target: {
        type: 'SpecificResource',
        source: documentIri(claim.documentPath),
        selector: [
          { type: 'TextQuoteSelector', exact: claim.quote, prefix: quote.prefix, suffix: quote.suffix },
          { type: 'TextPositionSelector', start: claim.start, end: claim.end },
        ],
      },
      'marginalia:id': a.id,
      ...(a.kind ? { 'marginalia:kind': a.kind } : {}),
      ...(a.speaker ? { 'marginalia:speaker': a.speaker } : {}),
      'marginalia:status': claim.status,
    });
  }
  for (const claim of claims) items.push(...linkingAnnotations(claim.annotation, exported, summary));
  summary.speakers = new Set(claims.map((c) => c.annotation.speaker).filter(Boolean)).size;
  summary.unknownThemes = [...unknown].sort(compare);
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { marginalia: marginaliaTerms }],
    type: 'AnnotationCollection',
    label: options.label ?? 'Marginalia annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return { json: `${JSON.stringify(collection, null, 2)}\n`, summary };
}

function linkingAnnotations(annotation: Annotation, exported: ReadonlySet<string>, summary: ExportSummary): object[] {
  const out: object[] = [];
  for (const link of annotation.links ?? []) {
    if (!exported.has(link.target)) {
      summary.linksSkipped += 1;
      continue;
    }
    summary.links += 1;
    out.push({
      id: `urn:uuid:${guidFor('link', `${annotation.id}>${link.target}:${link.relation}`)}`,
      type: 'Annotation',
      motivation: 'linking',
      body: annotationIriOf(link.target),
      target: annotationIriOf(annotation.id),
      'marginalia:relation': link.relation,
    });
  }
  return out;
}
