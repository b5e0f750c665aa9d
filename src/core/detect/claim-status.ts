import type { Detection } from './types';

export type ClaimStatus = 'annotated' | 'suggested';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * True when two spans overlap by at least half of the longer one: the rule that makes a detection
 * "already annotated" (and the evaluation's hit rule).
 */
export function overlapsByHalf(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Each detection with its status against a document's annotations (current positions, same unit
 * as the detections): `annotated` when an annotation overlaps it by at least half of the longer
 * span, else `suggested`. Detections whose exact text the user dismissed are left out.
 */
export function withStatus<D extends Detection>(
  detections: readonly D[],
  annotations: readonly Span[],
  dismissedTexts: ReadonlySet<string> = new Set(),
): (D & { status: ClaimStatus })[] {
  return detections
    .filter((d) => !dismissedTexts.has(d.text))
    .map((d) => ({ ...d, status: annotations.some((a) => overlapsByHalf(a, d)) ? ('annotated' as const) : ('suggested' as const) }));
}
