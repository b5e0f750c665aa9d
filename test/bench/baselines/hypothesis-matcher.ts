import search from 'approx-string-match';

/**
 * A re-implementation, from its published description, of the quote matcher the Hypothesis
 * client uses: find the quote exactly (every occurrence); if it does not occur, search
 * approximately allowing up to min(256, quote length / 2) errors; score each candidate as
 * 50 × quote + 20 × prefix + 20 × suffix + 2 × position similarity and take the best, with
 * no minimum score. Offsets are UTF-16 units, as in the browser.
 */

export interface QuoteContext {
  readonly prefix?: string;
  readonly suffix?: string;
  /** Expected start offset. */
  readonly hint?: number;
}

export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

function findAll(text: string, quote: string, maxErrors: number): RawMatch[] {
  const exact: RawMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    exact.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, quote, maxErrors);
}

/** 1 − (edit distance of `pattern` within `text`) / length; 0 when either is empty. */
function textMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const best = findAll(text, pattern, pattern.length)[0];
  return best ? 1 - best.errors / pattern.length : 0;
}

export function hypothesisMatchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = findAll(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const score = (match: RawMatch): number => {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
      : 1;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      : 1;
    const positionScore = context.hint !== undefined ? 1 - Math.abs(match.start - context.hint) / text.length : 1;
    return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
  };
  let best: QuoteMatch | null = null;
  for (const match of matches) {
    const s = score(match);
    if (!best || s > best.score) best = { start: match.start, end: match.end, score: s };
  }
  return best;
}
