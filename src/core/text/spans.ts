/** A half-open range `[start, end)` of offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The union of the spans as disjoint spans in text order (touching spans join). */
export function unionOfSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const union: Span[] = [];
  for (const span of sorted) {
    const last = union[union.length - 1];
    if (last && span.start <= last.end) union[union.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else union.push({ start: span.start, end: span.end });
  }
  return union;
}

/** Index of the first span ending after `offset`, by binary search (spans disjoint and in order, so ends ascend). */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
