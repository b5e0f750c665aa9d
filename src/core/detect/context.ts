import type { ProseText } from './blocks';
import type { Lexicon } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { EntityRegistry } from './registry';
import type { Sentence, Sentences } from './sentences';
import type { Subject } from './cues';
import { tokenize, type Token } from './tokens';
import type { ClaimKind } from '../model/annotation';

/** Everything the rules share about one document. */
export class DocumentContext {
  private readonly tokenCache = new Map<number, Token[]>();

  constructor(
    readonly prose: ProseText,
    readonly quotes: readonly QuoteSpan[],
    readonly sentences: Sentences,
    readonly registry: EntityRegistry,
    readonly lexicon: Lexicon,
  ) {}

  get text(): string {
    return this.prose.text;
  }

  tokensOf(sentence: Sentence): Token[] {
    let tokens = this.tokenCache.get(sentence.start);
    if (!tokens) {
      tokens = tokenize(this.text, sentence.start, sentence.end, this.quotes);
      this.tokenCache.set(sentence.start, tokens);
    }
    return tokens;
  }

  /** A headline-like block: one line without a closing full stop, at most 30 words. */
  isHeadline(block: number): boolean {
    if (this.prose.headings.has(block)) return true;
    const start = this.sentences.blockStart(block);
    const end = this.sentences.blockEnd(block);
    const text = this.text.slice(start, end);
    if (text.includes('\n')) return false;
    return !/[.!?]["”»’“]?$/.test(text) && text.split(' ').length <= 30;
  }
}

/** A claim before its speaker is resolved. Offsets UTF-16. */
export interface Candidate {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly cue: string | null;
  subject: Subject | null;
  /** Used when `subject` is elided: the sentence's own subject. */
  readonly fallback?: Subject;
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
