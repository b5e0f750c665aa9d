/**
 * Finds quotations in one pass over the quotation marks of a text. Nested quotes belong to the
 * outermost one; a quote left open at the end of a block continues when the next block opens
 * with the same mark (the multi-paragraph convention), and is dropped otherwise.
 */

/** A top-level quotation. Offsets are UTF-16; `start`/`end` delimit the content between the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  readonly start: number;
  readonly end: number;
  /** Number of the block (paragraph) the quote opens in, and the one it closes in. */
  readonly firstBlock: number;
  readonly lastBlock: number;
}

const quoteMark = /["“”„«»‘’]/g;

interface Open {
  readonly mark: string;
  readonly at: number;
  /** Closing marks that end this quote. */
  readonly closers: string;
}

const closersOf: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»', '»': '«', '‘': '’' };

function isWordChar(code: number): boolean {
  // Letters and digits of any script: quick ASCII test, then the general Unicode classes.
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || Number.isNaN(code);
}

/** True when the mark at `i` can open a quote: preceded by space, start or opening punctuation, followed by non-space. */
function canOpen(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = text.charCodeAt(i + 1);
  if (isSpaceCode(after)) return false;
  if (isSpaceCode(before)) return true;
  // ( [ { — – - / and other quotation marks
  return before === 40 || before === 91 || before === 123 || before === 0x2014 || before === 0x2013 || before === 45 || before === 47 ||
    before === 0x201c || before === 0x201e || before === 0xab || before === 0x2018 || before === 34 || before === 58;
}

function canClose(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  return !isSpaceCode(before);
}

const maxNesting = 8;

export function findQuotes(text: string, blocks: Int32Array): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const stack: Open[] = [];
  let block = 0;
  const blockCount = blocks.length / 2;
  let firstBlock = 0;
  quoteMark.lastIndex = 0;
  for (let m = quoteMark.exec(text); m !== null; m = quoteMark.exec(text)) {
    const i = m.index;
    if (block >= blockCount) break;
    if (i < blocks[block * 2]!) continue; // outside prose (between blocks)
    if (i >= blocks[block * 2 + 1]!) {
      // Leaving one or more blocks: continue an open quote only into a block that reopens it.
      while (block < blockCount && i >= blocks[block * 2 + 1]!) {
        const next = block + 1;
        const outer = stack[0];
        // A single ‘ carries on only from a quote that opened its paragraph or a sentence after it
        // ("…,’ the old shepherd said. ‘He earns …") or a colon ("the consultant said: ‘The pattern …"):
        // elsewhere an unclosed ‘ is more often a stray mark.
        const carries = outer !== undefined && (outer.mark !== '‘' || outer.at === blocks[firstBlock * 2] || opensSentence(text, outer.at));
        if (carries && next < blockCount && i >= blocks[next * 2]! && text[blocks[next * 2]!] === outer.mark) {
          stack.length = 1;
          block = next;
        } else {
          stack.length = 0;
          block = next;
        }
      }
      if (block >= blockCount) break;
      if (i < blocks[block * 2]!) continue;
      if (stack.length === 1 && i === blocks[block * 2] && text[i] === stack[0]!.mark) continue; // reopening mark
      if (stack.length === 0) firstBlock = block;
    }
    const mark = m[0];
    // Close the innermost open quote this mark can end.
    let closed = false;
    if (stack.length > 0 && canClose(text, i)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k]!;
        if (!open.closers.includes(mark)) continue;
        if (mark === '’' && isWordChar(text.charCodeAt(i + 1))) break; // an apostrophe inside a word
        // ‘… the animals’ welfare comes first …’: a plural's apostrophe before a noun, when a later mark can close.
        if (mark === '’' && open.mark === '‘' && isPluralPossessive(text, i) && laterCloser(text, i, blocks[block * 2 + 1]!)) break;
        if (mark === '"' && k !== stack.length - 1 && canOpen(text, i)) break;
        stack.length = k;
        if (k === 0) {
          quotes.push({ open: open.at, close: i, start: open.at + 1, end: i, firstBlock, lastBlock: block });
        }
        closed = true;
        break;
      }
    }
    if (closed) continue;
    if (mark === '”' || mark === '’') continue; // closers with nothing to close: apostrophes, stray marks
    if (mark === '»' && !canOpen(text, i)) continue;
    if (mark === '‘' && (stack.length === 0 && !canOpen(text, i))) continue;
    if (!canOpen(text, i)) continue;
    if (mark === '‘' && isDigitCode(text.charCodeAt(i + 1))) continue; // ‘90s
    // Prose nests quotations two or three deep; a longer run of opening marks is not quotation,
    // and bounding the stack keeps each closing mark's search short (no quadratic time).
    if (stack.length >= maxNesting) continue;
    if (stack.length === 0) firstBlock = block;
    stack.push({ mark, at: i, closers: closersOf[mark]! });
  }
  return quotes;
}

/** "animals’ welfare": a ’ after an s, then a space and a lower-case letter. */
function isPluralPossessive(text: string, i: number): boolean {
  const next = afterPluralApostrophe(text, i);
  return next >= 'a' && next <= 'z';
}

/**
 * The character after "s’ " or "s' " when the apostrophe at `i` may end a plural possessive
 * ("animals’ welfare", "Farmers' Union"), else "".
 */
export function afterPluralApostrophe(text: string, i: number): string {
  const before = text.charCodeAt(i - 1);
  return (before === 115 || before === 83) && text.charCodeAt(i + 1) === 32 ? text.charAt(i + 2) : '';
}

/** A ’ after `i`, before `end` and before any next ‘, that can close a quote (not followed by a letter). */
function laterCloser(text: string, i: number, end: number): boolean {
  const nextOpen = text.indexOf('‘', i + 1);
  const limit = nextOpen >= 0 && nextOpen < end ? nextOpen : end;
  for (let k = text.indexOf('’', i + 1); k >= 0 && k < limit; k = text.indexOf('’', k + 1)) {
    if (!isWordChar(text.charCodeAt(k + 1)) && !isPluralPossessive(text, k)) return true;
  }
  return false;
}

/** The mark at `i` follows the end of a sentence or a colon, and a space ("said. ‘…", "said: ‘…"). */
function opensSentence(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 2);
  return text.charCodeAt(i - 1) === 32 && (before === 46 || before === 33 || before === 63 || before === 58);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The index of the first quote whose closing mark is at or after `pos` (quotes are in text order). */
export function firstQuoteClosingAtOrAfter(quotes: readonly QuoteSpan[], pos: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.close < pos) low = mid + 1;
    else high = mid;
  }
  return low;
}
