/**
 * Similarity of a stored context (prefix or suffix) with the text next to a candidate.
 * The alignment is anchored at the side touching the quote: the first character of a suffix
 * must line up with the character right after the candidate (a prefix: its last character
 * right before it), while the far end is free. So boundaries shifted by a character or two
 * score lower than the true ones, and text inserted next to the quote costs what it adds.
 */

/** Extra characters read beyond a context's length so insertions next to the quote can align. */
const contextSlack = 8;

let previousRow: Uint32Array = new Uint32Array(64);
let currentRow: Uint32Array = new Uint32Array(64);
let patternCodes: Uint16Array = new Uint16Array(64);
let textCodes: Uint16Array = new Uint16Array(64);

function codesOf(source: string, target: Uint16Array, backward: boolean): Uint16Array {
  const out = target.length >= source.length ? target : new Uint16Array(source.length * 2);
  const n = source.length;
  for (let i = 0; i < n; i++) out[i] = source.charCodeAt(backward ? n - 1 - i : i);
  return out;
}

/**
 * Edit distance between `pattern` and the best prefix of `text` (free end in `text`), reading
 * both from their start (`forward`) or from their end (`backward`).
 */
export function anchoredDistance(pattern: string, text: string, direction: 'forward' | 'backward'): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  if (n === 0) return m;
  const backward = direction === 'backward';
  patternCodes = codesOf(pattern, patternCodes, backward);
  textCodes = codesOf(text, textCodes, backward);
  if (previousRow.length < n + 1) {
    previousRow = new Uint32Array((n + 1) * 2);
    currentRow = new Uint32Array((n + 1) * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const p = patternCodes[i - 1];
    for (let j = 1; j <= n; j++) {
      const substitute = previous[j - 1]! + (p === textCodes[j - 1] ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      current[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (previous[j]! < best) best = previous[j]!;
  return best;
}

/**
 * How well a stored prefix agrees with the text before `start`, in [0, 1]. An empty stored
 * prefix (the quote began the document) agrees fully only at the start of the text.
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : 0.5;
  const before = text.slice(Math.max(0, start - prefix.length - contextSlack), start);
  if (before.endsWith(prefix)) return 1;
  return 1 - anchoredDistance(prefix, before, 'backward') / prefix.length;
}

/** How well a stored suffix agrees with the text after `end` (see `prefixSimilarity`). */
export function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : 0.5;
  const after = text.slice(end, end + suffix.length + contextSlack);
  if (after.startsWith(suffix)) return 1;
  return 1 - anchoredDistance(suffix, after, 'forward') / suffix.length;
}
