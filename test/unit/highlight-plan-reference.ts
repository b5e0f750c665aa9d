/**
 * The highlight planner written the plain way (strings in Maps, a fresh array per boundary): what
 * src/features/highlights/highlight-plan.ts computed before it was made fast. The unit tests check
 * the fast planner gives exactly this plan.
 */

import { firstSpanEndingAfter, unionOfSpans, type Span } from '../../src/core/text/spans';
import { untaggedColor, untaggedKey, type ClaimSpan, type HighlightPlan } from '../../src/features/highlights/highlight-plan';

const maxStripes = 3;

export function planHighlightsPlainly(claims: readonly ClaimSpan[], quotations: readonly Span[], lineOf: (offset: number) => number): HighlightPlan {
  const visible = claims.filter((c) => c.end > c.start);
  const backgrounds = new Map<string, Span[]>();
  for (const segment of innermostSegments(visible)) {
    const key = segment.claim.colors[0] ?? untaggedKey;
    pushMerged(backgrounds, key, segment);
  }

  const ruler = new Map<string, Span[]>();
  const stripesByLine = new Map<number, string[]>();
  for (const claim of visible) {
    const colors = claim.colors.length > 0 ? claim.colors.slice(0, maxStripes) : [untaggedColor];
    colors.forEach((color, lane) => push(ruler, `${color}|${lane}`, { start: claim.start, end: claim.end }));
    const allColors = claim.colors.length > 0 ? claim.colors : [untaggedColor];
    for (let line = lineOf(claim.start), last = lineOf(claim.end - 1); line <= last; line++) {
      let stripes = stripesByLine.get(line);
      if (!stripes) stripesByLine.set(line, (stripes = []));
      for (const color of allColors) if (stripes.length < maxStripes && !stripes.includes(color)) stripes.push(color);
    }
  }
  const gutter = new Map<string, number[]>();
  for (const line of Int32Array.from(stripesByLine.keys()).sort()) push(gutter, stripesByLine.get(line)!.join(','), line);

  return { backgrounds, quotes: subtract(quotations, visible), ruler, gutter };
}

interface Segment extends Span {
  readonly claim: ClaimSpan;
}

/** Splits the claimed text at every claim boundary and gives each piece to its innermost claim. */
function innermostSegments(claims: readonly ClaimSpan[]): Segment[] {
  const points = [...new Set(claims.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: ClaimSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    active = active.filter((c) => c.end > start);
    if (active.length === 0) continue;
    let innermost = active[0]!;
    for (const claim of active) {
      const shorter = claim.end - claim.start < innermost.end - innermost.start;
      const sameLengthLater = claim.end - claim.start === innermost.end - innermost.start && claim.start > innermost.start;
      if (shorter || sameLengthLater) innermost = claim;
    }
    segments.push({ start, end, claim: innermost });
  }
  return segments;
}

/** The parts of `spans` that no claim covers. Linear in spans plus claims (after sorting the claims). */
function subtract(spans: readonly Span[], claims: readonly Span[]): Span[] {
  const covered = unionOfSpans(claims);
  const result: Span[] = [];
  for (const span of spans) {
    let cursor = span.start;
    for (let k = firstSpanEndingAfter(covered, cursor); k < covered.length && covered[k]!.start < span.end; k++) {
      const claim = covered[k]!;
      if (claim.start > cursor) result.push({ start: cursor, end: claim.start });
      cursor = Math.max(cursor, claim.end);
    }
    if (cursor < span.end) result.push({ start: cursor, end: span.end });
  }
  return result;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds a span, joining it to the previous one of the same key when they touch. */
function pushMerged(map: Map<string, Span[]>, key: string, span: Span): void {
  const list = map.get(key);
  const last = list?.[list.length - 1];
  if (list && last && last.end === span.start) list[list.length - 1] = { start: last.start, end: span.end };
  else push(map, key, { start: span.start, end: span.end });
}
