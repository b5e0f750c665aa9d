import type { LinkEdge } from './link-graph';

/** One claim related to another: by a link stored on it, a link stored on the other, or similarity. */
export interface CrossReference {
  readonly id: string;
  readonly documentPath: string;
  readonly source: 'link' | 'backlink' | 'suggestion';
  /** The relation of a link, or the reason of a suggestion. */
  readonly label: string;
  /** Similarity (0..1) of a suggestion. */
  readonly score?: number;
}

export interface SuggestedMatch {
  readonly id: string;
  readonly path: string;
  readonly score: number;
  readonly reason: string;
}

/**
 * A claim's cross-references: its links, then backlinks, then suggestions, each claim once (a
 * link wins over a backlink, and both over a suggestion). Broken links (target unknown) and the
 * claim itself are left out; `documentOf` says where a known claim is.
 */
export function crossReferencesOf(
  id: string,
  outgoing: readonly LinkEdge[],
  incoming: readonly LinkEdge[],
  suggestions: readonly SuggestedMatch[],
  documentOf: (id: string) => string | undefined,
): CrossReference[] {
  const found = new Map<string, CrossReference>();
  const add = (reference: CrossReference): void => {
    if (reference.id !== id && !found.has(reference.id)) found.set(reference.id, reference);
  };
  for (const edge of outgoing) {
    const documentPath = documentOf(edge.link.target);
    if (documentPath !== undefined) add({ id: edge.link.target, documentPath, source: 'link', label: relationLabel(edge.link.relation) });
  }
  for (const edge of incoming) add({ id: edge.from, documentPath: edge.fromDocument, source: 'backlink', label: relationLabel(edge.link.relation) });
  for (const match of suggestions) add({ id: match.id, documentPath: match.path, source: 'suggestion', label: match.reason, score: match.score });
  return [...found.values()];
}

/** "N cross-references in M documents". */
export function crossReferenceSummary(references: readonly CrossReference[]): string {
  const documents = new Set(references.map((r) => r.documentPath)).size;
  const n = references.length;
  return `${n} cross-reference${n === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`;
}

/** The relations offered when linking; anything else typed in is kept as a custom label. */
export const standardRelations = [
  { id: 'same-statement', label: 'same statement' },
  { id: 'supports', label: 'supports' },
  { id: 'contradicts', label: 'contradicts' },
  { id: 'elaborates', label: 'elaborates' },
] as const;

export function relationLabel(relation: string): string {
  return standardRelations.find((r) => r.id === relation)?.label ?? relation;
}

/** A custom relation as stored: trimmed, inner whitespace collapsed; undefined when empty. */
export function normalizeRelation(typed: string): string | undefined {
  const relation = typed.replace(/\s+/g, ' ').trim();
  if (relation.length === 0) return undefined;
  return standardRelations.find((r) => r.label === relation.toLowerCase() || r.id === relation.toLowerCase())?.id ?? relation;
}

/**
 * The next stop of a walk through a claim's cross-references: the walk is the claim itself followed
 * by its cross-references, in a ring. `current` is where the cursor is (-1 when it is elsewhere).
 */
export function nextStop(length: number, current: number, direction: 1 | -1): number {
  if (length === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : length - 1;
  return (current + direction + length) % length;
}
