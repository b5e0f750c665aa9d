import { proseTextOf } from './blocks';
import { isCredit } from './credits';
import { DocumentContext, isAccordingTo, type Candidate } from './context';
import { headlineCandidates } from './headline';
import { buildLexicon, type Lexicon } from './lexicon';
import { forgetNameReadings } from './names';
import { findQuotes, type QuoteSpan } from './quotes';
import { QuoteClaims } from './quote-claims';
import { EntityRegistry } from './registry';
import { reportedCandidates } from './reported-claims';
import { resolveSpeakers } from './resolve';
import { Sentences } from './sentences';
import { narrativeRoleSubject, opensNarrative, type SpeakerRef } from './speaker-ref';
import { isRegexSpace, normaliseCase, type Token } from './tokens';
import { findTranscript } from './transcript';
import { defaultMinConfidence, type DetectOptions, type Detection } from './types';
import { firstSpanEndingAfter, unionOfSpans, type Span } from '../text/spans';

const lexiconCache = new Map<string, Lexicon>();

function lexiconFor(extraCues: readonly string[] | undefined): Lexicon {
  const key = (extraCues ?? []).join('\u0000');
  let lexicon = lexiconCache.get(key);
  if (!lexicon) {
    lexicon = buildLexicon(extraCues);
    if (lexiconCache.size > 16) lexiconCache.clear();
    lexiconCache.set(key, lexicon);
  }
  return lexicon;
}

/**
 * Finds the claims of one document: direct quotes (with their speaker) and reported speech.
 * Offsets are UTF-16 (see `Detection`). For Markdown only prose is read (never code, HTML, link
 * destinations or front matter); offsets still index the source.
 */
export function detectClaims(source: string, options: DetectOptions = {}): Detection[] {
  forgetNameReadings();
  try {
    return detectIn(source, options);
  } finally {
    forgetNameReadings();
  }
}

function detectIn(source: string, options: DetectOptions): Detection[] {
  const prose = proseTextOf(source, options.format ?? 'plain');
  const lexicon = lexiconFor(options.extraCues);
  const quotes = findQuotes(prose.text, prose.blocks);
  const sentences = new Sentences(prose.text, prose.blocks, quotes);
  const registry = new EntityRegistry();
  const place = sentences.datelinePlace();
  registry.datelinePlace = place && normaliseCase(place);
  const ctx = new DocumentContext(prose, quotes, sentences, registry, lexicon);
  const transcript = findTranscript(ctx, source);
  const inAnswer = insideAny(transcript.answers);
  const quoteClaims = new QuoteClaims(ctx, inAnswer);
  const claimedQuoteOpens = new Set<number>();
  const reported: Candidate[] = [];
  let nextQuote = 0;
  // One pass over the blocks: the registry reads every sentence, then the quotes opening in the
  // block and its reported speech are found. Rules look one sentence back and into the blocks a
  // quote reaches (and the one after), so tokens older than the previous block are dropped: a
  // document's tokens never all live at once.
  for (let block = 0; block < sentences.blockCount; block++) {
    const turnStart = transcript.turnStarts.get(block);
    if (!isCredit(prose.text, sentences.blockStart(block), sentences.blockEnd(block))) {
      for (const sentence of sentences.sentencesOf(block)) registry.addBlock(withoutLabel(ctx.tokensOf(sentence), turnStart));
    }
    const blockEnd = sentences.blockEnd(block);
    while (nextQuote < quotes.length && quotes[nextQuote]!.open < blockEnd) addQuote(quotes[nextQuote++]!);
    const reportedBefore = reported.length;
    for (const sentence of sentences.sentencesOf(block)) reportedCandidates(ctx, sentence, inAnswer, claimedQuoteOpens, reported);
    if (reported.length > reportedBefore) quoteClaims.noteReported(reported[reported.length - 1]!, block);
    if (block >= 2) ctx.releaseTokens(block - 2);
  }
  while (nextQuote < quotes.length) addQuote(quotes[nextQuote++]!);
  quoteClaims.attributeHeadlines();
  function addQuote(quote: QuoteSpan): void {
    const before = quoteClaims.candidates.length;
    quoteClaims.add(quote);
    if (quoteClaims.candidates.length > before) claimedQuoteOpens.add(quote.open);
  }

  const speakers = transcript.speakers();
  const headlines = headlineCandidates(ctx, source);
  const claims = quoteClaims.candidates;
  const all = [...speakers.candidates, ...claims, ...withoutOverlaps([...headlines, ...withoutFramingSources(reported)], [...speakers.candidates, ...claims])];
  const previousSentence = (start: number) => {
    const sentence = sentences.sentenceAt(start);
    return sentence && sentences.previous(sentence);
  };
  // Several rules ask what the sentence before told of, for the same candidate: read it once per sentence.
  const narratives = new Map<number, SpeakerRef | undefined>();
  resolveSpeakers(all, registry, speakers.addresseeAt, prose.text, (start) => previousSentence(start)?.start, (start) => {
    if (narratives.has(start)) return narratives.get(start);
    const previous = previousSentence(start);
    // Only such openings can tell of someone; the rest are not tokenised again.
    const narrative = previous && opensNarrative(prose.text, previous.start) ? narrativeRoleSubject(ctx.tokensOf(previous)) : undefined;
    narratives.set(start, narrative);
    return narrative;
  });

  const minConfidence = options.minConfidence ?? defaultMinConfidence;
  return all
    .map((c) => toDetection(source, c))
    .filter((d) => d.confidence >= minConfidence)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A transcript turn's tokens without its speaker label ("MS BERG:" is no organisation "BERG"). */
function withoutLabel(tokens: Token[], turnStart: number | undefined): Token[] {
  if (turnStart === undefined || tokens.length === 0 || tokens[0]!.start >= turnStart) return tokens;
  return tokens.filter((t) => t.start >= turnStart);
}

/** A membership test for disjoint ranges `[start, end)`, by binary search. */
function insideAny(ranges: readonly (readonly [number, number])[]): (pos: number) => boolean {
  const sorted = ranges.map(([start, end]): Span => ({ start, end })).sort((a, b) => a.start - b.start);
  return (pos) => {
    const i = firstSpanEndingAfter(sorted, pos);
    return i < sorted.length && sorted[i]!.start <= pos;
  };
}

/**
 * "Engineers at Farrow warned that Y, according to a report": the clause before "according to"
 * holds a claim of its own (Y, by Farrow), and the report is only where the text found it. Drops
 * an "according to" candidate whose source is a document and that contains another reported
 * candidate; a speaking source ("Traders said Y, according to the exchange") keeps the claim.
 */
function withoutFramingSources(reported: readonly Candidate[]): Candidate[] {
  const byStart = [...reported].sort((a, b) => a.start - b.start || b.end - a.end);
  const framing = new Set<Candidate>();
  for (let i = 0; i < byStart.length; i++) {
    const c = byStart[i]!;
    if (!isAccordingTo(c) || c.subject?.ref.kind !== 'document') continue;
    for (let j = i + 1; j < byStart.length && byStart[j]!.start < c.end; j++) {
      const inner = byStart[j]!;
      if (inner.end <= c.end && !isAccordingTo(inner)) {
        framing.add(c);
        break;
      }
    }
  }
  return framing.size === 0 ? [...reported] : reported.filter((c) => !framing.has(c));
}

/** Drops reported candidates that overlap a quote or an earlier-kept reported candidate. */
function withoutOverlaps(reported: Candidate[], fixed: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // Ranges taken so far, sorted by start and pairwise disjoint: a binary search finds a clash.
  let taken = unionOfSpans(fixed);
  const sorted = [...reported].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  // Candidates of one confidence come in text order, so within that group only the last one kept
  // can clash with the next; the group joins `taken` by one merge (not one splice per candidate).
  let group: Candidate[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const c = sorted[k]!;
    if (k > 0 && c.confidence !== sorted[k - 1]!.confidence) {
      taken = mergeSpans(taken, group);
      group = [];
    }
    const i = firstSpanEndingAfter(taken, c.start);
    if (i < taken.length && taken[i]!.start < c.end) continue;
    const last = group[group.length - 1];
    if (last && last.end > c.start && last.start < c.end) continue;
    kept.push(c);
    group.push(c);
  }
  return kept;
}

/** Two lists of spans sorted by start into one (ties: `a` first). */
function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  if (b.length === 0) return a as Span[];
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push({ start: b[j]!.start, end: b[j++]!.end });
  }
  return out;
}

function toDetection(source: string, c: Candidate): Detection {
  let start = c.start;
  let end = c.end;
  while (start < end && isRegexSpace(source.charCodeAt(start))) start++;
  while (end > start && isRegexSpace(source.charCodeAt(end - 1))) end--;
  const speaker = c.speaker ?? null;
  let confidence = c.confidence;
  if (speaker === null && c.subject && c.subject.ref.kind !== 'generic') confidence -= 0.1;
  return { kind: c.kind, start, end, text: source.slice(start, end), speaker, cue: c.cue, confidence: Math.round(confidence * 100) / 100 };
}
