import { firstQuoteClosingAtOrAfter, type QuoteSpan } from './quotes';
import type { Token } from './tokens';

/** A sentence: `[start, end)` in UTF-16, inside one block; `end` excludes trailing spaces. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly block: number;
  /** The sentence's tokens once `DocumentContext.tokensOf` has read them. */
  tokens: Token[] | undefined;
}

/** "VELMORA, March 3 (Meridian Press) - " and "HARROWBY, Kestland, March 4 (Post) — " at a block start. */
// A live blog's entry time ("**12:15** A gust of …", "14.05 – Police said …"): two digits after the separator, then a capital.
const timestamp = /[ \t*]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t*]+(?:[-—–][ \t]+)?(?=\p{Lu})/uy;
// ("LINDENFALL, 14 October -- …": a typed double hyphen is a dash too.)
const dateline = /[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ'’.-]+)*(?:,[^\n—–]{0,60}?)?[ \t]+(?:--|[-—–])[ \t]+/y;
const abbreviations = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'no', 'gen', 'sen', 'rep', 'prof', 'jr', 'sr', 'vs', 'etc', 'lt', 'col', 'capt', 'gov', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'approx', 'dept', 'e.g', 'i.e', 'a.m', 'p.m',
  // Months in wire style: "on Nov. 3".
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Splits blocks into sentences on demand (each block once) and answers "which sentence holds this offset". */
export class Sentences {
  private readonly cache: (Sentence[] | undefined)[] = [];
  private readonly terminals: TerminalFinder;

  constructor(
    private readonly text: string,
    private readonly blocks: Int32Array,
    private readonly quotes: readonly QuoteSpan[],
  ) {
    this.terminals = new TerminalFinder(text);
  }

  get blockCount(): number {
    return this.blocks.length / 2;
  }

  blockStart(block: number): number {
    return this.blocks[block * 2]!;
  }

  blockEnd(block: number): number {
    return this.blocks[block * 2 + 1]!;
  }

  /** Number of the block holding `pos`, or of the last block starting before it; -1 before the first. */
  blockAt(pos: number): number {
    let low = 0;
    let high = this.blockCount - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.blocks[mid * 2]! <= pos) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  sentencesOf(block: number): Sentence[] {
    let list = this.cache[block];
    if (!list) {
      list = this.split(block);
      this.cache[block] = list;
    }
    return list;
  }

  sentenceAt(pos: number): Sentence | undefined {
    const block = this.blockAt(pos);
    if (block < 0 || pos > this.blockEnd(block)) return undefined;
    const list = this.sentencesOf(block);
    // The last sentence starting at or before `pos` (sentences ascend), else the first.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.start <= pos) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1] : list[0];
  }

  /** The sentence before `sentence`, possibly in the previous block. */
  previous(sentence: Sentence): Sentence | undefined {
    const list = this.sentencesOf(sentence.block);
    const index = list.findIndex((s) => s.start === sentence.start);
    if (index > 0) return list[index - 1];
    if (sentence.block === 0) return undefined;
    const before = this.sentencesOf(sentence.block - 1);
    return before[before.length - 1];
  }

  /** The place the first dateline among the first blocks names ("PORT AVERON, May 12 (INA) - " → "PORT AVERON"). */
  datelinePlace(): string | undefined {
    for (let block = 0; block < Math.min(this.blockCount, 6); block++) {
      const start = this.blockStart(block);
      dateline.lastIndex = start;
      const m = dateline.exec(this.text);
      if (m) return /^[^,]*?(?=,|[ \t]+(?:--|[-—–])[ \t])/.exec(m[0])?.[0];
    }
    return undefined;
  }

  /** Where the block's prose starts once a dateline ("CITY, March 3 (Agency) - ") is skipped. */
  contentStart(block: number): number {
    const start = this.blockStart(block);
    dateline.lastIndex = start;
    timestamp.lastIndex = start;
    const m = dateline.exec(this.text) ?? timestamp.exec(this.text);
    return m && m.index + m[0].length < this.blockEnd(block) ? m.index + m[0].length : start;
  }

  private split(block: number): Sentence[] {
    const text = this.text;
    const end = this.blockEnd(block);
    const out: Sentence[] = [];
    let start = this.contentStart(block);
    let q = firstQuoteClosingAtOrAfter(this.quotes, start);
    // Each . ! or ? of the block in turn, from `next` (as /[.!?]/g would find them).
    let next = start;
    for (;;) {
      let i = this.terminals.find(next, end);
      if (i >= end) break;
      next = i + 1;
      while (q < this.quotes.length && this.quotes[q]!.close < i) q++;
      const quote = this.quotes[q];
      if (quote && quote.open < i) {
        // Inside a quotation: the sentence can only end just after the closing mark.
        if (quote.close + 1 >= end) break;
        if (i !== quote.close - 1 || !startsSentence(text, quote.close + 1, end) || attributionFollows(text, quote.close + 1)) {
          next = Math.max(next, quote.close + 1);
          continue;
        }
        i = quote.close;
      } else {
        if (!startsSentence(text, i + 1, end) || isAbbreviation(text, i)) continue;
      }
      let stop = i + 1;
      while (stop < end && isClosing(text.charCodeAt(stop))) stop++;
      out.push({ start, end: stop, block, tokens: undefined });
      start = stop;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      next = start;
    }
    if (start < end) out.push({ start, end, block, tokens: undefined });
    // A block's list lives as long as the document: an exact-size copy drops the spare slots a grown array keeps.
    return out.slice();
  }
}

const terminalMarks = ['.', '!', '?'];

// ("“… who checked the money?” Grennack said.": a name and a cue ending the sentence after the
// closing mark attribute the quotation; the sentence goes on.)
// ("“…” Valkonen told the Ledger on Monday.": after the cue, whom it was told and when.)
const nameThenCue = / +(?!(?:He|She|They|It|We|I)\b)(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}(?:said|says|added|asked|insisted|warned|wrote|explained|replied|admitted|declared|told)(?: \p{Ll}+| (?:\p{Lu}[\p{L}\p{M}'’-]*|on|in|at|to|the|a|an|last|this|reporters|journalists|morning|afternoon|evening|night|week|statement|interview|briefing|conference)(?: (?:\p{Lu}[\p{L}\p{M}'’-]*|on|in|at|to|the|a|an|last|this|reporters|journalists|morning|afternoon|evening|night|week|statement|interview|briefing|conference)){0,5})?\./uy;

function attributionFollows(text: string, at: number): boolean {
  nameThenCue.lastIndex = at;
  return nameThenCue.test(text);
}

/**
 * Finds the full stops, exclamation and question marks of a text. Blocks are split in (nearly)
 * ascending order, so each mark's next occurrence is found by `indexOf` and kept until passed:
 * the text is searched once instead of read character by character. A search that goes back
 * reads the characters.
 */
class TerminalFinder {
  /** Per mark of `terminalMarks`: its first occurrence at or after `from`, or the text's length. */
  private readonly nextAt = [-1, -1, -1];
  private from = 0;

  constructor(private readonly text: string) {}

  /** The first . ! or ? in `[from, end)`, or `end`. */
  find(from: number, end: number): number {
    if (from < this.from) {
      let i = from;
      while (i < end && !isTerminal(this.text.charCodeAt(i))) i++;
      return i;
    }
    this.from = from;
    let first = end;
    for (let m = 0; m < terminalMarks.length; m++) {
      let at = this.nextAt[m]!;
      if (at < from) {
        at = this.text.indexOf(terminalMarks[m]!, from);
        if (at < 0) at = this.text.length;
        this.nextAt[m] = at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** ) ” » ’ " */
function isClosing(code: number): boolean {
  return code === 41 || code === 0x201d || code === 0xbb || code === 0x2019 || code === 34;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** After a full stop at `from - 1`: closing marks, then space, then a capital, digit or opening mark. */
function startsSentence(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && isClosing(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  if (!isSpace(text.charCodeAt(i))) return false;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  // " “ „ « ‘ open; digits start; otherwise a letter with a lower-case form.
  if (code === 34 || code === 0x201c || code === 0x201e || code === 0xab || code === 0x2018) return true;
  if (code >= 48 && code <= 57) return true;
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** The longest entry of `abbreviations`: a longer word is none of them. */
const longestAbbreviation = 6;

function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let i = dot;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1)) && !opensWord(text.charCodeAt(i - 1))) i--;
  // Lower-casing never shortens a word, so a longer one cannot match.
  if (dot - i > longestAbbreviation) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return word !== word.toUpperCase(); // an initial ("E. coli", "J. Smith"), never a digit ("on Dec. 1.")
  // "No. 10" is a number; "urging them to vote no. In …" ends a sentence.
  if (word === 'no') return /^ ?\d/.test(text.slice(dot + 1, dot + 3));
  // ("shortly after 8 a.m. Speaking to reporters, she …": a time ends a sentence before a word that opens one.)
  if ((word === 'a.m' || word === 'p.m' || word === 'etc') && sentenceOpener.test(text.slice(dot + 1, dot + 16))) return false;
  return abbreviations.has(word);
}

const sentenceOpener = /^ (?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|By|After|Before|Speaking|Asked|However|This|That|There|His|Her|Its|Their)\b/;

/** ( “ " « */
function opensWord(code: number): boolean {
  return code === 40 || code === 0x201c || code === 34 || code === 0xab;
}
