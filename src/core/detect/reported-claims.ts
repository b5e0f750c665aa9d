import { isNamedWork } from './works';
import type { Candidate, DocumentContext } from './context';
import { asManyAsAt, hasFiniteVerb, isAuxiliary, isFiniteOrPast, isFiniteVerbForm, looksLikeClause, looksPlural, opensThatClause } from './clause';
import { deferredClauseSubject, findCues, pointsBackToWords, isAddresseeVerb, isHearingCue, longRelativeOpening, namesBefore, passiveAuxiliaries, quotedOne, subjectAfter, subjectBefore, type Cue, type Subject } from './cues';
import { isRoleNoun, nameRuns } from './names';
import { addressTitleWords, articles, clauseOnlyVerbs, invertibleVerbs, irregularPastVerbs, monthNames, pronouns, reportingVerbs, weekdayNames } from './lexicon';
import { contentSpan } from './reported-span';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { speakerRefOf } from './speaker-ref';
import { isPossessive, type Token } from './tokens';

const adjunctNouns = new Set(['statement', 'newspaper', 'magazine', 'address', 'interview', 'briefing', 'conference', 'letter', 'post', 'message', 'speech', 'email', 'e-mail', 'broadcast', 'media', 'radio', 'television', 'video', 'parliament', 'session', 'survey', 'report', 'filing', 'submission', 'newsletter', 'memo', 'note', 'study', 'release', 'announcement', 'update', 'notice', 'podcast', 'blog', 'call', 'presentation', 'webinar', 'tweet', 'bulletin', 'review', 'assessment', 'judgment', 'ruling', 'decision']);
/** "in a survey published on Tuesday that …": the participle that dates the document. */
const documentParticiples = new Set(['published', 'released', 'issued', 'posted', 'sent', 'filed', 'circulated']);
const adjunctWords = new Set(['today', 'yesterday', 'tonight', 'later', 'afterwards', 'afterward', 'again', 'also', 'earlier', 'previously', 'separately', 'simply', 'repeatedly', 'publicly', 'privately', 'recently', 'then', 'now', 'online']);
const weekdays = new Set(weekdayNames);
const dayWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}|january|february|march|april|may|june|july|august|september|october|november|december|the)$/;
const claimedThings = new Set(['more', 'less', 'about', 'around', 'nearly', 'almost', 'over', 'rent', 'expenses', 'benefits', 'compensation', 'damages', 'asylum', 'responsibility', 'credit', 'victory', 'money', 'allowances', 'refunds', 'a', 'an', 'his', 'her', 'their', 'its',
  // ("a sandbank that has claimed eleven fishing vessels": a count of what was taken.)
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozens', 'hundreds', 'thousands', 'several', 'lives']);
const parentheticalAdverbs = new Set(['though', 'however', 'too', 'also', 'again', 'nevertheless', 'moreover', 'meanwhile']);
const programmeNouns = new Set(['programme', 'program', 'show', 'podcast', 'series', 'documentary', 'bulletin', 'column']);
const notClauseStarts = new Set(['why', 'how', 'whether', 'what', 'where', 'so', 'nothing', 'little', 'yes', 'no', 'goodbye', 'hello', 'thanks', 'sorry', 'more', 'otherwise', 'of', 'about', 'for', 'with', 'at', 'in', 'on', 'after', 'before', 'during', 'outside', 'inside', 'near', 'to', 'from', 'by', 'without', 'under', 'over', 'as', 'amid', 'while', 'when', 'following', 'through', 'into', 'simply', 'again']);
const prepositions = new Set(['with', 'to', 'at', 'in', 'on', 'about', 'from', 'near', 'inside', 'within', 'outside']);
/** Addressee verbs whose addressee can be followed by "to VP" ("urged X to …"). */
const infinitiveVerbs = new Set(['tell', 'tells', 'told', 'telling', 'urge', 'urges', 'urged', 'urging', 'advise', 'advised', 'advises', 'ask', 'asked', 'asks', 'warn', 'warned', 'warns', 'remind', 'reminded']);
const warnForms = new Set(['warned', 'warns', 'warn']);
const clauseJoiners = new Set(['and', 'but', 'or', 'then', 'which', 'who']);
const passiveInstructions = new Set(['reminded', 'advised', 'asked', 'urged', 'warned', 'requested', 'instructed']);
const gapVerbs = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'should', 'might', 'may', 'can', 'must']);
const subordinators = new Set(['as', 'when', 'after', 'before', 'while']);
const periodWords = new Set(['week', 'month', 'year', 'night']);
/** "on Saturday evening": the part of the day after a day's name belongs to the date. */
const partsOfDay = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * Reported speech: a reporting cue with a clause for complement ("X said (that) …", "X urged Y to
 * …", "according to X, …", "…, X said."). The span is the reported content; a clause that is only
 * the frame of a partial quote is not reported separately. Appends the candidates of one sentence
 * to `out`; `claimedQuotes` holds the opening marks of the quotes claimed so far.
 */
export function reportedCandidates(ctx: DocumentContext, sentence: Sentence, excluded: (pos: number) => boolean, claimedQuotes: ReadonlySet<number>, out: Candidate[]): void {
  if (excluded(sentence.start)) return;
  const tokens = ctx.tokensOf(sentence);
  // "Here is how scientists, the government and campaigners responded.": a signpost to what follows.
  if ((tokens[0]?.lower === 'here' || tokens[0]?.lower === 'this') && tokens[1]?.lower === 'is' && tokens[2]?.lower === 'how') return;
  const cues = findCues(tokens, ctx.lexicon);
  for (const cue of cues) {
    // ("THE CHAIR: … I remind members that the session is being recorded.": whoever writes or chairs
    // speaks as "I" outside quotation marks; that is no one's reported statement.)
    if (firstPersonSubject(tokens, cue)) continue;
    const candidate = fromCue(ctx, sentence, tokens, cue, claimedQuotes);
    if (candidate) out.push(candidate);
  }
}

/** "I remind", "May I remind", "I would remind", "I welcome our witnesses and remind them": the cue's subject is "I". */
function firstPersonSubject(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.first - 1];
  if (before?.text === 'I') return true;
  if (tokens[cue.first - 2]?.text === 'I' && before?.kind === 'word' && modalsAfterI.has(before.lower)) return true;
  // (A verb joined by "and" to a clause opened by "I".)
  if (before?.lower === 'and' && cue.first <= 12) {
    for (let k = 0; k < cue.first - 1; k++) {
      if (tokens[k]!.kind !== 'word') continue;
      return tokens[k]!.text === 'I' && !tokens.slice(k + 1, cue.first).some((t) => t.kind !== 'word');
    }
  }
  return false;
}

const modalsAfterI = new Set(['would', 'must', 'should', 'will', 'can', 'may', 'might', 'also', 'again', 'just']);

function fromCue(ctx: DocumentContext, sentence: Sentence, tokens: Token[], cue: Cue, claimed: ReadonlySet<number>): Candidate | undefined {
  const forward = ctx.opensStory(sentence.block);
  // "The association, which says it speaks for 3,000 travellers, urged …": a cue inside a relative
  // clause reports only up to the comma where the sentence's own verb resumes.
  const relativeEnd = relativeWords.has(tokens[cue.first - 1]?.lower ?? '') ? mainClauseResumes(tokens, cue.last + 1) : tokens.length;
  const make = (from: number, to: number, subject: Subject, confidence: number): Candidate | undefined => {
    const span = contentSpan(ctx, tokens, from, Math.min(to, relativeEnd), claimed, from === 0 && to <= cue.first);
    if (!span) return undefined;
    return {
      kind: 'reported',
      start: span.start,
      end: span.end,
      cue: cue.text,
      subject,
      fallback: deferredClauseSubject(tokens, cue, ctx),
      sentenceStart: sentence.start,
      forward,
      confidence,
    };
  };
  if (cue.word === 'according') {
    const speakerEnd = indexOf(tokens, ',', cue.last + 1);
    let region = tokens.slice(cue.last + 1, speakerEnd < 0 ? tokens.length : speakerEnd);
    // ("according to a letter from the inspectorate seen by Calder Wire": who saw it is no source.)
    const seenBy = region.findIndex((t, i) => i > 1 && sightParticiples.has(t.lower) && region[i + 1]?.lower === 'by');
    if (seenBy > 0) region = region.slice(0, seenBy);
    const subject: Subject = { ref: speakerRefOf(region), pos: region[0]?.start ?? tokens[cue.first]!.start };
    if (cue.first === 0 || tokens[cue.first - 1]!.kind !== 'word') {
      // ("MR DUNMORE: According to the Vellish Audit Office, …": a turn's label before it is no clause.)
      // ("Mrs Okonjo-Bright, according to the company, …": so is a witness addressed by name.)
      const opens = cue.first === 0 || tokens[cue.first - 1]!.text === ':' || addressedBefore(tokens, cue.first - 1);
      // ("According to the auction house, Pellworth & Crane, …": so with a description no role list holds.)
      const described = subject.ref.kind === 'role' || (subject.ref.kind === 'none' && region[0]?.lower === 'the');
      const named = described && speakerEnd > 0 ? nameInApposition(tokens, speakerEnd) : undefined;
      if (named && opens) return make(named.end + 1, tokens.length, named.subject, 0.8);
      if (opens && speakerEnd > 0) return make(accordingAppositionEnd(tokens, speakerEnd) + 1, tokens.length, subject, 0.8);
      // ("…, according to its managing director, Lorcan Feeney.")
      if (cue.first > 0 && tokens[cue.first - 1]!.text === ',') return make(0, cue.first - 1, named?.subject ?? subject, 0.8);
    }
    return undefined;
  }
  const quotedAs = quotedAsSaying(tokens, cue);
  if (quotedAs) {
    // "The agency quoted Foreign Minister Lena Varga as saying (that) …": the one quoted speaks.
    const clause = clauseAfterSaying(tokens, cue);
    const region = quotedOne(tokens, quotedAs.first + 1, quotedAs.as);
    if (tokens[clause]?.kind !== 'word' || !looksLikeClause(tokens, clause)) return undefined;
    const candidate = make(clause, tokens.length, { ref: speakerRefOf(region), pos: region[0]!.start }, 0.8);
    return candidate && { ...candidate, cue: 'quoted as saying' };
  }
  // "Corentin Malvoisin was quoted (in the Kestrel Herald) as saying that …": the passive's subject.
  const passiveQuoted = cue.word === 'saying' && tokens[cue.first - 1]?.lower === 'as' ? passiveQuotedBefore(tokens, cue.first - 1) : -1;
  if (passiveQuoted >= 0) {
    const clause = clauseAfterSaying(tokens, cue);
    if (tokens[clause]?.kind !== 'word' || !looksLikeClause(tokens, clause)) return undefined;
    const quoted: Cue = { first: passiveQuoted, last: passiveQuoted, text: tokens[passiveQuoted]!.text, word: 'quoted' };
    const candidate = make(clause, tokens.length, subjectBefore(tokens, quoted), 0.8);
    return candidate && { ...candidate, cue: 'quoted as saying' };
  }
  // "the Brevandt firm that installed and maintains the museum's alarms, insisted …": a cue in a
  // relative clause with only an object before the main clause resumes reports nothing.
  if (inRelativeClause(tokens, cue.first)) {
    const resumes = mainClauseResumes(tokens, cue.last + 1);
    if (resumes < tokens.length && !looksLikeClause(tokens.slice(0, resumes), cue.last + 1)) return undefined;
  }
  // Phrase cues ("pointed out", or a phrase from the user's settings) report a clause; "read out" reads a text.
  // ("went on" attributes a quotation only: "Halvik went on trial" reports nothing.)
  const reportingPhrase = cue.last > cue.first && cue.word !== 'read' && cue.word !== 'went' && cue.word !== 'goes';
  if (!reportingVerbs.has(cue.word) && !reportingPhrase) return undefined;
  // ("Do you accept that the province failed them?": a question puts it, nobody has said it.)
  if (pronouns.has(tokens[cue.first - 1]?.lower ?? '') && questionAuxiliaries.has(tokens[cue.first - 2]?.lower ?? '')) return undefined;
  // ("Did either of them warn you that …?": a question opening with its auxiliary, and the cue's bare form.)
  // (After a speaker's label too: "MR BANKOLE: Did …".)
  let labelEnd = -1;
  // (Only the first few tokens: a sentence may be a whole document long.)
  for (let k = 0; k < 5 && k < tokens.length && labelEnd < 0; k++) if (tokens[k]!.text === ':') labelEnd = k;
  const opening = tokens[labelEnd + 1];
  if (opening?.cap && questionAuxiliaries.has(opening.lower) && cue.first > labelEnd + 1 && cue.first <= labelEnd + 6 && !/(?:ed|s)$/.test(cue.word)) return undefined;
  // "ringing buyers to warn them that …": an infinitive's content belongs to the clause around it;
  // "which must reply within 56 days": what someone must or will say has not been said.
  if (tokens[cue.first - 1]?.lower === 'to' || modals.has(tokens[cue.first - 1]?.lower ?? '') || inInfinitiveList(tokens, cue.first)) return undefined;
  // "a difference the company said was not significant": a verb right after the cue leaves it in a relative clause.
  if (cue.word !== 'according' && gapVerbs.has(tokens[cue.last + 1]?.lower ?? '')) return undefined;
  // "Vessels are reminded that …", "Residents are advised to …": a notice's instruction, not what someone said.
  if (passiveInstructions.has(cue.word) && passiveAuxiliaries.has(tokens[cue.first - 1]?.lower ?? '')) return undefined;
  if (isHearingCue(tokens, cue)) {
    const clause = tokens[cue.last + 1]?.lower === 'that' ? cue.last + 2 : cue.last + 1;
    // "heard evidence from …" and "was told to leave" report nothing.
    if (tokens[clause]?.kind !== 'word' || (clause === cue.last + 1 && cue.word.startsWith('hear')) || !looksLikeClause(tokens, clause)) return undefined;
    return make(clause, tokens.length, { ref: { kind: 'generic' }, pos: tokens[cue.first]!.start }, 0.75);
  }
  if (attributesQuote(tokens, cue) || isConditional(tokens, cue) || isWithheld(tokens, cue)) return undefined;
  const next = skipAdjuncts(tokens, cue.last + 1);
  const following = tokens[next];
  if (following?.lower === 'that' && describesItsDocument(tokens, next)) return undefined;
  // "claimed more than 38,000 crowns in expenses", "claiming rent": money or a benefit claimed, not a statement.
  if (cue.word.startsWith('claim') && following?.kind === 'word' && (/^\d/.test(following.text) || claimedThings.has(following.lower))) return undefined;
  // Inverted: "…, Foreign Minister Ilona Márkvart said on Tuesday, hours after …" / "…, said X."
  // "…, its leader Hendrik van der Berg told supporters.": the addressee ends the sentence.
  const addresseeLast = following?.kind === 'word' && isAddresseeVerb(cue.word) ? addresseeEnd(tokens, next) : next;
  // "…, a prosecutor told Brannock District Court on Monday as his trial opened.": a date and a
  // subordinate clause may follow the addressee.
  const afterAddressee = addresseeLast > next ? skipAdjuncts(tokens, addresseeLast) : addresseeLast;
  const closesSentence = addresseeLast > next && (afterAddressee >= tokens.length || tokens[afterAddressee]!.text === ',' || (afterAddressee > addresseeLast && subordinators.has(tokens[afterAddressee]!.lower)) || closingPlacePhrase(tokens, afterAddressee));
  // "Its director general, Lorna Pike, said, “The passport …”": the cue, its subject opening the
  // sentence, introduces a quotation ("…, he said, “and …”" still reports what came before).
  if (following?.text === ',' && tokens[next + 1]?.kind === 'quote' && tokens[0]!.start === subjectBefore(tokens, cue).pos) return undefined;
  // "Residents told not to drink tap water" (a headline's passive): an instruction, nobody's statement.
  if (cue.word === 'told' && (following?.lower === 'to' || (following?.lower === 'not' && tokens[next + 1]?.lower === 'to'))) return undefined;
  // "wrote in Monday's Courier, under the headline “…”, that …": an aside between commas, then the clause.
  const asideThat = following?.text === ',' || asidePrepositions.has(following?.lower ?? '') ? thatAfterAside(tokens, next) : -1;
  if (asideThat > 0) return make(asideThat + 1, tokens.length, subjectBefore(tokens, cue), 0.8);
  // "…, Tarmland’s Data Protection Authority said on Thursday as it opened an investigation.": a
  // clause telling when, after an inverted cue.
  const whenClause = following?.kind === 'word' && (following.lower === 'as' || following.lower === 'after' || following.lower === 'while') && pronouns.has(tokens[next + 1]?.lower ?? '');
  // ("…, its chair, Professor Aurel Demski, said after an emergency meeting on Tuesday evening."): a closing time or place phrase.
  const closingAdjunct = tokens[cue.first - 1]?.text === ',' && following?.kind === 'word' && closingAdjunctOpeners.has(following.lower) && tokens.length - next <= 10 && tokens.slice(next).every((t) => t.kind === 'word' && t.lower !== 'that') && !hasFiniteVerb(tokens, next + 1, tokens.length);
  if (!following || following.text === ',' || following.text === '(' || closesSentence || whenClause || closingAdjunct) {
    if (!invertibleVerbs.has(cue.word)) return undefined;
    const subject = subjectBefore(tokens, cue);
    // "…, its developer, Corriden Biologics, said": the content ends before the subject's first segment.
    const subjectStart = tokens[cue.first - 1]?.text === ',' ? tokens.findIndex((t) => t.start === subject.pos) : -1;
    const comma = lastIndexOf(tokens, ',', (subjectStart > 0 ? subjectStart : cue.first) - 1);
    if (comma <= 0 || subject.ref.kind === 'none' || subject.ref.kind === 'elided') return undefined;
    // (Up to two segments of apposition: "…, the mediator hosting the talks, Lindish diplomat Teodor Wallin, said".)
    if (cue.first - comma > (subjectStart > 0 ? 16 : 10)) return undefined;
    // The words between the comma and the cue are one noun phrase ("a charge the company denied" is not).
    // An article after a preposition belongs to a modifier ("two people familiar with the negotiations").
    // ("the mediator hosting the talks": an article after a participle is its object's.)
    const determinersInside = tokens.slice(comma + 1, cue.first).filter((t, i, all) => i > 0 && articles.has(t.lower) && !prepositions.has(all[i - 1]!.lower) && !all[i - 1]!.lower.endsWith('ing')).length;
    if (determinersInside > 0 && !tokens.slice(comma + 1, cue.first).some((t) => t.lower === 'of' || t.lower === 'for')) return undefined;
    const parenthetical = parentheticalClauseEnd(tokens, comma, next);
    if (parenthetical > 0) {
      const candidate = make(0, parenthetical, subject, 0.7);
      // "The court, she wrote, was “not asked …”": cut before the quotation, only the frame is left.
      return candidate && candidate.end > tokens[next]!.start ? candidate : undefined;
    }
    // ("At that density, he said, “people stop …”": a short phrase without a verb is no statement.)
    if (comma < 6 && !hasFiniteVerb(tokens, 0, comma)) return undefined;
    return make(0, comma, subject, 0.75);
  }
  // "So wrote X, …": the words are a quotation given before.
  if (cue.first === 1 && tokens[0]!.lower === 'so') return undefined;
  // "wrote those words in an email": the words are a quotation given before.
  if (following.kind === 'quote' || following.text === ':' || pointsBackToWords(tokens, next)) return undefined;
  if (tokens[cue.first - 1]?.text === ',' && !cue.word.endsWith('ing')) {
    // "…, said Ruth Anselm." after reported content: a name, then the end or a comma.
    const run = nameRuns(tokens, cue.last + 1, Math.min(tokens.length, cue.last + 8))[0];
    if (run && run.first === cue.last + 1 && (!tokens[run.last + 1] || tokens[run.last + 1]!.text === ',')) {
      return make(0, cue.first - 1, subjectAfter(tokens, cue), 0.7);
    }
  }
  const subject = subjectBefore(tokens, cue);
  if (subject.ref.kind === 'none') return undefined;
  // "would write that promise into the bill": "that" there is a determiner, with no clause after it.
  if (following.lower === 'that') return opensThatClause(tokens, next + 1) ? make(next + 1, tokens.length, subject, 0.8) : undefined;
  // "said only that the investigation remained open".
  if ((following.lower === 'only' || following.lower === 'simply') && tokens[next + 1]?.lower === 'that') return opensThatClause(tokens, next + 2) ? make(next + 2, tokens.length, subject, 0.8) : undefined;
  // "said in the capital that …": a place or time phrase before "that".
  // "said in its statement of case that …": a longer phrase after the cue, then "that" (read
  // from the cue, as skipAdjuncts stopped inside the phrase).
  const thatAfterCuePhrase = () => (prepositions.has(tokens[cue.last + 1]?.lower ?? '') ? thatWithin(tokens, cue.last + 2, 8) : -1);
  const thatAfterPhrase = prepositions.has(following.lower) ? thatWithin(tokens, next + 1, 6) : notClauseStarts.has(following.lower) ? thatAfterCuePhrase() : -1;
  if (thatAfterPhrase > 0) return make(thatAfterPhrase + 1, tokens.length, subject, 0.8);
  // "Supermarkets reported long queues": only "reported that …" reports a statement.
  if (cue.word === 'reported') return undefined;
  if (isAddresseeVerb(cue.word)) {
    // "forecasters warned of two days of thunderstorms": a warning about a thing, no one addressed.
    if (following.lower === 'of' || (following.lower === 'about' && !/^\d/.test(tokens[next + 1]?.text ?? ''))) return undefined;
    // "told reporters the barrier had cost …": the clause follows the addressee without "that"
    // (and before any "to" in it: "warned parents the water was unsafe to drink").
    const clause = tellsContent.has(cue.word) ? skipAdjuncts(tokens, addresseeEnd(tokens, next)) : next;
    const clauseWord = tokens[clause];
    // ("told residents living within 5 km … to keep": a participle goes on describing the addressee.)
    // ("warned jurors not to read …": an instruction, read with its addressee below.)
    const negatedInfinitive = clauseWord?.lower === 'not' && tokens[clause + 1]?.lower === 'to';
    // ("warned residents within a kilometre of the site to keep …": a place phrase still describes the addressee.)
    const addresseePlace = clauseWord !== undefined && addresseePlaceWords.has(clauseWord.lower);
    // ("promised an independent inquiry and said …": a second verb, not a clause after an addressee.)
    // ("told them no final decision would be taken": "no" opening a subject, not an answer.)
    const noSubject = clauseWord?.lower === 'no' && tokens[clause + 1]?.kind === 'word';
    if (clause > next && clauseWord?.kind === 'word' && clauseWord.lower !== 'that' && !clauseJoiners.has(clauseWord.lower) && (!notClauseStarts.has(clauseWord.lower) || noSubject) && !clauseWord.lower.endsWith('ing') && !negatedInfinitive && !addresseePlace && looksLikeClause(tokens, clause)) {
      return make(clause, tokens.length, subject, 0.75);
    }
    // The addressee may carry a place ("told a crowded meeting in the village hall at Korsa that …")
    // or a relative clause ("urged anyone who was in the Kornmarkt area between two and four … to").
    const reach = tokens[next + 1]?.lower === 'who' ? 22 : 12;
    const limit = Math.min(tokens.length, next + reach);
    for (let i = next; i < limit; i++) {
      const t = tokens[i]!;
      // "urged his Veldish counterpart, Leander Lesk, to …": a name in apposition to the addressee.
      const apposition = t.text === ',' && i > next ? namedAppositionEnd(tokens, i) : -1;
      if (apposition > 0) {
        i = apposition;
        continue;
      }
      // "told Radio Corra's «Morning Round» programme that …": a programme's title inside the addressee.
      if (t.kind === 'quote' && i > next && programmeNouns.has(tokens[i + 1]?.lower ?? '') && t.text.split(/\s+/).length <= 5) continue;
      // "told Circuit & Coin that …"
      if (t.kind !== 'word' && t.text !== '&') break;
      if (t.lower === 'that') return make(i + 1, tokens.length, subject, 0.8);
      if (t.lower === 'to' && i > next && i < next + reach - 2 && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap) {
        if (infinitiveVerbs.has(cue.word) && isInfinitiveAfterAddressee(tokens, i)) {
          return make(next, tokens.length, subject, 0.75);
        }
      }
      // "accused the government of ignoring warnings" reports a charge; "of contempt" names one
      // ("went on trial … accused of taking bribes": the passive reports no one's words).
      if (t.lower === 'of' && i === next && cue.word.startsWith('accus')) return undefined;
      if (t.lower === 'of' && cue.word.startsWith('accus') && tokens[i + 1]?.lower.endsWith('ing')) return make(next, tokens.length, subject, 0.7);
    }
    if (!warnForms.has(cue.word)) return undefined;
    // "warns you before one runs dry": a warning that comes before something, not a statement.
    if (objectPronouns.has(following.lower) && subordinators.has(tokens[next + 1]?.lower ?? '')) return undefined;
  }
  // "said more than 10,000 had taken part": a comparison opening the clause, not "said more".
  // "said about 600 people had taken part", "said no decision would be made": a quantity opens the clause ("said no to" does not).
  // ("says as many as 600 posts are at risk": so does "as many as".)
  const comparison = asManyAsAt(tokens, next) || (following.lower === 'more' && tokens[next + 1]?.lower === 'than') || ((following.lower === 'about' || following.lower === 'around') && (/^\d/.test(tokens[next + 1]?.text ?? '') || quantityWords.has(tokens[next + 1]?.lower ?? ''))) || (following.lower === 'no' && tokens[next + 1]?.kind === 'word' && tokens[next + 1]!.lower !== 'to' && looksLikeClause(tokens, next)) || (following.lower === 'at' && (tokens[next + 1]?.lower === 'least' || tokens[next + 1]?.lower === 'most'));
  if (following.kind !== 'word' || (notClauseStarts.has(following.lower) && !comparison)) return undefined;
  // Memory and denial verbs report only with "that" (see `thatOnlyVerbs`).
  // ("Vantor denied it was trying to starve anyone": a pronoun and a finite verb open a clause all the same.)
  const deniedClause = cue.word.startsWith('den') && pronouns.has(following.lower) && gapVerbs.has(tokens[next + 1]?.lower ?? '');
  if (thatOnlyVerbs.has(cue.word) && !deniedClause) return undefined;
  if (!looksLikeClause(tokens, next)) return undefined;
  return make(next, tokens.length, subject, 0.75);
}

const addresseePlaceWords = new Set(['within', 'near', 'around', 'across', 'outside', 'inside', 'along', 'downstream', 'upstream', 'in']);
const relativeWords = new Set(['which', 'who', 'that']);
const modals = new Set(['must', 'will', 'would', 'shall', 'should', 'could', 'might', 'may', 'can']);

/** "the firm that installed and maintains": "that", "which" or "who" after a noun, a few words before the cue. */
function inRelativeClause(tokens: readonly Token[], cueFirst: number): boolean {
  for (let k = cueFirst - 1; k >= 1 && k >= cueFirst - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower !== 'that' && t.lower !== 'which' && t.lower !== 'who') continue;
    const noun = tokens[k - 1]!;
    return noun.kind === 'word' && !reportingVerbs.has(noun.lower) && !isFiniteVerbForm(noun);
  }
  return false;
}

/** "…, he told reporters at the village fire station on Wednesday evening.": a short place phrase, of words only, ends the sentence. */
function closingPlacePhrase(tokens: readonly Token[], from: number): boolean {
  if (!placeOpeners.has(tokens[from]?.lower ?? '') || tokens.length - from > 10) return false;
  for (let k = from + 1; k < tokens.length; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.lower === 'that') return false;
  return true;
}

const questionAuxiliaries = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should']);
const sightParticiples = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'read']);
const closingAdjunctOpeners = new Set(['after', 'before', 'during', 'following', 'at', 'in', 'on', 'outside']);
const placeOpeners = new Set(['at', 'in', 'on', 'outside', 'inside', 'near']);

/** The comma after `from` that a finite verb follows (the main clause going on), or the sentence's end. */
function mainClauseResumes(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length - 1; i++) {
    // ("The association, which says it represents 340 households, last year paid …": a time before the verb.)
    const timed = tokens[i]!.text === ',' && (tokens[i + 1]!.lower === 'last' || tokens[i + 1]!.lower === 'this') && periodWords.has(tokens[i + 2]?.lower ?? '');
    const verb = tokens[timed ? i + 3 : i + 1];
    if (!verb) break;
    // ("The association, which says it represents 62 businesses, wants the work done": a present verb before its object.)
    const presentVerb = /[^s]s$/.test(verb.lower) && (objectStarts.has(tokens[(timed ? i + 3 : i + 1) + 1]?.lower ?? '') || goesOnVerbs.has(verb.lower));
    if (tokens[i]!.text === ',' && verb.kind === 'word' && !verb.cap && (isFiniteOrPast(verb) || presentVerb)) return i;
  }
  return tokens.length;
}

/** Present verbs a body's clause goes on with ("…, which says it speaks for 240 households, wants night landings limited"). */
const goesOnVerbs = new Set(['wants', 'plans', 'hopes', 'fears', 'expects', 'believes', 'demands', 'accepts', 'opposes', 'supports', 'rejects', 'welcomes', 'disputes', 'intends', 'needs', 'seeks']);
const objectStarts = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'that', 'to']);

/** Nouns of what is called for ("urged an end to the fighting", "urge halt to drainage"): no addressee. */
const calledForNouns = new Set(['end', 'halt', 'return', 'ban', 'moratorium', 'ceasefire', 'pause', 'stop', 'change', 'changes', 'delay', 'cut', 'cuts', 'limit', 'limits', 'cap', 'curbs', 'restrictions', 'access', 'commitment', 'solution', 'response', 'transition', 'shift', 'boost', 'extension', 'exemption', 'amendments', 'reforms', 'support', 'restraint', 'calm', 'caution']);

/** Determiners after "to" make it a preposition ("a return to the talks"), not an infinitive's. */
const determinersAfterTo = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'all', 'any', 'some', 'every']);

/** "urged residents to boil water": the "to" at `to` opens an infinitive after an addressee. */
function isInfinitiveAfterAddressee(tokens: readonly Token[], to: number): boolean {
  return !calledForNouns.has(tokens[to - 1]!.lower) && !determinersAfterTo.has(tokens[to + 1]!.lower);
}

const quoteVerbs = new Set(['quoted', 'quotes', 'quote']);

/** Where the reported clause opens after "as saying", past a time ("on Wednesday", "last month") and "that". */
function clauseAfterSaying(tokens: readonly Token[], cue: Cue): number {
  const next = skipAdjuncts(tokens, cue.last + 1);
  return tokens[next]?.lower === 'that' ? next + 1 : next;
}

/** "was quoted (in the Post) as …": where "quoted" is, after a passive auxiliary and within eight words before `as`, or -1. */
function passiveQuotedBefore(tokens: readonly Token[], as: number): number {
  for (let k = as - 1; k >= 1 && k >= as - 8; k--) {
    if (tokens[k]!.kind !== 'word') return -1;
    if (tokens[k]!.lower === 'quoted') return passiveAuxiliaries.has(tokens[k - 1]!.lower) ? k : -1;
  }
  return -1;
}

/** "quoted X as saying" around the cue "saying": where "quoted" and "as" are, X between them. */
function quotedAsSaying(tokens: readonly Token[], cue: Cue): { first: number; as: number } | undefined {
  if (cue.word !== 'saying' || tokens[cue.first - 1]?.lower !== 'as') return undefined;
  const as = cue.first - 1;
  // ("quoted Helmut Osei-Paltrow, a fund manager at Greyloft Capital, which owns 11 per cent of
  // Crustwell, as saying": an apposition with its own clause runs longer.)
  for (let k = as - 2; k >= 0 && k >= as - 20; k--) {
    const t = tokens[k]!;
    // ("quoted the company's chief executive, Benedikt Szalay, as saying": a name in apposition.)
    if (t.kind !== 'word' && t.text !== ',') return undefined;
    // ("X was quoted in the Selmark Evening Post as saying": a passive; the outlet quoted no one.)
    if (quoteVerbs.has(t.lower)) return passiveAuxiliaries.has(tokens[k - 1]?.lower ?? '') ? undefined : { first: k, as };
  }
  return undefined;
}

/**
 * "The government, he said, would not raise taxes": an attribution set off by commas inside the
 * reported clause, between a short subject and its predicate. The end of the sentence's clause,
 * or 0 when the cue is no such parenthesis.
 */
function parentheticalClauseEnd(tokens: readonly Token[], comma: number, next: number): number {
  if (tokens[next]?.text !== ',' || comma > 6 || lastIndexOf(tokens, ',', comma - 1) >= 0) return 0;
  for (let k = 0; k < comma; k++) if (tokens[k]!.kind !== 'word') return 0;
  const predicate = tokens[next + 1];
  if (!predicate || predicate.kind !== 'word' || predicate.cap || !isFiniteVerbForm(predicate)) return 0;
  return tokens.length;
}

/**
 * Verbs that report only with "that": "Tessel recalls 200,000 batteries" is a product recall,
 * "denies eight counts of fraud" a plea, "declared Alys Pennock elected" a result and "recommended
 * one governing body, a single …" a proposal, while "recalled that …", "denied that …" and
 * "recommended that …" report.
 */
const thatOnlyVerbs = new Set(['recall', 'recalls', 'recalled', 'recalling', 'remember', 'remembers', 'remembered', 'deny', 'denies', 'denied', 'denying', 'declare', 'declares', 'declared', 'declaring', 'rule', 'rules', 'ruled', 'recommend', 'recommends', 'recommended', 'recommending', ...clauseOnlyVerbs]);

/** Index of "that" within `limit` words from `from` (words only between), or -1. */
function thatWithin(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < tokens.length && k < from + limit; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (t.lower === 'that') return k;
  }
  return -1;
}

/** Addressee verbs whose content can follow the addressee without "that" ("told reporters the …"). */
const tellsContent = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'remind', 'reminds', 'reminded', 'promise', 'promises', 'promised']);
const objectPronouns = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** Who news reports say someone told something; with "the" or "a" and up to two modifiers. */
const addresseeNouns = new Set([
  'reporters', 'journalists', 'parliament', 'lawmakers', 'legislators', 'mps', 'senators', 'delegates', 'supporters', 'investors',
  'analysts', 'residents', 'villagers', 'farmers', 'workers', 'staff', 'employees', 'members', 'colleagues', 'students', 'parents',
  'listeners', 'viewers', 'readers', 'court', 'committee', 'hearing', 'jury', 'council', 'assembly', 'crowd', 'meeting',
  'conference', 'briefing', 'rally', 'audience', 'inquiry', 'tribunal', 'press', 'media', 'broadcaster', 'newspaper', 'radio', 'chamber', 'senate', 'shareholders', 'magistrates', 'panel', 'inquest',
  'jurors', 'judges', 'councillors', 'commuters', 'passengers', 'patients', 'voters', 'fans', 'mourners', 'guests', 'delegations', 'lenders', 'creditors',
]);

/**
 * Where the addressee that starts at `from` ends: an object pronoun, an addressee noun with up to
 * three words before it ("a crowded news conference"), or a name ("Reuters", "the Orlac Courier").
 * `from` when there is none.
 */
function addresseeEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!first || first.kind !== 'word') return from;
  if (objectPronouns.has(first.lower)) return from + 1;
  // ("told the Courier that members would …": "that" opens the content, whatever noun follows it.)
  for (let i = from; i < tokens.length && i < from + 4 && tokens[i]!.kind === 'word' && tokens[i]!.lower !== 'that'; i++) {
    // "a council meeting": the last of the addressee nouns in a row is the head.
    // ("the Lenmar Press Association": a capitalised word is part of a name, read below.)
    if (addresseeNouns.has(tokens[i]!.lower) && !tokens[i]!.cap) return addresseeNouns.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  }
  const nameStart = first.lower === 'the' ? from + 1 : from;
  let i = nameStart;
  while (i < tokens.length && i < nameStart + 4 && tokens[i]!.kind === 'word' && tokens[i]!.cap) i++;
  // ("told the Board's investigation that": the body's possession is the addressee.)
  if (i > nameStart && isPossessive(tokens[i - 1]!) && tokens[i]?.kind === 'word' && !tokens[i]!.cap && tokens[i + 1]?.lower === 'that') return i + 1;
  if (i > nameStart) return i;
  // ("told his customers he would retire": a plural noun phrase, then the clause's own subject.)
  let k = addresseeOwners.has(first.lower) ? from + 1 : from;
  while (k < tokens.length && k < from + 4 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !clauseSubjects.has(tokens[k]!.lower)) k++;
  const plural = k > from && looksPlural(tokens[k - 1]!.lower);
  return plural && clauseSubjects.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'word' ? k : from;
}

const addresseeOwners = new Set(['his', 'her', 'their', 'its', 'our', 'the']);
const clauseSubjects = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the']);

const conditionals = new Set(['if', 'unless', 'whether']);

/** "if the engineer says the dam is safe": a condition, nobody's claim. */
function isConditional(tokens: readonly Token[], cue: Cue): boolean {
  for (let j = cue.first - 1; j >= 0 && j >= cue.first - 6 && tokens[j]!.kind === 'word'; j--) {
    if (conditionals.has(tokens[j]!.lower)) return true;
  }
  return false;
}

const refusals = new Set(['declined', 'declines', 'decline', 'refused', 'refuses', 'refuse', 'failed', 'fails']);
const negations = new Set(['not', 'never', "didn't", 'didn’t', "doesn't", 'doesn’t', "won't", 'won’t', "wouldn't", 'wouldn’t']);

/** "declined to say whether …", "did not say when …", "never said …": nothing was said. */
function isWithheld(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.first - 1]?.lower;
  if (before === undefined) return false;
  return negations.has(before) || (before === 'to' && refusals.has(tokens[cue.first - 2]?.lower ?? ''));
}

/** The cue closes or opens a quotation ("“…,” the mayor said", "said: “…”"): it is the quote's attribution. */
function attributesQuote(tokens: readonly Token[], cue: Cue): boolean {
  let j = cue.first - 1;
  while (j >= 0 && tokens[j]!.kind === 'word' && cue.first - j <= 8) {
    if (clauseJoiners.has(tokens[j]!.lower)) return false;
    j--;
  }
  // "X, who said … «unacceptable», urged …": the quotation belongs to the relative clause.
  if (tokens[j]?.text === ',' && longRelativeOpening(tokens, j, 0) >= 0) return false;
  while (j >= 0 && tokens[j]!.text === ',') j--;
  // "Rensfeld, whom the tabloids have nicknamed “the Iron Accountant”, said": a nickname, not words said.
  // "In an interview on Lisvarian Broadcasting’s “The Morning Catch”, the minister said": a title in an adjunct.
  const beforeQuote = tokens[j - 1];
  if (j >= 0 && tokens[j]!.kind === 'quote' && beforeQuote && (adjunctPrepositions.has(beforeQuote.lower) || isPossessive(beforeQuote))) return false;
  // "who co-wrote the agency’s 2024 report “Living Selwen 2030”, said": a work's title.
  // ("a report, “Groundwater Under Pressure”, said": a title in apposition is the subject's, unless a
  // "who" clause holds it: "X, who presented the bank’s quarterly report, “Prices and Prospects”, said".)
  if (j >= 0 && tokens[j]!.kind === 'quote' && (beforeQuote?.kind === 'word' || holdsWho(tokens, j)) && isNamedWork(tokens[j]!.text.slice(1, -1), tokens.slice(Math.max(0, j - 3), j))) return false;
  if (j >= 0 && tokens[j]!.kind === 'quote' && j === lastQuoteBefore(tokens, cue.first) && !namesBefore.has(tokens[j - 1]?.lower ?? '')) {
    // "The report, «Shared Rivers», warned in January that …": a clause follows, so the quote was a title.
    const after = tokens[skipAdjuncts(tokens, cue.last + 1)];
    return !(after && after.lower === 'that');
  }
  return false;
}

function holdsWho(tokens: readonly Token[], to: number): boolean {
  for (let i = 0; i < to; i++) if (tokens[i]!.lower === 'who') return true;
  return false;
}

/** "said about a third of his guests had cancelled": words that open a quantity. */
const quantityWords = new Set(['a', 'half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'twenty', 'fifty', 'hundred']);

const adjunctPrepositions = new Set(['on', 'in', 'at', 'from', 'during']);

function lastQuoteBefore(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]!.kind === 'quote') return i;
  return -1;
}

/** "According to the assembly’s clerk, Oskar Linde, it was …": the name in apposition to the role speaks; `end` is its closing comma. */
function nameInApposition(tokens: readonly Token[], comma: number): { subject: Subject; end: number } | undefined {
  let close = comma + 1;
  // ("According to the auction house, Pellworth & Crane, …": an ampersand inside the name.)
  while (close < tokens.length && close - comma <= 5 && ((tokens[close]!.kind === 'word' && tokens[close]!.cap) || (tokens[close]!.text === '&' && close > comma + 1))) close++;
  if (close === comma + 1 || (close < tokens.length && tokens[close]!.text !== ',')) return undefined;
  const name = tokens.slice(comma + 1, close);
  const ref = speakerRefOf(name);
  return ref.kind === 'name' ? { subject: { ref, pos: name[0]!.start }, end: close } : undefined;
}

/**
 * "According to Tobias Wrenfield, a senior analyst at Halvard Maritime Intelligence, the blockage …":
 * the comma closing an apposition that opens with an article after the speaker's comma, else that comma.
 */
function accordingAppositionEnd(tokens: readonly Token[], comma: number): number {
  // ("According to the Sennmoor Water Company, which would build and run it, the plant …": a relative clause too.)
  if (tokens[comma + 1]?.lower === 'which' || tokens[comma + 1]?.lower === 'who') {
    const close = indexOf(tokens, ',', comma + 2);
    return close > 0 && close <= comma + 16 && tokens[close + 1]?.kind === 'word' && tokens.slice(comma + 2, close).every((t) => t.kind === 'word') ? close : comma;
  }
  // ("According to Nadia Quellan, chief economist at Sorvik Bank, the reform’s …": a role with no article.)
  const bareRole = tokens[comma + 1]?.kind === 'word' && !tokens[comma + 1]!.cap && (isRoleNoun(tokens[comma + 1]!.lower) || isRoleNoun(tokens[comma + 2]?.lower ?? ''));
  if (!articles.has(tokens[comma + 1]?.lower ?? '') && !bareRole) return comma;
  const close = indexOf(tokens, ',', comma + 2);
  if (close < 0 || close > comma + 20) return comma;
  // ("…, an independent fact-checking group that monitored the broadcast, …": the description ends at its relative clause.)
  let head = comma + 2;
  while (head < close && !relativeWords.has(tokens[head]!.lower)) head++;
  const apposition = tokens.slice(0, head);
  const words = tokens.slice(comma + 1, head);
  // ("a geologist at the University of Talbrück": an occupation is a role here too.)
  // ("According to Polder & Quist, the council's own engineers, …": a plural role too.)
  const describesPerson = words.every((t) => t.kind === 'word') && words.some((t) => !t.cap && (isRoleNoun(t.lower) || isRoleNoun(t.lower.replace(/s$/, '')) || /(?:ist|ologer)s?$/.test(t.lower)));
  const next = tokens[close + 1];
  // (A plural role closing it is no verb: "the council's own engineers,".)
  const endsWithRoles = words.length > 0 && isRoleNoun(words[words.length - 1]!.lower.replace(/s$/, '')) && words[words.length - 1]!.lower.endsWith('s');
  return describesPerson && next?.kind === 'word' && !isFiniteVerbForm(next) && (endsWithRoles || !looksLikeClause(apposition, comma + 1)) ? close : comma;
}

const sharingVerbs = new Set(['posted', 'published', 'released', 'shared', 'uploaded', 'circulated', 'broadcast', 'leaked']);

/**
 * "said in a recorded message that passengers later posted online": "that" opens a relative clause
 * about the message (its verb, one of sharing, has no object and ends the sentence), not what was said.
 */
function describesItsDocument(tokens: readonly Token[], that: number): boolean {
  if (tokens.length > that + 8) return false;
  for (let k = that + 2; k < tokens.length; k++) {
    // ("said in a message that the video was shared": a passive or a perfect has its object; it is the content.)
    if (isAuxiliary(tokens[k]!.lower)) return false;
    if (sharingVerbs.has(tokens[k]!.lower)) return tokens.length - k <= 3 && tokens.slice(k + 1).every((t) => t.kind === 'word' && !t.cap);
  }
  return false;
}

const asidePrepositions = new Set(['in', 'on', 'at', 'under']);

/** The "that" after asides of words, titles and commas from `from` ("in Monday's Courier, under the headline “…”, that …"), or -1. */
function thatAfterAside(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k <= from + 16; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && tokens[k + 1]?.lower === 'that') return opensThatClause(tokens, k + 2) ? k + 1 : -1;
    if (t.kind !== 'word' && t.kind !== 'quote' && t.text !== ',') return -1;
  }
  return -1;
}

/** Skips "on Tuesday", "in a statement", "later", "on social media" after a cue. */
function skipAdjuncts(tokens: readonly Token[], i: number): number {
  for (;;) {
    const t = tokens[i];
    // "warned, though, that …": a parenthetical adverb between commas.
    if (t?.text === ',' && parentheticalAdverbs.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.text === ',') {
      i += 3;
      continue;
    }
    if (!t || t.kind !== 'word') return i;
    // "said Friday the state would …": a bare weekday (American style) dates the statement.
    // "said late on Friday that …" (but "said early results showed …" keeps its "early").
    const timed = (t.lower === 'late' || t.lower === 'early') && ['on', 'in', 'last', 'this', 'that'].includes(tokens[i + 1]?.lower ?? '');
    // "said this week", "told us this morning".
    const thisPeriod = t.lower === 'this' && (periodWords.has(tokens[i + 1]?.lower ?? '') || partsOfDay.has(tokens[i + 1]?.lower ?? '') || weekdays.has(tokens[i + 1]?.lower ?? ''));
    if (thisPeriod) {
      i += 2;
      continue;
    }
    // ("told Orlen Radio the same afternoon that …")
    if (t.lower === 'the' && tokens[i + 1]?.lower === 'same' && (periodWords.has(tokens[i + 2]?.lower ?? '') || partsOfDay.has(tokens[i + 2]?.lower ?? '') || tokens[i + 2]?.lower === 'day')) {
      i += 3;
      continue;
    }
    if (adjunctWords.has(t.lower) || weekdays.has(t.lower) || timed) {
      i++;
      continue;
    }
    // "said at least 40 firms had …": a quantity, not a place or a time.
    if (t.lower === 'at' && (tokens[i + 1]?.lower === 'least' || tokens[i + 1]?.lower === 'most')) return i;
    if (t.lower === 'on' || t.lower === 'in' || t.lower === 'at' || t.lower === 'last') {
      let j = i + 1;
      while (j < tokens.length && j < i + 5 && tokens[j]!.kind === 'word') {
        // ("said in its January bulletin that …": a month naming the document goes on to it.)
        if (dayWords.test(tokens[j]!.lower) && tokens[j]!.lower !== 'the' && !adjunctNouns.has(tokens[j + 1]?.lower ?? '')) {
          const dateEnd = fullDateEnd(tokens, j);
          return skipAdjuncts(tokens, partsOfDay.has(tokens[dateEnd]?.lower ?? '') ? dateEnd + 1 : dateEnd);
        }
        if (adjunctNouns.has(tokens[j]!.lower)) {
          // "in a radio interview", "in a television broadcast": the last of the nouns in a row.
          while (adjunctNouns.has(tokens[j + 1]?.lower ?? '')) j++;
          // ("said in its report “Brindlemere: Living With Water” that …": past the document's title.)
          if (tokens[j + 1]?.kind === 'quote' && tokens[j + 2]?.lower === 'that') return j + 2;
          let afterNoun = documentParticiples.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
          // ("said on Radio Vellen last week that …": past the station's or paper's name, when "that" follows in a few words.)
          if (tokens[afterNoun]?.cap && tokens[afterNoun]!.kind === 'word') {
            let named = afterNoun;
            while (named < afterNoun + 3 && tokens[named]?.kind === 'word' && tokens[named]!.cap) named++;
            if (thatWithin(tokens, named, 4) >= 0) afterNoun = named;
          }
          return skipAdjuncts(tokens, recipientPhraseEnd(tokens, afterNoun));
        }
        if (periodWords.has(tokens[j]!.lower)) return skipAdjuncts(tokens, j + 1);
        j++;
      }
      return phraseBeforeThat(tokens, i);
    }
    // ("said after the session that …", "said through a spokeswoman that …")
    if (t.lower === 'under' || t.lower === 'during' || t.lower === 'before' || t.lower === 'after' || t.lower === 'through' || t.lower === 'via') return phraseBeforeThat(tokens, i);
    // "said a moment ago that …", "said two weeks ago that …".
    for (let j = i + 1; j <= i + 3 && tokens[j]?.kind === 'word'; j++) if (tokens[j]!.lower === 'ago') return tokens[j + 1]?.lower === 'that' ? j + 1 : i;
    return i;
  }
}

const months = new Set(monthNames);

/** After the date word at `j`: past "28 February" or "February 28" (and a year after either), else just past `j`. */
function fullDateEnd(tokens: readonly Token[], j: number): number {
  const word = tokens[j]!.lower;
  const next = tokens[j + 1]?.lower ?? '';
  const dayAndMonth = (/^\d{1,2}$/.test(word) && months.has(next)) || (months.has(word) && /^\d{1,2}$/.test(next));
  if (!dayAndMonth) return j + 1;
  return /^\d{4}$/.test(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
}

/** "Mrs Okonjo-Bright," or "Dr Almqvist," before the comma at `comma`: a title and one or two capitalised words opening the sentence or a turn. */
function addressedBefore(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  let k = comma - 1;
  while (k >= 0 && comma - k <= 3 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k--;
  const title = tokens[k + 1];
  return k + 1 < comma - 1 && (k < 0 || tokens[k]!.text === ':') && title !== undefined && addressTitleWords.has(title.lower);
}


/** "admitted under questioning that …", "said during the hearing that …": the "that" ending a short phrase after the cue, else `i`. */
function phraseBeforeThat(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return i;
    if (t.lower === 'that') return j > i + 1 && j + 1 < tokens.length ? j : i;
  }
  return i;
}

/** The comma closing ", Leander Lesk," opened at `comma`: two to four capitalised words, or -1. */
function namedAppositionEnd(tokens: readonly Token[], comma: number): number {
  let k = comma + 1;
  while (k < tokens.length && k <= comma + 4 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
  // ("told reporters in the capital, Orvik, that …": one word names a place.)
  const least = placeNouns.has(tokens[comma - 1]?.lower ?? '') ? comma + 2 : comma + 3;
  return k >= least && tokens[k]?.text === ',' ? k : -1;
}

const placeNouns = new Set(['capital', 'city', 'town', 'village', 'port', 'region', 'province', 'island']);

/**
 * "in a filing to the Ardmouth Stock Exchange", "in a letter to shareholders": where the recipient
 * phrase after an adjunct's noun ends, when it closes the sentence or meets a comma; else `i`.
 */
function recipientPhraseEnd(tokens: readonly Token[], i: number): number {
  const to = tokens[i];
  if (!to || (to.lower !== 'to' && to.lower !== 'with')) return i;
  let k = i + 1;
  while (k < tokens.length && k <= i + 6 && tokens[k]!.kind === 'word') k++;
  return k > i + 1 && (k >= tokens.length || tokens[k]!.text === ',') ? k : i;
}


function indexOf(tokens: readonly Token[], text: string, from: number): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i]!.text === text) return i;
  return -1;
}

function lastIndexOf(tokens: readonly Token[], text: string, from: number): number {
  for (let i = from; i >= 0; i--) if (tokens[i]!.text === text) return i;
  return -1;
}

export type { QuoteSpan };

/** "forcing staff to cancel operations, divert ambulances and write patient notes by hand": a bare verb in a list after "to". */
function inInfinitiveList(tokens: readonly Token[], cue: number): boolean {
  const joiner = tokens[cue - 1];
  if (/(?:s|ed|ing)$/.test(tokens[cue]!.lower) || irregularPastVerbs.has(tokens[cue]!.lower)) return false;
  if (!joiner || !(joiner.lower === 'and' || joiner.lower === 'or' || joiner.text === ',')) return false;
  for (let k = cue - 2; k >= 0 && k >= cue - 10; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== ',') return false;
    if (t.lower === 'to') return tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap;
  }
  return false;
}
