import { withStatus, type Detection } from '../../core/detect';
import type { ClaimKind } from '../../core/model/annotation';
import type { CodePointIndex } from '../../core/text/code-points';
import type { SuggestedClaim } from '../claims-view';

/** A detected claim nobody has accepted or dismissed, as the Claims view and the commands see it. */
export interface Suggestion extends SuggestedClaim {
  readonly kind: ClaimKind;
  readonly cue: string | null;
  readonly confidence: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The detections still to suggest: not covered by an annotation (by half of the longer span) and
 * not dismissed. Detections and annotations are in the same unit; `index` converts UTF-16 results to
 * code points (leave it out when they already are code points).
 */
export function suggestionsFrom(
  detections: readonly Detection[],
  annotations: readonly Span[],
  dismissed: ReadonlySet<string>,
  index?: CodePointIndex,
): Suggestion[] {
  return withStatus(detections, annotations, dismissed)
    .filter((d) => d.status === 'suggested')
    .map((d) => {
      const range = index ? index.toCodePointRange({ start: Math.min(d.start, index.utf16Length), end: Math.min(d.end, index.utf16Length) }) : d;
      return {
        start: range.start,
        end: range.end,
        exact: d.text,
        ...(d.speaker ? { speaker: d.speaker } : {}),
        kind: d.kind,
        cue: d.cue,
        confidence: d.confidence,
      };
    });
}

/** The suggestion among `current` that is the one the user picked earlier: same text and kind, nearest start. */
export function sameSuggestion(current: readonly Suggestion[], picked: SuggestedClaim & { kind?: ClaimKind }): Suggestion | undefined {
  let best: Suggestion | undefined;
  for (const candidate of current) {
    if (candidate.exact !== picked.exact || (picked.kind !== undefined && candidate.kind !== picked.kind)) continue;
    if (!best || Math.abs(candidate.start - picked.start) < Math.abs(best.start - picked.start)) best = candidate;
  }
  return best;
}
