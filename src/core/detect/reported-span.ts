// Where reported content starts and ends once its cue has been read.
import { clauseBreakers, embeddedRelativeEnd, isFiniteVerbForm, isParticipleWithAgent, listGoesOnToAnd, looksLikeClause, looksPlural } from './clause';
import type { DocumentContext } from './context';
import { addressTitleWords, irregularPastVerbs, isPastForm, reportingVerbs } from './lexicon';
import type { Token } from './tokens';

const subjectPronouns = new Set(['he', 'she', 'it', 'they', 'we']);
/** Acts that follow a statement with "and" or "but" ("…, and it demanded …", "… and declined to comment"): the subject's, not reported. */
const nextActVerbs = new Set(['demanded', 'demands', 'requested', 'requests', 'appealed', 'appeals', 'declined', 'declines', 'refused', 'refuses', 'pointed', 'points', 'vowed', 'vows', 'pledged', 'pledges', 'thanked', 'welcomed', 'criticised', 'criticized', 'blamed', 'blames', 'defended', 'defends', 'praised', 'praises', 'apologised', 'apologized']);
const commentNouns = new Set(['figure', 'claim', 'charge', 'estimate', 'number', 'view', 'allegation', 'accusation', 'assertion', 'characterisation', 'characterization', 'description', 'forecast', 'prediction', 'position']);
const phraseWords = new Set(['on', 'in', 'at', 'by', 'for', 'from', 'with', 'to', 'of', 'the', 'a', 'an', 'its', 'their']);

/** At "and" or "but" (`at`): a verb of saying or a next act follows, with its subject said again or not. */
function secondReportingVerb(tokens: readonly Token[], at: number): boolean {
  // "…, and he urges residents …": the subject said again as a pronoun.
  // "…, and Judge Quillon warned that …": or a name after a comma.
  let verbAt = subjectPronouns.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  if (verbAt === at + 1 && tokens[at - 1]?.text === ',') while (verbAt < at + 5 && tokens[verbAt]?.kind === 'word' && tokens[verbAt]!.cap) verbAt++;
  // "…, and the ministry said it would …": a body by its class, after a comma.
  if (verbAt === at + 1 && tokens[at - 1]?.text === ',' && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.kind === 'word' && !tokens[at + 2]!.cap) verbAt = at + 3;
  // Not "had all but ruled out a cut"; "… but ruled out any emergency money" is the subject's next act.
  if (tokens[at]!.lower === 'but' && tokens[at - 1]?.lower === 'all') return false;
  const verb = tokens[verbAt]?.lower ?? '';
  // "would give notice and announce the strike dates": a bare verb shares the clause's modal.
  const finite = /(?:ed|s)$/.test(verb) || irregularPastVerbs.has(verb);
  // "…, and it published a new hazard map": after a comma, a subject pronoun and a past verb, the subject's next act.
  if (verbAt === at + 2 && tokens[at - 1]?.text === ',' && tokens[at]!.lower === 'and' && isPastForm(verb)) return true;
  // ("scanned prescriptions and notes written by pharmacists": a noun with its participle and agent.)
  if (isParticipleWithAgent(tokens, verbAt + 1)) return false;
  // ("paid the toll twice a day and claimed it back": money claimed, no statement.)
  if (verb.startsWith('claim') && tokens[verbAt + 2]?.lower === 'back') return false;
  // "…, and it demanded the publication of …", "… and declined to comment": the subject's next act too.
  return finite && (reportingVerbs.has(verb) || nextActVerbs.has(verb));
}

/**
 * The reported content `tokens[from, to)` as a span: cut at "…, but", ";", a dash, or before a
 * claimed quotation (at the last comma before it; without such a comma the clause only frames a
 * partial quote and is dropped). At least three words.
 */
/** The closing dash of an aside of a few words opened at `open`, with words after it; else -1. */
function asideDashEnd(tokens: readonly Token[], open: number, to: number): number {
  for (let k = open + 1; k < to && k <= open + 14; k++) {
    const t = tokens[k]!;
    if (t.text === '—') return k > open + 1 && tokens[k + 1]?.kind === 'word' && k + 1 < to ? k : -1;
    if (t.kind !== 'word' && t.text !== ',') return -1;
  }
  return -1;
}

const namingParticiples = new Set(['calling', 'describing', 'branding', 'dubbing', 'terming', 'labelling', 'labeling']);
const reportingParticiples = new Set(['insisting', 'arguing', 'warning', 'noting', 'stressing', 'claiming', 'explaining', 'maintaining']);
const reasonOpeners = new Set(['after', 'because', 'amid', 'following', 'despite']);

export function contentSpan(ctx: DocumentContext, tokens: readonly Token[], from: number, to: number, claimed: ReadonlySet<number>, inverted = false): { start: number; end: number } | undefined {
  // "Asked why she had forwarded the files, Ms Vantreece replied, “…”": the question is the reporter's.
  if (from === 0 && tokens[0]?.lower === 'asked') return undefined;
  let end = to;
  let lastComma = -1;
  // ("saying the magazine used incomplete data and refused to correct it": a finite verb after
  // "and" cannot share the participle's subject, so it goes on with the content's.)
  const cueWord = tokens[from - 1]?.lower === 'that' ? tokens[from - 2]?.lower : tokens[from - 1]?.lower;
  const afterParticipleCue = cueWord !== undefined && cueWord.endsWith('ing') && cueWord !== 'according';
  // ("A keeper who asked not to be named because staff had been told not to speak to the press said …":
  // an instruction inside the subject ends where the sentence's own verb comes.)
  const instruction = (tokens[from]?.lower === 'to' || (tokens[from]?.lower === 'not' && tokens[from + 1]?.lower === 'to')) && tokens[from - 2]?.lower === 'been';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (instruction && i > from + 2 && reportingVerbs.has(t.lower) && tokens[i - 1]!.kind === 'word' && !tokens[i - 1]!.cap) {
      end = i;
      break;
    }
    // "engineers from the International Basin Commission (IBC) to inspect …": a short gloss in brackets is read through.
    if (t.text === '(' && i > from) {
      const close = shortGlossEnd(tokens, i, to);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    // ("found the “beige plate” — pasta, bread and potato in a single serving — on menus": an aside between two dashes.)
    if (t.text === '—' && i > from) {
      const close = asideDashEnd(tokens, i, to);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (t.text === ';' || (t.text === ':' && !isClockColon(tokens, i)) || t.text === '—' || (t.text === '–' && !isClosedUpRange(tokens, i)) || t.text === ')' || t.text === '(') {
      end = i;
      break;
    }
    if (t.text === ',') {
      const n = tokens[i + 1];
      // "the minibus that replaced the 14, which the RTA calls “Brecca Flex”, rarely turns up": the
      // relative clause sits inside the reported one, which goes on after it.
      const relativeEnd = n && (n.lower === 'which' || n.lower === 'who') ? embeddedRelativeEnd(tokens, i + 1, to) : -1;
      if (relativeEnd > 0) {
        i = relativeEnd;
        continue;
      }
      // ", when a bank statement was delivered …" dates what was said and stays in it, and so does
      // a closing ", but not this".
      // "…, but that the figures had been adjusted": the same verb's second clause.
      const butNot = n?.lower === 'but' && ((tokens[i + 2]?.lower === 'not' && to - i <= 5) || tokens[i + 2]?.lower === 'that');
      // ", adding about £148 a year" goes on with the content; ", adding that …" and ", saying officials had …" start a claim of their own.
      const participle = (n?.lower === 'adding' || n?.lower === 'saying') && tokens[i + 2]?.lower !== 'that' && !subjectPronouns.has(tokens[i + 2]?.lower ?? '') && !looksLikeClause(tokens, i + 2);
      // "…, buried under snow, after 38 minutes": a short time phrase that closes the sentence goes on with the content.
      const closingTime = (n?.lower === 'after' || n?.lower === 'before' || n?.lower === 'since') && to - (i + 2) <= 3 && tokens.slice(i + 2, to).some((u) => /^\d/.test(u.text)) && tokens.slice(i + 2, to).every((u) => u.kind === 'word' && !isFiniteVerbForm(u));
      // "…, a figure the government disputes": the reporter's comment on what was said.
      const comment = (n?.lower === 'a' || n?.lower === 'an') && commentNouns.has(tokens[i + 2]?.lower ?? '');
      // "…, as she faced her two challengers": the reporter's framing of when it was said.
      // ("…, as they had last year" compares, and stays in the content.)
      const framingVerb = tokens[i + 3]?.lower ?? '';
      const asFraming = n?.lower === 'as' && subjectPronouns.has(tokens[i + 2]?.lower ?? '') && (/ed$/.test(framingVerb) || irregularPastVerbs.has(framingVerb)) && !['had', 'did', 'was', 'were', 'used'].includes(framingVerb);
      // "denied that X, insisting (that) Y": the participle reports a claim of its own.
      // ("…, calling the suggestion “a rather tired way …”": a naming participle characterises; its quote is a claim of its own.)
      const secondCue = n?.kind === 'word' && ((reportingParticiples.has(n.lower) && (tokens[i + 2]?.lower === 'that' || looksLikeClause(tokens, i + 2))) || namingParticiples.has(n.lower));
      if (comment || asFraming || secondCue) {
        end = i;
        break;
      }
      // ("X will shut on Sunday, after the warmest January on record left its runs bare, its owner
      // said": before an inverted cue, the reason belongs to what was said.)
      // ("…, but firefighters found no trace of fire, the city’s fire brigade said": so is the other side.)
      // (", because …" gives the speaker's own reason, inverted or not.)
      // (", though six passengers were treated …, a spokeswoman said": so is the other side, before an inverted cue.)
      const reason = n?.kind === 'word' && (n.lower === 'because' || (inverted && (reasonOpeners.has(n.lower) || n.lower === 'but' || n.lower === 'though' || n.lower === 'although')));
      // ("the alarm did sound, but the messages went to a disconnected number": a contrast with a
      // subject of its own and no reporting verb goes on with what was said; ", but warned …" and
      // ", but she denied …" start a statement of their own.)
      const contrast = (n?.lower === 'but' || n?.lower === 'though' || n?.lower === 'although') && contrastGoesOn(tokens, i + 2, to);
      // ("…, many of which were cut in 2021": a relative clause on a part of the noun.)
      const partRelative = n?.kind === 'word' && tokens[i + 2]?.lower === 'of' && (tokens[i + 3]?.lower === 'which' || tokens[i + 3]?.lower === 'whom');
      if (partRelative) {
        end = i;
        break;
      }
      if (n && n.kind === 'word' && !butNot && !participle && !closingTime && !reason && !contrast && ((clauseBreakers.has(n.lower) && n.lower !== 'when') || n.lower === 'according' || n.lower === 'which' || n.lower === 'who')) {
        end = i;
        break;
      }
      lastComma = i;
    }
    // "told parliament that A and warned that B", "said A but warned that B": the second reporting verb starts a claim of its own.
    if ((t.lower === 'and' || t.lower === 'but') && i > from && !afterParticipleCue && secondReportingVerb(tokens, i)) {
      end = tokens[i - 1]!.text === ',' ? i - 1 : i;
      break;
    }
    if (t.kind === 'quote' && claimed.has(t.start)) {
      // "had reached Kesh on foot “and found nothing standing”": the quote opens the second predicate.
      // ("said she would cruise again, “but not with them.”": without the comma before it.)
      if (/^["“„«‘']?(?:and|but) /.test(t.text) && wordsIn(tokens, from, i) >= 3) {
        end = tokens[i - 1]!.text === ',' ? i - 1 : i;
        break;
      }
      // ("One tanker, carrying vinyl chloride, was «venting slowly»": the comma closed an aside and the
      // clause goes on to frame the quote.)
      const asideClosed = tokens[lastComma + 1]?.kind === 'word' && isFiniteVerbForm(tokens[lastComma + 1]!);
      // ("would cost hotels, restaurants and ski schools “several million”": a list's comma is no clause break.)
      if (lastComma > from && wordsIn(tokens, from, lastComma) >= 3 && !asideClosed && !listGoesOnToAnd(tokens, lastComma)) {
        end = lastComma;
        break;
      }
      // "said it would publish weekly progress reports and that a footpath … would reopen “by the
      // autumn”": the quote is in the second that-clause; the first is reported on its own.
      const andThat = secondThatAt(tokens, from, i);
      if (andThat > from && wordsIn(tokens, from, andThat) >= 3) {
        end = tokens[andThat - 1]!.text === ',' ? andThat - 1 : andThat;
        break;
      }
      // "that the payments start on April 15 and will be “generous …”": the quote is the second
      // predicate; the clause before its "and" is reported on its own.
      const join = conjunctionBefore(tokens, from, i);
      if (join >= 0) {
        end = join;
        break;
      }
      // The clause frames a partial quote; "said it was “designed and funded” and that work would
      // have started in May" still reports its second clause.
      const second = secondThatClause(tokens, i + 1, to);
      return second < 0 ? undefined : contentSpan(ctx, tokens, second, to, claimed);
    }
  }
  // ("… at the end of October, Mr Terekhov.": a questioner turning to someone by name is no part of it.)
  end = withoutClosingVocative(tokens, from, end);
  if (wordsIn(tokens, from, end) < 3 && !isEllipticalAnswer(tokens, from, end)) return undefined;
  const first = tokens[from]!;
  const last = tokens[end - 1]!;
  if (first.kind !== 'word' && first.kind !== 'quote') return undefined;
  // "61%", "12‰": a unit sign is no token of its own but belongs to the number; so does the last
  // dot of "2 a.m." (a word with dots inside it keeps the one after it).
  const unit = ctx.text.charCodeAt(last.end);
  const dottedAbbreviation = unit === 46 && last.kind === 'word' && /^(?:\p{L}\.)+\p{L}$/u.test(last.text);
  return { start: first.start, end: unit === 37 || unit === 0x2030 || dottedAbbreviation ? last.end + 1 : last.end };
}

/** `end`, or the comma before a closing ", Mr Terekhov" / ", Chair" that addresses someone. */
function withoutClosingVocative(tokens: readonly Token[], from: number, end: number): number {
  const last = tokens[end - 1];
  if (!last || last.kind !== 'word' || !last.cap) return end;
  if (tokens[end - 2]?.text === ',' && (last.lower === 'chair' || last.lower === 'minister')) return end - 2;
  const title = tokens[end - 2];
  return end - 3 > from && tokens[end - 3]!.text === ',' && title && addressTitleWords.has(title.lower) ? end - 3 : end;
}


/** "7:40": a colon between digits, with no space on either side. */
function isClockColon(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && before.end === tokens[i]!.start && after.start === tokens[i]!.end && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** "he replied that it would": a pronoun and an auxiliary after "that" answer in full. */
function isEllipticalAnswer(tokens: readonly Token[], from: number, end: number): boolean {
  return end - from === 2 && tokens[from - 1]?.lower === 'that' && subjectPronouns.has(tokens[from]!.lower) && ellipsisAuxiliaries.has(tokens[from + 1]!.lower);
}

const ellipsisAuxiliaries = new Set(['would', 'could', 'will', 'did', 'does', 'do', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'can', 'should', 'might', 'must']);

function wordsIn(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word') words++;
  return words;
}

/** The ")" closing a bracket of one to three words at `open` ("(IBC)", "(about €40m)") with the clause going on after it, or 0. */
function shortGlossEnd(tokens: readonly Token[], open: number, to: number): number {
  for (let k = open + 1; k < to && k <= open + 4; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > open + 1 && (k + 1 >= to || tokens[k + 1]!.kind === 'word' || tokens[k + 1]!.text === ',') ? k : 0;
    if (t.kind !== 'word') return 0;
  }
  return 0;
}

/** An "and" or "but" a few words before the quote at `quote`, after three words of clause; else -1. */
function conjunctionBefore(tokens: readonly Token[], from: number, quote: number): number {
  // ("had been shipped and engineers expected the first scanner to be working “…”": a clause with a
  // subject of its own may run further.)
  for (let k = quote - 1; k >= Math.max(from + 3, quote - 12); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    if (k < quote - 8 && !((t.lower === 'and' || t.lower === 'but') && opensClauseWithSubject(tokens, k + 1, quote))) continue;
    // "start on April 15 and will be “generous …”" joins two predicates; "in storage and on display
    // «…»" joins two phrases of one.
    // ("urged parents to check … and to ‘ask, and keep asking’": a second infinitive, quoted.)
    const secondInfinitive = tokens[k + 1]?.lower === 'to' && k + 2 === quote;
    const ownSubject = opensClauseWithSubject(tokens, k + 1, quote);
    // ("would cost hotels, restaurants and ski schools “several million”": the last item of a list.)
    const endsList = (tokens[k - 2]?.text === ',' || tokens[k - 3]?.text === ',') && tokens[k - 1]?.kind === 'word' && !isFiniteVerbForm(tokens[k + 1]!);
    if ((t.lower === 'and' || t.lower === 'but') && !endsList && (!phraseWords.has(tokens[k + 1]?.lower ?? '') || secondInfinitive || ownSubject)) {
      // Further back only when a verb follows ("but thought they were ‘…’", "but would otherwise
      // observe the truce “…”"; not "between March and June").
      if (k > quote - 4 || isFiniteVerbForm(tokens[k + 1]!) || irregularPastVerbs.has(tokens[k + 1]!.lower) || ownSubject) return k;
    }
  }
  // "said the allowance had risen and that it remained “open to talks”": a second that-clause.
  for (let k = quote - 1; k >= from + 4 && k >= quote - 12; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (t.lower === 'that' && (tokens[k - 1]!.lower === 'and' || tokens[k - 1]!.lower === 'but')) return k - 1;
  }
  return -1;
}

const clauseDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const beVerbs = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will']);

/** "… and the increase was “simply unavoidable”": a subject of its own (a determiner, a noun or two) and a verb. */
function opensClauseWithSubject(tokens: readonly Token[], at: number, to: number): boolean {
  // ("and engineers expected …": a plural noun, then its verb in the past.)
  const subject = tokens[at];
  const verb = tokens[at + 1];
  if (subject?.kind === 'word' && !subject.cap && looksPlural(subject.lower, 3) && verb?.kind === 'word' && at + 1 < to && isPastForm(verb.lower) && tokens[at + 2]?.lower !== 'by') return true;
  if (!clauseDeterminers.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 2; k < to && k <= at + 3; k++) if (beVerbs.has(tokens[k]!.lower)) return true;
  return false;
}

/** Where the clause after "and that" starts in `tokens[from, to)`, or -1. */
function secondThatClause(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text !== ',') return -1;
    if (t.lower === 'that' && (tokens[i - 1]!.lower === 'and' || tokens[i - 1]!.lower === 'but')) return i + 1;
  }
  return -1;
}

/** An en dash with no space on either side joins a range ("its 2026–27 season", "the Oslo–Bergen line"). */
function isClosedUpRange(tokens: readonly Token[], dash: number): boolean {
  const before = tokens[dash - 1];
  const after = tokens[dash + 1];
  return before?.kind === 'word' && after?.kind === 'word' && before.end === tokens[dash]!.start && after.start === tokens[dash]!.end;
}

/** The "and" of the last "and that" in `tokens[from, to)`, or -1. */
function secondThatAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 2; k > from; k--) if (tokens[k]!.lower === 'and' && tokens[k + 1]!.lower === 'that') return k;
  return -1;
}

/** After ", but": a clause with its own subject (an article, a determiner, a number or a name) and no reporting verb in it. */
function contrastGoesOn(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  // ("the second boat was lowered by hand, but stuck two metres above the water": a second verb of the
  // same subject; "…, but declined to comment" is the reporter's again.)
  if (first?.kind === 'word' && !first.cap && isPastForm(first.lower) && !reportingVerbs.has(first.lower) && !speakersActs.has(first.lower)) return true;
  if (!first || first.kind !== 'word' || !(contrastSubjectOpeners.has(first.lower) || /^\d/.test(first.text) || (first.cap && !subjectPronouns.has(first.lower)))) return false;
  for (let k = from; k < to && k < from + 8; k++) if (reportingVerbs.has(tokens[k]!.lower)) return false;
  return looksLikeClause(tokens, from);
}

const speakersActs = new Set(['declined', 'refused', 'gave', 'offered', 'added', 'stopped', 'did', 'would', 'could', 'had', 'was', 'were', 'left', 'walked', 'hung', 'ended', 'promised', 'vowed', 'pledged']);
const contrastSubjectOpeners = new Set(['the', 'a', 'an', 'its', 'their', 'no', 'none', 'some', 'most', 'many', 'only', 'all', 'both', 'neither', 'several', 'few', 'this', 'these', 'those', 'there']);
