import { isAccordingTo, storyLength, type Candidate } from './context';
import { addressTitles, companyTrades, leaderRoles, organisationClasses, organisationHeadTitles, organisationHeadWords, roleAbbreviations, spouseNouns } from './lexicon';
import { looksNationality, titleCase } from './names';
import type { Entity, EntityRegistry, Mention } from './registry';
import { genderOfPersonNoun, isPersonWord, type SpeakerRef, type Spokesperson } from './speaker-ref';

const classlessExcluded = new Set(['union', 'ministry', 'department', 'authority', 'agency', 'government', 'council', 'party', 'media', 'court', 'police', 'committee', 'commission', 'cooperative', 'association', 'delegation', 'institute', 'foundation']);

const pluralOfPeople = /^\p{Lu}\p{Ll}+(?:ers|ists|ians)$/u;

interface Resolved {
  readonly name: string | null;
  readonly entity?: Entity;
}

/**
 * Gives every candidate its speaker, in document order so that pronouns and role nouns find the
 * most recent compatible speaker. Role nouns in headlines and ledes that nothing earlier explains
 * take the first named speaker after them, and that speaker takes the role.
 */
/** Whom "you" means at a position of the text (in a transcript, whoever answers the question there). */
export type Addressee = (pos: number) => string | undefined;

export function resolveSpeakers(
  candidates: Candidate[],
  registry: EntityRegistry,
  addressee: Addressee,
  text = '',
  previousSentenceStart: (start: number) => number | undefined = () => undefined,
  narrativeSubjectBefore: (sentenceStart: number) => SpeakerRef | undefined = () => undefined,
): void {
  const ordered = [...candidates].sort((a, b) => posOf(a) - posOf(b));
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ordered) {
    const list = bySentence.get(c.sentenceStart);
    if (list) list.push(c);
    else bySentence.set(c.sentenceStart, [c]);
  }
  const pendingForward: Candidate[] = [];
  let lastSpeaker: Resolved | undefined;
  let lastSpeakerSentence = -1;
  /** Set when the last speaker is an organisation that one unnamed person spoke for. */
  let lastSpokesperson: Spokesperson | undefined;
  /** Whom the last speaker spoke for, when that speaker was an unnamed spokesperson. */
  let spokenForLast: Resolved | undefined;
  /** Where an unnamed person ("a maintenance fitter") last spoke, while no one has spoken since; else -1. */
  let unnamedSpokeAt = -1;
  /** Where a spokesperson of the body in `lastSpeaker` spoke, or -1. */
  let spokespersonAt = -1;
  const nextNamedAt = new Float64Array(ordered.length);
  for (let i = ordered.length - 1, next = Infinity; i >= 0; i--) {
    nextNamedAt[i] = next;
    const c = ordered[i]!;
    if (c.fixedSpeaker !== undefined || c.subject?.ref.kind === 'name') next = posOf(c);
  }
  for (const [index, c] of ordered.entries()) {
    if (c.fixedSpeaker !== undefined) {
      c.speaker = c.fixedSpeaker;
      const entity = registry.personEntity(c.fixedSpeaker);
      registry.noteSpeaker(c.start, entity);
      settleForward(pendingForward, entity);
      continue;
    }
    if (c.inheritFrom) {
      c.speaker = c.inheritFrom.speaker ?? null;
      // "“…,” Pask told the Courier. “…” The vet urged …": the quote going on keeps its speaker the last to speak.
      if (c.speaker !== null && c.speaker === lastSpeaker?.name) lastSpeakerSentence = c.sentenceStart;
      continue;
    }
    let ref: SpeakerRef = c.subject?.ref ?? { kind: 'none' };
    let pronounAt: number | undefined;
    if (ref.kind === 'document') {
      const issuer = documentIssuer(c, registry, addressee, lastSpeaker, previousSentenceStart(c.sentenceStart) ?? c.sentenceStart, text);
      c.speaker = issuer.name;
      if (issuer.entity) lastSpeaker = issuer;
      continue;
    }
    if (ref.kind === 'elided') {
      const sibling = (bySentence.get(c.sentenceStart) ?? []).find((o) => o !== c && o.speaker !== undefined && o.subject?.ref.kind !== 'elided' && posOf(o) <= posOf(c));
      if (sibling) {
        c.speaker = sibling.speaker ?? null;
        continue;
      }
      const fallback = c.fallback?.();
      ref = fallback?.ref ?? { kind: 'none' };
      // "They also demanded the release of Aurel Dask, …, and said": "they" is read where it stands, before Dask.
      if (ref.kind === 'pronoun') pronounAt = fallback!.pos;
    }
    const pos = pronounAt ?? posOf(c);
    const adjacent = lastSpeakerSentence === c.sentenceStart || lastSpeakerSentence === previousSentenceStart(c.sentenceStart);
    const speakerSubject = ref.kind === 'pronoun' && adjacent ? recentSpeaker(ref.word, lastSpeaker, lastSpokesperson) : undefined;
    /** "he" or "she": the gender the pronoun asks for. */
    const personal = ref.kind === 'pronoun' ? (ref.word === 'he' ? 'm' : ref.word === 'she' ? 'f' : undefined) : undefined;
    // "A maintenance fitter … said …. The unit … was built in 1964. “…,” he said.": with no one named since, still that person.
    if (personal && !speakerSubject && lastSpeaker?.name === null && unnamedSpokeAt >= 0 && fitsPronoun(lastSpokesperson, personal) && pos - unnamedSpokeAt < 600 && !personNamedBetween(registry, unnamedSpokeAt, pos)) {
      c.speaker = null;
      lastSpeakerSentence = c.sentenceStart;
      continue;
    }
    // "A spokeswoman for the central bank told … The delivery is part of …. “…,” she said.": that
    // spokeswoman, so the bank, with no one named since.
    if (personal && !speakerSubject && lastSpeaker?.entity?.kind === 'org' && spokespersonAt >= 0 && fitsPronoun(lastSpokesperson, personal) && pos - spokespersonAt < 600 && !personNamedBetween(registry, spokespersonAt, pos) && !narrativeSubjectBefore(c.sentenceStart)) {
      c.speaker = lastSpeaker.name;
      lastSpeakerSentence = c.sentenceStart;
      continue;
    }
    if (speakerSubject) {
      c.speaker = speakerSubject.name;
      if (speakerSubject.entity) registry.noteSpeaker(pos, speakerSubject.entity);
      lastSpeakerSentence = c.sentenceStart;
      continue;
    }
    // A headline's or lede's role looks ahead only as far as the next speaker named by name: past
    // it, that speaker is the likelier antecedent (and `settleForward` gives them the role).
    // An indefinite role ("a prosecutor") is someone new: only a headline's or lede's can be a person named below.
    // "Asked about Rensfeld's absence, he said": whoever was asked, not someone the question named.
    const lookFrom = ref.kind === 'pronoun' && opensWithAsked(text, c.sentenceStart) ? c.sentenceStart : pos;
    let resolved = ref.kind === 'role' && ref.indefinite && !c.forward ? { name: null } : resolve(ref, lookFrom, registry, addressee, c.forward ? nextNamedAt[index]! : Infinity, text, adjacent ? lastSpeaker?.entity : undefined);
    // ("Ravens owner: “…”" over a story whose first speaker is an investigator: a headline's role at
    // a named employer is the person the story gives that employer, however far below.)
    if (c.forward && (c.cue === ':' || c.cue === '—') && ref.kind === 'role' && ref.employer && !ref.indefinite) {
      const later = resolve(ref, lookFrom, registry, addressee, Infinity, text);
      if (later.entity?.kind === 'person' && (later.entity.roles.has(`${ref.phrase}|${ref.employer}`) || later.entity.roles.has(`|${ref.employer}`))) resolved = later;
    }
    if (ref.kind === 'pronoun' && ref.word === 'it') {
      // "The Banking Oversight Commission … fined Stellhaven Mercantile Bank … for what it called “…”":
      // "it" inside the sentence is the body the sentence opens with, its subject.
      if (pos > c.sentenceStart + 1) {
        const opener = bodyOpeningSentence(c.sentenceStart, registry, text);
        if (opener?.entity && opener.entity !== resolved.entity) resolved = opener;
      }
      // "The authority rejected that account. In its decision, it said …": the body the sentence before
      // told of, before any other.
      const narrative = narrativeSubjectBefore(c.sentenceStart);
      const body = narrative && resolve(narrative, c.sentenceStart, registry, addressee, Infinity, text);
      if (body?.entity?.kind === 'org') resolved = body;
    }
    // "The union leader hit back within the hour. “…,” he said.": the person the sentence before told of.
    if (personal) {
      const narrative = narrativeSubjectBefore(c.sentenceStart);
      // "One Osmarian driver … shrugged at the news. “…,” he said.": that unnamed person.
      const unnamed = narrative && (narrative.kind === 'generic' || narrative.kind === 'role') && narrative.spokesperson !== undefined && fitsPronoun(narrative.spokesperson, personal);
      const person = narrative && !unnamed ? resolve(narrative, c.sentenceStart, registry, addressee, Infinity, text) : undefined;
      if (unnamed) resolved = { name: null };
      else if (person?.entity?.kind === 'person' && fitsGender(person.entity, personal)) resolved = person;
    }
    // "Brennholt Shipbuilding has won an order from Northsound Ferries, the company said": the body the content opens with.
    if (ref.kind === 'role' && !ref.indefinite && !ref.spokesperson && c.start < pos) resolved = bodyOpeningContent(c.start, ref.head, registry, text) ?? resolved;
    if (ref.kind === 'role' && ref.epithet) {
      let unexplained: boolean | undefined;
      const noRoleExplains = () => (unexplained ??= resolve({ ...ref, epithet: undefined }, lookFrom, registry, addressee, Infinity, text).name === null);
      // "Bastian Oduya … said …. “…,” the former striker said.": an epithet no role explains is the person
      // who spoke just before, not the last person mentioned on the way.
      if (adjacent && lastSpeaker?.entity?.kind === 'person' && resolved.entity !== lastSpeaker.entity && noRoleExplains()) resolved = lastSpeaker;
      // ("Her husband was blunter. “…,” the retired fisherman said.": the husband the sentence before told of.)
      const narrative = narrativeSubjectBefore(c.sentenceStart);
      const spouse = narrative?.kind === 'role' && spouseNouns.has(narrative.head) ? narrative.head : undefined;
      const told = spouse ? spouseOfLastNamed(spouse, c.sentenceStart, registry) : undefined;
      if (told?.entity?.kind === 'person' && noRoleExplains()) resolved = told;
    }
    // ("Voskuijlen, who leads …, spoke to Mira Dalhoek …. Before the recording, the 52-year-old said":
    // an age no one was given, with no one speaking just before, is the person the sentence before told of.)
    if (ref.kind === 'epithet' && !adjacent && !ageGivenBefore(text, ref.age, pos)) {
      const narrative = narrativeSubjectBefore(c.sentenceStart);
      const person = narrative?.kind === 'name' ? resolve(narrative, c.sentenceStart, registry, addressee, Infinity, text) : undefined;
      if (person?.entity?.kind === 'person') resolved = person;
    }
    // "The veteran MP … said she would …": an epithet taken for the last person named, when the
    // speaker speaks of themself as "she" and that person is a man, is the last woman named.
    const ownPronoun = c.kind === 'reported' && (ref.kind === 'epithet' || (ref.kind === 'role' && ref.epithet)) ? pronounOpening(text, c.start) : undefined;
    if (ownPronoun && resolved.entity?.kind === 'person' && resolved.entity.gender && resolved.entity.gender !== ownPronoun) resolved = lastPersonFitting(pos, registry, ownPronoun) ?? resolved;
    // "Grace and Samuel Adeyemi … Grace Adeyemi said …. Her husband said": the man who shares her surname.
    if (resolved.name === null && ref.kind === 'role' && spouseNouns.has(ref.head)) resolved = spouseOfLastNamed(ref.head, pos, registry);
    // "Mirela Vosk, who has run the … School, said …. “…,” the headteacher told Lanterne News.": a role
    // nobody was given, right after a person the text gave no role spoke, is that person.
    if (resolved.name === null && ref.kind === 'role' && !c.forward && !ref.indefinite && !ref.spokesperson && !ref.employer && adjacent && lastSpeaker?.entity?.kind === 'person' && holdsNoOffice(lastSpeaker.entity) && !organisationClasses.has(ref.head)) resolved = lastSpeaker;
    // "A spokesman for the ministry said … “…,” the spokesman said.": the same unnamed spokesman, so the ministry.
    if (resolved.name === null && ref.kind === 'role' && spokesWords.has(ref.head) && spokenForLast) resolved = spokenForLast;
    // "Calloway Marine Holdings … did not attend. In a statement, a spokeswoman said …": for the body the sentence before opened with.
    if (resolved.name === null && ref.kind === 'generic' && ref.unattached) resolved = bodyOpeningSentence(previousSentenceStart(c.sentenceStart), registry, text) ?? resolved;
    // ("According to the endowment, the cuts … . A spokeswoman said …": for the body that spoke in the sentence before, or in this one.)
    if (resolved.name === null && ref.kind === 'generic' && ref.unattached && lastSpeaker?.entity?.kind === 'org' && (lastSpeakerSentence === c.sentenceStart || lastSpeakerSentence === previousSentenceStart(c.sentenceStart))) resolved = lastSpeaker;
    c.speaker = resolved.name;
    if (resolved.entity) {
      unnamedSpokeAt = -1;
      registry.noteSpeaker(pos, resolved.entity);
      lastSpeaker = resolved;
      lastSpeakerSentence = c.sentenceStart;
      // (A generic speaker with an entity is an unattached spokesperson given a body above.)
      const speaksFor = ref.kind === 'role' || ref.kind === 'name' || ref.kind === 'generic' ? ref.spokesperson : undefined;
      lastSpokesperson = resolved.entity.kind === 'org' ? speaksFor : undefined;
      spokespersonAt = lastSpokesperson ? pos : -1;
      // ("The spokeswoman urged …" paragraphs after "a spokeswoman for the force said": still the force,
      // whoever spoke between, unless another body's spokesperson did.)
      if (speaksFor) spokenForLast = resolved;
    }
    if (ref.kind === 'name' && resolved.entity?.kind === 'person') settleForward(pendingForward, resolved.entity);
    // Only a person's role waits for the next named speaker: "court documents" never become a person.
    if (resolved.name === null && ref.kind === 'role' && c.forward && !organisationClasses.has(ref.head) && !ref.head.startsWith('~')) pendingForward.push(c);
    if (!resolved.entity && (ref.kind === 'role' || ref.kind === 'generic') && ref.spokesperson) {
      // "A spokesman for the fishing cooperative said … He said …": that unnamed person again, not
      // a name from further back.
      lastSpeaker = { name: null };
      lastSpokesperson = ref.spokesperson;
      lastSpeakerSentence = c.sentenceStart;
      unnamedSpokeAt = pos;
    }
  }
  // Inheritance may point at a candidate resolved later in the sort order.
  for (const c of ordered) if (c.inheritFrom) c.speaker = c.inheritFrom.speaker ?? null;
}

const spokesWords = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** The organisation named first in content that starts at `start`, when a body of class `head` can be it. */
function bodyOpeningContent(start: number, head: string, registry: EntityRegistry, text: string): Resolved | undefined {
  const entity = organisationOpening(start, registry, text);
  if (!entity) return undefined;
  if (isCompanyHead(head)) return holdsAny(entity, classlessExcluded) ? undefined : found(entity);
  if (nonPublicBodyHeads.has(head)) return holdsAny(entity, publicBodies) ? undefined : found(entity);
  return organisationClasses.has(head) && entity.roles.has(head) ? found(entity) : undefined;
}

/** The body a sentence opens with, by its name or by its class ("The agency rejected the criticism."). */
function bodyOpeningSentence(start: number | undefined, registry: EntityRegistry, text: string): Resolved | undefined {
  if (start === undefined) return undefined;
  const named = organisationOpening(start, registry, text);
  if (named) return found(named);
  const cls = /^The ([a-z]+) /.exec(text.slice(start, start + 40))?.[1];
  if (!cls || !organisationClasses.has(cls)) return undefined;
  const byClass = resolveRole(cls, cls, '', start, registry, start);
  return byClass.entity ? byClass : undefined;
}

/** The organisation whose name opens the text at `start` (an article before it allowed). */
function organisationOpening(start: number, registry: EntityRegistry, text: string): Entity | undefined {
  const mentions = registry.mentions;
  const index = mentions.lastBefore(start) + 1;
  if (index >= mentions.length) return undefined;
  const { entity, pos } = mentions.at(index);
  const opens = pos === start || (pos === start + 4 && /^the /i.test(text.slice(start, pos)));
  return entity.kind === 'org' && opens ? entity : undefined;
}

/**
 * "X told Baltic Line that … . He said …": "he" or "she" in the sentence after a person spoke (or in
 * the same one) is that speaker, not a name the sentence mentioned on the way.
 */
function recentSpeaker(word: string, last: Resolved | undefined, spokesperson: Spokesperson | undefined): Resolved | undefined {
  const gender = word === 'he' ? 'm' : word === 'she' ? 'f' : undefined;
  const entity = last?.entity;
  // "The rebels said … They also demanded …": "they" after a body that spoke is that body.
  if (word === 'they' && entity?.kind === 'org' && spokesperson === undefined) return last;
  // "A statement from the trust said …. Outpatients should …, it added.": the body that just spoke.
  if (word === 'it' && entity?.kind === 'org') return last;
  if (gender && last && !entity && fitsPronoun(spokesperson, gender)) return last;
  // "A currency trader, who spoke on condition of anonymity, said …. “…,” they said.": that person.
  if (word === 'they' && last && !entity && spokesperson === 'x') return last;
  if (!gender || !entity) return undefined;
  // "A spokeswoman for the authority said … She added …": the person, so the organisation, again.
  if (entity.kind === 'org') return fitsPronoun(spokesperson, gender) ? last : undefined;
  if (entity.kind !== 'person') return undefined;
  if (!fitsGender(entity, gender)) return undefined;
  entity.gender = gender;
  return last;
}

/** An unnamed person of this gender ('x': none given) can be "he" or "she" as `gender` says. */
function fitsPronoun(person: Spokesperson | undefined, gender: 'm' | 'f' | undefined): boolean {
  return person === 'x' || (person !== undefined && person === gender);
}

/**
 * A headline's or lede's role ("Salvenne's transport minister defended …") that nothing before
 * explains is the next person the text names as a speaker; that person takes the role, so "the
 * minister" further down finds them too.
 */
function settleForward(pending: Candidate[], entity: Entity): void {
  for (const c of pending) {
    const wanted = c.subject?.ref;
    // "a prosecutor told the court": only a prosecutor takes it.
    // ("a coroner ruled": "Senior Coroner Margaret Ellory" too.)
    if (wanted?.kind === 'role' && wanted.indefinite && !holdsRoleEndingIn(entity, wanted.head)) continue;
    c.speaker = entity.name;
    c.confidence = Math.min(c.confidence, 0.7);
    const ref = c.subject?.ref;
    if (ref?.kind === 'role') {
      entity.roles.add(ref.phrase);
      if (ref.nationality) entity.nationalities.add(ref.nationality);
    }
  }
  pending.length = 0;
}

/** The issuer of "a statement": the subject of the clause when it names one, else the last speaker. */
function documentIssuer(c: Candidate, registry: EntityRegistry, addressee: Addressee, lastSpeaker: Resolved | undefined, previousSentence: number, text: string): Resolved {
  const ref = c.subject?.ref;
  // "The survey said" after "the National Glaciology Survey said": the body named for its document.
  const namedSo = ref?.kind === 'document' && ref.noun ? registry.onlyOrgEndingIn(ref.noun) : undefined;
  if (namedSo) return found(namedSo);
  const fallback = c.fallback?.();
  const subject = fallback?.ref;
  if (ref?.kind === 'document' && ref.owner) {
    // "The club hopes to …, according to a statement on its website": "its" is the clause's body.
    const body = ref.owner === 'it' && fallback && subject && ((subject.kind === 'role' && organisationClasses.has(subject.head)) || (subject.kind === 'name' && subject.cls === 'org'));
    const owner = body ? resolve(subject, fallback.pos, registry, addressee, Infinity) : resolvePronoun(ref.owner, posOf(c), registry, addressee);
    if (owner.name !== null) return owner;
  }
  // "Children living near the river …, according to a study": the clause's subject is the content's
  // own; only a known speaker there ("The Bank of Norrvald left rates …, according to a statement") issued it.
  // ("Smoke reached the other bays …, the report said": a word the registry does not know issued nothing.)
  const issuerLike = (subject?.kind === 'name' && subject.cls !== 'unknown') || subject?.kind === 'role' || (!isAccordingTo(c) && subject?.kind !== 'name');
  if (fallback && subject && subject.kind !== 'document' && issuerLike) {
    const resolved = resolve(subject, fallback.pos, registry, addressee, Infinity);
    if (resolved.name !== null) return resolved;
  }
  // "according to an internal email seen by X", "a joint communiqué said": no one issued it alone.
  if (ref?.kind === 'document' && ref.issuerUnknown) return { name: null };
  // "X published a survey … . The report said …": the publisher named this sentence or the one before.
  const publisher = ref?.kind === 'document' ? registry.publisherBetween(text, previousSentence, posOf(c)) : undefined;
  if (publisher) return found(publisher);
  return lastSpeaker ?? { name: null };
}

/**
 * How many mentions a pronoun or role noun looks back (or, for a role, ahead) for its antecedent.
 * Far beyond any news story; it keeps resolution linear on book-length documents.
 */
const lookback = 2000;
const lookahead = 300;
/** How far back a role looks for a better match than the nearest (its exact phrase, its employer, a body that spoke): a long story's length. */
const preferenceLookback = 150;

/** The words at `pos` open with "the", or "the " stands just before (where a subject's position may point past it). */
function afterThe(text: string, pos: number): boolean {
  return /^the /i.test(text.slice(pos, pos + 4)) || /\bthe $/i.test(text.slice(Math.max(0, pos - 4), pos));
}

function posOf(c: Candidate): number {
  return c.subject?.pos ?? c.start;
}

/** `aheadBefore`: a role may be matched by a later mention only when it comes before this position. */
/** `lastSpeaker`: who spoke in this sentence or the one before, if anyone (an age given nowhere else is theirs). */
function resolve(ref: SpeakerRef, pos: number, registry: EntityRegistry, addressee: Addressee, aheadBefore: number, text = '', lastSpeaker?: Entity): Resolved {
  switch (ref.kind) {
    case 'name': {
      // "the Velstrian": a word no one bears, for someone from a place the text named.
      const fromPlace = ref.cls === 'unknown' && !ref.name.includes(' ') && !registry.lookupPerson(ref.name) && !registry.lookupOrg(ref.name) ? registry.personFrom(ref.name, pos) : undefined;
      if (fromPlace) return found(fromPlace);
      // ("said the Eskarian, who turns 30 next month" with an Eskarian Ski Federation in the text: a
      // demonym alone is a person, not the first word of a body's name.)
      const demonym = ref.cls === 'unknown' && !ref.name.includes(' ') && looksNationality(ref.name) && afterThe(text, pos) && !registry.lookupPerson(ref.name) && registry.lookupOrg(ref.name)?.name !== ref.name;
      if (demonym) {
        // (Else whoever spoke just before, else the last person named.)
        const from = registry.personFrom(ref.name, pos);
        if (from) return found(from);
        return lastSpeaker?.kind === 'person' ? found(lastSpeaker) : lastPerson(pos, registry);
      }
      if (ref.cls === 'org' || (!registry.lookupPerson(ref.name) && registry.lookupOrg(ref.name))) {
        const org = registry.orgEntity(ref.name);
        if (ref.gender) return { name: org.name, entity: { ...org, kind: 'person', gender: ref.gender, roles: org.roles, nationalities: org.nationalities } };
        return { name: org.name, entity: org };
      }
      const person = registry.lookupPerson(ref.name) ?? (ref.titleGender && registry.bySurnameAndGender(ref.name, ref.titleGender)) ?? lastWithSurname(ref.name, pos, registry);
      if (person) return { name: person.name, entity: person };
      if (ref.cls === 'person') {
        const entity = registry.personEntity(ref.name);
        return { name: entity.name, entity };
      }
      // "Pickers have taken to calling …": a capitalised plural of people opening the sentence, no name.
      if (pluralOfPeople.test(ref.name)) return { name: null };
      return { name: ref.name, entity: registry.orgEntity(ref.name) };
    }
    case 'pronoun': {
      // ("Mr Pashley: Mr Vell, you said earlier that …": in a hearing of two witnesses, the one addressed.)
      const addressed = ref.word === 'you' ? addressedAtLineStart(text, pos, registry) : undefined;
      if (addressed) return found(addressed);
      if ((ref.word === 'he' || ref.word === 'she' || ref.word === 'they') && writerIntroducedUnnamed(text, pos)) return { name: null };
      return ref.word === 'he' || ref.word === 'she' ? resolveHeOrShe(ref.word, pos, registry, addressee, text) : resolvePronoun(ref.word, pos, registry, addressee);
    }
    case 'role': {
      if (ref.head === 'couple') return coupleNamedBefore(text, pos, registry);
      const role = resolveRole(ref.phrase, ref.head, ref.nationality, pos, registry, aheadBefore, ref.owned === true, ref.employer);
      // "the former engineer" after "a former engineer who asked not to be named": that unnamed person again.
      // ("the witness" is only ever the person who spoke just before: see `resolveSpeakers`.)
      if (role.name === null && ref.epithet && aheadBefore === Infinity && ref.head !== 'witness') return introducedIndefinitely(text, pos, ref.head) ? { name: null } : lastPerson(pos, registry, undefined, genderOfPersonNoun(ref.head));
      return role;
    }
    case 'epithet':
      return personOfAge(ref.age, pos, registry, text, lastSpeaker);
    default:
      return { name: null };
  }
}

/** "a former engineer", "an engineer" before `pos`: the text brought in someone unnamed by this noun. */
function introducedIndefinitely(text: string, pos: number, noun: string): boolean {
  return new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`, 'u').test(text.slice(Math.max(0, pos - 3000), pos));
}

/** "says Pendarrow" when two Pendarrows are named: the one named last before `pos`. */
function lastWithSurname(surname: string, pos: number, registry: EntityRegistry): Entity | undefined {
  if (surname.includes(' ')) return undefined;
  const suffix = ` ${surname.toLowerCase()}`;
  const mentions = registry.mentions;
  const start = mentions.lastBefore(pos);
  for (let i = start; i >= 0 && i > start - lookback; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'person' && entity.name.toLowerCase().endsWith(suffix)) return entity;
  }
  return undefined;
}

/** "Jonas and Mirelle Haverkamp … the couple said": the last two people named together with one surname, as one speaker. */
function coupleNamedBefore(text: string, pos: number, registry: EntityRegistry): Resolved {
  let name: string | undefined;
  for (const m of text.slice(Math.max(0, pos - 3000), pos).matchAll(couplePattern)) name = `${m[1]} and ${m[2]} ${m[3]}`;
  return name ? found(registry.orgEntity(name)) : { name: null };
}

const couplePattern = /\b(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{Ll}'’-]+)\b/gu;

/** "the veteran councillor" whom no role explains: the last person mentioned, whatever the gender. */
/** ("the woman said": never a man the text named; `gender` the word's, if it has one.) */
function lastPerson(pos: number, registry: EntityRegistry, except?: ReadonlySet<Entity>, gender?: 'm' | 'f'): Resolved {
  const mentions = registry.mentions;
  const start = mentions.lastBefore(pos);
  for (let i = start; i >= 0 && i > start - lookback; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'person' && !except?.has(entity)) return gender && !fitsGender(entity, gender) ? { name: null } : found(entity);
  }
  return { name: null };
}

function lastPersonFitting(pos: number, registry: EntityRegistry, gender: 'm' | 'f'): Resolved | undefined {
  const mentions = registry.mentions;
  const start = mentions.lastBefore(pos);
  for (let i = start; i >= 0 && i > start - lookback; i--) {
    const entity = mentions.at(i).entity;
    // (Not a body's spokesperson, whom `resolve` gives a person's gender.)
    if (entity.kind === 'person' && entity.gender === gender && registry.lookupPerson(entity.name) === entity) return found(entity);
  }
  return undefined;
}

/** The gender of "he" or "she" opening reported content ("said she would …"). */
function pronounOpening(text: string, start: number): 'm' | 'f' | undefined {
  if (text.startsWith('he ', start)) return 'm';
  if (text.startsWith('she ', start)) return 'f';
  return undefined;
}

// ("Tobias Wren, a 29-year-old accountant from Ellesby": the age may open a description.)
// ("Anselm Kerrigan, Greenvale's 61-year-old chief executive,": or an employer's possessive.)
// ("Liv Sandemark finished fourth, 0.8 points off the podium": no age in a decimal.)
const nameThenAge = /^[\p{L}\p{M}'’. -]{1,60}?, (?:an? |\p{Lu}[\p{L}\p{M}-]*['’]s )?(\d{1,3})\b(?![.,]\d)/u;

// ("Qorvane’s 41-year-old founder and chief executive, Oskar Dremmel,": the age before the name.)
const ageThenName = /\b(\d{1,3})-year-old(?: [\p{Ll}\p{M}'’-]+){0,6},? $/u;

/** The story gave this age before `pos` ("Whitcliffe, 67,", "a 52-year-old man"), looking back a story's length. */
function ageGivenBefore(text: string, age: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - storyLength), pos);
  return before.includes(`${age}-year-old`) || before.includes(`, ${age},`) || before.includes(`aged ${age}`);
}

function personOfAge(age: string, pos: number, registry: EntityRegistry, text: string, lastSpeaker?: Entity): Resolved {
  const mentions = registry.mentions;
  const start = mentions.lastBefore(pos);
  const agedOtherwise = new Set<Entity>();
  for (let i = start; i >= 0 && i > start - lookback; i--) {
    const mention = mentions.at(i);
    if (mention.entity.kind !== 'person') continue;
    const given = nameThenAge.exec(text.slice(mention.pos, mention.pos + 80))?.[1] ?? ageThenName.exec(text.slice(Math.max(0, mention.pos - 90), mention.pos))?.[1];
    if (given === age) return found(mention.entity);
    if (given !== undefined) agedOtherwise.add(mention.entity);
  }
  // "The 52-year-old" whose age the text gives only here: the last person named, as for "the
  // veteran", but not one the text gave another age. An age written earlier ("a 52-year-old man
  // was arrested") is someone unnamed.
  // ("Sarvonia’s 13-year-old chess champion" in a headline is the person the story names.)
  const ageAt = text.lastIndexOf(`${age}-year-old`, pos - 1);
  const unnamedBefore = ageAt >= 0 && /\ban? $/i.test(text.slice(Math.max(0, ageAt - 3), ageAt));
  if (unnamedBefore) return namedSince(ageAt, pos, registry, text) ?? { name: null };
  // ("Doletz said … “…,” the 58-year-old said.": the person who spoke just before, not one mentioned in what they said.)
  if (lastSpeaker?.kind === 'person' && !agedOtherwise.has(lastSpeaker)) return found(lastSpeaker);
  return lastPerson(pos, registry, agedOtherwise);
}

// ("Neighbours named him as Callum Reddish", "was identified as", "police named the man as".)
const namedAs = /\b(?:named|identified)(?: (?:him|her|the (?:man|woman)))? as $/;

/** "a 41-year-old man was arrested … Neighbours named him as Callum Reddish": the unnamed person, named since. */
function namedSince(from: number, pos: number, registry: EntityRegistry, text: string): Resolved | undefined {
  const mentions = registry.mentions;
  for (let i = mentions.lastBefore(pos); i >= 0 && mentions.at(i).pos > from; i--) {
    const mention = mentions.at(i);
    if (mention.entity.kind === 'person' && namedAs.test(text.slice(Math.max(0, mention.pos - 30), mention.pos))) return found(mention.entity);
  }
  return undefined;
}

function fitsGender(entity: Entity, gender: 'm' | 'f'): boolean {
  return !entity.gender || entity.gender === gender;
}

function opensWithAsked(text: string, sentenceStart: number): boolean {
  return text.startsWith('Asked ', sentenceStart);
}

/** The person a line opens by addressing, after any speaker label ("Ms Ostrander: Mr Vell, in September you …"). */
function addressedAtLineStart(text: string, pos: number, registry: EntityRegistry): Entity | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const line = text.slice(lineStart, pos);
  // ("MR OKONJO-MARSH: Briefly, Your Honour. Mr Valdessen, you told police …": the last one addressed before the pronoun.)
  let surname: string | undefined;
  for (const match of line.matchAll(vocative)) surname = match[1];
  const person = surname ? registry.lookupPerson(surname, false) : undefined;
  return person?.kind === 'person' ? person : undefined;
}

// (In Markdown the bold around a label is blanked: "  The Chair:   Mr Drayne, you …".)
const vocative = new RegExp(`(?:^[ \\t]*(?:[\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’.-]*){0,3}:[ \\t]+)?|[.?!] )(?:${addressTitles.join('|')}) (\\p{Lu}[\\p{L}'’-]+), `, 'gu');

function resolveHeOrShe(word: 'he' | 'she', pos: number, registry: EntityRegistry, addressee: Addressee, text: string): Resolved {
  // ("Dr Amankwah-Ruiz … says …. His team has tested varieties on plots lent by growers, Ferreira-Anand
  // among them. “…,” he says.": "he" is whom the sentence's "His" meant, not a name met on the way.)
  // ("Her mother, Margit Calloway, 61, drove …. She said": unless the subject it opens names someone.)
  const owner = possessiveOpeningBefore(text, pos, word === 'he' ? 'His ' : 'Her ');
  if (owner >= 0 && !personNamedBetween(registry, owner, Math.min(pos, owner + subjectReach))) return resolvePronoun(word, owner, registry, addressee);
  const subject = previousSubject(word, pos, registry, text);
  const ungendered = new Set(subject ? ungenderedSince(registry, subject.since, pos) : []);
  const recent = resolvePronoun(word, pos, registry, addressee);
  // (resolvePronoun gives the person it picks the pronoun's gender: undo that when the subject wins.)
  if (subject && recent.entity && recent.entity !== subject.entity && ungendered.has(recent.entity)) {
    recent.entity.gender = undefined;
    return { name: subject.entity.name, entity: subject.entity };
  }
  return recent;
}

/**
 * "I have a written question from a resident of Strand Road. She writes: …": the pronoun opening the
 * sentence is the unnamed writer of what the sentence before introduced.
 * ("A worker at the plant, who asked us not to publish their name, wrote to the committee. They told
 * us …": so is an unnamed person who opened the sentence before.)
 */
function writerIntroducedUnnamed(text: string, pos: number): boolean {
  const own = sentenceOpeningBefore(text, pos);
  if (own !== pos) return false;
  const previous = sentenceOpeningBefore(text, own - 1);
  if (previous < 0) return false;
  const sentence = text.slice(previous, own);
  const from = messageFromSomeone.exec(sentence);
  if (from !== null && isPersonWord(from[1]!)) return true;
  const opening = anonymousOpening.exec(sentence);
  return opening !== null && isPersonWord(opening[1]!);
}

const anonymousOpening = /^(?:[^:.]{1,40}: )?(?:A|An|One) (?:[\p{Ll}-]+ ){0,2}?(\p{Ll}+)\b[^.]{0,60}?, who (?:asked|did not want|declined|spoke)[^,]{0,60}(?:named|name|anonymity|identified)/u;

// ("a message I received last week from a nurse who …": a few words may come between.)
const messageFromSomeone = /\b(?:message|letter|question|email|e-mail|note|submission|comment|text)s?(?: [\p{L}'’-]+){0,5}? from (?:a|an|one) (?:[\p{Ll}-]+ ){0,2}?(\p{Ll}+)\b/u;

/**
 * "Cormac Aldebrandt, 61, who runs the bakery, sat beside his neighbour Lucja Fennimore, whose son
 * was treated …. He said …": "He" opening a sentence is the person who opened the sentence before,
 * rather than someone named later in it whose gender the text never gave.
 */
function previousSubject(word: string, pos: number, registry: EntityRegistry, text: string): { entity: Entity; since: number } | undefined {
  const gender = word === 'he' ? 'm' : 'f';
  // ("«…,» he said.": a pronoun right after the quotation that opens its sentence opens it too.)
  const own = sentenceOpeningBefore(text, pos);
  if (own !== pos && !quotationThenPronoun.test(text.slice(own, pos + 1))) return undefined;
  const previous = sentenceOpeningBefore(text, own - 1);
  if (previous < 0) return undefined;
  const mentions = registry.mentions;
  const first = mentions.lastBefore(previous - 1) + 1;
  if (first >= mentions.length) return undefined;
  const opening = mentions.at(first);
  if (opening.pos !== previous || opening.entity.kind !== 'person' || !fitsGender(opening.entity, gender)) return undefined;
  return { entity: opening.entity, since: previous };
}

const quotationThenPronoun = /^["“«„‘][^"“”«»„‘’]*["”»“’][,.!?]? [hs]$/;

/** The people mentioned in `[from, to)` whose gender the text has not given. */
function ungenderedSince(registry: EntityRegistry, from: number, to: number): Entity[] {
  const mentions = registry.mentions;
  const out: Entity[] = [];
  for (let i = mentions.lastBefore(to); i >= 0 && mentions.at(i).pos >= from; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'person' && !entity.gender) out.push(entity);
  }
  return out;
}

/** How far (UTF-16 units) a sentence's subject reaches from its start: about eight words. */
const subjectReach = 60;

/** Where this sentence or the one before it opens with `possessive` ("His ", "Her "), or -1. */
function possessiveOpeningBefore(text: string, pos: number, possessive: string): number {
  let end = pos;
  for (let sentences = 0; sentences < 2; sentences++) {
    const start = sentenceOpeningBefore(text, end);
    if (start < 0) return -1;
    if (text.startsWith(possessive, start)) return start;
    end = start - 1;
  }
  return -1;
}

/** The start of the sentence holding `pos`: after the last ". ", "? ", "! " or line break before it. */
function sentenceOpeningBefore(text: string, pos: number): number {
  for (let i = pos - 1; i > 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 32 && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 63 || text.charCodeAt(i - 1) === 33)) return i + 1;
  }
  return pos > 0 ? 0 : -1;
}

function resolvePronoun(word: string, pos: number, registry: EntityRegistry, addressee: Addressee): Resolved {
  if (word === 'you') {
    const addressed = addressee(pos);
    return addressed ? { name: addressed, entity: registry.personEntity(addressed) } : { name: null };
  }
  const wantGender = word === 'he' ? 'm' : word === 'she' ? 'f' : undefined;
  const mentions = registry.mentions;
  const start = mentions.lastBefore(pos);
  const official = wantGender ? registry.lastOfficialBefore(pos) : undefined;
  const officialFits = official !== undefined && fitsPronoun(official.gender, wantGender);
  for (let i = start; i >= 0 && i > start - lookback; i--) {
    const mention = mentions.at(i);
    const entity = mention.entity;
    if (word === 'it' || word === 'we') {
      if (entity.kind === 'org') return { name: entity.name, entity };
      continue;
    }
    if (entity.kind !== 'person' && word !== 'they') continue;
    if (wantGender && !fitsGender(entity, wantGender)) continue;
    // "Clémence Rousselière … shakes Vadim Brasnik's hand … she tells reporters": a person named
    // just before in the same stretch as subject outweighs the possessive one.
    const previous = i > 0 ? mentions.at(i - 1) : undefined;
    if (mention.possessive && wantGender && !entity.gender && previous && previous.entity.kind === 'person' && !previous.possessive && mention.pos - previous.pos < 200 && fitsGender(previous.entity, wantGender)) continue;
    if (officialFits && official.pos > mention.pos) break;
    if (wantGender && !entity.gender && entity.kind === 'person') entity.gender = wantGender;
    return { name: entity.name, entity };
  }
  // "The authority's head of network planning … did not dispute that. “…,” he told residents."
  if (officialFits && pos - official.pos <= officialReach) {
    const body = resolveRole(official.organisation, official.organisation, '', official.pos, registry, Infinity);
    if (body.entity?.kind === 'org') return body;
  }
  return { name: null };
}

/** How close (UTF-16 units) a company described by its trade must be to "the company" to win over one that spoke: about a sentence. */
const nearbyReach = 200;

/** How far (UTF-16 units) "he" or "she" looks back to an unnamed official: about two sentences. */
const officialReach = 400;
const policeRanks = new Set(['sergeant', 'sgt', 'constable', 'inspector', 'detective', 'superintendent', 'chief inspector', 'detective sergeant', 'detective inspector', 'detective constable']);

function resolveRole(abbreviatedPhrase: string, abbreviatedHead: string, nationality: string, pos: number, registry: EntityRegistry, aheadBefore: number, owned = false, employer?: string): Resolved {
  const phrase = roleAbbreviations.get(abbreviatedPhrase) ?? abbreviatedPhrase;
  const head = phrase === abbreviatedPhrase ? abbreviatedHead : phrase.slice(phrase.lastIndexOf(' ') + 1);
  const mentions = registry.mentions;
  // A bare "office" is someone's ("the mayor's office") unless the text named an office by its remit
  // ("the regional environment office … The office said"); "the regional environment office" is a body.
  // ("The office warned" after "the Public Accounts Office said": the one office the text named.)
  const describedOffice = head === 'office' && phrase === head && !owned ? (registry.describedBody('office') ?? registry.onlyOrgEndingIn('office')) : undefined;
  if (describedOffice) return found(describedOffice);
  // "According to the governor's office" after "The Office of the Governor said": that body.
  const officeOf = head === 'office' && owned && employer ? (registry.lookupOrg(`office of the ${employer}`) ?? registry.lookupOrg(`${employer}'s office`)) : undefined;
  if (officeOf) return found(officeOf);
  const isOrgClass = organisationClasses.has(head) && (head !== 'office' || phrase !== head);
  const spacedPhrase = ` ${phrase}`;
  const leader = leaderRoles.has(head);
  const organisationHead = organisationHeadWords.has(head) && !phrase.includes(' of ');
  const deputy = secondInCommand(phrase);
  const matches = (m: Mention): boolean => {
    const entity = m.entity;
    // ("the company" is the "ground-handling contractor Skyline Apron Services" too.)
    // ("The regulator said" after "told the Castellan News Agency": an outlet is no regulator, though it may be "the agency".)
    if (isOrgClass && entity.roles.has('media') && head !== 'media' && head !== 'agency') return false;
    // ("the Tellish ministry" is no Ostravian one.)
    if (isOrgClass) return entity.kind === 'org' && (!nationality || entity.nationalities.has(nationality) || entity.name.toLowerCase().startsWith(`${nationality} `)) && (entity.roles.has(head) || ((head === 'company' || head === 'firm') && companyTrades.some((trade) => entity.roles.has(trade))));
    if (entity.kind !== 'person') return false;
    if (nationality && !entity.nationalities.has(nationality)) return false;
    // ("his Ostrian counterpart": whoever of that nationality holds the other side's office.)
    if (head === 'counterpart') return nationality !== '';
    for (const role of entity.roles) {
      if (role === phrase || (role.endsWith(spacedPhrase) && !secondInCommand(role))) return true;
      // "the minister" is the Health Secretary the text named (a secretary of state by portfolio).
      if (head === 'minister' && phrase === head && / secretary$/.test(role) && !/^(?:general|press|permanent|company|party|private|executive|deputy|union) /.test(role)) return true;
      // "the scientist" is the coral ecologist the text named.
      if (head === 'scientist' && phrase === head && /(?:ologist|chemist|physicist|scientist)$/.test(role)) return true;
      // "the chief" is the chief fire officer the text named.
      // ("the detective" is the detective inspector the text named.)
      if ((head === 'chief' || head === 'detective') && phrase === head && role.startsWith(`${head} `)) return true;
      // "the officer" is the sergeant the text named.
      if (head === 'officer' && phrase === head && policeRanks.has(role)) return true;
      // "the minister" is any minister; "the harbour minister" is not the transport minister.
      // "the mayor" is not her deputy mayor.
      // ("The deputy governor" is no governor, but may be the one the text called "his deputy".)
      if (lastWordIs(role, head) && (phrase === head || (role === head && !deputy)) && !secondInCommand(role)) return true;
      if (deputy && role === phrase.slice(0, phrase.search(/[ -]/))) return true;
      if (leader && !deputy && isLeaderRole(role)) return true;
      // "the envoy" is the ambassador the text named.
      if (head === 'envoy' && lastWordIs(role, 'ambassador')) return true;
      if (organisationHead && isOrganisationHeadTitle(role)) return true;
    }
    return false;
  };
  const before = mentions.lastBefore(pos);
  const preferred = preferredMatch(registry, before, pos, { phrase, head, nationality, employer, isOrgClass }, matches);
  if (preferred) return found(preferred);
  for (let i = before; i >= 0 && i > before - lookback; i--) if (matches(mentions.at(i))) return found(mentions.at(i).entity);
  // An organisation's class ("the union") is never a person named later: it may look ahead freely.
  const limit = isOrgClass ? Infinity : aheadBefore;
  for (let i = before + 1; i < mentions.length && i <= before + lookahead && mentions.at(i).pos < limit; i++) if (matches(mentions.at(i))) return found(mentions.at(i).entity);
  if (nationality) {
    // The text may never give the nationality with the name: match the role alone, never a known
    // other nationality, and only among those already named (ahead, the next speaker is likelier).
    const loose = resolveRole(phrase, head, '', pos, registry, pos);
    if (loose.entity && (loose.entity.nationalities.size === 0 || loose.entity.nationalities.has(nationality))) return loose;
  }
  // "The transport ministry said": an organisation the text names only by its portfolio and class
  // speaks under that description, and later "the ministry" finds it.
  if (isOrgClass && phrase !== head && !nationality && phrase.endsWith(head)) {
    // ("the city council" in a story datelined PORT AVERON: the Port Averon City Council.)
    const local = registry.datelinePlace && localBodyPhrase.test(phrase) ? `${registry.datelinePlace} ` : '';
    // ("the county council said" in a story about Westrow County: the Westrow County Council.)
    const scope = phrase.slice(0, phrase.indexOf(' '));
    const place = !local && localBodyPhrase.test(phrase) ? registry.onlyPlaceEndingIn(scope) : undefined;
    if (place) return found(registry.orgEntity(`${place} Council`));
    return found(registry.orgEntity(local + titleCase(phrase)));
  }
  if (isCompanyHead(head)) return lastBodyNotOf(classlessExcluded, before, registry);
  // "The group said", "the charity said": any body but a public one (a government, a court, the police) or the press.
  if (nonPublicBodyHeads.has(head)) return lastBodyNotOf(publicBodies, before, registry);
  // "The rebels said" after "the rebel Highland Liberation Front": the body the text described so.
  if (head.startsWith('~')) return lastBodyDescribed(head, before, registry);
  return { name: null };
}

const localBodyPhrase = /^(?:city|town|county|borough|municipal|district) council$/;

/**
 * A better match for a role than the nearest one, within a story's length: the role at the
 * employer named ("Corvane's chief executive", though Tellwick's was named since), the exact phrase
 * ("the managing director", not a more recent "Music director X"), or a body of the class that has
 * been speaking ("The club hopes …" after a trip "to Hallam Rovers").
 */
function preferredMatch(registry: EntityRegistry, before: number, pos: number, role: { phrase: string; head: string; nationality: string; employer: string | undefined; isOrgClass: boolean }, matches: (m: Mention) => boolean): Entity | undefined {
  const mentions = registry.mentions;
  const { phrase, head, nationality, employer, isOrgClass } = role;
  const tagged = employer ? `${phrase}|${employer}` : undefined;
  // ("the leader of the Independents" is of "the Independent group".)
  const ofEmployer = employer ? `|${employer}` : undefined;
  const ofSingular = employer?.endsWith('s') ? `|${employer.slice(0, -1)}` : ofEmployer;
  const wantExact = phrase !== head && !isOrgClass;
  // ("the CRP leader" is "Party leader Mattias Orlecki" when the CRP is a party: the role by the
  // employer's class, "party leader"; the employer is looked up only once a person is met.)
  let employerBody: Entity | null | undefined = employer && !isOrgClass ? undefined : null;
  const holdsRoleOfEmployerClass = (entity: Entity): boolean => {
    if (employerBody === undefined) employerBody = registry.lookupOrg(employer!) ?? registry.lookupOrg(employer!.toUpperCase()) ?? null;
    if (employerBody === null) return false;
    for (const role of entity.roles) {
      const cls = role.length > phrase.length + 1 && role.endsWith(` ${phrase}`) ? role.slice(0, role.length - phrase.length - 1) : undefined;
      if (cls !== undefined && employerBody.roles.has(cls)) return true;
    }
    return false;
  };
  // One pass over a story's length of mentions; the first hit of each kind wins, in this order.
  let atEmployer: Entity | undefined;
  let ofBody: Entity | undefined;
  let exact: Entity | undefined;
  let spoken: Entity | undefined;
  // ("the agency" is the State Reconstruction Agency before the Kordavian Press Service, a service.)
  let namedSo: Entity | undefined;
  // ("built by Strallmann Seilwerk, a manufacturer …. In a written statement, the company said": a
  // company the sentence before described by its trade is meant, whichever spoke earlier.)
  let nearby = false;
  const headWord = ` ${head} `;
  for (let i = before; i >= 0 && i > before - preferenceLookback; i--) {
    const m = mentions.at(i);
    const entity = m.entity;
    if (isOrgClass && !spoken && !namedSo && entity.kind === 'org' && pos - m.pos < nearbyReach && matches(m) && companyTrades.some((trade) => entity.roles.has(trade))) nearby = true;
    if (tagged && entity.roles.has(tagged)) {
      atEmployer = entity;
      break;
    }
    if (ofEmployer && !ofBody && entity.kind === 'person' && (entity.roles.has(ofEmployer) || entity.roles.has(ofSingular!) || holdsRoleOfEmployerClass(entity))) ofBody = entity;
    if (wantExact && !exact && entity.kind === 'person' && entity.roles.has(phrase) && (!nationality || entity.nationalities.has(nationality))) exact = entity;
    if (isOrgClass && !spoken && entity.spoke === true && matches(m) && !jointName(registry, entity.name)) spoken = entity;
    if (isOrgClass && !namedSo && entity.kind === 'org' && matches(m) && ` ${entity.name.toLowerCase()} `.includes(headWord)) namedSo = entity;
  }
  return atEmployer ?? ofBody ?? exact ?? (nearby ? undefined : (spoken ?? namedSo));
}

/** "St Alder's Hospital and Brightwater General Infirmary": two bodies speaking jointly, each named before. */
function jointName(registry: EntityRegistry, name: string): boolean {
  return name.includes(' and ') && registry.lookupOrg(name.slice(name.indexOf(' and ') + 5)) !== undefined;
}

/** The last organisation mentioned up to mention `before` that the text described by `tag` ("~rebel"), within a story's length. */
function lastBodyDescribed(tag: string, before: number, registry: EntityRegistry): Resolved {
  const mentions = registry.mentions;
  for (let i = before; i >= 0 && i > before - preferenceLookback; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'org' && entity.roles.has(tag)) return found(entity);
  }
  // "The campaigners" after "The Kellsworth Parents' Action Group, which collected 2,300 signatures": the group that campaigns.
  if (tag === '~campaign' || tag === '~protest') {
    for (let i = before; i >= 0 && i > before - preferenceLookback; i--) {
      const entity = mentions.at(i).entity;
      if (entity.kind === 'org' && (entity.roles.has('group') || entity.roles.has('association'))) return found(entity);
    }
  }
  return { name: null };
}

/** The last organisation mentioned up to mention `before` that has none of the classes `excluded`. */
function lastBodyNotOf(excluded: ReadonlySet<string>, before: number, registry: EntityRegistry): Resolved {
  const mentions = registry.mentions;
  for (let i = before; i >= 0 && i > before - lookback; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'org' && !holdsAny(entity, excluded)) return found(entity);
  }
  return { name: null };
}

/** "deputy mayor", "vice-president", "shadow minister": a role that is not the office it names. */
function secondInCommand(role: string): boolean {
  return /^(?:deputy|vice|assistant|under|junior|shadow|acting)[ -]/.test(role);
}

/** "the company", "the carmaker": any body not of another class. */
function isCompanyHead(head: string): boolean {
  return head === 'company' || head === 'firm' || head === 'operator' || head === 'airline' || companyTrades.includes(head);
}

/** "the group", "the charity": any body but a public one. */
const nonPublicBodyHeads = new Set(['group', 'charity', 'organisation', 'organization']);

const publicBodies = new Set(['ministry', 'department', 'government', 'council', 'court', 'police', 'media', 'commission', 'authority', 'delegation']);

function holdsAny(entity: Entity, roles: ReadonlySet<string>): boolean {
  for (const role of entity.roles) if (roles.has(role)) return true;
  return false;
}

/** A role whose last word is `word` ("senior coroner" for "a coroner"). */
/** No role but being someone's husband or wife ("Henrik Orsay and his wife, …"): the text gave no office. */
function holdsNoOffice(entity: Entity): boolean {
  for (const role of entity.roles) if (!spouseNouns.has(role)) return false;
  return true;
}

function holdsRoleEndingIn(entity: Entity, word: string): boolean {
  for (const role of entity.roles) if (lastWordIs(role, word)) return true;
  return false;
}

function found(entity: Entity): Resolved {
  return { name: entity.name, entity };
}

/** `role.split(' ').pop() === word`, without the split. */
function lastWordIs(role: string, word: string): boolean {
  const from = role.lastIndexOf(' ') + 1;
  return role.length - from === word.length && role.startsWith(word, from);
}

/** "chief executive", "union general secretary": a title of whoever runs an organisation. */
function isOrganisationHeadTitle(role: string): boolean {
  return organisationHeadTitles.some((title) => role === title || role.endsWith(` ${title}`));
}

const leaderRoleMemo = new Map<string, boolean>();

/** The role is a leader role or ends with one ("deputy prime minister"). */
function isLeaderRole(role: string): boolean {
  let known = leaderRoleMemo.get(role);
  if (known === undefined) {
    known = [...leaderRoles].some((l) => role === l || role.endsWith(` ${l}`));
    if (leaderRoleMemo.size > 10_000) leaderRoleMemo.clear();
    leaderRoleMemo.set(role, known);
  }
  return known;
}

/** Whether the text names a person after position `from` and before `to`. */
function personNamedBetween(registry: EntityRegistry, from: number, to: number): boolean {
  const mentions = registry.mentions;
  for (let i = mentions.lastBefore(to); i >= 0 && mentions.at(i).pos > from; i--) if (mentions.at(i).entity.kind === 'person') return true;
  return false;
}

/** The spouse of the last person named of the other sex: the one other person the text gave the same surname. */
function spouseOfLastNamed(head: string, pos: number, registry: EntityRegistry): Resolved {
  const ownerGender = head === 'husband' ? 'f' : 'm';
  const mentions = registry.mentions;
  const last = mentions.lastBefore(pos);
  let owner: Entity | undefined;
  for (let i = last; i >= 0 && i > last - preferenceLookback && !owner; i--) {
    const entity = mentions.at(i).entity;
    if (entity.kind === 'person' && entity.name.includes(' ') && fitsGender(entity, ownerGender)) owner = entity;
  }
  if (!owner) return { name: null };
  const surname = owner.name.slice(owner.name.lastIndexOf(' '));
  const spouses = new Set<Entity>();
  for (let i = last; i >= 0; i--) {
    const entity = mentions.at(i).entity;
    if (entity !== owner && entity.kind === 'person' && entity.name.endsWith(surname) && entity.gender !== ownerGender) spouses.add(entity);
  }
  return spouses.size === 1 ? found([...spouses][0]!) : { name: null };
}
