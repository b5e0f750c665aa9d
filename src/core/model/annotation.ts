/**
 * The annotation model, shaped after the W3C Web Annotation data model. Every offset counts
 * Unicode code points (see `src/core/text/code-points.ts`), start inclusive, end exclusive.
 *
 * Objects read from disk may carry properties a newer Marginalia added; they are kept as
 * they are (copy with spread when changing a field) and written back after the known ones.
 */

/** The quoted text with up to 32 code points of context on each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Where the quote was when last anchored, in code points, `[start, end)`. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export interface AnnotationTarget {
  /** Always a quote selector followed by a position selector. */
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** Whether the annotated passage is a direct quote or a reported (paraphrased) statement. */
export type ClaimKind = 'quote' | 'reported';

export interface AnnotationLink {
  /** Id of the linked annotation. */
  readonly target: string;
  /**
   * Path of the linked annotation's document relative to the workspace (corpus) root,
   * '/'-separated. Absent when it is in the same document.
   */
  readonly document?: string;
  /** What the link means, for example `contradicts`, `repeats`, `responds-to`. */
  readonly relation: string;
}

/** A suggested cross-reference the user dismissed: never suggested again for this claim. */
export interface DismissedLink {
  /** Id of the other annotation. */
  readonly target: string;
  /** Its document relative to the workspace (corpus) root, '/'-separated; absent for the same document. */
  readonly document?: string;
}

export interface Annotation {
  /** ULID, unique within the workspace. */
  readonly id: string;
  readonly target: AnnotationTarget;
  readonly kind?: ClaimKind;
  readonly speaker?: string;
  /** Ids of codebook themes. */
  readonly themes: readonly string[];
  readonly note?: string;
  readonly links?: readonly AnnotationLink[];
  /** Suggested cross-references dismissed from this claim (either end of a pair suppresses it). */
  readonly dismissedLinks?: readonly DismissedLink[];
  readonly author?: string;
  /** ISO 8601 time of creation. */
  readonly created: string;
  /** ISO 8601 time of the last change made by a person (re-anchoring does not count). */
  readonly modified: string;
}

/** A detection suggestion the user dismissed, remembered by its text so it stays dismissed. */
export interface DismissedSuggestion {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export function quoteSelectorOf(annotation: Annotation): TextQuoteSelector {
  return annotation.target.selector[0];
}

export function positionSelectorOf(annotation: Annotation): TextPositionSelector {
  return annotation.target.selector[1];
}

export function makeTarget(
  quote: { exact: string; prefix: string; suffix: string },
  position: { start: number; end: number },
): AnnotationTarget {
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

/** The sidecar order: by start, then end, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  const pa = positionSelectorOf(a);
  const pb = positionSelectorOf(b);
  return pa.start - pb.start || pa.end - pb.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(compareAnnotations);
}
