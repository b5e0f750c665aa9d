import type { ClaimKind } from '../model/annotation';

/**
 * What the scorer needs to know about one claim. Its numbers sit in a shared array (see
 * `TermArena`): content term ids at `terms[contentStart .. contentEnd - 1]`, then word-pair
 * hashes (see `termsOf`) at `terms[contentEnd .. pairsEnd - 1]`, each part ascending without
 * duplicates.
 */
export interface ScoredClaim {
  readonly path: string;
  readonly kind: ClaimKind;
  /** Folded speaker (see `speakerKey`), or null when unknown. */
  readonly speaker: string | null;
  readonly terms: ArrayLike<number>;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly pairsEnd: number;
  /** Number of words. */
  readonly length: number;
}

export interface PairScore {
  /** 0..1. */
  readonly score: number;
  readonly reason: string;
}

/** Weight of a content term by id: rarer terms say more (an inverse document frequency over claims). */
export type TermWeight = (term: number) => number;

/**
 * Tuning constants, chosen on the sample corpus's answer key (`npx tsx test/eval/xref.ts`).
 * `shortClaim` damps containment for claims of one or two rare words, which otherwise look
 * "fully contained" in any long claim that happens to use them.
 */
const weights = { containment: 0.55, jaccard: 0.45, shortClaim: 5, sameSpeaker: 0.15, otherSpeaker: 0.2, otherDocument: 0.05 };

/** Similarity of two claims: weighted shared content terms, verbatim word pairs, then speaker and document. */
export function scorePair(a: ScoredClaim, b: ScoredClaim, weightOf: TermWeight): PairScore {
  const shared = sharedContent(a, b, weightOf);
  const contentA = a.contentEnd - a.contentStart;
  const contentB = b.contentEnd - b.contentStart;
  const [smallWeight, largeWeight, smallCount] = contentA <= contentB ? [shared.weightA, shared.weightB, contentA] : [shared.weightB, shared.weightA, contentB];

  const containment = smallWeight > 0 ? (shared.weight / smallWeight) * (smallWeight / (smallWeight + weights.shortClaim)) : 0;
  const unionWeight = smallWeight + largeWeight - shared.weight;
  const jaccard = unionWeight > 0 ? shared.weight / unionWeight : 0;
  const sharedPairs = countShared(a.terms, a.contentEnd, a.pairsEnd, b.terms, b.contentEnd, b.pairsEnd);
  const pairsA = a.pairsEnd - a.contentEnd;
  const pairsB = b.pairsEnd - b.contentEnd;
  const smallPairs = Math.min(pairsA, pairsB);
  const verbatim = smallPairs >= 2 ? sharedPairs / smallPairs : 0;
  const pairJaccard = sharedPairs > 0 ? sharedPairs / (pairsA + pairsB - sharedPairs) : 0;
  const lexical = Math.max(weights.containment * containment + weights.jaccard * jaccard, verbatim >= 0.8 ? 0.75 + 0.25 * verbatim * pairJaccard : 0);

  const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
  const otherSpeaker = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  // Boosts shrink as the words agree, so that only word-for-word the same quote reaches 1.
  const room = 1 - lexical / 2;
  let score = lexical;
  if (sameSpeaker) score += weights.sameSpeaker * room;
  if (otherSpeaker) score -= weights.otherSpeaker;
  if (a.path !== b.path && lexical > 0) score += weights.otherDocument * room;
  score = Math.min(1, Math.max(0, score));

  const sharedPercent = smallCount > 0 ? Math.round((100 * shared.count) / smallCount) : 0;
  return { score: round(score), reason: reasonFor(a, b, { verbatim, shared: sharedPercent, sameSpeaker, lexical }) };
}

/** Total weights of both term lists and of their intersection (a merge of two ascending lists). */
function sharedContent({ terms: a, contentStart: i, contentEnd: aEnd }: ScoredClaim, { terms: b, contentStart: j, contentEnd: bEnd }: ScoredClaim, weightOf: TermWeight) {
  let weightA = 0;
  let weightB = 0;
  let weight = 0;
  let count = 0;
  while (i < aEnd && j < bEnd) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      const w = weightOf(x);
      weightA += w;
      weightB += w;
      weight += w;
      count++;
      i++;
      j++;
    } else if (x < y) {
      weightA += weightOf(x);
      i++;
    } else {
      weightB += weightOf(y);
      j++;
    }
  }
  for (; i < aEnd; i++) weightA += weightOf(a[i]!);
  for (; j < bEnd; j++) weightB += weightOf(b[j]!);
  return { weightA, weightB, weight, count };
}

/** Values in both `a[i .. aEnd - 1]` and `b[j .. bEnd - 1]` (each ascending). */
function countShared(a: ArrayLike<number>, i: number, aEnd: number, b: ArrayLike<number>, j: number, bEnd: number): number {
  let shared = 0;
  while (i < aEnd && j < bEnd) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

function reasonFor(
  a: ScoredClaim,
  b: ScoredClaim,
  facts: { verbatim: number; shared: number; sameSpeaker: boolean; lexical: number },
): string {
  const speaker = facts.sameSpeaker ? ', same speaker' : '';
  if (facts.lexical < 0.1) return facts.sameSpeaker ? 'same speaker, few shared words' : 'few shared words';
  if (facts.verbatim >= 0.8 && a.kind === 'quote' && b.kind === 'quote') {
    const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
    return ratio >= 0.8 ? `same quote${speaker}` : `quote repeated in part${speaker}`;
  }
  if (a.kind !== b.kind) return `reported speech summarising quote: ${facts.shared}% shared words${speaker}`;
  if (a.kind === 'quote' && facts.verbatim >= 0.5) return `near-identical quote: ${facts.shared}% shared words${speaker}`;
  return `paraphrase: ${facts.shared}% shared words${speaker}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
