import { quotationAt, paragraphAround, type TextSpan } from './quotation-marks';

/**
 * The statement under the cursor, for tagging without a selection: the text inside the quotation
 * marks around `offset`, or else the sentence around it. UTF-16 offsets; undefined on blank text.
 */
export function statementAt(text: string, offset: number): TextSpan | undefined {
  const quotation = quotationAt(text, offset);
  if (quotation && quotation.contentEnd > quotation.contentStart) {
    return trimSpan(text, { start: quotation.contentStart, end: quotation.contentEnd });
  }
  return sentenceAt(text, offset);
}

/** Sentence ends: . ! ? … (with closing quotes or brackets after them) followed by a space, or a line of its own. */
const sentenceEnd = /[.!?…]+["”’»)\]]*(?=\s)|\n/g;
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'gen', 'col', 'lt', 'sgt', 'rev', 'jr', 'sr', 'inc', 'ltd', 'co', 'e.g', 'i.e', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The sentence around `offset` inside its paragraph; a line break inside a paragraph ends a sentence only after a line that ends with punctuation. */
export function sentenceAt(text: string, offset: number): TextSpan | undefined {
  const paragraph = paragraphAround(text, offset);
  let start = paragraph.start;
  sentenceEnd.lastIndex = paragraph.start;
  for (let match = sentenceEnd.exec(text); match && match.index < paragraph.end; match = sentenceEnd.exec(text)) {
    if (match[0] === '\n' ? !isHardLineBreak(text, match.index, paragraph.start) : isAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length;
    if (offset < end || (offset === end && offset > start)) return trimSpan(text, { start, end: Math.min(end, paragraph.end) });
    start = end;
  }
  return trimSpan(text, { start, end: paragraph.end });
}

/** A line break ends a sentence in lists, headings and transcripts: lines that do not run on into the next. */
function isHardLineBreak(text: string, at: number, paragraphStart: number): boolean {
  const lineStart = Math.max(paragraphStart, text.lastIndexOf('\n', at - 1) + 1);
  const nextLine = text.slice(at + 1, at + 3);
  return /^\s*([-*+#>]|\d+[.)])\s/.test(text.slice(lineStart, at + 1)) || /^[-*+#>]\s|^\d[.)]/.test(nextLine);
}

function isAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase();
  return word !== undefined && (abbreviations.has(word) || /^\p{L}$/u.test(word));
}

/** List markers, heading marks and block-quote marks at the start of a line are not part of a statement. */
const lineMarker = /^(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+/;

function trimSpan(text: string, span: TextSpan): TextSpan | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start === 0 || text[start - 1] === '\n') start += lineMarker.exec(text.slice(start, Math.min(end, start + 12)))?.[0].length ?? 0;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
