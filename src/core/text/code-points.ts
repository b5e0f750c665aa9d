/**
 * The one place that converts between the two ways Marginalia counts offsets in a text:
 *
 * - **UTF-16 code units**: JavaScript string indices, VS Code `offsetAt`/`positionAt` and
 *   change events, `approx-string-match` results.
 * - **Unicode code points**: W3C `TextPositionSelector` offsets, sidecar files and CLI output.
 *
 * They differ only where the text contains astral characters (emoji, some CJK ideographs,
 * mathematical letters), which take two UTF-16 units (a surrogate pair) but count as one code
 * point. Combining marks, ZWJ sequences and CRLF count as several code points and several units
 * alike, so they never cause a difference. A lone surrogate counts as one code point (as
 * `for…of` over a string does).
 */

/** A half-open range `[start, end)` in UTF-16 code units. */
export interface Utf16Range {
  readonly start: number;
  readonly end: number;
}

/** A half-open range `[start, end)` in Unicode code points (the W3C selector unit). */
export interface CodePointRange {
  readonly start: number;
  readonly end: number;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

const surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Offsets of one text, convertible both ways in O(log a) where a is the number of astral
 * characters, and O(1) when there are none. Build it once per text version and reuse it.
 */
export class CodePointIndex {
  /** Length of the text in UTF-16 code units (`text.length`). */
  readonly utf16Length: number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** UTF-16 offset of the high surrogate of each surrogate pair, ascending. */
  private readonly pairUtf16Starts: Uint32Array;
  /** Code point offset of each surrogate pair (pairUtf16Starts[k] - k), ascending. */
  private readonly pairCodePointStarts: Uint32Array;

  private constructor(utf16Length: number, pairStarts: number[]) {
    this.utf16Length = utf16Length;
    this.codePointLength = utf16Length - pairStarts.length;
    this.pairUtf16Starts = Uint32Array.from(pairStarts);
    this.pairCodePointStarts = Uint32Array.from(pairStarts, (start, k) => start - k);
  }

  static of(text: string): CodePointIndex {
    if (!surrogatePair.test(text)) return new CodePointIndex(text.length, []);
    const pairStarts: number[] = [];
    for (let i = 0; i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        pairStarts.push(i);
        i++;
      }
    }
    return new CodePointIndex(text.length, pairStarts);
  }

  /** True when every code point is one UTF-16 unit, so both offsets are equal. */
  get isIdentity(): boolean {
    return this.pairUtf16Starts.length === 0;
  }

  /**
   * Code point offset of a UTF-16 offset. An offset between the two halves of a surrogate
   * pair maps to the code point that pair encodes (it rounds down).
   * @throws RangeError when the offset is outside `[0, utf16Length]` or not an integer.
   */
  toCodePoint(utf16Offset: number): number {
    checkOffset(utf16Offset, this.utf16Length, 'UTF-16');
    if (this.isIdentity) return utf16Offset;
    return utf16Offset - countBelow(this.pairUtf16Starts, utf16Offset);
  }

  /**
   * UTF-16 offset of a code point offset.
   * @throws RangeError when the offset is outside `[0, codePointLength]` or not an integer.
   */
  toUtf16(codePointOffset: number): number {
    checkOffset(codePointOffset, this.codePointLength, 'code point');
    if (this.isIdentity) return codePointOffset;
    return codePointOffset + countBelow(this.pairCodePointStarts, codePointOffset);
  }

  toCodePointRange(range: Utf16Range): CodePointRange {
    return { start: this.toCodePoint(range.start), end: this.toCodePoint(range.end) };
  }

  toUtf16Range(range: CodePointRange): Utf16Range {
    return { start: this.toUtf16(range.start), end: this.toUtf16(range.end) };
  }

  /** Like `toUtf16` but clamps out-of-range offsets into the text instead of throwing. */
  toUtf16Clamped(codePointOffset: number): number {
    const clamped = Math.min(Math.max(0, Math.floor(codePointOffset)), this.codePointLength);
    return this.toUtf16(Number.isFinite(clamped) ? clamped : 0);
  }
}

/** Number of entries of the ascending array that are strictly below `value`. */
function countBelow(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function checkOffset(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0..${length})`);
  }
}

/** Number of code points in a string (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

/**
 * Moves a UTF-16 offset off the middle of a surrogate pair: `direction` -1 moves it to the
 * start of the pair, +1 past its end. Used to snap approximate matches to code points.
 */
export function snapToCodePoint(text: string, utf16Offset: number, direction: -1 | 1): number {
  if (
    utf16Offset > 0 &&
    utf16Offset < text.length &&
    isLowSurrogate(text.charCodeAt(utf16Offset)) &&
    isHighSurrogate(text.charCodeAt(utf16Offset - 1))
  ) {
    return direction < 0 ? utf16Offset - 1 : utf16Offset + 1;
  }
  return utf16Offset;
}
