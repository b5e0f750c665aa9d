import type { DocumentContext } from './context';
import { addresseeVerbs, articles, calendarNames, clauseOnlyVerbs, pronouns, namingVerbs, nonNameWords, personRoleNouns, reportingVerbs, type Lexicon } from './lexicon';
import { isRankingAt, looksNationality, nameRuns } from './names';
import { jointSpeaker, speakerRefOf, type SpeakerRef } from './speaker-ref';
import { endsPossessive, isPossessive, type Token } from './tokens';
import { isNamedWork, isTitleCase } from './works';
import { hasFiniteVerb, isFiniteOrPast, isParticipleWithAgent } from './clause';

export interface Cue {
  /** Token index of the cue's first and last word. */
  readonly first: number;
  readonly last: number;
  /** The cue as the text has it. */
  readonly text: string;
  /** Lower-case first word ("according" for "according to"). */
  readonly word: string;
}

const determiners = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'my', 'your', 'no', 'any', 'every', 'each']);
const agentParticiples = new Set(['led', 'owned', 'backed', 'run', 'founded', 'headed', 'funded', 'chaired', 'controlled']);
const adjunctOpeners = new Set(['in', 'inside', 'at', 'on', 'during', 'after', 'before', 'speaking', 'writing', 'addressing', 'responding', 'asked', 'when', 'while', 'reached', 'contacted', 'interviewed', 'approached']);
const boundaries = new Set(['and', 'but', 'or', 'that', 'then', 'while', 'as', 'because', 'when', 'if', 'although', 'though', 'so', 'after', 'before', 'until', 'unless', 'whereas']);
const subjectPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'you']);
const leadPronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const antecedentStops = new Set(['to', 'by', 'from', 'with']);
const invertedSubjectStops = new Set(['in', 'at', 'on', 'as', 'after', 'before', 'while', 'during', 'who', 'when', 'to', 'from']);
const sentenceSubjectStops = new Set(['on', 'in', 'at', 'during', 'after', 'before']);
const nominalWords = new Set(['of', 'the', 'a', 'an']);
const callCompounds = new Set(['conference', 'phone', 'telephone', 'video', 'earnings', 'investor', 'emergency', 'roll', 'close', 'wake-up', 'curtain', 'casting']);

/** Cues in `tokens[from, to)`, in order. A cue word after a determiner is a noun ("a warning") and is skipped. */
export function findCues(tokens: readonly Token[], lexicon: Lexicon, from = 0, to = tokens.length): Cue[] {
  const out: Cue[] = [];
  const filter = filterOf(lexicon);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const mark = t.cueMark || cueMarkOf(t, lexicon, filter);
    const phrase = mark & startsPhrase ? matchPhrase(tokens, i, to, lexicon) : undefined;
    if (phrase) {
      out.push(phrase);
      i = phrase.last;
      continue;
    }
    if (t.cap || !(mark & cueWord)) continue;
    const before = tokens[i - 1];
    // ("a group that says it …": after a relative "that", a verb form is the verb.)
    if (before && before.kind === 'word' && determiners.has(before.lower) && !isRelativeThat(tokens, i - 1, t)) continue;
    // ("She calls the company’s replies «a wall of numbers»": a noun after a possessive.)
    if (before && isPossessive(before)) continue;
    // ("accused the minister of announcing the same nurses": a gerund after "of" is part of the charge.)
    if (before?.lower === 'of' && t.lower.endsWith('ing') && t.lower !== 'according') continue;
    // ("an energy-drink brand sent …", "a two-page note": a noun after a compound modifier and its determiner.)
    // ("the 41-year-old told …" is a person and a verb.)
    if (before?.kind === 'word' && !before.cap && before.lower.includes('-') && !before.lower.endsWith('-old') && determiners.has(tokens[i - 2]?.lower ?? '') && !isFiniteOrPast(t) && !/(?:s|ing)$/.test(t.lower)) continue;
    // "said all reported defects were logged": "all" after a verb or a preposition opens a noun phrase.
    if (before?.lower === 'all' && t.lower.endsWith('ed') && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap && opensNounPhraseAfter(tokens[i - 2])) continue;
    // "had not ruled out taking the case to court": a decision not taken, not a ruling.
    if (tokens[i + 1]?.lower === 'out' && t.lower.startsWith('rul')) continue;
    // "on a conference call": the noun.
    if ((t.lower === 'call' || t.lower === 'calls') && callCompounds.has(before?.lower ?? '')) continue;
    // "hygiene rules had been followed", "the claims were": a plural noun, subject of the verb after it.
    if (t.lower.endsWith('s') && !t.lower.endsWith('ss') && pluralSubjectVerbs.has(tokens[i + 1]?.lower ?? '')) continue;
    // "Red storm surge warning for Vassen coast": a noun after its modifier, then "for" or "of".
    if (t.lower.endsWith('ing') && before?.kind === 'word' && !before.cap && !determiners.has(before.lower) && (tokens[i + 1]?.lower === 'for' || tokens[i + 1]?.lower === 'of') && hazardWords.test(before.lower)) continue;
    // ("issued its storm warning “nine hours late”", "a wind warning that the forecaster issued": a
    // hazard's warning after its article or owner is a noun, whatever follows.)
    const owner = tokens[i - 2];
    if ((t.lower === 'warning' || t.lower === 'warnings') && before?.kind === 'word' && hazardWords.test(before.lower) && owner !== undefined && (determiners.has(owner.lower) || isPossessive(owner) || owner.lower === 'its' || owner.lower === 'their')) continue;
    // "had repeatedly broken licensing rules.": a plural noun after its modifier, ending the sentence.
    if (pluralNounCues.has(t.lower) && i === to - 1 && before?.kind === 'word' && !before.cap && /ing$/.test(before.lower)) continue;
    // "scanned prescriptions and notes written by pharmacists": a plural noun with its participle and agent.
    if (pluralNounCues.has(t.lower) && isParticipleWithAgent(tokens, i + 1)) continue;
    // "agreed that …" reports; "had been agreed with the inspectorate" is no cue at all.
    if (clauseOnlyVerbs.has(t.lower) && tokens[i + 1]?.lower !== 'that') continue;
    out.push({ first: i, last: i, text: t.text, word: t.lower });
  }
  return out;
}

/** "a group that says it …": "that" after a noun, and a verb form after it ("but that claims were …" is no relative). */
function isRelativeThat(tokens: readonly Token[], that: number, verb: Token): boolean {
  const noun = tokens[that - 1];
  return tokens[that]!.lower === 'that' && /(?:s|ed)$/.test(verb.lower) && noun?.kind === 'word' && !noun.cap && !coordinatorWords.has(noun.lower) && !reportingVerbs.has(noun.lower);
}

const participleSubordinators = new Set(['before', 'after', 'while', 'without', 'since']);
const hazardWords = /^(?:surge|flood|storm|weather|heat|health|safety|travel|profit|fire|frost|wind|tsunami|gale|snow|ice|avalanche|drought|smog|rain)$/;
const pluralNounCues = new Set(['rules', 'claims', 'reports', 'notes', 'calls', 'warnings']);
const pluralSubjectVerbs = new Set(['had', 'have', 'were', 'are', 'would', 'could', 'will', 'should', 'must', 'can', 'may', 'might']);

const coordinatorWords = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);

function opensNounPhraseAfter(t: Token | undefined): boolean {
  return t !== undefined && ((t.kind === 'word' && !t.cap && (reportingVerbs.has(t.lower) || ['of', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'and', 'but', 'that'].includes(t.lower))) || t.text === ',');
}

const known = 1;
const cueWord = 2;
const startsPhrase = 4;

/**
 * Whether the token is a cue word and whether a cue phrase starts with it, looked up once per
 * token: a document's tokens belong to one detection run, so to one lexicon.
 */
function cueMarkOf(t: Token, lexicon: Lexicon, filter = filterOf(lexicon)): number {
  let mark = t.cueMark;
  if (mark === 0) {
    const lower = t.lower;
    mark = known;
    if (filter[filterSlot(lower)] === 1) {
      mark |= (lexicon.cues.has(lower) ? cueWord : 0) | (lexicon.phrasesByFirstWord.has(lower) ? startsPhrase : 0);
    }
    t.cueMark = mark;
  }
  return mark;
}

/**
 * A word's slot by its first and last characters and its length. Words whose slot no cue word or
 * cue phrase occupies are rejected without hashing the word (most words of a text).
 */
function filterSlot(word: string): number {
  return ((word.charCodeAt(0) & 63) << 11) | ((word.charCodeAt(word.length - 1) & 63) << 5) | Math.min(word.length, 31);
}

const filters = new WeakMap<Lexicon, Uint8Array>();

function filterOf(lexicon: Lexicon): Uint8Array {
  let filter = filters.get(lexicon);
  if (!filter) {
    filter = new Uint8Array(1 << 17);
    for (const word of lexicon.cues) filter[filterSlot(word)] = 1;
    for (const word of lexicon.phrasesByFirstWord.keys()) filter[filterSlot(word)] = 1;
    filters.set(lexicon, filter);
  }
  return filter;
}

function matchPhrase(tokens: readonly Token[], i: number, to: number, lexicon: Lexicon): Cue | undefined {
  const phrases = lexicon.phrasesByFirstWord.get(tokens[i]!.lower);
  if (!phrases) return undefined;
  for (const words of phrases) {
    if (i + words.length > to) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) ok = false;
    if (ok) {
      const last = i + words.length - 1;
      return { first: i, last, text: tokens.slice(i, last + 1).map((t) => t.text).join(' '), word: words[0]! };
    }
  }
  return undefined;
}

/** Speaker reference and where it was read. */
export interface Subject {
  readonly ref: SpeakerRef;
  /** Offset of the speaker words (for ordering and pronoun search), or of the cue when elided. */
  readonly pos: number;
}

/**
 * The subject of the cue at `cue.first` in a sentence's tokens: the words before it back to a
 * clause boundary, or up to four comma-separated appositive segments ("The skipper, Jonas Feld,
 * 52, said"). A participle after a comma ("…, saying …") has the sentence's subject.
 */
export function subjectBefore(tokens: readonly Token[], cue: Cue, sentenceStart = 0): Subject {
  let k = cue.first - 1;
  const cuePos = tokens[cue.first]!.start;
  while (k > sentenceStart && tokens[k]!.kind === 'word' && auxiliaries.has(tokens[k]!.lower)) k--;
  // ("The chief executive, Corentin Malvoisin, was quoted as saying …": the passive's subject.)
  if (cue.word.startsWith('quoted') && k > sentenceStart && passiveAuxiliaries.has(tokens[k]!.lower)) k--;
  if (cue.word.endsWith('ing') && tokens[k]?.text === ',') return { ref: { kind: 'elided' }, pos: cuePos };
  // ("wrote to every employee in March urging them to …": after a date, the participle is the clause's.)
  if (cue.word.endsWith('ing') && dateWords.has(tokens[k]?.lower ?? '') && dateOpeners.has(tokens[k - 1]?.lower ?? '')) return { ref: { kind: 'elided' }, pos: cuePos };
  // "The Speaker, Dunstan Pell, called for order before warning members …": the participle after a
  // subordinator shares the sentence's subject.
  if (cue.word.endsWith('ing') && participleSubordinators.has(tokens[k]?.lower ?? '')) return { ref: { kind: 'elided' }, pos: cuePos };
  // "Friends of Lindenmouth Libraries, a campaign group which says …": the name the apposition describes.
  const described = k > sentenceStart ? describedByApposition(tokens, k) : undefined;
  if (described) {
    const ref = speakerRefOf(described);
    // ("Valley Voice, a campaign group that says": a name read as a place is the body the description names.)
    const withDescription = ref.kind === 'none' ? speakerRefOf(tokens.slice(tokens.indexOf(described[0]!), k)) : ref;
    return { ref: withDescription.kind === 'name' ? withDescription : ref, pos: described[0]!.start };
  }
  // "Okarundi smiled and replied": the subject of the verb the cue is joined to.
  const joined = tokens[k - 1];
  if (tokens[k]?.lower === 'and' && k - 1 > sentenceStart && joined?.kind === 'word' && !joined.cap && /[^e]ed$/.test(joined.lower) && tokens[k - 2]?.kind === 'word' && tokens[k - 2]!.cap) {
    return subjectBefore(tokens, { first: k - 1, last: k - 1, text: joined.text, word: joined.lower }, sentenceStart);
  }
  // "The 61-year-old, who skippered a trawler … before joining the association, insisted": a relative
  // clause longer than an appositive segment is read below.
  const relativeOpening = tokens[k]?.text === ',' ? longRelativeOpening(tokens, k, sentenceStart) : -1;
  const longRelative = relativeOpening >= 0 && k - relativeOpening > 14;
  if (tokens[k]?.text === ',' && k > sentenceStart && !longRelative && hasTwoSegments(tokens, k, sentenceStart)) {
    // Appositive segments.
    let start = k;
    let segments = 0;
    while (start > sentenceStart && segments < 4) {
      let j = start - 1;
      while (j >= sentenceStart && tokens[j]!.text !== ',' && !endsSubject(tokens, j)) j--;
      // ("Valley Patients' Voice, a campaign group that says it speaks for … in the Dunmere valley, said":
      // a relative clause inside the description runs longer.)
      // ("A woman selling prawns from a van at the Saturday market on the quay, who …, said": so does
      // a sentence's opening subject before a "who" clause.)
      const openingBeforeWho = j < sentenceStart && tokens[start + 1]?.lower === 'who' && start - j <= 20;
      if (start - j > 14 && !(start - j <= 24 && describesWithRelative(tokens, j + 1)) && !openingBeforeWho) break;
      // ("The boarding was carried out without a shot being fired, Tomas Oreglo, commander of …, said":
      // a clause before the name is what was said, no segment of the subject.)
      if (segments >= 2 && hasFiniteVerb(tokens, j + 1, start) && !tokens.slice(j + 1, start).some((t) => t.lower === 'who' || relativeWords.has(t.lower))) break;
      start = j + 1;
      segments++;
      if (j < sentenceStart || tokens[j]!.text !== ',') break;
      start = j;
    }
    if (tokens[start]?.text === ',') start++;
    // ("After the show, one mother, who did not want to be named, said": an adjunct opening the sentence is no part of the subject.)
    if (start === sentenceStart && (adjunctOpeners.has(tokens[start]?.lower ?? '') || tokens[start]?.lower === 'outside')) {
      let comma = start + 1;
      while (comma < k && tokens[comma]!.text !== ',') comma++;
      if (comma < k && comma - start <= 6) start = comma + 1;
    }
    // "Lesk, in remarks carried by Veldish state television, said": the last segment is an adjunct.
    let end = k;
    for (let c = k - 1; c > start; c--) {
      if (tokens[c]!.text !== ',') continue;
      // "The Embassy of Brennholt, whose steelmakers supply …, said": a relative clause, the speaker before it.
      // ("The consortium, led by the engineering group Holtmann Bau, said": the body, not its leader.)
      const agentPhrase = agentParticiples.has(tokens[c + 1]?.lower ?? '') && tokens[c + 2]?.lower === 'by';
      if (adjunctOpeners.has(tokens[c + 1]?.lower ?? '') || tokens[c + 1]?.lower === 'whose' || agentPhrase) end = c;
      // ("Valley Patients' Voice, a campaign group that says …, said": the description without its clause.)
      else if (k - c > 15) {
        const relative = relativeInDescription(tokens, c + 1);
        if (relative > 0) end = relative;
      }
      break;
    }
    const region = tokens.slice(start, end);
    const ref = relativeAware(tokens, region, start, sentenceStart);
    return { ref, pos: tokens[start]?.start ?? cuePos };
  }
  let j = k;
  let reach = 14;
  while (j >= sentenceStart && j > k - reach) {
    const t = tokens[j]!;
    // "the author of “A Short History of Weather” said": a title belongs to the subject.
    const work = t.kind === 'quote' && isNamedWork(t.text.slice(1, -1), tokens.slice(Math.max(0, j - 1), j));
    // "The Ministry of Farming and Rural Affairs said": an "and" between capitals is inside a name.
    const inName = t.lower === 'and' && tokens[j + 1]?.cap === true && tokens[j - 1]?.cap === true;
    // ("after a four-hour debate in which the mayor said": the relative clause's own subject.)
    const inWhich = t.lower === 'which' && (tokens[j - 1]?.lower === 'in' || tokens[j - 1]?.lower === 'during' || tokens[j - 1]?.lower === 'at');
    // ("A keeper who asked not to be named because staff had been told …, said": the reason for
    // anonymity belongs to the subject.)
    // ("One resident who asked that her name be withheld wrote": the request is the subject's too.)
    const anonymityReason = (t.lower === 'because' && anonymityWords.has(tokens[j - 1]?.lower ?? '')) || (t.lower === 'that' && requestVerbs.has(tokens[j - 1]?.lower ?? '') && tokens[j + 2]?.lower === 'name');
    // (The reason may be long: the person asking it is further back.)
    if (anonymityReason) reach = Math.min(k - j + 10, 32);
    if (!anonymityReason && ((isHardBoundary(t) && !work) || t.text === ',' || (t.kind === 'word' && boundaries.has(t.lower) && !inName) || inWhich)) break;
    j--;
  }
  if (tokens[k]?.text === ',') {
    // "Music director Anatol Severin, who was to have conducted … at the opening concert, said": a
    // relative clause too long for the appositive segments; the speaker is before it.
    const opening = relativeOpening;
    if (opening < 0) return { ref: { kind: 'elided' }, pos: cuePos };
    let start = opening - 1;
    while (start >= sentenceStart && opening - start <= 14 && tokens[start]!.text !== ',' && !endsSubject(tokens, start)) start--;
    const region = tokens.slice(start + 1, opening);
    return region.length > 0 ? { ref: speakerRefOf(region), pos: region[0]!.start } : { ref: { kind: 'elided' }, pos: cuePos };
  }
  const antecedent = relativeThatAntecedent(tokens, j, sentenceStart);
  if (antecedent) return { ref: speakerRefOf(antecedent), pos: antecedent[0]!.start };
  const region = tokens.slice(j + 1, k + 1);
  const lastWord = region[region.length - 1];
  if (lastWord && lastWord.kind === 'word' && subjectPronouns.has(lastWord.lower)) {
    const previous = region[region.length - 2];
    // "a table it said was …": a buried relative clause, not an attribution ("which he called" is
    // one, and so is "In a filing last week it argued that …", whose cue has a complement).
    // "the pitch, which he said had not been mowed": the same inside a relative clause.
    const buriedAfter = previous && previous.kind === 'word' && !previous.cap && (!relativeOrTime.has(previous.lower) || relativeWords.has(previous.lower));
    // ("a mistake he said he had made himself": after "a" and a noun, the same with the object missing further on.)
    const contactRelative = previous !== undefined && articles.has(region[region.length - 3]?.lower ?? '') && subjectPronouns.has(tokens[cue.last + 1]?.lower ?? '');
    if (buriedAfter && !isNamingCue(cue) && (opensGap(tokens[cue.last + 1]) || contactRelative)) return { ref: { kind: 'none' }, pos: cuePos };
    return { ref: { kind: 'pronoun', word: lastWord.lower }, pos: lastWord.start };
  }
  const ref = relativeAware(tokens, region, j + 1, sentenceStart);
  const bodyLike = (ref.kind === 'name' && ref.cls === 'org') || ref.kind === 'role';
  const left = bodyLike && tokens[j]?.lower === 'and' ? leftConjunctStart(tokens, j, sentenceStart) : -1;
  const joint = left >= 0 ? jointSpeaker(speakerRefOf(tokens.slice(left, j)), ref) : undefined;
  if (joint) return { ref: joint, pos: tokens[left]!.start };
  return { ref, pos: region[0]?.start ?? cuePos };
}

/**
 * "St Alder's Hospital and the Brightwater Infirmary announced": where the noun phrase before the
 * "and" at `and` starts, when it opens the clause and is a name or a body's class noun phrase
 * ("The farmers' union"), or -1. A clause ("The company sacked the union and …") is none.
 */
function leftConjunctStart(tokens: readonly Token[], and: number, sentenceStart: number): number {
  let k = and - 1;
  while (k >= sentenceStart && and - k <= 6 && tokens[k]!.kind === 'word' && !boundaries.has(tokens[k]!.lower)) k--;
  const start = k + 1;
  if (start >= and || and - start > 6 || (k >= sentenceStart && tokens[k]!.text !== ',' && !isHardBoundary(tokens[k]!))) return -1;
  for (let n = start + 1; n < and; n++) if (articles.has(tokens[n]!.lower)) return -1;
  return start;
}

const requestVerbs = new Set(['asked', 'requested', 'asks']);

/** A verb right after the cue: the cue's clause lacks its object ("a table it said was …"). */
function opensGap(next: Token | undefined): boolean {
  // "In a written statement she added: “…”": a colon opens what was said.
  if (next?.text === ':') return false;
  return next === undefined || next.kind !== 'word' || gapVerbs.has(next.lower);
}

const gapVerbs = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'should', 'might', 'may', 'can', 'must', 'did', 'does', 'do', 'be']);

const anonymityWords = new Set(['named', 'identified', 'anonymity', 'anonymous', 'quoted']);
const auxiliaries = new Set(['has', 'have', 'had', 'later', 'also', 'then', 'again', 'previously', 'earlier', 'simply', 'repeatedly', 'once', 'publicly', 'privately', 'reportedly', 'recently', 'flatly', 'firmly', 'immediately', 'quickly', 'swiftly', 'promptly', 'subsequently']);
const relativeWords = new Set(['which', 'that', 'whom']);
const relativeOrTime = new Set(['which', 'that', 'whom', 'who', 'what', 'and', 'but', 'so', 'then', 'as', 'when', 'while', 'if', 'because', 'today', 'yesterday', 'tonight', 'later', 'now', 'earlier', 'also']);

function isNamingCue(cue: Cue): boolean {
  return namingVerbs.has(cue.word);
}

/** "NP, APPOSITIVE, cue": at least two comma-separated segments before the cue (else a coordinated verb). */
function hasTwoSegments(tokens: readonly Token[], comma: number, sentenceStart: number): boolean {
  for (let j = comma - 1; j >= sentenceStart && j > comma - 25; j--) {
    if (tokens[j]!.text === ',') return comma - j < 16 || describesWithRelative(tokens, j + 1);
    if (endsSubject(tokens, j)) return false;
  }
  return false;
}

function relativeAware(tokens: readonly Token[], region: readonly Token[], start: number, sentenceStart: number): SpeakerRef {
  const ref = speakerRefOf(region);
  if (ref.kind !== 'relative') return ref;
  // "…, according to the authority, which said": the antecedent is the phrase before the comma.
  let end = start - 1;
  while (end >= sentenceStart && tokens[end]!.text === ',') end--;
  let j = end;
  while (j >= sentenceStart && tokens[j]!.text !== ',' && !isHardBoundary(tokens[j]!) && !antecedentStops.has(tokens[j]!.lower)) j--;
  const antecedent = speakerRefOf(tokens.slice(j + 1, end + 1));
  // ("Saskia Ferrandiz-Obi, agriculture spokeswoman for the opposition Green League, who …": the
  // person before the apposition, whom the apposition describes.)
  if (region[0]?.lower === 'who' && tokens[j]?.text === ',' && !(antecedent.kind === 'name' && antecedent.cls === 'person')) {
    const named = nameRuns(tokens, Math.max(sentenceStart, j - 4), j).at(-1);
    if (named && named.last === j - 1 && named.cls === 'person') return speakerRefOf(tokens.slice(named.first, end + 1));
  }
  // ("Ewan Drummore chairs the Sorrel Bay Creel Cooperative, which says …": "which" is the body the phrase ends with.)
  // (So after "X, whose husband …, chairs the Hessary Families Association, which says …".)
  if (region[0]?.lower === 'which' && !(antecedent.kind === 'name' && antecedent.cls === 'org')) {
    const closing = nameRuns(tokens, j + 1, end + 1).at(-1);
    if (closing && closing.last === end && closing.cls === 'org') return speakerRefOf(tokens.slice(closing.first, end + 1));
  }
  return antecedent;
}

const phraseDeterminers = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * "The union that represents bus drivers … said": when `that` follows a noun phrase opening the
 * sentence ("The union", "The largest union"), it starts a relative clause and the phrase speaks.
 */
function relativeThatAntecedent(tokens: readonly Token[], that: number, sentenceStart: number): Token[] | undefined {
  if (that <= sentenceStart || tokens[that]?.lower !== 'that') return undefined;
  let d = that - 1;
  while (d > sentenceStart && d > that - 5 && tokens[d]!.kind === 'word' && !phraseDeterminers.has(tokens[d]!.lower)) d--;
  const determiner = tokens[d];
  if (!determiner || !phraseDeterminers.has(determiner.lower) || d === that - 1) return undefined;
  if (d > sentenceStart && tokens[d - 1]!.kind === 'word') return ofPhraseFromStart(tokens, d, that, sentenceStart);
  return tokens.slice(d, that);
}

/** "The head of the company that ran the colliery": the "of" phrase back to the sentence's article. */
function ofPhraseFromStart(tokens: readonly Token[], d: number, that: number, sentenceStart: number): Token[] | undefined {
  if (tokens[d - 1]!.lower !== 'of' || that - sentenceStart > 8 || !phraseDeterminers.has(tokens[sentenceStart]!.lower)) return undefined;
  for (let k = sentenceStart; k < that; k++) if (tokens[k]!.kind !== 'word' || (k > sentenceStart && tokens[k]!.cap)) return undefined;
  return tokens.slice(sentenceStart, that);
}

/** Words before a quoted nickname ("nicknamed “the Iron Accountant”", "known as “the Kettle”"). */
export const namesBefore: ReadonlySet<string> = new Set(['nicknamed', 'named', 'dubbed', 'called', 'as', 'titled']);

/** The comma opening ", who …" or ", which …" that runs, with no other comma, to the comma at `comma`; or -1. */
export function longRelativeOpening(tokens: readonly Token[], comma: number, sentenceStart: number): number {
  for (let j = comma - 1; j > sentenceStart && j > comma - 40; j--) {
    // A quotation may sit inside the clause ("X, who called the offer «unacceptable», urged …").
    if (tokens[j]!.kind !== 'quote' && endsSubject(tokens, j)) return -1;
    if (tokens[j]!.text !== ',') continue;
    const next = tokens[j + 1]!.lower;
    return next === 'who' || next === 'which' || next === 'whom' || next === 'whose' ? j : -1;
  }
  return -1;
}

/** "a campaign group that …", "an engineer who …": an indefinite description going on in a relative clause. */
function describesWithRelative(tokens: readonly Token[], from: number): boolean {
  return relativeInDescription(tokens, from) > 0;
}

/** Where the relative clause of "a campaign group that …" starts, or -1. */
function relativeInDescription(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'a' && tokens[from]?.lower !== 'an') return -1;
  for (let k = from + 1; k <= from + 5 && tokens[k]?.kind === 'word'; k++) {
    if (tokens[k]!.lower === 'that' || tokens[k]!.lower === 'who' || tokens[k]!.lower === 'which') return k > from + 1 ? k : -1;
    if (tokens[k]!.cap) return -1;
  }
  return -1;
}

/** A hard boundary, but not the title of a work inside the subject ("who conducted his symphony “Lanterns Over the Weir”,"). */
function endsSubject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!isHardBoundary(t)) return false;
  if (t.kind !== 'quote') return true;
  // "Rensfeld, whom the tabloids have nicknamed “the Iron Accountant”, said": a name given to the speaker.
  // ("…whose film about Ostra fishermen, “Low Water”, was due to open …": a title set off by commas.)
  const apposedTitle = tokens[j - 1]?.text === ',' && tokens[j + 1]?.text === ',' && isTitleCased(t.text.slice(1, -1));
  return !apposedTitle && !isNamedWork(t.text.slice(1, -1), tokens.slice(Math.max(0, j - 1), j)) && !namesBefore.has(tokens[j - 1]?.lower ?? '');
}

/** Every word capitalised but small connectors, no closing punctuation: "Low Water", "A Short History of Weather". */
function isTitleCased(content: string): boolean {
  if (/[.!?,;:…]$/.test(content)) return false;
  return isTitleCase(content.split(/\s+/));
}

function isHardBoundary(t: Token): boolean {
  return t.kind === 'quote' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–';
}

/** The speaker after an inverted cue: "…,” said Ruth Anselm, Chief Executive …" */
/** Auxiliaries of the passive ("will be announced", "were told"). */
export const passiveAuxiliaries: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

/**
 * "The jury heard that …", "“…,” the court heard", "Jurors were told …": the subject is who heard
 * the words, and the text does not say who spoke them.
 */
export function isHearingCue(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.word === 'heard' || cue.word === 'hears') return true;
  if (cue.word !== 'told' && cue.word !== 'tells') return false;
  // ("were routinely told": an adverb may stand after the auxiliary.)
  const before = tokens[cue.first - 1]?.lower ?? '';
  const adverb = before.length > 4 && before.endsWith('ly') ? 1 : 0;
  const auxiliary = tokens[cue.first - 1 - adverb]?.lower ?? '';
  // ("be told" is left out: only a finite passive says that someone was told.)
  return auxiliary !== 'be' && passiveAuxiliaries.has(auxiliary);
}

export function subjectAfter(tokens: readonly Token[], cue: Cue, end = tokens.length): Subject {
  const region: Token[] = [];
  let i = cue.last + 1;
  for (; i < end && region.length < 10; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (region.length > 0 && invertedSubjectStops.has(t.lower)) break;
    region.push(t);
  }
  // "said the study's lead author, Dr Ilse Varnhagen, a …": a role, then the name in apposition.
  if (tokens[i]?.text === ',' && i + 1 < end && tokens[i + 1]!.cap && region.length > 1 && !region.some((t) => t.cap)) {
    const named = nameRuns(tokens, i + 1, Math.min(end, i + 7))[0];
    if (named && named.first === i + 1 && named.cls === 'person') region.push(...tokens.slice(i, named.last + 1));
  }
  // ("wrote the resident, who asked not to be named": the relative clause goes with it, to say so.)
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'who') region.push(...tokens.slice(i, Math.min(end, i + 10)));
  return { ref: speakerRefOf(region), pos: region[0]?.start ?? tokens[cue.first]!.start };
}

const sentenceSubjectWords = 8;
const spokesNouns = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const dateOpeners = new Set(['on', 'in', 'last', 'late', 'early', 'by']);
// (Read in lower case, "may" is the verb as often as the month, so it is left out.)
const dateWords = new Set([...[...calendarNames].filter((name) => name !== 'may'), 'week', 'month', 'year', 'night']);
const placeAdjunctOpeners = new Set(['across', 'in', 'at', 'outside', 'inside', 'near', 'beyond', 'elsewhere', 'nearby', 'abroad']);
const partsOfTheDay = new Set(['morning', 'afternoon', 'evening', 'night']);

/** "quoted him in January as saying": the words for the one quoted, `[from, as)`, without a time after them. */
export function quotedOne(tokens: readonly Token[], from: number, as: number): Token[] {
  for (let k = from + 1; k < as; k++) {
    const preposition = tokens[k]!.lower === 'in' || tokens[k]!.lower === 'on' || tokens[k]!.lower === 'last';
    const time = tokens[k + 1]?.lower ?? '';
    if (preposition && (dateWords.has(time) || /^\d{4}$/.test(time))) return tokens.slice(from, k);
  }
  return tokens.slice(from, as);
}

/** The first words of the sentence as its subject, for elided subjects ("…, saying …", "… but said …"). */
export function sentenceSubject(tokens: readonly Token[], lexicon: Lexicon, from = 0): Subject {
  const region = subjectRegion(tokens, lexicon, from);
  return { ref: speakerRefOf(region), pos: region[0]?.start ?? tokens[from]?.start ?? 0 };
}

/** The words `sentenceSubject` reads the speaker from. */
function subjectRegion(tokens: readonly Token[], lexicon: Lexicon, from: number): Token[] {
  const region: Token[] = [];
  let nameEnded = false;
  // "On Monday the minister welcomed …": a date before the subject.
  if (dateOpeners.has(tokens[from]?.lower ?? '') && dateWords.has(tokens[from + 1]?.lower ?? '')) {
    from += partsOfTheDay.has(tokens[from + 2]?.lower ?? '') ? 3 : 2;
    if (tokens[from]?.text === ',') from++;
  }
  // ("Across the border, Suvenia’s transport minister, Petra Ilvanen, welcomed …": past a place before the subject.)
  if (placeAdjunctOpeners.has(tokens[from]?.lower ?? '')) {
    let comma = from + 1;
    while (comma < tokens.length && comma <= from + 5 && tokens[comma]!.kind === 'word') comma++;
    if (comma > from + 1 && comma <= from + 5 && tokens[comma]?.text === ',') from = comma + 1;
  }
  // ("World No. 2 Anouk Desvarre withdrew …": past a ranking.)
  if (tokens[from]?.lower === 'world' && isRankingAt(tokens, from + 1)) from += 3;
  for (let i = from; i < tokens.length && region.length < sentenceSubjectWords; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (!t.cap && cueMarkOf(t, lexicon) & cueWord) break;
    if (sentenceSubjectStops.has(t.lower) && region.length > 0) break;
    // "A district judge ordered …": a role noun ends the subject as a name does.
    const roleEnded = region.length > 0 && personRoleNouns.has(region[region.length - 1]!.lower);
    // ("A spokesman for the Ministry of Agriculture went further:": whom the spokesman speaks for.)
    const speaksFor = t.lower === 'for' && spokesNouns.has(region[region.length - 1]?.lower ?? '');
    // ("Kellmouth city council voted": the place's council, one subject.)
    const council = t.lower === 'council' || tokens[i + 1]?.lower === 'council';
    if (!t.cap && (nameEnded || roleEnded) && !isNominal(t) && !speaksFor && !council) break;
    // ("Olvarian sprinter Dalia Varnekova went …": a nationality opens the subject, the name ends it.)
    if (t.cap && !endsPossessive(t.text) && !nonNameWords.has(t.lower) && !(region.length === 0 && looksNationality(t.text))) nameEnded = true;
    // ("Saint Oriel's chief executive …": a name ending in a possessive goes on to what it owns.)
    else if (t.cap && endsPossessive(t.text)) nameEnded = false;
    region.push(t);
    if (leadPronouns.has(t.lower) && region.length === 1) break;
  }
  // "The Speaker, Agathe Mornay, called for order and reminded …": the name in apposition belongs to the subject.
  const end = from + region.length;
  if (region.length > 0 && region.length < sentenceSubjectWords && tokens[end]?.text === ',') {
    let k = end + 1;
    while (k < tokens.length && k <= end + 5 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
    if (k > end + 1 && tokens[k]?.text === ',') return tokens.slice(from, k);
  }
  return region;
}

const subordinators = new Set(['after', 'as', 'when', 'while', 'because', 'before', 'since', 'once', 'until']);

/**
 * The subject an elided cue shares (a participle, "…, saying", takes the subject of the clause it
 * follows), read only if asked (most claims never ask). Candidates live until the end of the
 * document, so they keep no tokens: holding the speaker words' tokens through them would make the
 * garbage collector copy them all out of the young generation. Where the words start and how many
 * there are is enough to read them again.
 */
export function deferredClauseSubject(tokens: readonly Token[], cue: Cue, ctx: DocumentContext): () => Subject {
  const from = afterOpeningPhrase(tokens, clauseStart(tokens, cue), cue.first);
  const antecedent = relativeAntecedent(tokens, cue);
  const region = antecedent ?? subjectRegion(tokens, ctx.lexicon, from);
  const pos = region[0]?.start ?? tokens[from]?.start ?? 0;
  const count = region.length;
  // Neither closure may mention `region`: they share one scope, which would keep it alive.
  if (count === 0) return () => ({ ref: speakerRefOf(noTokens), pos });
  const start = region[0]!.start;
  return () => ({ ref: speakerRefOf(ctx.tokensFrom(start, count)), pos });
}

const noTokens: readonly Token[] = [];

/** Words that open a sentence's adjunct phrase ("Opening for the opposition, X …", "Asked about it, X …"). */
const openingPhraseWords = new Set(['asked', 'in', 'at', 'on', 'after', 'before', 'during', 'speaking', 'writing', 'addressing', 'responding', 'opening', 'closing', 'announcing', 'earlier', 'later']);

/** Past an opening adjunct phrase and its comma before `limit`, when the clause starts with one. */
function afterOpeningPhrase(tokens: readonly Token[], from: number, limit: number): number {
  const first = tokens[from];
  if (!first || first.kind !== 'word' || (!openingPhraseWords.has(first.lower) && !first.lower.endsWith('ing') && first.lower !== 'by')) return from;
  for (let k = from + 1; k < limit && k <= from + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k + 1 < limit ? k + 1 : from;
    if (t.kind !== 'word') return from;
    // "By the second half he had cut …": no comma, but a subject pronoun ends the phrase.
    if (k <= from + 6 && pronouns.has(t.lower) && t.lower !== 'you' && t.lower !== 'it') return k;
  }
  return from;
}

/**
 * "Friends of Lindenmouth Libraries, a campaign group which says it has …": at a relative pronoun
 * after an apposition ("a campaign group"), the name the apposition describes.
 */
function describedByApposition(tokens: readonly Token[], relative: number): Token[] | undefined {
  const t = tokens[relative]!;
  if (t.lower !== 'which' && t.lower !== 'that' && t.lower !== 'who') return undefined;
  // ("Tolvane Mills, a family-run flour miller in the Brisk valley, which says": a longer
  // apposition, closed by a comma, a place after "in" allowed.)
  const closed = tokens[relative - 1]?.text === ',' && t.lower !== 'that';
  const end = closed ? relative - 2 : relative - 1;
  if (tokens[end]?.kind !== 'word') return undefined;
  let article = end;
  const opensApposition = (k: number) => articles.has(tokens[k]!.lower) && (!closed || tokens[k - 1]?.text === ',');
  const inApposition = (k: number) => tokens[k]!.kind === 'word' && !opensApposition(k) && (!tokens[k]!.cap || (closed && placeAfter(tokens, k)));
  while (article > 0 && end - article <= (closed ? 9 : 3) && inApposition(article)) article--;
  if (!articles.has(tokens[article]?.lower ?? '') || tokens[article - 1]?.text !== ',') return undefined;
  let start = article - 2;
  while (start >= 0 && tokens[start]!.kind === 'word' && article - start <= 8) start--;
  const region = tokens.slice(start + 1, article - 1);
  return region.length > 0 && region[0]!.cap ? region : undefined;
}

/** A capitalised word of a place after "in" or "near" ("in the Brisk valley"). */
function placeAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 2; j--) {
    const lower = tokens[j]!.lower;
    if (lower === 'in' || lower === 'near') return true;
    if (lower !== 'the') return false;
  }
  return false;
}

/**
 * "…, Miriam Osei, who welcomed the money but said …": a cue inside a relative clause about a
 * person takes the words before ", who" (back to the comma or the sentence start) as its subject.
 */
function relativeAntecedent(tokens: readonly Token[], cue: Cue): Token[] | undefined {
  for (let k = cue.first - 1; k > 0 && cue.first - k <= 14; k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ';') return undefined;
    const described = describedByApposition(tokens, k);
    if (described) return described;
    if (t.lower !== 'who' || tokens[k - 1]!.text !== ',') continue;
    let start = k - 2;
    while (start >= 0 && tokens[start]!.kind === 'word' && k - start <= 7) start--;
    const region = tokens.slice(start + 1, k - 1);
    return region.length > 0 && region.some((w) => w.cap) ? region : undefined;
  }
  return undefined;
}

/** Where the clause holding the cue starts: after a subordinator before a participle, else at 0. */
function clauseStart(tokens: readonly Token[], cue: Cue): number {
  if (cue.word.endsWith('ing') && cue.word !== 'according') {
    for (let i = cue.first - 1; i > 0; i--) {
      // ("left after forty minutes, telling …": a phrase, not a clause, follows "after".)
      if (tokens[i]!.kind === 'word' && subordinators.has(tokens[i]!.lower) && hasFiniteVerb(tokens, i + 1, cue.first)) return i + 1;
    }
  }
  return 0;
}

function isNominal(t: Token): boolean {
  return endsPossessive(t.text) || nominalWords.has(t.lower) || t.lower.endsWith('man') || t.lower.endsWith('woman');
}

export function isAddresseeVerb(word: string): boolean {
  return addresseeVerbs.has(word);
}

/**
 * The speaker of a sentence that introduces a quotation with a colon but no reporting verb
 * ("Health Minister Annika Fjeld rejected the request in a short statement:", "Its leader,
 * Einar Lind, put it bluntly:"): the sentence's subject, or the name in apposition to it.
 * Undefined unless that subject is a name, a role or a personal pronoun.
 */
export function colonSubject(tokens: readonly Token[], lexicon: Lexicon): Subject | undefined {
  if (tokens[tokens.length - 1]?.text !== ':') return undefined;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma <= 4) {
    const run = nameRuns(tokens, comma + 1, Math.min(tokens.length, comma + 7))[0];
    if (run && run.first === comma + 1 && run.cls === 'person' && tokens[run.last + 1]?.text === ',') {
      return { ref: { kind: 'name', name: run.name, cls: 'person' }, pos: tokens[run.first]!.start };
    }
  }
  const subject = sentenceSubject(tokens, lexicon);
  const ref = subject.ref;
  if (ref.kind === 'name' || ref.kind === 'role' || (ref.kind === 'pronoun' && ref.word !== 'it' && ref.word !== 'you')) return subject;
  return undefined;
}

/** "those words", "these words", "the words" at `i`: what a cue points back to. */
export function pointsBackToWords(tokens: readonly Token[], i: number): boolean {
  // ("said those words meant little without a deadline": the subject of what was said.)
  const verb = tokens[i + 2];
  const subjectOfClause = verb?.kind === 'word' && !verb.cap && isFiniteOrPast(verb);
  return (tokens[i]?.lower === 'those' || tokens[i]?.lower === 'these' || tokens[i]?.lower === 'the') && tokens[i + 1]?.lower === 'words' && !subjectOfClause;
}
