/**
 * A small scanner for quotations marked with “…”, "…", «…» and „…“/„…”, used to highlight every
 * quotation subtly and to find the quote under the cursor. Offsets are UTF-16 (editor offsets).
 * Quotations never cross a paragraph (a blank line), except the news convention of a quote that
 * runs on: a paragraph left open whose next paragraph opens with the same mark. Single quotes are
 * not scanned: ’ is far more often an apostrophe.
 */

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A quotation: `start`/`end` include the marks, `contentStart`/`contentEnd` exclude them. */
export interface Quotation extends TextSpan {
  readonly contentStart: number;
  readonly contentEnd: number;
}

const closersOf: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“”', '"': '"' };
const marks = /[“”«»„"]/g;
const blankLine = /\n[ \t\r]*\n/g;

/** Every top-level quotation in the text, in order. Run it on a Markdown prose mask to skip code and link targets. */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const { quotations, open } = scanParagraph(text, paragraph);
    found.push(...quotations);
    const next = open && nextParagraphStart(text, paragraph.end);
    if (open && next !== undefined && text[next] === open.mark) {
      const end = trimEnd(text, open.at, paragraph.end);
      found.push({ start: open.at, end, contentStart: open.at + 1, contentEnd: end });
    }
  }
  return found;
}

/** The innermost quotation around `offset` (marks included, either edge counts), or undefined. */
export function quotationAt(text: string, offset: number): Quotation | undefined {
  const paragraph = paragraphAround(text, offset);
  const { quotations } = scanParagraph(text, paragraph);
  return quotations.find((q) => q.start <= offset && offset <= q.end);
}

/** The paragraph (between blank lines) that holds `offset`. */
export function paragraphAround(text: string, offset: number): TextSpan {
  let start = 0;
  for (const match of text.matchAll(blankLine)) {
    const end = match.index;
    if (offset <= end) return { start, end };
    start = end + match[0].length;
  }
  return { start, end: text.length };
}

function* paragraphsOf(text: string): Generator<TextSpan> {
  let start = 0;
  for (const match of text.matchAll(blankLine)) {
    yield { start, end: match.index };
    start = match.index + match[0].length;
  }
  yield { start, end: text.length };
}

interface OpenMark {
  readonly mark: string;
  readonly at: number;
}

/** Top-level quotations of one paragraph, and the outermost quotation left open at its end. */
function scanParagraph(text: string, paragraph: TextSpan): { quotations: Quotation[]; open?: OpenMark } {
  const quotations: Quotation[] = [];
  const stack: OpenMark[] = [];
  marks.lastIndex = paragraph.start;
  for (let match = marks.exec(text); match && match.index < paragraph.end; match = marks.exec(text)) {
    const at = match.index;
    const mark = match[0];
    const closes = innermostClosedBy(stack, mark);
    if (closes >= 0 && (mark !== '"' || closesStraight(text, at))) {
      const outer = stack[0]!;
      stack.length = closes;
      if (closes === 0) quotations.push({ start: outer.at, end: at + 1, contentStart: outer.at + 1, contentEnd: at });
    } else if (mark in closersOf && (mark !== '"' || opensStraight(text, at)) && stack.length < 4) {
      stack.push({ mark, at });
    }
  }
  return stack.length > 0 ? { quotations, open: stack[0]! } : { quotations };
}

function innermostClosedBy(stack: readonly OpenMark[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (closersOf[stack[i]!.mark]!.includes(mark)) return i;
  return -1;
}

/** A straight quote opens before a non-space, after a space, an opening bracket or a dash (or at the start). */
function opensStraight(text: string, at: number): boolean {
  const before = at > 0 ? text[at - 1]! : ' ';
  const after = text[at + 1] ?? ' ';
  return !/\s/.test(after) && /[\s([{\u2014\u2013\-/:]/.test(before);
}

/** A straight quote closes after a non-space, when no letter or digit follows. */
function closesStraight(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  return !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

function nextParagraphStart(text: string, paragraphEnd: number): number | undefined {
  if (paragraphEnd >= text.length) return undefined;
  const next = firstNonSpace(text, paragraphEnd, text.length);
  return next < text.length ? next : undefined;
}
