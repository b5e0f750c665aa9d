/**
 * How much evidence a match needs before it is trusted. A wrong anchor is worse than an
 * orphan, so short quotes (which occur by chance) need their context to agree, and fuzzy
 * matches need both a close quote and agreeing context. Lengths are in UTF-16 units.
 */
export interface AcceptancePolicy {
  /** Minimum mean prefix/suffix similarity for an exact occurrence of the quote. */
  readonly minContextExact: number;
  /** Errors allowed in a fuzzy match; 0 disables fuzzy matching. */
  readonly maxErrors: number;
  /** Minimum quote similarity (1 − errors / length) of a fuzzy match. */
  readonly minQuoteSimilarity: number;
  /** Minimum mean prefix/suffix similarity of any fuzzy match (see `minContextForFuzzy`). */
  readonly minContextFuzzy: number;
}

/** Quotes shorter than this are only matched exactly. */
export const minFuzzyQuoteLength = 12;

export function acceptancePolicy(quoteLength: number): AcceptancePolicy {
  const minContextExact = quoteLength < 8 ? 0.7 : quoteLength < 24 ? 0.55 : 0.45;
  if (quoteLength < minFuzzyQuoteLength) {
    return { minContextExact, maxErrors: 0, minQuoteSimilarity: 1, minContextFuzzy: 1 };
  }
  const short = quoteLength < 32;
  const minQuoteSimilarity = short ? 0.85 : 0.75;
  return {
    minContextExact,
    maxErrors: Math.min(256, Math.floor(quoteLength * (1 - minQuoteSimilarity))),
    minQuoteSimilarity,
    minContextFuzzy: short ? 0.75 : contextNoiseCeiling,
  };
}

/**
 * Mean context similarity of unrelated places in prose is about 0.23 (99.9th percentile 0.41,
 * measured over the edit corpus), so no match is trusted on context below this.
 */
export const contextNoiseCeiling = 0.45;

/**
 * Extra context needed per unit of quote dissimilarity. Near-duplicate sentences (boilerplate,
 * templated statements) differ from each other in the middle of the quote while their context
 * half-agrees, whereas a passage edited in place keeps its context whole; so the more a fuzzy
 * match differs from the quote, the more its context must agree.
 */
const contextPerError = 2.5;

/** Context a fuzzy match of the given quote similarity needs: at least 1 below about 80 %. */
export function minContextForFuzzy(policy: AcceptancePolicy, quoteSimilarity: number): number {
  return Math.max(policy.minContextFuzzy, contextNoiseCeiling + contextPerError * (1 - quoteSimilarity));
}

/** Quote similarity above which only wrapping and spacing can differ (see `acceptsFuzzy`). */
const nearlyIdentical = 0.97;
/** Each side's context a fuzzy match needs unless it is nearly identical to the quote. */
const minContextEachSide = 0.6;

/**
 * Whether a fuzzy match is trusted. Besides `minContextForFuzzy`, a match that really differs
 * from the quote needs both sides of its context to agree: a passage edited in place keeps
 * the text on both sides, while a similar statement elsewhere is said by someone else or
 * followed by something else.
 */
export function acceptsFuzzy(policy: AcceptancePolicy, m: { quote: number; prefix: number; suffix: number; context: number }): boolean {
  if (m.quote < policy.minQuoteSimilarity) return false;
  if (m.context < minContextForFuzzy(policy, m.quote)) return false;
  return m.quote >= nearlyIdentical || Math.min(m.prefix, m.suffix) >= minContextEachSide;
}

/**
 * Early rejection before the suffix is compared: false when no suffix similarity could make
 * a fuzzy match with this quote and prefix similarity acceptable.
 */
export function fuzzyPrefixCanPass(policy: AcceptancePolicy, quote: number, prefix: number): boolean {
  if (quote < policy.minQuoteSimilarity) return false;
  if (quote < nearlyIdentical && prefix < minContextEachSide) return false;
  return (prefix + 1) / 2 >= minContextForFuzzy(policy, quote);
}
