import { overlapsByHalf } from '../detect/claim-status';
import type { IndexedClaim } from '../corpus/corpus-index';
import { quoteSelectorOf, type Annotation, type AnnotationLink, type ClaimKind } from '../model/annotation';
import { compareClaims, type XrefClaim, type XrefIndex, type XrefPair } from './xref-index';

/** An annotation at its current position in its document (code points) with the text there. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A detected claim in code points (a `Detection` after `toCodePointDetections`). */
export interface DetectedClaim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly speaker: string | null;
}

/**
 * One document's claims for the index: its annotations (by id) and the detections no annotation
 * covers (by `path#start-end`), as `scan` decides "annotated". An annotation without a kind
 * counts as a quote.
 */
export function documentClaims(path: string, annotations: readonly PlacedAnnotation[], detections: readonly DetectedClaim[]): XrefClaim[] {
  const claims: XrefClaim[] = annotations.map(({ annotation, start, end, text }) => ({
    id: annotation.id,
    path,
    start,
    end,
    text,
    kind: annotation.kind ?? 'quote',
    speaker: annotation.speaker ?? null,
  }));
  const seen = new Set(claims.map((c) => c.id));
  for (const d of detections) {
    if (annotations.some((a) => overlapsByHalf(a, d))) continue;
    // Joined rather than concatenated: a flat string, not a tree of pieces (the index keeps every id).
    const id = [path, '#', d.start, '-', d.end].join('');
    if (seen.has(id)) continue;
    seen.add(id);
    claims.push({ id, path, start: d.start, end: d.end, text: detachedCopy(d.text), kind: d.kind, speaker: d.speaker });
  }
  return claims.sort(compareClaims);
}

/**
 * The same text in a string of its own. A detection's text is a slice of its document, and V8
 * keeps a slice's whole parent string alive: without the copy, indexing a corpus's detected claims
 * keeps every document's text in memory. Joining two pieces builds a new flat string.
 */
export function detachedCopy(text: string): string {
  return [text.slice(0, 1), text.slice(1)].join('');
}

export interface LinkedPair extends XrefPair {
  readonly relation: string;
}

export interface BrokenLink {
  readonly from: XrefClaim;
  readonly link: AnnotationLink;
}

/**
 * The stored links among indexed claims, scored like suggestions, with the relation as reason.
 * A link and its reverse make one pair. Links whose target is not in the index are returned as
 * broken so that the caller reports them (the claim was deleted, orphaned or not loaded).
 */
export function linkedPairs(index: XrefIndex, annotations: readonly Annotation[]): { pairs: LinkedPair[]; broken: BrokenLink[] } {
  const pairs = new Map<string, LinkedPair>();
  const broken: BrokenLink[] = [];
  for (const annotation of annotations) {
    const from = index.claim(annotation.id);
    if (!from) continue;
    for (const link of annotation.links ?? []) {
      const to = index.claim(link.target);
      if (!to) {
        broken.push({ from, link });
        continue;
      }
      if (to.id === from.id) continue;
      const [a, b] = compareClaims(from, to) < 0 ? [from, to] : [to, from];
      const key = `${a.id}\n${b.id}`;
      if (pairs.has(key)) continue;
      pairs.set(key, { a, b, score: index.compare(a.id, b.id).score, reason: `linked: ${link.relation}`, relation: link.relation });
    }
  }
  return { pairs: [...pairs.values()], broken };
}

/** Pair key independent of order, for merging links and suggestions. */
export function pairKey(a: XrefClaim, b: XrefClaim): string {
  return compareClaims(a, b) < 0 ? `${a.id}\n${b.id}` : `${b.id}\n${a.id}`;
}

/** Keys (see `pairKey`) of the pairs a claim dismissed, among indexed claims. */
export function dismissedPairKeys(index: XrefIndex, annotations: readonly Annotation[]): Set<string> {
  const keys = new Set<string>();
  for (const annotation of annotations) {
    const from = index.claim(annotation.id);
    if (!from) continue;
    for (const dismissal of annotation.dismissedLinks ?? []) {
      const to = index.claim(dismissal.target);
      if (to && to.id !== from.id) keys.add(pairKey(from, to));
    }
  }
  return keys;
}

/** An indexed claim of the corpus as the similarity index takes it. */
export function xrefClaimOf(claim: IndexedClaim, path: string): XrefClaim {
  return {
    id: claim.annotation.id,
    path,
    start: claim.start,
    end: claim.end,
    text: quoteSelectorOf(claim.annotation).exact,
    kind: claim.annotation.kind ?? 'quote',
    speaker: claim.annotation.speaker ?? null,
  };
}
