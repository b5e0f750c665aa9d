import { anchorAnnotations } from '../anchor/anchor';
import { positionSelectorOf, type Annotation } from '../model/annotation';
import { parseSidecar } from '../store/sidecar-format';
import { hashText } from '../text/hash';
import type { IndexedClaim, IndexedDocument } from './corpus-index';

/**
 * A closed document's entry in the corpus index from its text and its sidecar's text: the stored
 * positions stand when the text is the one the sidecar was anchored against (same hash);
 * otherwise every claim is anchored afresh, and those not found keep their stored position as orphans.
 */
export function indexedDocumentFromSidecar(key: string, text: string, sidecarText: string, sidecarName: string): IndexedDocument {
  const parsed = parseSidecar(sidecarText, sidecarName);
  if (!parsed.ok) return { path: key, claims: [], problem: parsed.problem };
  const sidecar = parsed.value;
  if (sidecar.textHash === hashText(text)) {
    const claims = sidecar.annotations.map((annotation): IndexedClaim => {
      const { start, end } = positionSelectorOf(annotation);
      return { annotation, documentPath: key, status: 'anchored', start, end };
    });
    return { path: key, claims };
  }
  return { path: key, claims: anchoredClaims(key, text, sidecar.annotations) };
}

/** Every annotation anchored afresh in `text`; those not found keep their stored position as orphans. */
export function anchoredClaims(key: string, text: string, annotations: readonly Annotation[]): IndexedClaim[] {
  return anchorAnnotations(text, annotations).map(({ annotation, result }): IndexedClaim => {
    const stored = positionSelectorOf(annotation);
    return result.status === 'anchored'
      ? { annotation, documentPath: key, status: 'anchored', start: result.start, end: result.end }
      : { annotation, documentPath: key, status: 'orphaned', start: stored.start, end: stored.end };
  });
}
