import { afterPluralApostrophe, firstQuoteClosingAtOrAfter, type QuoteSpan } from './quotes';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  readonly kind: TokenKind;
  /** The token as written; for a quote, the whole quotation with its marks. */
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** A line break separates this token from the previous one. */
  readonly newline?: boolean;
  /** What the document's cue lexicon says about the word, once asked (see `cueMarkOf`); 0 until then. */
  cueMark: number;
}

/**
 * Tokens of `text[start, end)`: words (with internal apostrophes, hyphens and dots, and a
 * possessive 's), the punctuation that delimits phrases, and one `quote` token for each quotation
 * of `quotes` that starts inside the range (its content is not tokenised).
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteSpan[] = [], ascii?: string): Token[] {
  const out: Token[] = [];
  let q = firstQuoteClosingAtOrAfter(quotes, start);
  let from = start;
  while (from < end) {
    const quote = quotes[q];
    const stop = quote && quote.open < end ? Math.max(from, quote.open) : end;
    if (stop > from) tokenizeRange(text, from, stop, out, ascii ?? text);
    if (!quote || quote.open >= end) break;
    if (quote.open >= start) {
      out.push({ kind: 'quote', text: text.slice(quote.open, quote.close + 1), lower: '', start: quote.open, end: quote.close + 1, cap: false, newline: false, cueMark: 0 });
    }
    from = Math.max(from, quote.close + 1);
    q++;
  }
  return out;
}


/**
 * Scans `text[start, end)` code point by code point for the tokens of this grammar, leftmost first:
 * - a number with thousands separators: 1–3 digits, one or more ",ddd" groups, an optional ".d+";
 * - a word: a letter or digit, then letters, digits, marks, apostrophes, dots, "&" or hyphens,
 *   ending in a letter, digit or mark, with an optional possessive 's;
 * - one of , ; : ( ) — – &;
 * - a hyphen between white space, which stands for a dash.
 */
function tokenizeRange(text: string, start: number, end: number, out: Token[], ascii: string): void {
  let previousEnd = -1;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? asciiClasses[code]! : classOf(text, i, end);
    let matchStart = i;
    let matchEnd: number;
    if (cls & (letter | digit)) {
      matchEnd = (cls & digit && groupedNumberEnd(text, i, end)) || wordEnd(text, i, end, cls);
    } else if (isPhrasePunct(code)) {
      matchEnd = i + 1;
    } else if (code === 45 && i > start && isRegexSpace(text.charCodeAt(i - 1)) && i + 1 < end && isRegexSpace(text.charCodeAt(i + 1)) && spacedHyphenAt(previousEnd, start, i)) {
      // "\s-\s", matched from the space before; it becomes a dash below.
      matchStart = i - 1;
      matchEnd = i + 2;
    } else {
      i += cls & astral ? 2 : 1;
      continue;
    }
    const newline = previousEnd >= 0 && hasNewline(text, previousEnd, matchStart);
    previousEnd = matchEnd;
    out.push(cls & (letter | digit) ? wordToken(text, ascii, matchStart, matchEnd, newline) : punctToken(text, matchStart, matchEnd, newline));
    i = matchEnd;
  }
}

/**
 * The token of a match that starts with a letter or digit. It is sliced from `ascii` (see
 * `asciiCopy`) when it is ASCII, so that it and its lower case are one-byte strings.
 */
function wordToken(text: string, ascii: string, start: number, end: number, newline: boolean): Token {
  let word = ascii.slice(start, end);
  // The copy has U+001A for every character beyond ASCII (a word never holds one of its own).
  if (word.indexOf('\u001a') >= 0) word = text.slice(start, end);
  // One-byte strings already in lower case come back as they are.
  const lower = word.toLowerCase();
  // A lone letter or digit below U+00C0 that is not ASCII ("µ", "²") counts as punctuation.
  const isWord = end - start > 1 || isLetterOrDigit(word.charCodeAt(0));
  return { kind: isWord ? 'word' : 'punct', text: word, lower, start, end, cap: isWord && word.charCodeAt(0) !== lower.charCodeAt(0), newline, cueMark: 0 };
}

/** The token of a phrase punctuation mark, or of a spaced hyphen (" - "), which reads as a dash. */
function punctToken(text: string, start: number, end: number, newline: boolean): Token {
  // A hyphen between spaces (" - ") reads as a dash; a short hyphenated word ("U-2", "A-1") is a word token.
  const dash = end - start === 3;
  const word = dash ? '—' : text.charAt(start);
  const tokenStart = dash ? start + 1 : start;
  return { kind: 'punct', text: word, lower: word, start: tokenStart, end: tokenStart + 1, cap: false, newline, cueMark: 0 };
}

const asciiDecoder = new TextDecoder();

/**
 * `text` with every character beyond ASCII replaced by U+001A, as a one-byte string. A text with
 * curly quotes or dashes is stored two bytes a character, and so is every slice of it: lower-casing
 * such a string takes the engine's slow path, and it takes twice the memory. Slices of this copy
 * that hold only ASCII characters equal the text's and are one-byte.
 */
export function asciiCopy(text: string): string {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 128 ? code : 26;
  }
  return asciiDecoder.decode(bytes);
}

/**
 * The space before a hyphen starts a match only where the scan would reach it: not inside the
 * previous token (the scan resumes at its end).
 */
function spacedHyphenAt(previousEnd: number, start: number, hyphen: number): boolean {
  return hyphen - 1 >= (previousEnd < 0 ? start : previousEnd);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isPhrasePunct(code: number): boolean {
  // , ; : ( ) — – &
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2014 || code === 0x2013 || code === 38;
}

/** White space as a Unicode regular expression's \s sees it. */
export function isRegexSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** End of "1,234,567.89" at `i`, or 0 when the digits there have no thousands groups. */
function groupedNumberEnd(text: string, i: number, end: number): number {
  let lead = 0;
  let j = i;
  while (lead < 3 && j < end && classOf(text, j, end) & digit) {
    j += classOf(text, j, end) & astral ? 2 : 1;
    lead++;
  }
  // Backtracking over the 1–3 leading digits: a group must follow one of those lengths.
  let leadEnd1 = 0;
  let leadEnd2 = 0;
  let leadEnd3 = 0;
  for (let k = i, n = 0; n < lead; n++) {
    k += classOf(text, k, end) & astral ? 2 : 1;
    if (n === 0) leadEnd1 = k;
    else if (n === 1) leadEnd2 = k;
    else leadEnd3 = k;
  }
  for (let n = lead - 1; n >= 0; n--) {
    const afterGroups = groupsEnd(text, n === 0 ? leadEnd1 : n === 1 ? leadEnd2 : leadEnd3, end);
    if (afterGroups > 0) return fractionEnd(text, afterGroups, end);
  }
  return 0;
}

/** After one or more ",ddd" groups from `j`: their end, or 0 if there is none. */
function groupsEnd(text: string, j: number, end: number): number {
  let last = 0;
  for (;;) {
    if (j >= end || text.charCodeAt(j) !== 44) return last;
    let k = j + 1;
    let n = 0;
    while (n < 3 && k < end && classOf(text, k, end) & digit) {
      k += classOf(text, k, end) & astral ? 2 : 1;
      n++;
    }
    if (n < 3) return last;
    last = j = k;
  }
}

function fractionEnd(text: string, j: number, end: number): number {
  if (j >= end || text.charCodeAt(j) !== 46) return j;
  let k = j + 1;
  while (k < end && classOf(text, k, end) & digit) k += classOf(text, k, end) & astral ? 2 : 1;
  return k > j + 1 ? k : j;
}

/** End of the word starting at the letter or digit at `i`, whose classes are `first`. */
function wordEnd(text: string, i: number, end: number, first: number): number {
  let j = i + (first & astral ? 2 : 1);
  let last = j;
  while (j < end) {
    const code = text.charCodeAt(j);
    const cls = code < 128 ? asciiClasses[code]! : classOf(text, j, end);
    if (!(cls & inWord)) break;
    j += cls & astral ? 2 : 1;
    if (cls & (letter | digit | mark)) last = j;
  }
  const c = text.charCodeAt(last);
  if (last + 1 < end && (c === 39 || c === 0x2019) && text.charCodeAt(last + 1) === 115) return last + 2;
  if (isPluralPossessiveInName(text, last, end)) return last + 1;
  return last;
}

/**
 * The apostrophe of a plural possessive inside a name keeps its word ("the Selm Farmers' Union",
 * "Teachers’ Federation"): after an s, before a space and a capital letter.
 */
function isPluralPossessiveInName(text: string, apostrophe: number, end: number): boolean {
  const c = text.charCodeAt(apostrophe);
  if (!(c === 39 || c === 0x2019) || apostrophe + 2 >= end) return false;
  const next = afterPluralApostrophe(text, apostrophe);
  // ("the Seafarers' and Dockers' Alliance": two plural possessives joined by "and".)
  if (next === 'a' && text.startsWith(' and ', apostrophe + 1)) {
    const after = text.charAt(apostrophe + 6);
    return after !== after.toLowerCase();
  }
  return next !== next.toLowerCase();
}

const letter = 1;
const digit = 2;
const mark = 4;
/** Inside a word: letters, digits, marks and ' ’ . & - */
const inWord = 8;
/** The code point at this index takes two code units. */
const astral = 16;

/** Classes of the BMP code units, filled on first use (0 = not yet known). */
const bmpClasses = new Uint8Array(0x10000);
const letterPattern = /^\p{L}$/u;
const digitPattern = /^\p{N}$/u;
const markPattern = /^\p{M}$/u;

function classifyCodePoint(ch: string): number {
  if (letterPattern.test(ch)) return letter | inWord;
  if (digitPattern.test(ch)) return digit | inWord;
  if (markPattern.test(ch)) return mark | inWord;
  return ch === "'" || ch === '’' || ch === '.' || ch === '&' || ch === '-' ? inWord : 0;
}

/** `classOf` for the ASCII characters, which need no surrogate test. */
const asciiClasses = new Uint8Array(128).map((_, code) => classifyCodePoint(String.fromCharCode(code)));

/** Character classes of the code point at `i` (a surrogate pair counts only when it ends before `end`). */
function classOf(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return classifyCodePoint(text.slice(i, i + 2)) | astral;
  }
  let cls = bmpClasses[code]!;
  if (cls === 0) {
    cls = classifyCodePoint(String.fromCharCode(code)) | 32;
    bmpClasses[code] = cls;
  }
  return cls & ~32;
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code >= 0xc0;
}

/** The word without a trailing possessive 's / ’s. */
export function stripPossessive(word: string): string {
  return endsPossessive(word) ? word.slice(0, -2) : word;
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && token.text.length > 2 && endsPossessive(token.text);
}

/** Ends in 's or ’s (as /['’]s$/ tests). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** Title case for an ALL-CAPS name ("MATTHIAS KRENN" → "Matthias Krenn"); other names unchanged. */
export function normaliseCase(name: string): string {
  if (name.length > 1 && name[1] !== name[1]!.toUpperCase()) return name;
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  const words = name.split(' ');
  if (words.length === 1 && name.length <= 4) return name; // an acronym
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && ['of', 'the', 'and', 'for', 'de', 'van', 'von', 'der'].includes(lower)) return lower;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}
