// Whether tokens hold a clause: the tests that finding reported speech and cutting its span share.
import { articles, irregularPastVerbs, isPastForm } from './lexicon';
import { endsPossessive, type Token } from './tokens';

const auxiliaries = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|isn't|wasn't|aren't|weren't|won't|wouldn't|couldn't|shouldn't|can't|cannot|mustn't|hasn't|haven't|hadn't|didn't|doesn't|don't)$/;
const nounPhraseStarts = new Set(['the', 'a', 'an', 'its', 'their', 'of', 'and', 'for', 'in', 'on']);
const coordinators = new Set(['and', 'but', 'or']);
const listDeterminers = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'our', 'my', 'your']);
export const clauseBreakers = new Set(['but', 'adding', 'saying', 'while', 'whereas', 'after', 'before', 'when', 'because', 'since', 'although', 'though', 'despite', 'amid', 'following', 'hours', 'days', 'weeks']);

/** A complement clause without "that" has a verb: an auxiliary, a past form, or a present form after its subject. */
export function looksLikeClause(tokens: readonly Token[], from: number): boolean {
  // "admits he set out too late": a subject pronoun, so a clause, whatever its verb looks like.
  const next = tokens[from + 1];
  if (nominativePronouns.has(tokens[from]?.lower ?? '') && next?.kind === 'word' && !next.cap) return true;
  let limit = from + 12;
  // ("a fault in the radio link between the control room and the sirens was …": a subject of
  // prepositional phrases, with no punctuation, may run longer.)
  if (tokens.slice(from, from + 12).every((t) => t.kind === 'word')) limit += 4;
  // ("a breath test taken by harbour police 40 minutes after the collision had shown …": a participle
  // and its agent after the subject's noun lengthen it.)
  for (let k = from + 1; k <= from + 4 && k + 1 < tokens.length; k++) {
    if (isParticipleWithAgent(tokens, k)) {
      limit += 8;
      break;
    }
  }
  for (let i = from; i < tokens.length && i < limit; i++) {
    const t = tokens[i]!;
    // "the subsidy, which has cost about 1.9 billion solars since October, had …": a relative clause after the subject.
    const relative = t.text === ',' && i > from && (tokens[i + 1]?.lower === 'which' || tokens[i + 1]?.lower === 'who') ? embeddedRelativeEnd(tokens, i + 1, tokens.length) : -1;
    if (relative > 0) {
      limit += relative - i;
      i = relative;
      continue;
    }
    if (t.text === ',' && i > from && (tokens[i - 1]!.kind === 'word' || tokens[i - 1]!.kind === 'quote')) {
      // "Dragan Petrik, 61, had taken …", "one former pupil, now 84, had sent …": an apposition after
      // the subject (after a common noun, only when a verb follows it).
      const close = appositionEnd(tokens, i);
      const after = tokens[close + 1];
      if (close > 0 && (tokens[i - 1]!.cap || (after?.kind === 'word' && isFiniteVerbForm(after)))) {
        limit += close - i;
        i = close;
        continue;
      }
    }
    // "his wallet, his mobile phone and a silver wristwatch had been taken": a list in the subject.
    if (t.text === ',' && i > from && (listDeterminers.has(tokens[i + 1]?.lower ?? '') || listGoesOnToAnd(tokens, i))) continue;
    // ("a second, weaker storm is expected": two adjectives of the subject's noun.)
    if (t.text === ',' && i === from + 2 && articles.has(tokens[from]!.lower) && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap) continue;
    if (t.kind === 'punct') return false;
    if (t.kind !== 'word') continue;
    // "confirm merger talks as union warns on jobs": a clause has its verb before a subordinate one.
    // ("forums such as “The Back Gate” rarely protected …": "such as" gives examples.)
    // (Not "as many as 600 posts are": a quantity.)
    if (t.lower === 'as' && i > from && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.lower !== 'such' && !asManyAsAt(tokens, i - 2)) return false;
    // "confirmed the sale but made no comment": a verb after "and"/"but" is the main clause's again.
    // ("confirmed the fault on Monday but insisted that …": a verb there with none before it is the
    // main clause's second predicate, so what came before was a noun object.)
    if (i > from && coordinators.has(tokens[i - 1]!.lower)) {
      if (!t.cap && (isFiniteVerbForm(t) || irregularPastVerbs.has(t.lower)) && !auxiliaries.test(t.lower)) return false;
      continue;
    }
    if (auxiliaries.test(t.lower)) return true;
    // ("the board's chair and a retired district judge": after an article, a participle is an adjective.)
    if (i > from && !t.cap && !t.lower.includes('-') && isPastForm(t.lower) && !articles.has(tokens[i - 1]!.lower)) return true;
    const previous = tokens[i - 1]!;
    // ("the museum's alarms": after a possessive, a noun.)
    // ("above 180,000 crowns": after a number, a plural noun.)
    if (i > from && !t.cap && /[^s]s$/.test(t.lower) && previous.kind === 'word' && !nounPhraseStarts.has(previous.lower) && !endsPossessive(previous.lower) && !/^\d/.test(previous.text)) return true;
    if (i === from + 2 || i === from + 3) {
      if (pluralSubjectThenVerb(tokens, from, i)) return true;
    }
  }
  return false;
}

/**
 * "its members farm 11,000 hectares", "its 46 boats land more than half": a determiner, maybe a
 * number, a plural noun, then a word that can only be its verb (a plural's present has no -s).
 */
function pluralSubjectThenVerb(tokens: readonly Token[], from: number, verb: number): boolean {
  if (!pluralSubjectDeterminers.has(tokens[from]!.lower)) return false;
  if (verb === from + 3 && !/^\d[\d,.]*$/.test(tokens[from + 1]!.text)) return false;
  const noun = tokens[verb - 1]!;
  const t = tokens[verb]!;
  const after = tokens[verb + 1];
  return noun.kind === 'word' && !noun.cap && looksPlural(noun.lower) && t.kind === 'word' && !t.cap && !/s$/.test(t.lower) && /^[a-z]+$/.test(t.lower) && !notVerbsAfterPlural.has(t.lower) && after !== undefined && (after.kind === 'word' || /^\d/.test(after.text));
}

// ("says the figures understate the problem": "the" and other plural determiners too.)
const pluralSubjectDeterminers = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your', 'the', 'these', 'those', 'many', 'most', 'some']);
const notVerbsAfterPlural = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'and', 'or', 'but', 'that', 'who', 'which', 'whose', 'than', 'by', 'as', 'into', 'across', 'over', 'under', 'about', 'after', 'before', 'since', 'during', 'without', 'also', 'only', 'alone', 'together', 'here', 'there', 'now', 'then', 'too', 'all', 'both', 'each', 'say', 'said']);

/**
 * A plural noun's look: lower-case letters ending in "s" after a letter other than "s" ("figures",
 * not "business" or "board's"), with at least `stem` letters before those two.
 */
export function looksPlural(lower: string, stem = 1): boolean {
  return lower.length >= stem + 2 && /^[a-z]+[a-rt-z]s$/.test(lower);
}

/** "as many as", "as much as", "as few as", "as little as" at `first`: a quantity. */
export function asManyAsAt(tokens: readonly Token[], first: number): boolean {
  return tokens[first]?.lower === 'as' && quantityAdverbs.has(tokens[first + 1]?.lower ?? '') && tokens[first + 2]?.lower === 'as';
}

const quantityAdverbs = new Set(['many', 'much', 'few', 'little']);

/**
 * After "said that": a clause, unless "that" is a determiner ("would write that promise into the
 * bill"). Only a lower-case common noun after it leaves the doubt, which a verb later settles.
 */
export function opensThatClause(tokens: readonly Token[], from: number): boolean {
  const t = tokens[from];
  if (!t || t.kind !== 'word') return t?.kind === 'quote';
  if (t.cap || /^\d/.test(t.text) || clauseOpeners.has(t.lower)) return true;
  // ("warned that thefts typically rise …": "that" as a determiner takes no plural.)
  if (looksPlural(t.lower, 3) && tokens[from + 1]?.kind === 'word') return true;
  return looksLikeClause(tokens, from);
}

const nominativePronouns = new Set(['he', 'she', 'they', 'we', 'i']);

const clauseOpeners = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'there', 'no', 'some', 'all', 'any', 'most', 'many', 'every', 'each', 'both', 'neither', 'none', 'nobody', 'everyone', 'only', 'if', 'when', 'while', 'although', 'because', 'after', 'before', 'in', 'on', 'at', 'by', 'for', 'with', 'without', 'under', 'despite', 'since', 'until', 'unless', 'once', 'as']);

/** "has", "would", "wasn't": an auxiliary or a modal. */
export function isAuxiliary(lower: string): boolean {
  return auxiliaries.test(lower);
}

/** An auxiliary or a past form ("had", "would", "warned"): a predicate can start here. */
export function isFiniteVerbForm(token: Token): boolean {
  return auxiliaries.test(token.lower) || /[^e]ed$/.test(token.lower);
}

/** The comma closing an apposition of one to eight words opened by the comma at `open`, or -1. */
function appositionEnd(tokens: readonly Token[], open: number): number {
  // ("a narrower law, limited to staff in direct contact with … or to declared outbreak periods, could …":
  // a participle phrase runs longer.)
  const first = tokens[open + 1];
  // ("the turbine, one of 14 Vantor V-88 machines operating in Ostvaria, had passed …": so does one of a kind.)
  const partitive = first?.lower === 'one' && tokens[open + 2]?.lower === 'of';
  const reach = first?.kind === 'word' && !first.cap && (/[^e]ed$/.test(first.lower) || partitive) ? (partitive ? 14 : 18) : 9;
  for (let k = open + 1; k < tokens.length && k <= open + reach; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > open + 1 ? k : -1;
    // "the scheme, part of its ‘Waterfront 2030’ plan, would …": a quoted name inside the apposition.
    if (t.kind !== 'word' && t.kind !== 'quote') return -1;
  }
  return -1;
}

/**
 * The comma that closes a relative clause opened at `from` when the sentence's predicate follows
 * it ("…, which the RTA calls “Brecca Flex”, rarely turns up"); -1 when the clause runs to the end
 * or a clause breaker follows ("…, which critics called excessive, adding that …").
 */
export function embeddedRelativeEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from + 1; j < to - 1; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') return -1;
    if (t.text !== ',') continue;
    const next = tokens[j + 1]!;
    // ("the plant, which is run by Halvorsen Biologics, and took more than five hours": the main
    // clause's second verb after the relative clause.)
    if (next.lower === 'and' && tokens[j + 2]?.kind === 'word' && isPastForm(tokens[j + 2]!.lower)) return j;
    if (next.kind !== 'word' || next.cap || clauseBreakers.has(next.lower) || next.lower === 'according' || next.lower === 'which' || next.lower === 'who') return -1;
    return startsPredicate(tokens, j + 1) ? j : -1;
  }
  return -1;
}

/** The words at `from` carry on a clause whose subject came before: an adverb or a verb first. */
function startsPredicate(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from]!.lower;
  // ("the pattern of the outbreaks, which began …, left ‘…’": an irregular past too.)
  if (auxiliaries.test(word) || word.endsWith('ly') || irregularPastVerbs.has(word)) return true;
  if (/[^e]ed$/.test(word) || /[^s]s$/.test(word)) return !nounPhraseStarts.has(word);
  return false;
}

/** "poultry, eggs and litter could not …": the comma at `comma` is one of a list whose "and" or "or" follows within a few words. */
export function listGoesOnToAnd(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k <= comma + 6; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') return k > comma + 1 && tokens[k + 1]?.kind === 'word';
    if (t.kind !== 'word' && t.text !== ',') return false;
  }
  return false;
}

/** "written by", "taken by": a past participle at `k` and "by" after it, its agent to follow. */
export function isParticipleWithAgent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && /(?:ed|en)$/.test(t.lower) && tokens[k + 1]?.lower === 'by';
}

/** A finite verb form or an irregular past ("had", "would", "warned", "spent"). */
export function isFiniteOrPast(token: Token): boolean {
  return isFiniteVerbForm(token) || irregularPastVerbs.has(token.lower);
}

/** A finite verb among the lower-case words of `tokens[from, to)`. */
export function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && !tokens[k]!.cap && isFiniteOrPast(tokens[k]!)) return true;
  return false;
}
