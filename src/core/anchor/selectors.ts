import { makeTarget, type AnnotationTarget } from '../model/annotation';
import { CodePointIndex, type CodePointRange } from '../text/code-points';

/** Code points of context kept on each side of a quote (as Hypothesis does). */
export const contextLength = 32;

/**
 * Fresh selectors for a range of the text: the exact quote, 32 code points of prefix and
 * suffix, and the position. Offsets are code points; pass the text's index when you have one.
 */
export function refreshSelectors(
  text: string,
  range: CodePointRange,
  index: CodePointIndex = CodePointIndex.of(text),
): AnnotationTarget {
  const start = index.toUtf16(range.start);
  const end = index.toUtf16(range.end);
  if (end < start) throw new RangeError(`range end ${range.end} is before its start ${range.start}`);
  const prefixStart = index.toUtf16(Math.max(0, range.start - contextLength));
  const suffixEnd = index.toUtf16(Math.min(index.codePointLength, range.end + contextLength));
  return makeTarget(
    { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    { start: range.start, end: range.end },
  );
}
