import type { QuoteSpan } from './quotes';

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
}

const tokenPattern = /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.&-]*[\p{L}\p{N}\p{M}])?(?:['’]s)?|[,;:()—–&]|\s[-]\s/gu;

/**
 * Tokens of `text[start, end)`: words (with internal apostrophes, hyphens and dots, and a
 * possessive 's), the punctuation that delimits phrases, and one `quote` token for each quotation
 * of `quotes` that starts inside the range (its content is not tokenised).
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteSpan[] = []): Token[] {
  const out: Token[] = [];
  let q = firstQuoteClosingAtOrAfter(quotes, start);
  let from = start;
  while (from < end) {
    const quote = quotes[q];
    const stop = quote && quote.open < end ? Math.max(from, quote.open) : end;
    if (stop > from) tokenizeRange(text, from, stop, out);
    if (!quote || quote.open >= end) break;
    if (quote.open >= start) {
      out.push({ kind: 'quote', text: text.slice(quote.open, quote.close + 1), lower: '', start: quote.open, end: quote.close + 1, cap: false });
    }
    from = Math.max(from, quote.close + 1);
    q++;
  }
  return out;
}

function firstQuoteClosingAtOrAfter(quotes: readonly QuoteSpan[], pos: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.close < pos) low = mid + 1;
    else high = mid;
  }
  return low;
}

function tokenizeRange(text: string, start: number, end: number, out: Token[]): void {
  const slice = text.slice(start, end);
  tokenPattern.lastIndex = 0;
  let previousEnd = 0;
  for (let m = tokenPattern.exec(slice); m !== null; m = tokenPattern.exec(slice)) {
    const newline = previousEnd > 0 && slice.indexOf('\n', previousEnd) !== -1 && slice.indexOf('\n', previousEnd) < m.index;
    previousEnd = m.index + m[0].length;
    let word = m[0];
    let offset = m.index;
    if (word.length === 3 && word[1] === '-') {
      word = '—';
      offset += 1;
    }
    const first = word.charCodeAt(0);
    const isWord = word.length > 1 || isLetterOrDigit(first);
    const lower = word.toLowerCase();
    out.push({
      kind: isWord ? 'word' : 'punct',
      text: word,
      lower,
      start: start + offset,
      end: start + offset + word.length,
      cap: isWord && word[0] !== lower[0],
      ...(newline ? { newline } : {}),
    });
  }
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code >= 0xc0;
}

/** The word without a trailing possessive 's / ’s. */
export function stripPossessive(word: string): string {
  return /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

export function isPossessive(token: Token): boolean {
  return token.kind === 'word' && /['’]s$/.test(token.text) && token.text.length > 2;
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
