import { snapToCodePoint } from '../text/code-points';
import { anchoredDistance, prefixSimilarity, suffixSimilarity } from './similarity';

/** A possible place of a quote in the text. Offsets are UTF-16 units. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** 1 − errors / quote length. */
  readonly quote: number;
  readonly prefix: number;
  readonly suffix: number;
  /** Mean of prefix and suffix similarity. */
  readonly context: number;
  /** (50 quote + 20 prefix + 20 suffix + 2 position) / 92, as Hypothesis weighs them. */
  readonly score: number;
}

/** Scores candidates of one quote in one text. */
export class CandidateScorer {
  constructor(
    private readonly text: string,
    private readonly exact: string,
    private readonly prefix: string,
    private readonly suffix: string,
    /** Where the quote is expected (UTF-16). */
    private readonly expected: number,
  ) {}

  quoteSimilarity(errors: number): number {
    return Math.max(0, 1 - errors / this.exact.length);
  }

  prefixAt(start: number): number {
    return prefixSimilarity(this.text, start, this.prefix);
  }

  /** `knownPrefix`: the value of `prefixAt(start)` when already computed. */
  score(start: number, end: number, errors: number, knownPrefix?: number): Candidate {
    const quote = this.quoteSimilarity(errors);
    const prefix = knownPrefix ?? prefixSimilarity(this.text, start, this.prefix);
    const suffix = suffixSimilarity(this.text, end, this.suffix);
    const position = 1 - Math.abs(start - this.expected) / Math.max(1, this.text.length);
    const score = (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92;
    return { start, end, quote, prefix, suffix, context: (prefix + suffix) / 2, score };
  }

  isBetter(candidate: Candidate, best: Candidate | undefined): boolean {
    if (!best) return true;
    if (candidate.score !== best.score) return candidate.score > best.score;
    return Math.abs(candidate.start - this.expected) < Math.abs(best.start - this.expected);
  }

  /**
   * Approximate matching reports one start per end, and ties (a changed first character
   * can be a substitution or a deletion) may leave a boundary a character or two off. Moves
   * each boundary within `reach` to where quote edge and context together align best.
   */
  refine(candidate: Candidate, errors: number, reach = 4): Candidate {
    const text = this.text;
    const edge = Math.min(32, this.exact.length);
    const head = this.exact.slice(0, edge);
    const tail = this.exact.slice(-edge);
    const startCost = (s: number) =>
      anchoredDistance(head, text.slice(s, s + edge + 8), 'forward') +
      (this.prefix ? anchoredDistance(this.prefix, text.slice(Math.max(0, s - this.prefix.length - 8), s), 'backward') : 0);
    const endCost = (e: number) =>
      anchoredDistance(tail, text.slice(Math.max(0, e - edge - 8), e), 'backward') +
      (this.suffix ? anchoredDistance(this.suffix, text.slice(e, e + this.suffix.length + 8), 'forward') : 0);
    const start = bestOffset(candidate.start, reach, 0, candidate.end - 1, startCost, text, -1);
    const end = bestOffset(candidate.end, reach, start + 1, text.length, endCost, text, 1);
    if (start === candidate.start && end === candidate.end) return candidate;
    return this.score(start, end, errors);
  }
}

function bestOffset(
  current: number,
  reach: number,
  min: number,
  max: number,
  cost: (offset: number) => number,
  text: string,
  snap: -1 | 1,
): number {
  let best = current;
  let bestCost = cost(current);
  if (bestCost === 0) return current;
  for (let delta = 1; delta <= reach; delta++) {
    for (const offset of [current - delta, current + delta]) {
      const snapped = snapToCodePoint(text, offset, snap);
      if (snapped < min || snapped > max || snapped === best) continue;
      const c = cost(snapped);
      if (c < bestCost) {
        best = snapped;
        bestCost = c;
      }
    }
  }
  return best;
}
