import type { Candidate, DocumentContext } from './context';
import { isCredit } from './credits';
import { connectorWords, isNamedWork, isTitleCase, opensCapitalised } from './works';
import { colonSubject, deferredClauseSubject, findCues, isHearingCue, passiveAuxiliaries, pointsBackToWords, quotedOne, subjectAfter, subjectBefore, type Cue, type Subject } from './cues';
import { articles, calendarNames, irregularPastVerbs, messageNouns, metadataLabels, namingVerbs, termDeterminers, titlingWords } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { speakerRefOf } from './speaker-ref';
import { isPossessive, isRegexSpace, type Token } from './tokens';

interface Attribution {
  readonly cue: string;
  readonly subject: Subject;
  readonly fallback?: () => Subject;
  readonly confidence: number;
  readonly inheritFrom?: Candidate;
}


/**
 * Candidates for quotations outside `excluded` ranges (transcript answers), fed in document
 * order: a quote without a cue of its own may take the attribution of the one before.
 */
export class QuoteClaims {
  readonly candidates: Candidate[] = [];
  readonly rejected = new Set<QuoteSpan>();
  /** Unattributed quotations in headlines, attributed once the body's quotes are known (`attributeHeadlines`). */
  private readonly headlineQuotes: { quote: QuoteSpan; first: Sentence; otherwise: Candidate | undefined }[] = [];
  private last: { candidate: Candidate; block: number } | undefined;

  constructor(
    private readonly ctx: DocumentContext,
    private readonly excluded: (pos: number) => boolean,
  ) {}

  add(quote: QuoteSpan): void {
    if (this.excluded(quote.open)) return;
    const first = this.ctx.sentences.sentenceAt(quote.open);
    const final = this.ctx.sentences.sentenceAt(quote.close);
    if (!first || !final) return;
    const content = this.ctx.text.slice(quote.start, quote.end).trim();
    const words = wordCount(content);
    const partial = words <= 4 && !/[.!?,;:…]$/.test(content);
    // A fragment woven into the sentence ("said there would be «no … on my watch», a pledge …").
    const fragment = partial || (/^\p{Ll}/u.test(content) && !/[.!?]$/.test(content));
    const beforeTokens = tokensBefore(this.ctx.tokensOf(first), quote);
    const afterTokens = tokensAfter(this.ctx.tokensOf(final), quote);
    // "a report titled “…”" names a document however long its title is.
    if ((partial && isTerm(content, beforeTokens, afterTokens)) || titledBy(beforeTokens, content) || isNamedWork(content, beforeTokens)) {
      this.rejected.add(quote);
      return;
    }
    const headline = this.ctx.isHeadline(first.block);
    let attribution = attribute(this.ctx, quote, beforeTokens, afterTokens, fragment);
    // A heading starts something new: it carries over no reported claim's speaker.
    const carried = headline && this.last?.candidate.kind === 'reported' ? undefined : this.last;
    if (!attribution && beforeTokens.length === 0 && !partial) attribution = carryOver(this.ctx, first, carried, quote);
    // A headline's noun that reads as a cue ("anger grows over cheese recall") names no speaker.
    if (attribution && headline && attribution.subject.ref.kind === 'none' && !attribution.inheritFrom) attribution = undefined;
    if (!attribution && headline && words >= 2) {
      const otherwise = partial || words < 6 ? undefined : candidateOf(quote, first, unattributed(quote), true, partial);
      this.headlineQuotes.push({ quote, first, otherwise });
      return;
    }
    if (!attribution) {
      if (partial || words < 6) {
        this.rejected.add(quote);
        return;
      }
      attribution = unattributed(quote);
    }
    const candidate = candidateOf(quote, first, attribution, headline || this.ctx.opensStory(first.block), partial);
    this.candidates.push(candidate);
    if (attribution.cue) this.last = { candidate, block: final.block };
  }

  /**
   * A reported claim, in document order with the quotes: "She says the family was told …" followed
   * by a quotation with no attribution of its own (a block quote) carries its speaker over.
   */
  noteReported(candidate: Candidate, block: number): void {
    if (!this.last || this.last.candidate.end <= candidate.start) this.last = { candidate, block };
  }

  /**
   * "‘We were told it could never fail’: questions mount …": a headline quoting words that the
   * body quotes with an attribution takes that quote's speaker (cue "headline"). Call once every
   * quote is added.
   */
  attributeHeadlines(): void {
    const text = this.ctx.text;
    // Each candidate's words are worked out once, however many headline quotes look at them.
    const wordsOf = new Map<Candidate, string>();
    const comparableWords = (c: Candidate): string => {
      let words = wordsOf.get(c);
      if (words === undefined) {
        words = comparable(text.slice(c.start, c.end));
        wordsOf.set(c, words);
      }
      return words;
    };
    for (const { quote, first, otherwise } of this.headlineQuotes) {
      const words = comparable(text.slice(quote.start, quote.end));
      const source = this.candidates.find((c) => c.start > quote.close && c.cue && comparableWords(c).includes(words));
      if (source) {
        const attribution: Attribution = { cue: 'headline', subject: { ref: { kind: 'none' }, pos: quote.open }, confidence: 0.8, inheritFrom: source };
        this.candidates.push(candidateOf(quote, first, attribution, true, false));
      } else if (otherwise) this.candidates.push(otherwise);
      else this.rejected.add(quote);
    }
  }
}

/** A quotation's candidate as its attribution gives it; partial quotes are capped at 0.75. */
/** `forward`: in the headline or lede, where a role looks ahead to the person named below. */
function candidateOf(quote: QuoteSpan, first: Sentence, attribution: Attribution, forward: boolean, partial: boolean): Candidate {
  return {
    kind: 'quote',
    start: quote.start,
    end: quote.end,
    cue: attribution.cue || null,
    subject: attribution.subject,
    fallback: attribution.fallback,
    inheritFrom: attribution.inheritFrom,
    sentenceStart: first.start,
    forward,
    confidence: partial ? Math.min(attribution.confidence, 0.75) : attribution.confidence,
  };
}

/** A long quotation nobody is named for: kept at low confidence, without a cue. */
function unattributed(quote: QuoteSpan): Attribution {
  return { cue: '', subject: { ref: { kind: 'none' }, pos: quote.open }, confidence: 0.5 };
}

/** Lower-case words separated by single spaces, for comparing a headline's quote with the body's. */
function comparable(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const maxWordsCounted = 6;

/**
 * `content.split(/\s+/).length` for trimmed text, without building the parts; counting stops at
 * `maxWordsCounted` (the rules only ask about shorter quotes).
 */
function wordCount(content: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < content.length && count < maxWordsCounted; i++) {
    const space = isRegexSpace(content.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/**
 * Attribution sits within a few dozen words of its quote, so each side is cut to this many
 * tokens: a "sentence" of thousands of quotation marks (not prose) then costs linear time.
 */
const attributionWindow = 200;

/** The index of the first token starting at or after `at` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function tokensBefore(tokens: readonly Token[], quote: QuoteSpan): Token[] {
  const index = firstTokenFrom(tokens, quote.open);
  return tokens.slice(Math.max(0, index - attributionWindow), index);
}

function tokensAfter(tokens: readonly Token[], quote: QuoteSpan): Token[] {
  const index = firstTokenFrom(tokens, quote.close + 1);
  return index >= tokens.length ? [] : tokens.slice(index, index + attributionWindow);
}

const modifierPrepositions = new Set(['of', 'for', 'on', 'about', 'against', 'over', 'with', 'in', 'into', 'from']);
const verbLike = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|not|never|also|still|just)$/;

/** A titling word just before ("a banner read “…”"), but not a passive ("would be read “far beyond our shores”"). */
function titledBy(before: readonly Token[], content: string): boolean {
  const previous = before[before.length - 1];
  // ("a reform package branded “Safer Streets, Stronger Trust,”": a name in Title Case after a noun.)
  if (previous?.lower === 'branded' && before[before.length - 2]?.kind === 'word' && !before[before.length - 2]!.cap && isTitleCase(content.replace(/[,.]$/, '').split(/[\s,]+/).filter(Boolean))) return true;
  if (!previous || !titlingWords.has(previous.lower)) return false;
  // ("the vote marked “the biggest change in a generation”": the verb, saying what it was, not a label.)
  if (previous.lower === 'marked' && /^(?:the|a|an) \p{Ll}/u.test(content)) return false;
  // ("were reading “the same numbers through different spectacles”": a verb in progress, not a sign's wording.)
  const auxiliary = passiveAuxiliaries.has(before[before.length - 2]?.lower ?? '');
  return !((previous.lower === 'read' || previous.lower === 'reading') && auxiliary);
}

/** "nicknamed the refuelling bay": a naming verb (not "called", a verdict) and a short object before the quotation. */
function nicknamedObject(before: readonly Token[]): boolean {
  for (let k = before.length - 2; k >= 0 && k >= before.length - 5; k--) {
    const t = before[k]!;
    if (t.kind !== 'word') return false;
    if (givenNameVerbs.has(t.lower)) return k < before.length - 1 && articles.has(before[k + 1]!.lower);
  }
  return false;
}

const givenNameVerbs = new Set(['nicknamed', 'dubbed', 'renamed', 'christened', 'named', 'branded']);

/** A scare quote, a title or a name: short, and after a determiner or a titling word, or in Title Case. */
function isTerm(content: string, before: readonly Token[], after: readonly Token[]): boolean {
  const previous = before[before.length - 1];
  if (titledBy(before, content)) return true;
  // "a customer posting as “loftlight_dan”", "known as “the Lighthouse”": a name goes by it.
  // ("known locally as «the seal woman»": an adverb may stand between.)
  const namer = before[before.length - 2]?.lower.endsWith('ly') ? before[before.length - 3] : before[before.length - 2];
  if (previous?.lower === 'as' && namedAsWords.has(namer?.lower ?? '')) return true;
  const words = content.split(/\s+/);
  // ("had nicknamed the refuelling bay “the sauna”": a name given to what the verb's object is.)
  if (nicknamedObject(before)) return true;
  // ("Frostline's “rapid response” fleet": a label between an owner and its noun.)
  const next = after[0];
  if (words.length <= 3 && previous !== undefined && isPossessive(previous) && next?.kind === 'word' && !next.cap && !functionWords.has(next.lower) && !verbLike.test(next.lower)) return true;
  // "cut his rating to “hold” from “buy”": one word a thing is changed to or from, a label.
  if (words.length === 1 && (previous?.lower === 'to' || previous?.lower === 'from')) return true;
  // A quoted modifier inside a noun phrase: "warns of “sticky” prices", "the winter “surge”".
  if (words.length <= 2 && previous?.kind === 'word' && !namingNearby(before)) {
    // ("was in “early-stage discussions” with its rival": a whole noun phrase, someone's words.)
    if (modifierPrepositions.has(previous.lower) && next?.kind === 'word' && !next.cap && !functionWords.has(next.lower) && !chargeBefore(before)) return true;
    // "would keep 14 “hub” branches open": a word between a number and its noun labels them.
    if (/^\d[\d,.]*$/.test(previous.text) && next?.kind === 'word' && !next.cap && !functionWords.has(next.lower)) return true;
    const beforePrevious = before[before.length - 2];
    // ("accepted the resignation “with regret”": a phrase after the noun says how, someone's words.)
    // ("give the airline “every chance”": a noun phrase of its own, a second object.)
    const adverbial = words.length === 2 && (adverbialPrepositions.has(words[0]!.toLowerCase()) || quantifiers.has(words[0]!.toLowerCase()));
    if (!previous.cap && !verbLike.test(previous.lower) && beforePrevious && termDeterminers.has(beforePrevious.lower) && !titlingWords.has(beforePrevious.lower) && !opensPredicate(words) && !adverbial) return true;
  }
  // "Rural Maternity (Ambulance Guarantee)": brackets around a word leave it in Title Case.
  const titleCase = words.every((w) => connectorWords.has(w.toLowerCase()) || opensCapitalised(w));
  if (titleCase) return true;
  // "any competition that “keeps everyone honest”": a relative "that" before a verb is a partial quote.
  if (previous?.lower === 'that' && words.length >= 2 && /^\p{Ll}+(?:s|ed)$/u.test(words[0]!) && !/ss$/.test(words[0]!)) return false;
  // ("had been under ‘enormous pressure’ to produce results": a state someone described, in their words.)
  if (previous?.lower === 'under' && /^\p{Ll}/u.test(content) && words.length >= 2) return false;
  if (previous && termDeterminers.has(previous.lower)) {
    // "dubbed the “warm winter cap” by newspapers": "the" before the quotation makes it a name.
    if (previous.lower === 'the') return true;
    // "said a “prolonged and unusually severe” winter had …": joined or graded words are someone's verdict.
    if (words.length >= 3 && words.some((w) => w === 'and' || w === 'or' || (w.length > 4 && w.endsWith('ly')))) return false;
    // "calls it a “humanitarian gesture”" characterises: an attributed partial quote.
    for (let k = before.length - 2; k >= Math.max(0, before.length - 4); k--) {
      if (namingVerbs.has(before[k]!.lower)) return false;
    }
    return true;
  }
  // "a formal ‘prevention of future deaths’ notice": a name between an adjective after a determiner and its noun.
  const graded = words.some((w) => w === 'and' || w === 'or' || (w.length > 4 && w.endsWith('ly')));
  // ("reported its concerns to the board «within days» of finding them": a phrase opening with a preposition says when or how, no name.)
  const adverbial = adverbialPrepositions.has(words[0]!.toLowerCase());
  if (!adverbial && previous?.kind === 'word' && !previous.cap && termDeterminers.has(before[before.length - 2]?.lower ?? '') && next?.kind === 'word' && !next.cap && !verbLike.test(next.lower) && !functionWords.has(next.lower) && !graded && !namingNearby(before)) return true;
  return false;
}

const quantifiers = new Set(['every', 'no', 'all', 'some', 'any']);
const adverbialPrepositions = new Set(['with', 'without', 'in', 'at', 'by', 'beyond', 'under', 'within', 'after', 'before', 'for', 'until']);

const passiveBefore = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** "accused the mayor of ‘steamrolling’ the scheme": the quoted word is the charge, someone's words. */
function chargeBefore(before: readonly Token[]): boolean {
  if (before[before.length - 1]?.lower !== 'of') return false;
  for (let k = before.length - 2; k >= Math.max(0, before.length - 6); k--) {
    // "was accused of ‘…’" names no one who said it.
    if (before[k]!.lower.startsWith('accus')) return k > before.length - 3 ? false : !passiveBefore.has(before[k - 1]?.lower ?? '');
  }
  return false;
}

/**
 * Quoted words that start with an adverb or an auxiliary ("the company “deeply regrets”", "the
 * plan “will not survive”") are what the subject does or is: a partial quote, not a modifier.
 */
function opensPredicate(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0]!.toLowerCase();
  // ("said the chicken “smelled wrong”": a verb in the past opens a predicate too.)
  return verbLike.test(first) || (first.length > 4 && first.endsWith('ly')) || /^\p{Ll}+[^e]ed$/u.test(words[0]!) || irregularPastVerbs.has(first);
}

/** A naming verb just before ("called the forecast “fiction”"): the quote characterises, it is attributed. */
function namingNearby(before: readonly Token[]): boolean {
  for (let k = before.length - 1; k >= Math.max(0, before.length - 10); k--) {
    const t = before[k]!;
    if (t.kind !== 'word') return false;
    if (namingVerbs.has(t.lower)) return true;
  }
  return false;
}

function attribute(ctx: DocumentContext, quote: QuoteSpan, before: Token[], after: Token[], partial: boolean): Attribution | undefined {
  const lead = after[0];
  // "… — Speaker" (headlines, block-quote attributions on the next line) and "“…”: an interview with X".
  if (lead && (lead.text === '—' || lead.text === '–')) {
    const dash = dashAttribution(after);
    if (dash) return dash;
  }
  // "National theatre ‘fighting for its life’ after grant cut — director": a headline's closing attribution.
  if (lead?.kind === 'word' && ctx.isHeadline(ctx.sentences.blockAt(quote.close))) {
    const dashAt = after.findIndex((t) => t.text === '—' || t.text === '–');
    const dash = dashAt > 0 && dashAt <= 6 && after.slice(0, dashAt).every((t) => t.kind === 'word') ? dashAttribution(after.slice(dashAt)) : undefined;
    if (dash) return dash;
  }
  const nextBlock = ctx.sentences.blockAt(quote.close) + 1;
  if (!lead && nextBlock < ctx.sentences.blockCount && endsBlock(ctx, quote, nextBlock - 1) && !isCredit(ctx.text, ctx.sentences.blockStart(nextBlock), ctx.sentences.blockEnd(nextBlock))) {
    const tokens = ctx.tokensOf(ctx.sentences.sentencesOf(nextBlock)[0]!);
    if (tokens[0] && (tokens[0].text === '—' || tokens[0].text === '–')) {
      const dash = dashAttribution(tokens);
      if (dash) return dash;
    }
    // "> “…”" then "Maren Holt … wrote those words in an email …": the next paragraph names the writer.
    const pointing = findCues(tokens, ctx.lexicon).find((c) => pointsBackToWords(tokens, c.last + 1));
    if (pointing) return fromCue(ctx, tokens, pointing, 0.8);
    // "> “…”" then "So wrote Maeve Kittering, …, in a letter to …": the writer named after the cue.
    const soCue = tokens[0]?.lower === 'so' ? findCues(tokens, ctx.lexicon).find((c) => c.first === 1) : undefined;
    if (soCue) return { cue: soCue.text, subject: subjectAfter(tokens, soCue, tokens.length), confidence: 0.8 };
  }
  // "“…”: an interview with X", "“…”: a conversation with X", "“…”: five questions for X".
  const interview = lead?.text === ':' && (after[1]?.lower === 'an' || after[1]?.lower === 'a') && conversationNouns.has(after[2]?.lower ?? '') && after[3]?.lower === 'with';
  const questionsFor = lead?.text === ':' && after[2]?.lower === 'questions' && (after[3]?.lower === 'for' || after[3]?.lower === 'with') && after[1]?.kind === 'word';
  if (interview || questionsFor) {
    const ref = speakerRefOf(after.slice(4));
    if (ref.kind === 'name' || ref.kind === 'role') return { cue: ':', subject: { ref, pos: after[4]!.start }, confidence: 0.85 };
  }
  const beforeFirst = beforeAdjacent(before) || partial || splitsQuotation(ctx, before);
  const fromBefore = () => attributeBefore(ctx, before);
  const fromAfter = () => withSentenceSubject(ctx, attributeAfter(ctx, after), before);
  return beforeFirst ? (fromBefore() ?? fromAfter()) : (fromAfter() ?? fromBefore());
}

const namedAsWords = new Set(['known', 'posting', 'writing', 'signing', 'trading', 'operating', 'styled', 'listed', 'registered', 'going']);
const conversationNouns = new Set(['interview', 'conversation', 'chat', 'talk', 'encounter', 'audience', 'evening', 'afternoon', 'morning', 'hour', 'day', 'week']);

/**
 * "“We are ready,” she said, “but not yet.”": the attribution between two parts of one quotation,
 * also with the speaker's apposition ("said Tobias Wrenfield, the agency’s head of air quality, “…”").
 */
function splitsQuotation(ctx: DocumentContext, before: readonly Token[]): boolean {
  const n = before.length;
  if (n < 3 || before[n - 1]!.text !== ',') return false;
  let open = n - 2;
  // The first part's closing comma sits inside its quotation mark, or just after it.
  while (open >= 0 && n - open <= 16 && (before[open]!.kind === 'word' || before[open]!.text === ',')) open--;
  if (open < 0 || before[open]!.kind !== 'quote') return false;
  return findCues(before, ctx.lexicon, open + 1, n - 1).length > 0;
}

/** The quotation is in its block's last sentence: a line below can attribute it. */
function endsBlock(ctx: DocumentContext, quote: QuoteSpan, block: number): boolean {
  const sentences = ctx.sentences.sentencesOf(block);
  return ctx.sentences.sentenceAt(quote.close) === sentences[sentences.length - 1];
}

function dashAttribution(tokens: readonly Token[]): Attribution | undefined {
  const region: Token[] = [];
  // "— coroner on Saxmere heatwave deaths": the speaker, then what the headline is about.
  for (let i = 1; i < tokens.length && tokens[i]!.kind === 'word' && !(i > 1 && topicPrepositions.has(tokens[i]!.lower)); i++) region.push(tokens[i]!);
  if (region.length === 0 || region.length > 7) return undefined;
  const ref = speakerRefOf(region);
  if (ref.kind !== 'name' && ref.kind !== 'role') return undefined;
  return { cue: '—', subject: { ref, pos: region[0]!.start }, confidence: 0.85 };
}

/** The words right before the quote are its attribution: "… said:", "… stressed that", "X: ". */
function beforeAdjacent(before: readonly Token[]): boolean {
  const lastToken = before[before.length - 1];
  if (!lastToken) return false;
  if (lastToken.text === ':') return true;
  return lastToken.lower === 'that' || (lastToken.kind === 'word' && !lastToken.cap && /(?:said|says|added|told|stressed|noted|wrote|insisted|warned)$/.test(lastToken.lower));
}

/** Words after a quotation that show it was no modifier of a noun ("complained about the curve “at least three times” since …"). */
const functionWords = new Set(['since', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'but', 'or', 'to', 'from', 'after', 'before', 'over', 'when', 'while', 'as', 'than', 'that', 'if', 'because', 'until', 'during', 'without', 'within', 'despite', 'against', 'into', 'through', 'under', 'about', 'unless', 'though', 'although']);
const topicPrepositions = new Set(['on', 'over', 'about', 'after', 'as', 'amid']);
const documentNouns = new Set(['statement', 'letter', 'message', 'video', 'post', 'email', 'report', 'note']);
const possessiveOwners: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
const ownedWords = new Set([...messageNouns, 'answer', 'reply', 'response', 'verdict', 'advice', 'view', 'plea', 'warning']);
const toldWhat = new Set(['to', 'about', 'of', 'by']);
const progressiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'not', 'been']);
const notSpeakingNow = new Set(['to', 'would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'shall']);

function attributeBefore(ctx: DocumentContext, before: Token[]): Attribution | undefined {
  if (before.length === 0) return undefined;
  const cues = findCues(before, ctx.lexicon);
  const colon = before[before.length - 1]!.text === ':';
  if (cues.length === 0) {
    if (!colon) return undefined;
    // The colon form: "Ibarra-Lenz: “…”", "Cooperative chair Piet Ramaker: “…”".
    let j = before.length - 2;
    while (j >= 0 && before[j]!.kind === 'word') j--;
    const bare = before.length - 2 - j;
    // ("Lene Ostrova, Dovrian Consumers’ League: “…”": a person, then the body she is from.)
    if (before[j]?.text === ',') {
      let k = j - 1;
      while (k >= 0 && before[k]!.kind === 'word') k--;
      const person = speakerRefOf(before.slice(k + 1, j));
      if (j - k >= 3 && j - k <= 5 && person.kind === 'name' && person.cls === 'person') j = k;
    }
    const region = before.slice(j + 1, before.length - 1);
    // ("Inquiry: “After the Furnace: …”" in a record's header: a label, no speaker.)
    if (region.length === 1 && metadataLabels.has(region[0]!.lower)) return undefined;
    const ref = region.length > 0 && bare <= 6 && region.length <= bare + 5 ? speakerRefOf(region) : undefined;
    if (ref && (ref.kind === 'name' || ref.kind === 'role')) return { cue: ':', subject: { ref, pos: region[0]!.start }, confidence: 0.85 };
    // ("Her message to the contractors was simple: “…”": whose message, answer or verdict it was.)
    const owner = possessiveOwners.get(region[0]?.lower ?? '');
    if (owner && ownedWords.has(region[1]?.lower ?? '') && region.some((t) => t.lower === 'was' || t.lower === 'is')) {
      return { cue: ':', subject: { ref: { kind: 'pronoun', word: owner }, pos: region[0]!.start }, confidence: 0.8 };
    }
    // "Asked what would have happened, he was blunt: “…”": the clause before the colon describes its speaker.
    const stance = region.findIndex((t, i) => i > 0 && stanceVerbs.has(t.lower));
    const described = stance > 0 && stance <= 4 ? speakerRefOf(region.slice(0, stance)) : undefined;
    if (described && (described.kind === 'name' || described.kind === 'role' || (described.kind === 'pronoun' && (described.word === 'he' || described.word === 'she')))) {
      return { cue: ':', subject: { ref: described, pos: region[0]!.start }, confidence: 0.8 };
    }
    return colonAttribution(ctx, before);
  }
  // "had dismissed the contractor responsible and that …": "dismissed" characterises only with "as".
  const last = cues[cues.length - 1]!;
  if (last.word.startsWith('dismiss') && !before.slice(last.last + 1).some((t) => t.lower === 'as')) cues.pop();
  // "It said every judge was required to declare any interest …, “however remote”": an infinitive is what someone must do, not who speaks.
  // "He added that the Union would respond «in a proportionate … manner»": so is what someone will do.
  while (cues.length > 1 && notSpeakingNow.has(before[cues[cues.length - 1]!.first - 1]?.lower ?? '')) cues.pop();
  // "said she had asked the agency to look for ‘…’": an earlier act reported inside the statement.
  // ("said he had twice complained … about a „…“": an adverb between.)
  const afterHad = (cue: Cue) => before[cue.first - 1]?.lower === 'had' || (before[cue.first - 2]?.lower === 'had' && /^(?:twice|once|already|repeatedly|often|also|never|previously|earlier)$/.test(before[cue.first - 1]?.lower ?? ''));
  while (cues.length > 1 && afterHad(cues[cues.length - 1]!)) cues.pop();
  // "saying they had been told to “stay out of it”": an instruction received, reported by the cue before it.
  // ("said the council had been told about damp … and had “…”": so is news received.)
  // ("had been told last autumn to expect a rise “…”": a time may come before the instruction.)
  while (cues.length > 1 && isHearingCue(before, cues[cues.length - 1]!) && toldWhat.has(wordAfterTime(before, cues[cues.length - 1]!.last + 1))) cues.pop();
  // "said in a statement posted online that …": the participle dates the document, the cue before it speaks.
  while (cues.length > 1 && documentNouns.has(before[cues[cues.length - 1]!.first - 1]?.lower ?? '')) cues.pop();
  // ("you wrote to the board, and I quote: “…”": the questioner quotes; the cue before speaks.)
  while (cues.length > 1 && cues[cues.length - 1]!.word === 'quote' && before[cues[cues.length - 1]!.first - 1]?.text === 'I') cues.pop();
  // ("insisted the province was not asking for extra money, only “…”": a verb in progress inside the statement.)
  while (cues.length > 1 && cues[cues.length - 1]!.word.endsWith('ing') && progressiveAuxiliaries.has(before[cues[cues.length - 1]!.first - 1]?.lower ?? '')) cues.pop();
  if (cues.length === 0) return undefined;
  const quoted = cues.find((c) => c.word === 'quoted');
  // "said the cut was smaller than scientists had advised but “…”": a cue inside a comparison
  // ("than X had advised") reports nothing; the cue before it introduces the quotation.
  // "tells the Record that a scheme will be announced “within weeks”": a passive cue names no speaker.
  const active = cues.length > 1 && isPassiveCue(before, cues[cues.length - 1]!) ? cues.slice(0, -1) : cues;
  const speaking = active.length > 1 && inComparison(before, active[active.length - 1]!) ? active.slice(0, -1) : active;
  const cue = quoted && speaking[speaking.length - 1]!.word === 'saying' ? quoted : speaking[speaking.length - 1]!;
  const adjacent = cue.last >= before.length - 3 || cue === quoted;
  // "“We were second best,” said Aske, “but …”": an inverted cue between the parts names its speaker after it.
  if (isInvertedBetweenParts(before, cue)) return { cue: cue.text, subject: subjectAfter(before, cue, before.length - 1), confidence: 0.9 };
  return fromCue(ctx, before, cue, adjacent ? 0.9 : 0.8);
}

/** The cue opens the words between the two parts of a split quotation, and a name or role follows it up to the comma. */
function isInvertedBetweenParts(before: readonly Token[], cue: Cue): boolean {
  const n = before.length;
  if (before[n - 1]?.text !== ',' || cue.last >= n - 2) return false;
  let k = cue.first - 1;
  if (before[k]?.text === ',') k--;
  if (before[k]?.kind !== 'quote') return false;
  // ("said Tobias Wrenfield, the agency’s head of air quality, “…”": the speaker's apposition may follow.)
  for (let i = cue.last + 1; i < n - 1; i++) if (before[i]!.kind !== 'word' && before[i]!.text !== ',') return false;
  return true;
}

/** The lower-case word at `i`, or the one after a time there ("last autumn", "on Monday"). */
function wordAfterTime(tokens: readonly Token[], i: number): string {
  const word = tokens[i]?.lower ?? '';
  if (word === 'last' || word === 'this' || word === 'on' || word === 'in') return tokens[i + 2]?.lower ?? '';
  if (word === 'yesterday' || word === 'earlier' || word === 'recently' || calendarNames.has(word)) return tokens[i + 1]?.lower ?? '';
  return word;
}

function isPassiveCue(tokens: readonly Token[], cue: Cue): boolean {
  // ("the devices described by the ministry were „unusually crude“": a participle with its agent.)
  if (cue.word.endsWith('ed') && tokens[cue.last + 1]?.lower === 'by') return true;
  return passiveAuxiliaries.has(tokens[cue.first - 1]?.lower ?? '') && !isHearingCue(tokens, cue);
}


/** The cue ends a comparative clause: "than" or "as" opens its subject a few words before it. */
function inComparison(tokens: readonly Token[], cue: Cue): boolean {
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'than' || (t.lower === 'as' && tokens[k - 1]?.lower === 'as')) return true;
  }
  return false;
}

function attributeAfter(ctx: DocumentContext, after: Token[]): Attribution | undefined {
  // "…,” the author of “A Short History of Weather” said.": a title inside the attribution is part of it.
  let end = after.findIndex((t, i) => t.kind === 'quote' && !isNamedWork(t.text.slice(1, -1), after.slice(0, i)));
  if (end < 0) end = after.length;
  // ("had “failed in its most basic duty” to ask what …": an infinitive is what someone should do;
  // "the airport’s “quiet hours” rule": a noun the quotation names, no verb.)
  const cues = findCues(after, ctx.lexicon, 0, end).filter((c) => after[c.first - 1]?.lower !== 'to' && !(c.first === 0 && bareForm(c.word)));
  const cue = cues[0];
  if (!cue) return undefined;
  const firstWord = after.findIndex((t) => t.kind === 'word');
  const near = cue.first <= firstWord + 12;
  if (cue.first === firstWord) {
    const subject = subjectAfter(after, cue, end);
    return { cue: cue.text, subject, confidence: 0.9 };
  }
  return fromCue(ctx, after, cue, near ? 0.9 : 0.8);
}

/** A verb's bare form ("rule", "say"), not "said", "says" or "ruling". */
function bareForm(word: string): boolean {
  return !/(?:s|ed|ing)$/.test(word) && !irregularPastVerbs.has(word);
}

/**
 * "Kelvarra puts the volume at “about 4,000 cubic metres” and insists …": the cue after the quote
 * shares the subject of the clause before it, which the tokens after the quote do not hold.
 */
function withSentenceSubject(ctx: DocumentContext, attribution: Attribution | undefined, before: Token[]): Attribution | undefined {
  if (!attribution || attribution.subject.ref.kind !== 'elided' || before.length === 0) return attribution;
  const opening: Cue = { first: before.length, last: before.length, text: attribution.cue, word: attribution.cue.toLowerCase() };
  return { ...attribution, fallback: deferredClauseSubject(before, opening, ctx) };
}

function fromCue(ctx: DocumentContext, tokens: Token[], cue: Cue, confidence: number): Attribution {
  // "KTV quoted the Kestish leader as saying: …"
  // ("was quoted in the Selmark Evening Post as saying": a passive, and the outlet is no one quoted.)
  const passiveQuoted = passiveAuxiliaries.has(tokens[cue.first - 1]?.lower ?? '');
  if (cue.word === 'quoted' && !passiveQuoted) {
    const as = tokens.findIndex((t, i) => i > cue.last && t.lower === 'as');
    if (as > cue.last + 1 && tokens[as + 1]?.lower === 'saying') {
      const region = quotedOne(tokens, cue.last + 1, as);
      return { cue: 'quoted as saying', subject: { ref: speakerRefOf(region), pos: region[0]!.start }, confidence };
    }
  }
  // "X read out a message from a constituent:", "She read out one from a pensioner:": the writer speaks.
  for (let i = cue.last + 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower === 'from' && (messageNouns.has(tokens[i - 1]!.lower) || (cue.word === 'read' && tokens[i - 1]!.lower === 'one'))) {
      const region = tokens.slice(i + 1).filter((t) => t.kind === 'word');
      if (region.length > 0) return { cue: cue.text, subject: { ref: speakerRefOf(region), pos: region[0]!.start }, confidence };
    }
  }
  if (isHearingCue(tokens, cue)) return { cue: cue.text, subject: { ref: { kind: 'generic' }, pos: tokens[cue.first]!.start }, confidence };
  const subject = subjectBefore(tokens, cue);
  // ("X was quoted as saying: …", "… quoted in the Post as saying": the passive names the same cue.)
  const quotedAs = cue.word === 'quoted' && tokens.slice(cue.last + 1, cue.last + 16).some((t, i, after) => t.lower === 'as' && after[i + 1]?.lower === 'saying');
  return { cue: quotedAs ? 'quoted as saying' : cue.text, subject, fallback: deferredClauseSubject(tokens, cue, ctx), confidence };
}

/**
 * A quote opening a sentence with no cue of its own: the attribution ending the previous sentence
 * with a colon ("In her briefing, the Minister said:"), or the speaker of the quote just before.
 */
function carryOver(ctx: DocumentContext, sentence: Sentence, last: { candidate: Candidate; block: number } | undefined, quote: QuoteSpan): Attribution | undefined {
  const previous = ctx.sentences.previous(sentence);
  if (previous && ctx.text[previous.end - 1] === ':') {
    const tokens = ctx.tokensOf(previous);
    const cues = findCues(tokens, ctx.lexicon);
    if (cues.length > 0) return fromCue(ctx, tokens, cues[cues.length - 1]!, 0.85);
    const byColon = colonAttribution(ctx, tokens);
    if (byColon) return byColon;
  }
  // "His deputy, Karin Loft, was more cautious." and a paragraph of quotation: hers, though no verb says so.
  const stance = previous && previous.block === sentence.block - 1 ? narrativeSubject(ctx, previous) : undefined;
  if (stance) return { cue: '', subject: stance, confidence: 0.7 };
  if (last && last.block >= sentence.block - 1 && last.candidate.end < quote.open) {
    return { cue: last.candidate.cue ?? '', subject: { ref: { kind: 'none' }, pos: quote.open }, confidence: 0.7, inheritFrom: last.candidate };
  }
  return undefined;
}

const stanceVerbs = new Set(['was', 'is', 'were', 'are', 'seemed', 'sounded', 'appeared', 'struck', 'took', 'had', 'has', 'remained', 'stayed', 'disagreed', 'agreed', 'differed', 'demurred']);

/**
 * The person a short paragraph of narrative is about, when it holds no quotation and no cue:
 * "Karin Loft was more cautious.", "He disagreed.". Undefined otherwise.
 */
function narrativeSubject(ctx: DocumentContext, sentence: Sentence): Subject | undefined {
  if (ctx.text[sentence.end - 1] !== '.') return undefined;
  const tokens = ctx.tokensOf(sentence);
  if (tokens.length > 16 || tokens.some((t) => t.kind === 'quote') || findCues(tokens, ctx.lexicon).length > 0) return undefined;
  const verb = tokens.findIndex((t, i) => i > 0 && t.kind === 'word' && !t.cap && stanceVerbs.has(t.lower));
  if (verb < 1) return undefined;
  let end = verb;
  while (end > 0 && tokens[end - 1]!.text === ',') end--;
  const ref = speakerRefOf(tokens.slice(0, end));
  const person = (ref.kind === 'name' && ref.cls !== 'org' && ref.cls !== 'place') || (ref.kind === 'pronoun' && (ref.word === 'he' || ref.word === 'she')) || ref.kind === 'role';
  return person ? { ref, pos: tokens[0]!.start } : undefined;
}

/** "X rejected the request in a statement:" followed by the quotation: the sentence's subject speaks. */
function colonAttribution(ctx: DocumentContext, tokens: readonly Token[]): Attribution | undefined {
  const subject = colonSubject(tokens, ctx.lexicon);
  return subject ? { cue: ':', subject, confidence: 0.75 } : undefined;
}
