/**
 * What to draw for one document, computed without VS Code so it can be unit-tested. Offsets are
 * UTF-16. Overlapping claims stay readable this way:
 * - the text background shows only the innermost claim at each place (the shortest one covering it),
 *   so a claim nested in another stands out and the outer one shows around it;
 * - the gutter shows a stripe per theme colour of every claim on the line (up to three), like the
 *   coloured margin bars of QDA tools;
 * - the overview ruler marks every claim in the colour of each of its themes, first theme in the
 *   left lane, second in the centre, third in the right.
 * Quotations not tagged yet get the subtle quotation background, outside every claim.
 */

import { firstSpanEndingAfter, unionOfSpans, type Span } from '../../core/text/spans';

export type { Span };

export interface ClaimSpan extends Span {
  readonly id: string;
  /** `#rrggbb` of each of the claim's themes, in order; empty for a claim without themes. */
  readonly colors: readonly string[];
}

export interface HighlightPlan {
  /** First theme colour (or `untaggedKey`) → segments whose innermost claim has it. */
  readonly backgrounds: ReadonlyMap<string, readonly Span[]>;
  /** Quotation text outside every claim. */
  readonly quotes: readonly Span[];
  /** `colour|lane` (lane 0, 1 or 2) → claim ranges for the overview ruler. */
  readonly ruler: ReadonlyMap<string, readonly Span[]>;
  /** Comma-joined colours (one to three) → zero-based lines showing those stripes. */
  readonly gutter: ReadonlyMap<string, readonly number[]>;
}

/** Background key of claims without a theme. */
export const untaggedKey = 'untagged';
/** Stripe and ruler colour of claims without a theme. */
export const untaggedColor = '#808080';
const maxStripes = 3;
const untaggedColors: readonly string[] = [untaggedColor];

export function planHighlights(claims: readonly ClaimSpan[], quotations: readonly Span[], lineOf: (offset: number) => number): HighlightPlan {
  const visible = claims.filter((c) => c.end > c.start);
  return { backgrounds: innermostBackgrounds(visible), quotes: subtract(quotations, visible), ...rulerAndGutter(visible, lineOf) };
}

interface MutableSpan {
  start: number;
  end: number;
}

/**
 * Splits the claimed text at every claim boundary, gives each piece to its innermost claim (the
 * shortest covering it; of equal ones the later-starting, then the first listed) and joins touching
 * pieces of the same colour. Runs on every redraw, so it sorts numbers in a typed array and keeps
 * the claims covering the current piece in one array compacted in place.
 */
function innermostBackgrounds(claims: readonly ClaimSpan[]): Map<string, Span[]> {
  const backgrounds = new Map<string, MutableSpan[]>();
  const boundaries = new Float64Array(claims.length * 2);
  for (let k = 0; k < claims.length; k++) {
    boundaries[2 * k] = claims[k]!.start;
    boundaries[2 * k + 1] = claims[k]!.end;
  }
  boundaries.sort();
  const byStart = [...claims].sort((a, b) => a.start - b.start);
  const active: ClaimSpan[] = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    if (end === start) continue;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    let kept = 0;
    for (const claim of active) if (claim.end > start) active[kept++] = claim;
    if (kept < active.length) active.length = kept;
    if (kept === 0) continue;
    let innermost = active[0]!;
    for (let k = 1; k < kept; k++) {
      const claim = active[k]!;
      const length = claim.end - claim.start;
      const innermostLength = innermost.end - innermost.start;
      if (length < innermostLength || (length === innermostLength && claim.start > innermost.start)) innermost = claim;
    }
    const key = innermost.colors[0] ?? untaggedKey;
    const list = backgrounds.get(key);
    const last = list?.[list.length - 1];
    if (last && last.end === start) last.end = end;
    else if (list) list.push({ start, end });
    else backgrounds.set(key, [{ start, end }]);
  }
  return backgrounds;
}

/**
 * Ruler ranges per colour and lane, and gutter stripes per line. Colours are numbered once so each
 * line keeps its (up to three) stripes as small numbers in one typed array, not a list of strings.
 */
function rulerAndGutter(claims: readonly ClaimSpan[], lineOf: (offset: number) => number): Pick<HighlightPlan, 'ruler' | 'gutter'> {
  const ruler = new Map<string, Span[]>();
  const laneKeys = new Map<string, string[]>();
  const colorIds = new Map<string, number>();
  const colorNames: string[] = [];
  const colorId = (color: string) => {
    let id = colorIds.get(color);
    if (id === undefined) colorIds.set(color, (id = colorNames.push(color) - 1));
    return id;
  };
  const firstLines = new Float64Array(claims.length);
  const lastLines = new Float64Array(claims.length);
  let lowest = Infinity;
  let highest = -Infinity;
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    const colors = claim.colors.length > 0 ? claim.colors : untaggedColors;
    const span = { start: claim.start, end: claim.end };
    for (let lane = 0; lane < Math.min(colors.length, maxStripes); lane++) {
      const color = colors[lane]!;
      let keys = laneKeys.get(color);
      if (!keys) laneKeys.set(color, (keys = [0, 1, 2].map((l) => `${color}|${l}`)));
      push(ruler, keys[lane]!, span);
    }
    firstLines[k] = lineOf(claim.start);
    lastLines[k] = lineOf(claim.end - 1);
    lowest = Math.min(lowest, firstLines[k]!);
    highest = Math.max(highest, lastLines[k]!);
  }

  const gutter = new Map<string, number[]>();
  if (claims.length === 0) return { ruler, gutter };
  // Per line from `lowest`: `maxStripes` colour ids, -1 where no stripe.
  const stripes = new Int32Array((highest - lowest + 1) * maxStripes).fill(-1);
  for (let k = 0; k < claims.length; k++) {
    const colors = claims[k]!.colors.length > 0 ? claims[k]!.colors : untaggedColors;
    for (const color of colors) {
      const id = colorId(color);
      for (let line = firstLines[k]!; line <= lastLines[k]!; line++) {
        const at = (line - lowest) * maxStripes;
        let slot = 0;
        while (slot < maxStripes && stripes[at + slot] !== -1 && stripes[at + slot] !== id) slot++;
        if (slot < maxStripes && stripes[at + slot] === -1) stripes[at + slot] = id;
      }
    }
  }
  const keys = new Map<number, string>();
  const radix = colorNames.length + 1;
  for (let line = lowest; line <= highest; line++) {
    const at = (line - lowest) * maxStripes;
    if (stripes[at] === -1) continue;
    let combination = 0;
    for (let slot = maxStripes - 1; slot >= 0; slot--) combination = combination * radix + stripes[at + slot]! + 1;
    let key = keys.get(combination);
    if (key === undefined) {
      const names: string[] = [];
      for (let slot = 0; slot < maxStripes && stripes[at + slot] !== -1; slot++) names.push(colorNames[stripes[at + slot]!]!);
      keys.set(combination, (key = names.join(',')));
    }
    push(gutter, key, line);
  }
  return { ruler, gutter };
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
