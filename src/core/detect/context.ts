import type { ProseText } from './blocks';
import type { Lexicon } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { EntityRegistry } from './registry';
import type { Sentence, Sentences } from './sentences';
import type { Subject } from './cues';
import { asciiCopy, tokenize, type Token } from './tokens';
import type { ClaimKind } from '../model/annotation';
import { isCredit } from './credits';

/** How far, in characters, a rule looks for what a story said before or after (a long story's length). */
export const storyLength = 20_000;

/** Everything the rules share about one document. */
export class DocumentContext {
  /** Per block: 1 headline, 0 not, -1 not yet known. */
  private readonly headlines: Int8Array;
  /** The text's one-byte copy that tokens are read from, made on first use (see `asciiCopy`). */
  private ascii: string | undefined;

  constructor(
    readonly prose: ProseText,
    readonly quotes: readonly QuoteSpan[],
    readonly sentences: Sentences,
    readonly registry: EntityRegistry,
    readonly lexicon: Lexicon,
  ) {
    this.headlines = new Int8Array(sentences.blockCount).fill(-1);
  }

  get text(): string {
    return this.prose.text;
  }

  tokensOf(sentence: Sentence): Token[] {
    let tokens = sentence.tokens;
    if (!tokens) {
      this.ascii ??= asciiCopy(this.text);
      tokens = tokenize(this.text, sentence.start, sentence.end, this.quotes, this.ascii);
      sentence.tokens = tokens;
    }
    return tokens;
  }

  /**
   * The `count` tokens from the one that starts at `start`, read again: the same tokens its sentence
   * has there. The scan resumes at each token's start and ends at the sentence's end either way; only
   * the first token's `newline` is lost, which `nameRuns` reads on a run's later words alone.
   */
  tokensFrom(start: number, count: number): Token[] {
    const sentence = this.sentences.sentenceAt(start)!;
    return tokenize(this.text, start, sentence.end, this.quotes, this.ascii).slice(0, count);
  }

  /** Drops the cached tokens of a block's sentences (`tokensOf` reads them again if asked). */
  releaseTokens(block: number): void {
    for (const sentence of this.sentences.sentencesOf(block)) sentence.tokens = undefined;
  }

  /**
   * Whether the block is the headline or the lede, where a role looks ahead to the person named
   * below: the first two blocks, or up to the first after the headlines and bylines.
   */
  opensStory(block: number): boolean {
    if (block <= 1 || this.isHeadline(block)) return true;
    for (let b = 0; b < block; b++) {
      if (!this.isHeadline(b) && !isCredit(this.text, this.sentences.blockStart(b), this.sentences.blockEnd(b))) return false;
    }
    return true;
  }

  /** A headline-like block: one line without a closing full stop, at most 30 words. */
  isHeadline(block: number): boolean {
    let known = this.headlines[block]!;
    if (known < 0) {
      known = this.readHeadline(block) ? 1 : 0;
      this.headlines[block] = known;
    }
    return known === 1;
  }

  private readHeadline(block: number): boolean {
    if (this.prose.headings.has(block)) return true;
    const start = this.sentences.blockStart(block);
    const end = this.sentences.blockEnd(block);
    const text = this.text;
    // Not a headline: a closing full stop (/[.!?]["”»’“]?$/), a line break, or more than 30 words split on spaces.
    if (endsSentence(text, start, end)) return false;
    let spaces = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) return false;
      if (code === 32 && ++spaces >= 30) return false;
    }
    return true;
  }
}

/** `text[start, end)` ends in . ! or ?, possibly followed by one closing or opening quotation mark. */
function endsSentence(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  let last = text.charCodeAt(end - 1);
  if (last === 34 || last === 0x201d || last === 0xbb || last === 0x2019 || last === 0x201c) {
    if (end - 2 < start) return false;
    last = text.charCodeAt(end - 2);
  }
  return isTerminal(last);
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** A claim before its speaker is resolved. Offsets UTF-16. */
export interface Candidate {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly cue: string | null;
  subject: Subject | null;
  /** Used when `subject` is elided: the sentence's own subject (computed only when asked; most claims never need it). */
  readonly fallback?: () => Subject;
  /** Takes the resolved speaker of this earlier candidate (a quote continued after its attribution). */
  readonly inheritFrom?: Candidate;
  /** Where the sentence holding the cue starts (to share speakers between cues of one sentence). */
  readonly sentenceStart: number;
  /** Resolve role nouns forward (headline, lede). */
  readonly forward: boolean;
  confidence: number;
  speaker?: string | null;
  /** The speaker is a transcript speaker label and needs no resolution. */
  readonly fixedSpeaker?: string;
}

/** The candidate's cue is "according to" (the text's source, in either case). */
export function isAccordingTo(c: Candidate): boolean {
  return c.cue !== null && c.cue.toLowerCase() === 'according to';
}
