import type { Candidate, DocumentContext } from './context';
import type { Entity } from './registry';
import { addressTitles, companySuffixes, metadataLabels, organisationWords, personRoleNouns, placeWords, titleWords } from './lexicon';
import { normaliseCase } from './tokens';
import { isCredit } from './credits';

export interface Transcript {
  /** Ranges `[start, end)` of answer turns: nothing else is detected inside them. */
  readonly answers: readonly (readonly [number, number])[];
  /** Where the text of a turn starts after its speaker label, by block (labels are not names in the text). */
  readonly turnStarts: ReadonlyMap<number, number>;
  /**
   * The answers as quotes, and the interviewee when there is exactly one ("you" in a question
   * refers to them). Speakers take their canonical names, so call this once the registry is complete.
   */
  speakers(): TranscriptSpeakers;
}

export interface TranscriptSpeakers {
  readonly candidates: Candidate[];
  readonly interviewee: string | undefined;
  /** Whom "you" at `pos` means: the one who answers the question there, else the interviewee. */
  readonly addresseeAt: (pos: number) => string | undefined;
}

/** The longest bracket after a label's name ("Mr Drayne (Westhaven Inshore Fishermen's Association):"). */
const bracketLength = 60;

// An optional timestamp ("[00:12:31]") or question number ("Q14"), then one to four capitalised
// words, an optional bracket ("CALLER (JIM)", "Harriet Vale (Chair)"), and a colon, or for a label in
// capitals or "Q"/"A" a full stop ("MR. SMITH.", "Q.").
const label = new RegExp(String.raw`[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:Q\d{1,4}[ \t]+)?([QA](?=[.:][ \t])|\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ][\p{Lu}][\p{L}\p{M}'’.-]*){0,3})(?:[ ]\(([^()\n]{1,${bracketLength}})\))?(:|\.)[ \t]+(?=\S)`, 'uy');

/** Labels whose bracket holds the speaker's name ("CALLER (JIM):"); elsewhere a bracket holds a role ("Harriet Vale (Chair):"). */
const bracketNamesSpeaker = new Set(['caller', 'guest', 'witness', 'audience', 'listener', 'viewer', 'reader', 'member']);

interface Turn {
  readonly block: number;
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Transcripts and Q&A: runs of at least three consecutive blocks that open with a speaker label
 * ("KRENN:", "**Okonkwo-Lund:**", or a question set in bold), where some speaker talks more than once. Speakers whose
 * turns are mostly questions, and the chair, are interviewers; every other turn is one quote with cue ":".
 */
export function findTranscript(ctx: DocumentContext, source: string): Transcript {
  const turns: (Turn | undefined)[] = [];
  for (let block = 0; block < ctx.sentences.blockCount; block++) turns.push(turnOf(ctx, source, block));
  // "**A:** I meant that …", an unlabelled paragraph, then "**Q:** …": the answer goes on.
  const continued = new Set<number>();
  for (let block = 1; block + 1 < turns.length; block++) {
    const previous = turns[block - 1];
    if (turns[block] || !previous) continue;
    // ("HASKETT: Next autumn. …" then "Here is the difference between us. …": any speaker's turn goes
    // on too, over up to six paragraphs before the next label, never into a heading or a credit. It
    // speaks as "I" or "we" somewhere; a reporter's narrative does not.)
    // (A bold line is a label the pattern missed, "**Press officer:**", or a question.)
    let end = block;
    while (end < turns.length && !turns[end] && end - block < 6 && !isHeadingOrCredit(ctx, end) && (previous.label === 'A' || !opensBold(ctx, source, end))) end++;
    const next = turns[end];
    if (!next || end === block) continue;
    if (previous.label !== 'A' && (previous.key === next.key || !speaksInPerson.test(ctx.text.slice(ctx.sentences.blockStart(block), ctx.sentences.blockEnd(end - 1))))) continue;
    turns[block - 1] = { ...previous, end: ctx.sentences.blockEnd(end - 1) };
    for (let k = block; k < end; k++) continued.add(k);
    block = end;
  }
  answersAfterBoldQuestions(ctx, source, turns, continued);
  const answers: [number, number][] = [];
  const turnStarts = new Map<number, number>();
  /** Each interviewee's turns, in the order their candidates are made. */
  const answerGroups: Turn[][] = [];
  const askers = keysThatAsk(ctx, turns);
  const chairs = namedAsChairs(ctx.text);
  /** A turn that is no answer, and the answer that follows it in its run ("you" in it is that answerer). */
  const questions: [Turn, Turn][] = [];
  let k = 0;
  while (k < turns.length) {
    if (!turns[k]) {
      k++;
      continue;
    }
    let j = k;
    while (j < turns.length && (turns[j] || continued.has(j))) j++;
    const run = turns.slice(k, j).filter((t): t is Turn => t !== undefined);
    k = j;
    const keys = new Map<string, Turn[]>();
    for (const turn of run) keys.set(turn.key, [...(keys.get(turn.key) ?? []), turn]);
    if (run.length < 3 || keys.size < 2 || [...keys.values()].every((list) => list.length < 2)) continue;
    for (const turn of run) turnStarts.set(turn.block, turn.start);
    const answered = new Set<Turn>();
    for (const [key, list] of keys) {
      if (chairs.has(key)) continue;
      // ("CLLR ANAND-ROURKE: I will be voting against the recommendation. …" in the debate, after her
      // questions to witnesses: a member who mostly asks still speaks for herself at length.)
      const asking = asksOrChairs(ctx, key, list);
      if (asking && !(askers.has(key) && !chairLabels.has(key))) continue;
      const statements = asking ? list.filter((turn) => isOwnStatement(ctx, turn)) : askers.has(key) ? list.filter((turn) => !isQuestionOrAside(ctx, turn)) : list;
      if (statements.length === 0) continue;
      answerGroups.push(statements);
      for (const turn of statements) {
        answers.push([turn.start, turn.end]);
        answered.add(turn);
      }
    }
    for (let t = 0; t + 1 < run.length; t++) if (!answered.has(run[t]!) && answered.has(run[t + 1]!)) questions.push([run[t]!, run[t + 1]!]);
  }
  return { answers, turnStarts, speakers: () => transcriptSpeakers(ctx, answerGroups, questions) };
}

function isHeadingOrCredit(ctx: DocumentContext, block: number): boolean {
  return ctx.isHeadline(block) || isCredit(ctx.text, ctx.sentences.blockStart(block), ctx.sentences.blockEnd(block));
}

/** The block's source opens with "**" (a bold label or question in Markdown). */
function opensBold(ctx: DocumentContext, source: string, block: number): boolean {
  return source.startsWith('**', ctx.sentences.blockStart(block) - 2);
}

// (A speaker may also address the room: "You cannot close three libraries on the word of 212 people.")
const speaksInPerson = /\b(?:I|we|We|my|My|our|Our|us|me|you|You)\b/;

/**
 * "**Why have they moved north?**" then "Warmer water, mostly. …": in an interview the text names
 * ("… an interview with Sunniva Askevold"), the unlabelled paragraphs after a question set in bold
 * are one answer, up to the next question.
 */
function answersAfterBoldQuestions(ctx: DocumentContext, source: string, turns: (Turn | undefined)[], continued: Set<number>): void {
  if (!turns.some((t) => t?.key === 'q') || interviewedPerson(ctx.text) === undefined) return;
  for (let block = 1; block < turns.length; block++) {
    if (turns[block - 1]?.key !== 'q' || turns[block] || ctx.isHeadline(block)) continue;
    let last = block;
    // (Up to the next question, heading, credit or bold line: "**Dr Askevold, thank you.**" closes the interview.)
    const goesOn = (k: number) => !turns[k] && !isHeadingOrCredit(ctx, k) && !opensBold(ctx, source, k);
    while (last + 1 < turns.length && goesOn(last + 1)) last++;
    turns[block] = { block, key: 'a', label: 'A', start: ctx.sentences.blockStart(block), end: ctx.sentences.blockEnd(last) };
    for (let k = block + 1; k <= last; k++) continued.add(k);
    block = last;
  }
}

/** Labels of whoever runs a hearing, panel, debate or broadcast: their turns are procedure, not claims. */
const chairLabels = new Set(['chair', 'clerk', 'chairman', 'chairwoman', 'chairperson', 'moderator', 'host', 'presenter', 'interviewer', 'speaker', 'q']);

/** A bracket holding a titled name ("Mr Aurelio Fenwick"). */
const titledName = /^(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron) \p{Lu}/u;

/**
 * A questioner (most turns end in a question mark; a hearing has several) or the chair: not an
 * interviewee, so their turns are not quotes (reported speech inside them still is).
 */
function asksOrChairs(ctx: DocumentContext, key: string, turns: readonly Turn[]): boolean {
  if (chairLabels.has(key) || key === 'members') return true;
  // ("THE MAYOR: Councillor Zaborska.", "THE PRESIDING MEMBER: Ms Solbakken.": whoever gives the floor by name chairs.)
  if (turns.some((t) => givesTheFloor.test(ctx.text.slice(t.start, t.end)))) return true;
  const questions = turns.filter((t) => ctx.text.slice(t.start, t.end).trimEnd().endsWith('?')).length;
  return questions * 2 >= turns.length;
}

// ("JUDGE STRAND: Thank you. Ms Draycott-Oni.": the turn may end so after a courtesy.)
const givesTheFloor = new RegExp(`(?:^\\s*|^\\s*Thank you\\.\\s+)(?:${addressTitles.join('|')})\\.? \\p{Lu}[\\p{L}\\p{M}'’-]+[.?]?\\s*$`, 'u');

/**
 * Surnames (lower case, as turn keys are) of whoever the text says runs the session: "The briefing
 * was chaired by Petra Lindahl", "Present: Councillor Rosalind Achebe-Varga (Chair)".
 */
function namedAsChairs(text: string): Set<string> {
  // (Found by their literal words first: a pattern that opens with a letter class would be tried at
  // every position of the text, which cost a 2 MB document about a seventh of its detection time.)
  const chairs = new Set<string>();
  for (const words of chairingWords) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      const name = chairedName.exec(text.slice(at + words.length, at + words.length + 80));
      if (name) chairs.add(name[1]!.toLowerCase());
    }
  }
  for (const bracket of chairBrackets) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + bracket.length)) {
      const name = nameBeforeBracket.exec(text.slice(Math.max(0, at - 60), at));
      if (name) chairs.add(name[1]!.toLowerCase());
    }
  }
  return chairs;
}

const chairingWords = ['chaired by ', 'moderated by ', 'hosted by ', 'presented by '];
const chairedName = /^(?:(?:Mr|Mrs|Ms|Dr|Councillor|Cllr)\.? )?(?:\p{Lu}[\p{L}'’-]+ ){0,2}(\p{Lu}[\p{L}'’-]+)/u;
const chairBrackets = [' (Chair)', ' (Chairman)', ' (Chairwoman)', ' (Chairperson)', ' (Convener)', ' (Moderator)'];
const nameBeforeBracket = /(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * A member of a committee or counsel in court who asks some questions and also speaks
 * ("Cllr Vesterlund: Mr Nkemelu, the treasurer told … Where does the other half come from?", then
 * later "I support a tram to Saltmarsh Reach. …"): someone who puts a question to another by name,
 * in any of their turns. Their questions and asides are not quotes; their other turns are.
 */
function keysThatAsk(ctx: DocumentContext, turns: readonly (Turn | undefined)[]): Set<string> {
  const askers = new Set<string>();
  for (const turn of turns) {
    if (!turn || askers.has(turn.key)) continue;
    const text = ctx.text.slice(turn.start, turn.end);
    if (text.includes('?') && addressesSomeone.test(text)) askers.add(turn.key);
  }
  return askers;
}

/** "Mr Nkemelu, …", "Commander, …", "Briefly, Your Honour. Mr Valdessen, …": a sentence that opens by naming whom it speaks to. */
const addressesSomeone = new RegExp(`(?:^|[.!?] )(?:(?:${addressTitles.join('|')})\\.?(?: \\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}|Chair), `, 'u');

/** Of such a speaker's turns, one that asks a question, or an aside of ten words or fewer ("And yet two people died."). */
/**
 * A long turn in the first person with no question in it ("I will be voting against …"), that
 * does not open by addressing someone ("Chair, a patient's daughter told me … I would like the trust
 * to respond": a request).
 */
function isOwnStatement(ctx: DocumentContext, turn: Turn): boolean {
  const text = ctx.text.slice(turn.start, turn.end);
  return !text.includes('?') && !opensByAddressing.test(text) && /\bI\b/.test(text) && text.trim().split(/\s+/).length >= 25;
}

const opensByAddressing = /^\s*(?:(?:Madam |Mr |Mister )?Chair(?:man|woman|person)?|(?:Mr|Mrs|Ms|Dr|Councillor|Cllr)\.? [\p{Lu}][\p{L}'’-]*)[,:]/u;

function isQuestionOrAside(ctx: DocumentContext, turn: Turn): boolean {
  const text = ctx.text.slice(turn.start, turn.end);
  return text.includes('?') || text.trim().split(/\s+/).length <= 10;
}

function transcriptSpeakers(ctx: DocumentContext, answerGroups: readonly Turn[][], questions: readonly (readonly [Turn, Turn])[]): TranscriptSpeakers {
  const candidates: Candidate[] = [];
  const interviewees = new Set<string>();
  const speakerOf = new Map<Turn, string>();
  // ("THE MINISTER FOR HOUSING (Ms Ingrid Solvay):", then "Ms Solvay:" in a later run of turns: the fullest label of the key.)
  const longestLabel = new Map<string, string>();
  for (const list of answerGroups) {
    for (const turn of list) if (turn.label.length > (longestLabel.get(turn.key)?.length ?? -1)) longestLabel.set(turn.key, turn.label);
  }
  for (const list of answerGroups) {
    const longest = longestLabel.get(list[0]!.key)!;
    // "A." / "A:" answers someone the transcript does not name, unless the text says whose interview it is.
    const named = longest === 'A' ? (interviewedPerson(ctx.text) ?? interviewedByRole(ctx)) : undefined;
    const anonymous = longest === 'A' && named === undefined;
    const speaker = labelSpeaker(ctx, longest, named);
    if (!anonymous) interviewees.add(speaker);
    for (const turn of list) {
      if (!anonymous) speakerOf.set(turn, speaker);
      if (isCourtesy(ctx.text.slice(turn.start, turn.end))) continue;
      candidates.push({
        kind: 'quote',
        start: turn.start,
        end: turn.end,
        cue: ':',
        subject: anonymous ? { ref: { kind: 'generic' }, pos: turn.start } : null,
        sentenceStart: turn.start,
        forward: false,
        confidence: 0.85,
        ...(anonymous ? {} : { fixedSpeaker: speaker }),
      });
    }
  }
  const interviewee = interviewees.size === 1 ? [...interviewees][0] : undefined;
  // ("CLLR BAPTISTE-KAUR: You told this committee in July that … Has that changed?" then the
  // witness answers: with several witnesses, "you" in a question is whoever answers it.)
  const addressed = questions.flatMap(([question, answer]) => {
    const name = speakerOf.get(answer);
    return name ? [{ start: question.start, end: question.end, name }] : [];
  });
  return { candidates, interviewee, addresseeAt: (pos) => addressed.find((q) => q.start <= pos && pos < q.end)?.name ?? interviewee };
}

/** The canonical speaker of a label (or of `named`, whom an "A:" label stands for). */
function labelSpeaker(ctx: DocumentContext, label: string, named: string | undefined): string {
  // "JIM": a short label in capitals is a first name here, not an acronym.
  // "Mr. HARLAN": a surname in capitals after a title in title case.
  const lastWord = label.slice(label.lastIndexOf(' ') + 1);
  const capsName = lastWord === lastWord.toUpperCase() && label !== label.toUpperCase() ? label.toUpperCase() : label;
  const cased = /^\p{Lu}{2,4}$/u.test(capsName) ? capsName[0] + capsName.slice(1).toLowerCase() : normaliseCase(capsName);
  // ("DI VARGA:" after "Detective Inspector Nkechi Varga": a rank's initials, then a surname the text named.)
  const space = cased.indexOf(' ');
  const afterRank = space > 0 && policeRanks.has(cased.slice(0, space).toLowerCase()) ? cased.slice(space + 1) : undefined;
  const labelled = ctx.registry.canonical(afterRank && ctx.registry.lookupPerson(afterRank) ? afterRank : withoutTitles(named ?? cased));
  // ("HARBOUR MASTER:" after "In attendance: Teodor Halvorsen-Bligh, Harbour Master;": whoever the text gave that role.)
  return (named === undefined && labelled === cased && holderOfRole(ctx, cased.toLowerCase())) || labelled;
}

/** The one person the text gave the role `phrase` ("harbour master"), when the phrase ends in a role's noun. */
function holderOfRole(ctx: DocumentContext, label: string): string | undefined {
  // ("THE ARCHDEACON:": the role without its article.)
  const phrase = label.startsWith('the ') ? label.slice(4) : label;
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (!personRoleNouns.has(head) && !titleWords.has(head)) return undefined;
  const mentions = ctx.registry.mentions;
  let holder: Entity | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const entity = mentions.at(i).entity;
    // (A role is kept by its phrase or, for some, by its head alone: "master".)
    if (entity.kind !== 'person' || entity === holder || ![...entity.roles].some((role) => role === phrase || role === head || role.endsWith(` ${phrase}`))) continue;
    if (holder) return undefined;
    holder = entity;
  }
  return holder?.name;
}

/** "an interview with Rosalind Achterberg", "Q&A with X": the person a Q/A transcript questions. */
const interviewWith = /\b(?:interview|conversation|Q&A) with ((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)/u;

// ("Transcript: interview with the Mayor of Castrelle": the person the text gives that role.)
const interviewWithRole = /\b(?:interview|conversation) with the (\p{Lu}\p{Ll}+)\b/u;

function interviewedByRole(ctx: DocumentContext): string | undefined {
  const role = interviewWithRole.exec(ctx.text.slice(0, 3000))?.[1]?.toLowerCase();
  if (!role) return undefined;
  const mentions = ctx.registry.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'person' && entity.roles.has(role)) return entity.name;
  }
  return undefined;
}

function interviewedPerson(text: string): string | undefined {
  const opening = text.slice(0, 3000);
  return interviewWith.exec(opening)?.[1] ?? tookQuestions.exec(opening)?.[1];
}

// ("Mayor Henrike Dalvane of Osterbrook took questions from reporters …": a press conference's "A:" is hers.)
const tookQuestions = /((?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+)(?: of \p{Lu}[\p{L}'’-]+)? (?:took|answered|fielded) questions\b/u;

/** "Minister Wollin" → "Wollin", so that the registry finds the full name; a lone title stays. */
function withoutTitles(label: string): string {
  const words = label.split(' ');
  let first = 0;
  // ("Fisheries Commissioner Annika Roszell", "Press Secretary Fenwright": a portfolio before a title word too.)
  const isTitle = (k: number) => titleWords.has(words[k]!.toLowerCase().replace(/\.$/, '')) || (k + 1 < words.length - 1 && titleWords.has(words[k + 1]!.toLowerCase()));
  while (first < words.length - 1 && isTitle(first)) first++;
  return words.slice(first).join(' ');
}

/** Police ranks by their initials ("DI", "DCI"), lower case. */
const policeRanks = new Set(['di', 'dci', 'ds', 'dc', 'pc', 'dsu', 'ps']);

// ("I have finished, Chair.", "That is all I have.": a speaker handing back the floor.)
const courtesy = /^(?:thank(?:s| you)|good (?:morning|afternoon|evening|night)|goodbye|hello|you're welcome|i yield(?: back)?|i have (?:finished|nothing (?:further|more|to add))|that is all(?: i have)?|no further questions)\b/i;

/**
 * A procedural turn ("Thank you all.", "Good morning, Joss. Happy to be here."): short, and only a
 * courtesy, or a request to the chair ("Chair, may I add one point?").
 */
export function isCourtesy(turn: string): boolean {
  const text = turn.trim();
  return (courtesy.test(text) || askingLeave.test(text)) && text.split(/\s+/).length <= 8;
}

const askingLeave = /^(?:(?:mr |madam )?chair(?:man|woman)?, )?(?:may|can|could) i\b[^.!?]*\?$/i;

function turnOf(ctx: DocumentContext, source: string, block: number): Turn | undefined {
  const start = ctx.sentences.blockStart(block);
  // "**How did the bacteria spread?**": a question set in bold, the interviewer's turn in a Markdown Q&A.
  const end = ctx.sentences.blockEnd(block);
  if (source.startsWith('**', start - 2) && source.startsWith('**', end) && ctx.text.charCodeAt(end - 1) === 63) return { block, key: 'q', label: 'Q', start, end };
  if (!mayStartWithLabel(ctx.text, start)) return undefined;
  label.lastIndex = start;
  const m = label.exec(ctx.text);
  if (!m) return undefined;
  const beforeBracket = m[1]!.replace(/\.$/, '');
  // ("THE MINISTER FOR HOUSING (Ms Ingrid Solvay):", as parliaments print it: the bracket names her.)
  // ("DIRECTOR (Bartholomew Nkemelu):", "THE OMBUDSMAN (Dagny Frisk):": a role, then who holds it.)
  const name = m[2] && (bracketNamesSpeaker.has(beforeBracket.toLowerCase()) || titledName.test(m[2]) || namesRoleHolder(beforeBracket, m[2])) ? m[2] : beforeBracket;
  const roleBefore = beforeBracket.slice(beforeBracket.lastIndexOf(' ') + 1).toLowerCase();
  const chairedBefore = name !== beforeBracket && chairLabels.has(roleBefore);
  // A full stop ends only a label in capitals or "Q"/"A": "Officials. They said" is prose.
  const surname = beforeBracket.slice(beforeBracket.lastIndexOf(' ') + 1);
  if (m[3] === '.' && !(beforeBracket === 'Q' || beforeBracket === 'A' || (surname === surname.toUpperCase() && /\p{Lu}{2}/u.test(surname)))) return undefined;
  // "Presenter: Maud Coyle" in a header is metadata; "PRESENTER: Good morning" opens a turn, and a
  // chair's turns are never quotes either way.
  const first = name.toLowerCase().split(' ')[0]!;
  if (metadataLabels.has(first) && !chairLabels.has(first)) return undefined;
  const labelStart = m.index + m[0].indexOf(m[1]!);
  const bold = source.slice(Math.max(0, labelStart - 2), labelStart) === '**' || source.slice(Math.max(0, labelStart - 2), labelStart) === '__';
  // "HARLAN", "DR NAOMI FELL", "Mr. HARLAN": a name in capitals, after a title or not.
  const lastWord = name.slice(name.lastIndexOf(' ') + 1);
  const allCaps = lastWord === lastWord.toUpperCase() && /\p{Lu}{2}/u.test(lastWord) && (name === name.toUpperCase() || name.indexOf(' ') > 0);
  // "Q:" / "A:" are the press-briefing convention for an anonymous questioner and answerer.
  const questionOrAnswer = name === 'Q' || name === 'A';
  // "Mr Ashgrove:", "Chair:": a name or role in title case (the run of turns decides it is a transcript).
  if (!bold && !allCaps && !questionOrAnswer && !isTitleCaseLabel(name)) return undefined;
  const words = name.split(' ');
  // "Harriet Vale (Chair):" chairs, whatever her name.
  // ("PRESS SECRETARY FENWRIGHT:" runs a press conference as a moderator does.)
  const lowerWords = words.map((w) => w.toLowerCase());
  const runsSession = lowerWords.slice(0, -1).some((w) => chairLabels.has(w)) || (lowerWords[0] === 'press' && (lowerWords[1] === 'secretary' || lowerWords[1] === 'officer'));
  // ("THE SPEAKER (Mr Aurelio Fenwick):" and "THE SPEAKER:" are one chair.)
  const key = m[2] && chairLabels.has(m[2].toLowerCase()) ? m[2].toLowerCase() : chairedBefore ? roleBefore : runsSession ? 'chair' : lowerWords[lowerWords.length - 1]!;
  return { block, key, label: name, start: m.index + m[0].length, end: ctx.sentences.blockEnd(block) };
}

const titleCaseWord = /^\p{Lu}(?!\p{Lu})(?:[\p{Ll}\p{M}'’.-]|\p{Lu}(?!\p{Lu}))*$/u;

/** A label that is only a role ("MINISTER", "THE DIRECTOR") before a bracket of two to four words that read as a person's name. */
function namesRoleHolder(role: string, bracket: string): boolean {
  const roleWords = role.toLowerCase().split(' ');
  if (roleWords[0] === 'the') roleWords.shift();
  // ("HARBOUR MASTER (Teodor Halvorsen-Bligh):": the role's last word is a role's noun.)
  const last = roleWords[roleWords.length - 1];
  if (last === undefined || roleWords.length > 4 || !(titleWords.has(last) || personRoleNouns.has(last))) return false;
  const nameWords = bracket.split(' ');
  if (nameWords.length < 2 || nameWords.length > 4) return false;
  return nameWords.every((w) => {
    const lower = w.toLowerCase();
    return titleCaseWord.test(w) && !organisationWords.has(lower) && !companySuffixes.has(lower) && !placeWords.has(lower);
  });
}

/** One to four capitalised words whose first letters alone are capitals ("Mr Ashgrove", "Chair", "Ms Okoro-Lind"). */
function isTitleCaseLabel(name: string): boolean {
  // "Mr Ashgrove MP": letters after the name may be capitals.
  // ("Ms Sundqvist-Obi:", "Mr McAllister:": a capital inside a surname, never two together.)
  return name.split(' ').every((word, i) => (titleCaseWord.test(word) && /\p{Ll}/u.test(word)) || (i > 0 && /^\p{Lu}{2,4}$/u.test(word)));
}

/**
 * A quick necessary condition for `label` at `i`, read on ASCII only: up to four words, each after
 * the first opening with a capital after a single space, then a colon. Most blocks fail at their
 * second word.
 */
function mayStartWithLabel(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  // A timestamp or a question number before the label: the regular expression decides.
  const first = text.charCodeAt(i);
  if (first === 91 || (first >= 48 && first <= 57) || (first === 81 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) return true;
  if (!mayBeCapital(text.charCodeAt(i))) return false;
  let spaces = 0;
  for (i++; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || (code === 46 && text.charCodeAt(i + 1) === 32)) return true;
    // "Ms Harald (Coastal Fisheries Board):": the bracket's words are no part of the four.
    if (code === 40) {
      const close = text.indexOf(')', i);
      if (close < 0 || close - i > bracketLength + 1) return false;
      i = close;
      continue;
    }
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 40) continue;
      if (++spaces > 3 || !mayBeCapital(text.charCodeAt(i + 1))) return false;
      continue;
    }
    if (code >= 128) continue;
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!letter && code !== 39 && code !== 46 && code !== 45) return false;
  }
  return false;
}

/** Not an ASCII character other than A–Z (any other character may be an upper-case letter). */
function mayBeCapital(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}
