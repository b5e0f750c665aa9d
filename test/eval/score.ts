/**
 * Scores detections against an answer key. Pure: no file access.
 *
 * A detection hits a key claim of the same kind when their spans overlap by at least half of the
 * longer of the two; matching is one-to-one (largest overlaps first). Speakers compare by canonical
 * name through the key's aliases, ignoring case and spacing; null matches null.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ScoredClaim extends Span {
  readonly kind: 'quote' | 'reported';
  readonly text: string;
  readonly speaker: string | null;
}

export interface SpeakerAliases {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface KindScore {
  expected: number;
  detected: number;
  hits: number;
  speakerCorrect: number;
}

export interface Miss {
  readonly kind: 'quote' | 'reported';
  readonly what: 'missed' | 'false positive' | 'wrong speaker';
  readonly text: string;
  readonly detail?: string;
}

export interface DocumentScore {
  readonly quote: KindScore;
  readonly reported: KindScore;
  readonly misses: Miss[];
}

export function overlaps(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/** Lower-case, single-spaced key of a speaker name, mapped to its canonical name when the key knows it. */
export function speakerNormaliser(speakers: readonly SpeakerAliases[]): (name: string | null) => string | null {
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const canonical = new Map<string, string>();
  for (const s of speakers) {
    canonical.set(fold(s.name), fold(s.name));
    for (const alias of s.aliases) canonical.set(fold(alias), fold(s.name));
  }
  return (name) => (name === null ? null : (canonical.get(fold(name)) ?? fold(name)));
}

export function scoreDocument(
  expected: readonly ScoredClaim[],
  detected: readonly ScoredClaim[],
  normalise: (name: string | null) => string | null,
): DocumentScore {
  const misses: Miss[] = [];
  const score = (kind: 'quote' | 'reported'): KindScore => {
    const exp = expected.filter((c) => c.kind === kind);
    const det = detected.filter((c) => c.kind === kind);
    const pairs: { e: number; d: number; shared: number }[] = [];
    exp.forEach((e, i) =>
      det.forEach((d, j) => {
        if (overlaps(e, d)) pairs.push({ e: i, d: j, shared: Math.min(e.end, d.end) - Math.max(e.start, d.start) });
      }),
    );
    pairs.sort((a, b) => b.shared - a.shared || a.e - b.e || a.d - b.d);
    const usedE = new Set<number>();
    const usedD = new Set<number>();
    let speakerCorrect = 0;
    for (const p of pairs) {
      if (usedE.has(p.e) || usedD.has(p.d)) continue;
      usedE.add(p.e);
      usedD.add(p.d);
      const e = exp[p.e]!;
      const d = det[p.d]!;
      if (normalise(e.speaker) === normalise(d.speaker)) speakerCorrect++;
      else misses.push({ kind, what: 'wrong speaker', text: e.text, detail: `expected ${e.speaker ?? 'null'}, got ${d.speaker ?? 'null'}` });
    }
    exp.forEach((e, i) => usedE.has(i) || misses.push({ kind, what: 'missed', text: e.text }));
    det.forEach((d, j) => usedD.has(j) || misses.push({ kind, what: 'false positive', text: d.text, detail: `speaker ${d.speaker ?? 'null'}` }));
    return { expected: exp.length, detected: det.length, hits: usedE.size, speakerCorrect };
  };
  return { quote: score('quote'), reported: score('reported'), misses };
}

export interface Summary {
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  /** Over hits of both kinds. */
  speakerAccuracy: number;
  quoteSpeakerAccuracy: number;
  reportedSpeakerAccuracy: number;
  reportedPrecision: number;
  reportedRecall: number;
  quote: KindScore;
  reported: KindScore;
}

export function summarise(scores: readonly DocumentScore[]): Summary {
  const add = (pick: (s: DocumentScore) => KindScore): KindScore =>
    scores.map(pick).reduce((a, b) => ({ expected: a.expected + b.expected, detected: a.detected + b.detected, hits: a.hits + b.hits, speakerCorrect: a.speakerCorrect + b.speakerCorrect }), { expected: 0, detected: 0, hits: 0, speakerCorrect: 0 });
  const quote = add((s) => s.quote);
  const reported = add((s) => s.reported);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const quotePrecision = ratio(quote.hits, quote.detected);
  const quoteRecall = ratio(quote.hits, quote.expected);
  return {
    quotePrecision,
    quoteRecall,
    quoteF1: quotePrecision + quoteRecall === 0 ? 0 : (2 * quotePrecision * quoteRecall) / (quotePrecision + quoteRecall),
    speakerAccuracy: ratio(quote.speakerCorrect + reported.speakerCorrect, quote.hits + reported.hits),
    quoteSpeakerAccuracy: ratio(quote.speakerCorrect, quote.hits),
    reportedSpeakerAccuracy: ratio(reported.speakerCorrect, reported.hits),
    reportedPrecision: ratio(reported.hits, reported.detected),
    reportedRecall: ratio(reported.hits, reported.expected),
    quote,
    reported,
  };
}
