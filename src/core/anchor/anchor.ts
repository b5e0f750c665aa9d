import search from 'approx-string-match';
import type { Annotation, AnnotationTarget } from '../model/annotation';
import { CodePointIndex, snapToCodePoint } from '../text/code-points';
import { CandidateScorer, type Candidate } from './candidates';
import { acceptancePolicy, acceptsFuzzy, fuzzyPrefixCanPass, type AcceptancePolicy } from './policy';

/**
 * - `position`: the stored position still holds the exact quote;
 * - `exact`: the exact quote found elsewhere (best context, then nearest);
 * - `fuzzy`: an approximate match of the quote with agreeing context.
 */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export type AnchorResult =
  | {
      readonly status: 'anchored';
      /** Code points, end exclusive. */
      readonly start: number;
      readonly end: number;
      readonly method: AnchorMethod;
      /** 0..1: (50 quote + 20 prefix + 20 suffix + 2 position) / 92 similarity. */
      readonly score: number;
    }
  | { readonly status: 'orphaned'; readonly reason: string };

export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  readonly result: AnchorResult;
}

/** Occurrences of an exact quote scored at most; the nearest to the expected position win. */
const maxExactCandidates = 200;
/** Context agreement at which a match is taken without looking further. */
const sureContext = 0.9;
/** Similarity of one side's context that, for a unique exact occurrence, is enough on its own. */
const oneSideIntact = 0.9;
/** Rounds of approximate search in the window near the expected place (see `fuzzyIn`). */
const nearRounds = 3;

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Anchors selectors into one version of a text. Build one per text and reuse it: it keeps the
 * code point index. All public offsets are code points.
 */
export class DocumentAnchorer {
  readonly index: CodePointIndex;

  constructor(readonly text: string) {
    this.index = CodePointIndex.of(text);
  }

  /**
   * Resolves one target. `predictedStart` (code points) is a better guess than the stored
   * position, for example the stored position shifted as much as its neighbours were.
   */
  anchor(target: AnnotationTarget, predictedStart?: number): AnchorResult {
    const [quote, position] = target.selector;
    const exact = quote.exact;
    if (exact.length === 0) return { status: 'orphaned', reason: 'the annotation has an empty quote' };
    const text = this.text;
    const expected = this.index.toUtf16Clamped(position.start);
    const predicted = predictedStart === undefined ? undefined : this.index.toUtf16Clamped(predictedStart);
    const policy = acceptancePolicy(exact.length);
    const scorer = new CandidateScorer(text, exact, quote.prefix, quote.suffix, expected);

    for (const [at, method] of [[expected, 'position'], [predicted, 'exact']] as const) {
      if (at === undefined || !text.startsWith(exact, at)) continue;
      const here = scorer.score(at, at + exact.length, 0);
      if (here.context >= sureContext) return this.result(here, at === expected ? 'position' : method);
    }

    const occurrences = this.occurrences(exact);
    const exactBest = this.bestExact(occurrences, exact.length, expected, scorer, policy);
    if (exactBest && exactBest.context >= sureContext) return this.exactResult(exactBest, expected);

    // Either no trusted exact occurrence, or one with doubtful context: the passage may have
    // been edited in place while its old wording survives elsewhere, so look for both.
    const fuzzyBest =
      policy.maxErrors > 0
        ? this.bestFuzzy(exact, predicted ?? expected, occurrences, scorer, policy, exactBest === undefined)
        : undefined;
    if (fuzzyBest && scorer.isBetter(fuzzyBest, exactBest)) return this.result(fuzzyBest, 'fuzzy');
    if (exactBest) return this.exactResult(exactBest, expected);
    return {
      status: 'orphaned',
      reason:
        policy.maxErrors > 0
          ? 'no match of the quote with its context is close enough'
          : 'the quote is not in the text with its context (too short for a fuzzy match)',
    };
  }

  private occurrences(exact: string): number[] {
    const starts: number[] = [];
    for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) starts.push(at);
    return starts;
  }

  private bestExact(
    starts: readonly number[],
    length: number,
    expected: number,
    scorer: CandidateScorer,
    policy: AcceptancePolicy,
  ) {
    const nearest =
      starts.length > maxExactCandidates
        ? [...starts].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, maxExactCandidates)
        : starts;
    let best: Candidate | undefined;
    for (const start of nearest) {
      const candidate = scorer.score(start, start + length, 0);
      // The only occurrence of the quote with one side of its context intact is the passage
      // itself, even when the other side was rewritten (or cut off at the end of the text).
      const trusted = candidate.context >= policy.minContextExact || (starts.length === 1 && Math.max(candidate.prefix, candidate.suffix) >= oneSideIntact);
      if (trusted && scorer.isBetter(candidate, best)) best = candidate;
    }
    return best;
  }

  /**
   * Searches near `center` first. Only if nothing qualifies there (and `searchFar`: no exact
   * occurrence was trusted, so the passage may have moved), the whole text, allowing
   * fewer errors (a passage moved far away keeps most of its wording) and, when the quote is
   * long enough, only around places where one of its pieces occurs exactly: with at most k
   * errors, one of k + 1 pieces must survive intact.
   */
  private bestFuzzy(
    exact: string,
    center: number,
    occurrences: readonly number[],
    scorer: CandidateScorer,
    policy: AcceptancePolicy,
    searchFar: boolean,
  ): Candidate | undefined {
    const text = this.text;
    const reach = Math.max(2048, 8 * exact.length);
    const near = { start: Math.max(0, center - reach), end: Math.min(text.length, center + exact.length + reach) };
    const exclude = occurrences.map((start) => ({ start, end: start + exact.length }));
    const found = this.fuzzyIn([near], exact, exclude, nearRounds, scorer, policy);
    if (found || !searchFar || (near.start === 0 && near.end === text.length)) return found;
    const farPolicy = { ...policy, maxErrors: Math.min(policy.maxErrors, Math.floor(exact.length * farErrorRate)) };
    if (farPolicy.maxErrors === 0) return undefined;
    const windows = seedWindows(text, exact, farPolicy.maxErrors) ?? [{ start: 0, end: text.length }];
    return this.fuzzyIn(windows, exact, exclude, 1, scorer, farPolicy);
  }

  /**
   * `approx-string-match` reports only the matches with the fewest errors, so a closer but
   * unrelated passage can hide the right one. Each round blanks what the previous rounds
   * found (and the exact occurrences, already scored) and searches again.
   */
  private fuzzyIn(
    windows: readonly Span[],
    exact: string,
    exclude: readonly Span[],
    rounds: number,
    scorer: CandidateScorer,
    policy: AcceptancePolicy,
  ): Candidate | undefined {
    let best: { candidate: Candidate; errors: number } | undefined;
    for (const window of windows) {
      const found = this.fuzzyInWindow(window, exact, exclude, rounds, scorer, policy);
      if (found && scorer.isBetter(found.candidate, best?.candidate)) best = found;
    }
    if (!best) return undefined;
    const refined = scorer.refine(best.candidate, best.errors);
    return acceptsFuzzy(policy, refined) ? refined : best.candidate;
  }

  private fuzzyInWindow(
    window: Span,
    exact: string,
    exclude: readonly Span[],
    rounds: number,
    scorer: CandidateScorer,
    policy: AcceptancePolicy,
  ): { candidate: Candidate; errors: number } | undefined {
    const text = this.text;
    let haystack = blank(text.slice(window.start, window.end), window.start, exclude);
    let best: { candidate: Candidate; errors: number } | undefined;
    for (let round = 0; round < rounds; round++) {
      const matches = search(haystack, exact, policy.maxErrors);
      if (matches.length === 0) break;
      const found: Span[] = [];
      for (const match of matches) {
        const start = snapToCodePoint(text, window.start + match.start, -1);
        const end = snapToCodePoint(text, window.start + match.end, 1);
        found.push({ start, end });
        if (end <= start) continue;
        const quote = scorer.quoteSimilarity(match.errors);
        if (quote < policy.minQuoteSimilarity) continue;
        const prefix = scorer.prefixAt(start);
        if (!fuzzyPrefixCanPass(policy, quote, prefix)) continue;
        const candidate = scorer.score(start, end, match.errors, prefix);
        if (!acceptsFuzzy(policy, candidate)) continue;
        if (scorer.isBetter(candidate, best?.candidate)) best = { candidate, errors: match.errors };
      }
      if (best) break;
      haystack = blank(haystack, window.start, found);
    }
    return best;
  }

  private exactResult(candidate: Candidate, expected: number): AnchorResult {
    return this.result(candidate, candidate.start === expected ? 'position' : 'exact');
  }

  private result(candidate: Candidate, method: AnchorMethod): AnchorResult {
    return {
      status: 'anchored',
      start: this.index.toCodePoint(candidate.start),
      end: this.index.toCodePoint(candidate.end),
      method,
      score: Math.round(candidate.score * 1000) / 1000,
    };
  }
}

/** Fewest errors a far-away fuzzy match may have, per quote character. */
const farErrorRate = 0.08;
/** Seed pieces shorter than this match too often to narrow the search. */
const minSeedLength = 8;
/** Above this many seed hits a whole-text search is cheaper. */
const maxSeedHits = 256;

/**
 * Windows around the places where one of `maxErrors + 1` pieces of the quote occurs
 * exactly, or undefined when the pieces would be too short or occur too often to help.
 */
function seedWindows(text: string, exact: string, maxErrors: number): Span[] | undefined {
  const pieces = maxErrors + 1;
  const size = Math.floor(exact.length / pieces);
  if (size < minSeedLength) return undefined;
  const starts: number[] = [];
  for (let i = 0; i < pieces; i++) {
    const piece = exact.slice(i * size, (i + 1) * size);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      starts.push(at - i * size);
      if (starts.length > maxSeedHits) return undefined;
    }
  }
  const margin = maxErrors + 8;
  const windows: Span[] = [];
  for (const start of starts.sort((a, b) => a - b)) {
    const window = { start: Math.max(0, start - margin), end: Math.min(text.length, start + exact.length + margin) };
    const last = windows[windows.length - 1];
    if (last && window.start <= last.end) windows[windows.length - 1] = { start: last.start, end: Math.max(last.end, window.end) };
    else windows.push(window);
  }
  return windows;
}

/**
 * `slice` (which starts at text offset `sliceStart`) with the given text spans replaced by
 * NUL characters of the same length, so offsets stay valid and nothing matches there.
 */
function blank(slice: string, sliceStart: number, spans: readonly Span[]): string {
  const inside = spans
    .map((span) => ({ from: Math.max(0, span.start - sliceStart), to: Math.min(slice.length, span.end - sliceStart) }))
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from);
  if (inside.length === 0) return slice;
  const parts: string[] = [];
  let at = 0;
  for (const { from, to } of inside) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    parts.push(slice.slice(at, start), '\u0000'.repeat(to - start));
    at = to;
  }
  parts.push(slice.slice(at));
  return parts.join('');
}

/** Anchors one target in a text. For many targets in the same text use `anchorAnnotations`. */
export function anchorTarget(text: string, target: AnnotationTarget): AnchorResult {
  return new DocumentAnchorer(text).anchor(target);
}

/**
 * Anchors every annotation of a document in its current text. Annotations are visited in
 * stored order and each is first looked for where its predecessor's shift predicts, which
 * makes the common case (text inserted or deleted somewhere above) one comparison each.
 * Results come back in the input order.
 */
export function anchorAnnotations(
  text: string,
  annotations: readonly Annotation[],
  anchorer: DocumentAnchorer = new DocumentAnchorer(text),
): AnchoredAnnotation[] {
  const order = annotations
    .map((annotation, i) => ({ annotation, i }))
    .sort((a, b) => a.annotation.target.selector[1].start - b.annotation.target.selector[1].start);
  const results: AnchorResult[] = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const { annotation, i } of order) {
    const stored = annotation.target.selector[1].start;
    const result = anchorer.anchor(annotation.target, shift === 0 ? undefined : stored + shift);
    if (result.status === 'anchored') shift = result.start - stored;
    results[i] = result;
  }
  return annotations.map((annotation, i) => ({ annotation, result: results[i]! }));
}
