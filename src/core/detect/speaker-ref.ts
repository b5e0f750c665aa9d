import { calendarNames, clubNameEnding, companyTrades, genericSpeakerStarts, isPastForm, messageNouns, organisationClasses, organisationHeadWords, personRoleNouns, pronouns, relativePronouns, representedGroups, roleAbbreviations, skippableBeforeCue, spouseNouns } from './lexicon';
import { isRankingAt, isRoleNoun, looksNationality, nameRuns, officeOfRole, titleCase, type NameRun } from './names';
import { honorificGender, kinSurname, rolePhrase } from './registry';
import { isPossessive, stripPossessive, type Token } from './tokens';
import { isNamedWork } from './works';

/** What the words in the speaker position say about the speaker, before resolution. */
export type SpeakerRef =
  | { readonly kind: 'name'; readonly name: string; readonly cls: NameRun['cls']; readonly gender?: 'm' | 'f'; readonly spokesperson?: Spokesperson; readonly titleGender?: 'm' | 'f' }
  | { readonly kind: 'pronoun'; readonly word: string }
  /** `indefinite`: "a prosecutor told the court", which only a lede's next prosecutor can explain. */
  | { readonly kind: 'role'; readonly phrase: string; readonly head: string; readonly nationality: string; readonly epithet?: true; readonly spokesperson?: Spokesperson; readonly owned?: true; readonly indefinite?: true; readonly employer?: string }
  /** "the 58-year-old": the person the text gave that age, by description only. */
  | { readonly kind: 'epithet'; readonly age: string }
  /** `unattached`: "a spokeswoman said", for no body the phrase names. */
  | { readonly kind: 'generic'; readonly spokesperson?: Spokesperson; readonly unattached?: true }
  /** "a statement", "the report": a document speaks for whoever issued it (the clause's subject, or the last speaker). */
  /** `issuerUnknown`: "an email seen by X" (X only saw it), "a joint communiqué" (no one issued it alone). */
  | { readonly kind: 'document'; readonly owner?: string; readonly issuerUnknown?: true; readonly noun?: string }
  | { readonly kind: 'elided' }
  | { readonly kind: 'relative' }
  | { readonly kind: 'none' };

const objectPronouns: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * One unnamed person speaking for an organisation ("a spokeswoman for the authority", "the
 * council's head of highways"), by the gender the words give ('x': none): "she" in the next
 * sentence is still that person, and so the organisation.
 */
export type Spokesperson = 'm' | 'f' | 'x';

const spokesWords = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'spokespeople']);
const datePrepositions = new Set(['in', 'on', 'by', 'since', 'until']);
const placeAdjectives = new Set(['neighbouring', 'neighboring', 'nearby', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'coastal', 'downtown', 'suburban']);
const leadingNoise = new Set(['and', 'but', 'or', 'then', 'so', 'also', 'while', 'as', 'later', 'earlier']);
const genericPlurals = /^(?:officials|diplomats|critics|analysts|experts|residents|witnesses|sources|officers|protesters|operators|workers|fishermen|investigators|observers|economists|lawyers|commuters|passengers|parents|members|teachers|doctors|nurses|locals|villagers|students|scientists|researchers|activists|campaigners|opponents|supporters|people|others|police|authorities|organisers|organizers|neighbours|neighbors|owners|families|crews|executives|insiders|aides|allies|leaders|delegates|negotiators|lawmakers|ministers|mps|prosecutors|judges|inspectors|regulators|engineers|firefighters|rescuers|medics|paramedics|farmers|growers|traders|shopkeepers|drivers|pilots|miners|dockers|fishers|consumers|voters|employers|landlords|tenants|patients|survivors|victims|relatives|shoppers|tourists|visitors|historians|academics|economists|bankers|investors|unions|companies|retailers|manufacturers|exporters|importers|suppliers|producers|officers|troops|soldiers|guards|staff|employees|colleagues|neighbours|councillors|senators|legislators|deputies|diplomats|envoys|mediators|marchers|demonstrators|crowds|fans|spectators|mourners|onlookers|strikers|pickets|picketers|hecklers|counter-protesters|evacuees|participants)$/;

/**
 * Reads the speaker out of the tokens in subject position (or after an inverted cue). Handles
 * pronouns, names with titles, "X's spokesman", "a spokesman for X", role nouns, generic and
 * indefinite speakers, appositives ("The skipper, Jonas Feld, 52,") and relative clauses.
 */
export function speakerRefOf(tokens: readonly Token[]): SpeakerRef {
  let from = 0;
  let to = tokens.length;
  // ("The world No. 2 said": a player by her ranking, someone the story has named.)
  if (to <= 4 && tokens[0]?.lower === 'the' && isRankingAt(tokens, to - 2)) return { kind: 'role', phrase: 'player', head: 'player', nationality: '', epithet: true };
  while (from < to && (tokens[from]!.kind === 'punct' || leadingNoise.has(tokens[from]!.lower))) from++;
  // ("In January the Caspary Arts Endowment told …": a date opening the clause without a comma.)
  // (Read in lower case, "may" is the verb as often as the month, so it is left out.)
  if (to - from > 2 && datePrepositions.has(tokens[from]!.lower) && calendarNames.has(tokens[from + 1]!.lower) && tokens[from + 1]!.lower !== 'may') from += 2;
  // ("Serania First said": a capitalised word there ends a name.)
  while (to > from && (tokens[to - 1]!.kind === 'punct' || (skippableBeforeCue.has(tokens[to - 1]!.lower) && !(tokens[to - 1]!.cap && to - 1 > from)) || isTimeWord(tokens[to - 1]!))) to--;
  // "the author of “A Short History of Weather”": the person, without the work.
  if (to - from > 2 && tokens[to - 1]!.kind === 'quote' && isNamedWork(tokens[to - 1]!.text.slice(1, -1), tokens.slice(from, to - 1))) to -= 2;
  if (from >= to) return { kind: 'elided' };
  // "Redcliffe, who has run Kellmoor since 2019,": the speaker is before the relative clause.
  // ("X, a documentary maker from Kardelia whose film …, “Low Water”, was due to …": so with "whose".)
  // ("the resident, who asked not to be named": a role whose holder stays anonymous is nobody named.)
  let anonymous = false;
  for (let i = from + 1; i < to - 1; i++) {
    if ((tokens[i]!.text === ',' && (tokens[i + 1]!.lower === 'who' || tokens[i + 1]!.lower === 'which' || tokens[i + 1]!.lower === 'whom')) || (tokens[i]!.lower === 'whose' && i > from + 2)) {
      anonymous = tokens[i + 1]!.lower === 'who' && asksAnonymity(tokens, i + 2, Math.min(to, i + 10));
      to = i;
      break;
    }
  }
  if (anonymous && to - from === 2 && tokens[from]!.lower === 'the' && tokens[from + 1]!.kind === 'word' && !tokens[from + 1]!.cap && isPersonWord(tokens[from + 1]!.lower)) {
    return { kind: 'generic', spokesperson: genderOfPersonNoun(tokens[from + 1]!.lower) ?? 'x' };
  }
  const first = tokens[from]!;
  if (to - from === 1 && pronouns.has(first.lower)) return { kind: 'pronoun', word: first.lower };
  // "Kellmouth city council voted": the council of that place, by the name it has.
  const council = localCouncil(tokens, from, to);
  if (council) return { kind: 'name', name: council, cls: 'org' };
  // "The investigation report by X, read into the record by the coroner, Dr Y,": the document before its modifiers.
  const firstComma = firstIn(tokens, from + 1, to, (t) => t.text === ',');
  if (firstComma > from + 1 && opensWithDocument(tokens, from, firstComma)) to = firstComma;
  // "Demirel, 58, a former welder from the port city of Aubrac,": the name before its descriptions.
  const nameEnd = describedNameEnd(tokens, from, to);
  if (nameEnd > 0) to = nameEnd;
  // "Police say …", "Detectives said", "The judges said", "City officials said": the body they
  // stand for (the force, the court, the city council), if the story names one.
  const body = bodyOfStaff(tokens, from, to);
  if (body) return wordRole(body);
  // "His mother said": a relative of someone in the story.
  // ("Her brother" is the man the text introduced as "her brother, Mattias Halloway", if it did.)
  if (to - from === 2 && (first.lower === 'his' || first.lower === 'her' || first.lower === 'their') && (womenWords.has(tokens[from + 1]!.lower) || menWords.has(tokens[from + 1]!.lower))) return wordRole(tokens[from + 1]!.lower);
  // "The member for Eastvale": the MP the text tied to Eastvale (see `EntityRegistry`).
  // ("The MP for Perrow Hill": the seat's first word names it, as the registry keeps it.)
  if (to - from >= 4 && to - from <= 6 && first.lower === 'the' && (tokens[from + 1]!.lower === 'member' || tokens[from + 1]!.lower === 'mp') && tokens[from + 2]!.lower === 'for' && tokens.slice(from + 3, to).every((t) => t.cap)) {
    return { kind: 'role', phrase: `member for ${tokens[from + 3]!.lower}`, head: 'member', nationality: '' };
  }
  // "According to the police": the force the story named, if it did.
  if (to - from === 2 && first.lower === 'the' && tokens[from + 1]!.lower === 'police') return wordRole('police');
  // "his Ostrian counterpart": the person of that nationality (see `resolveRole`).
  const counterpart = to - from === 3 && possessivePronouns.has(first.lower) && looksNationality(tokens[from + 1]!.text) && tokens[from + 2]!.lower === 'counterpart';
  if (counterpart) return { kind: 'role', phrase: 'counterpart', head: 'counterpart', nationality: tokens[from + 1]!.lower };
  // "the couple said": the two people the story named together (see `resolve`).
  if (to - from === 2 && first.lower === 'the' && tokens[from + 1]!.lower === 'couple') return { kind: 'role', phrase: 'couple', head: 'couple', nationality: '' };
  // "the Dane said": someone the story named, by a nationality, as "the veteran" is by an epithet.
  if (to - from === 2 && first.lower === 'the' && demonymNouns.has(tokens[from + 1]!.lower)) return { kind: 'role', phrase: tokens[from + 1]!.lower, head: tokens[from + 1]!.lower, nationality: '', epithet: true };
  // "Under questioning from X, the witness conceded …": whoever is giving evidence (see `resolveSpeakers`).
  if (to - from === 2 && first.lower === 'the' && tokens[from + 1]!.lower === 'witness') return { kind: 'role', phrase: 'witness', head: 'witness', nationality: '', epithet: true };
  // "The rebels said": the body the text described as rebel (see `EntityRegistry`).
  const groupTag = to - from === 2 && first.lower === 'the' ? groupPlurals.get(tokens[from + 1]!.lower) : undefined;
  if (groupTag) return { kind: 'role', phrase: groupTag, head: groupTag, nationality: '' };
  // "The employers say": the body the text said represents the employers (see `EntityRegistry`).
  if (to - from === 2 && first.lower === 'the' && representedGroups.has(tokens[from + 1]!.lower)) return { kind: 'role', phrase: `~${tokens[from + 1]!.lower}`, head: `~${tokens[from + 1]!.lower}`, nationality: '' };
  // "people familiar with the talks", "sources close to the minister": anonymous sources.
  if ((first.lower === 'people' || first.lower === 'sources') && ['familiar', 'close', 'briefed'].includes(tokens[from + 1]?.lower ?? '')) return { kind: 'generic' };
  // "…, the person said": the anonymous source just described.
  if (to - from === 2 && first.lower === 'the' && anonymousSources.has(tokens[from + 1]!.lower)) return { kind: 'generic' };
  // "quoted him as saying": the object form of the pronoun.
  if (to - from === 1 && objectPronouns.has(first.lower)) return { kind: 'pronoun', word: objectPronouns.get(first.lower)! };
  // ("The 61-year-old, a former harbour pilot,": the epithet before its apposition.)
  const epithetEnd = tokens[from + 2]?.text === ',' ? from + 2 : tokens[from + 3]?.text === ',' ? from + 3 : to;
  if (isAgeEpithet(tokens, from, epithetEnd)) return { kind: 'epithet', age: tokens[epithetEnd - 1]!.lower.slice(0, tokens[epithetEnd - 1]!.lower.indexOf('-')) };
  // "His office said", "her spokeswoman said": they speak for the person the pronoun means.
  if ((to - from === 2 || (to - from > 2 && isPastVerb(tokens[from + 2]!))) && (first.lower === 'his' || first.lower === 'her') && speaksForOwner.has(tokens[from + 1]!.lower)) {
    return { kind: 'pronoun', word: first.lower === 'his' ? 'he' : 'she' };
  }
  if (relativePronouns.has(first.lower) && to - from <= 2) return { kind: 'relative' };

  // "an internal email seen by Continental News Agency": whoever saw a document did not write it.
  if (seenDocument(tokens, from, to)) return { kind: 'document', issuerUnknown: true };
  // "the watchdog’s final notice": the body the possessive names by its class issued it.
  const ownerWord = to - from >= 3 && to - from <= 5 && first.lower === 'the' && isPossessive(tokens[from + 1]!) && !tokens[from + 1]!.cap && documentNouns.has(tokens[to - 1]!.lower) ? tokens[from + 1]! : undefined;
  const classOwner = ownerWord ? speakerRefOf([first, { ...ownerWord, text: stripPossessive(ownerWord.text), lower: stripPossessive(ownerWord.lower) }]) : undefined;
  if (classOwner?.kind === 'role' && organisationClasses.has(classOwner.head)) return classOwner;
  const namedOwner = namedDocumentOwner(tokens, from, to);
  if (namedOwner) return namedOwner;
  if (isDocumentPhrase(tokens, from, to)) {
    // "an analysis by the polling firm Castlereagh Research": the author issued it.
    // ("A statement from the trust": the same with "from".)
    const by = firstIn(tokens, from + 1, to - 1, (t) => t.lower === 'by' || t.lower === 'from');
    // "a survey published on Monday by Halvard Research": so is whoever published it.
    const publishedBy = by > from + 2 && tokens.slice(from, by).some((t, i, all) => documentNouns.has(t.lower) && publishingParticiples.has(all[i + 1]?.lower ?? ''));
    if (by > 0 && (documentNouns.has(tokens[by - 1]!.lower) || publishedBy)) {
      const author = speakerRefOf(tokens.slice(by + 1, to));
      // ("a statement from the mayor's office" is the mayor's, as a document whose issuer is read from the story.)
      const fromBody = tokens[by]!.lower !== 'from' || author.kind === 'name' || (author.kind === 'role' && organisationClasses.has(author.head) && !author.owned);
      if ((author.kind === 'name' || author.kind === 'role') && fromBody) return author;
    }
    if (tokens.slice(from, to).some((t) => t.lower === 'joint')) return { kind: 'document', issuerUnknown: true };
    const issuerClass = tokens.slice(from, to).find((t, i, all) => !t.cap && organisationClasses.has(t.lower) && documentNouns.has(all[i + 1]?.lower ?? ''));
    if (issuerClass) return wordRole(issuerClass.lower);
    // "A statement on its website", "their report": the pronoun names who issued it.
    // ("your written statement says": whoever "you" is, the witness a question addresses.)
    const owner = tokens.slice(from, to).find((t) => documentOwners.has(t.lower));
    if (owner) return { kind: 'document', owner: documentOwners.get(owner.lower)! };
    // ("the survey said": the National Glaciology Survey, if the text named a body so; see `resolveSpeakers`.)
    return to - from === 2 && first.lower === 'the' ? { kind: 'document', noun: tokens[from + 1]!.lower } : { kind: 'document' };
  }

  // "a message from a constituent" (what is read out): the speaker is after "from".
  const fromIndex = firstIn(tokens, from, to, (t) => t.lower === 'from');
  // "figures from the port authority": so are the source's numbers.
  if (fromIndex > from && (messageNouns.has(tokens[fromIndex - 1]!.lower) || sourceNouns.has(tokens[fromIndex - 1]!.lower))) return speakerRefOf(tokens.slice(fromIndex + 1, to));
  // "figures released by the force": so is whoever released them.
  const byIndex = firstIn(tokens, from, to, (t) => t.lower === 'by');
  if (byIndex > from + 1 && publishingParticiples.has(tokens[byIndex - 1]!.lower) && sourceNouns.has(tokens[byIndex - 2]!.lower)) return speakerRefOf(tokens.slice(byIndex + 1, to));

  // ("Lindish diplomat Teodor Wallin", "the Lindish capital": a nationality before a noun is no name.)
  // ("Brasca Town Hall said": a town's hall speaks for its council, named as the text names it.)
  const runs = nameRuns(tokens, from, to)
    .filter((r) => (!r.possessive || r.cls === 'org' || isSpeakerPossessive(tokens, r)) && !isNationalityBeforeRole(tokens, r))
    .map((r) => (r.cls === 'place' && (/\b(?:Town|City) Hall$/.test(r.name) || apposedBodyClass(tokens, r.last, to)) ? { ...r, cls: 'org' as const } : r));
  // "the carrier said": the airline.
  const synonym = to - from === 2 && first.lower === 'the' ? classSynonyms.get(tokens[from + 1]!.lower) : undefined;
  if (synonym) return wordRole(synonym);
  // "the Lisk family said": the family speaks as one, by that name.
  if (to - from === 3 && first.lower === 'the' && tokens[from + 2]!.lower === 'family' && tokens[from + 1]!.cap) return { kind: 'name', name: `${tokens[from + 1]!.text} family`, cls: 'org' };
  const spokes = firstIn(tokens, from, to, isSpokesWord);
  if (spokes >= 0) {
    const spokesWord = tokens[spokes]!.lower;
    const gender = spokesWord === 'spokesman' ? 'm' : spokesWord === 'spokeswoman' ? 'f' : undefined;
    const spokesperson: Spokesperson | undefined = spokesWord === 'spokespeople' ? undefined : (gender ?? 'x');
    // "a spokeswoman, Ruth Moen," and "Ruth Moen, a spokeswoman for the hospital,": the named person.
    // ("a spokeswoman for Helvard": the name after "for" is the body she speaks for.)
    const person = runs.find((r) => r.first > spokes && r.cls !== 'org' && r.cls !== 'place' && !bodyPrepositions.has(tokens[r.first - 1]?.lower ?? '')) ?? runs.find((r) => r.last < spokes && (r.cls === 'person' || (r.cls === 'unknown' && r.first === from)) && tokens[r.last + 1]?.text === ',');
    if (person) return { kind: 'name', name: person.name, cls: 'person', ...(gender ? { gender } : {}) };
    // ("A federation spokesman in Kessing": where the spokesman of a body named by its class was is no
    // body; "a government spokeswoman in Kestland" speaks for that country's government.)
    const classBefore = tokens[spokes - 1]?.kind === 'word' && organisationClasses.has(tokens[spokes - 1]!.lower) && tokens[spokes - 1]!.lower !== 'government';
    const org = runs.find((r) => (r.cls === 'org' || r.cls === 'unknown' || (r.first > spokes && bodyPrepositions.has(tokens[r.first - 1]?.lower ?? ''))) && !(classBefore && r.first > spokes && r.cls !== 'org' && placePrepositions.has(tokens[r.first - 1]?.lower ?? '')));
    if (org) return { kind: 'name', name: org.name, cls: 'org', ...(gender ? { gender } : {}), ...(spokesperson ? { spokesperson } : {}) };
    // ("A Vellarn Crossings spokesman": a name right before the word is whoever he speaks for, a
    // body or a person, which the story tells.)
    const owner = runs.find((r) => r.last === spokes - 1 && !r.title);
    if (owner) return { kind: 'name', name: owner.name, cls: 'unknown', ...(gender ? { gender } : {}), ...(spokesperson ? { spokesperson } : {}) };
    const before = tokens[spokes - 1];
    // "A union spokesman", "The company's spokesman": the body by its class.
    if (before && isRoleNoun(stripPossessive(before.lower)) && (!isPossessive(before) || organisationClasses.has(stripPossessive(before.lower)))) return wordRole(stripPossessive(before.lower), spokesperson);
    // "A diocesan spokesman": by the adjective of its class.
    const adjectiveClass = before ? classAdjectives.get(before.lower) : undefined;
    if (adjectiveClass) return wordRole(adjectiveClass, spokesperson);
    // "A city hall spokesman": the city council.
    const office = spokes >= 2 ? bodyOfStaff(tokens, spokes - 2, spokes) : undefined;
    if (office) return wordRole(office, spokesperson);
    // "the spokeswoman said": the spokeswoman the text named ("government spokeswoman Mira Castellan").
    if (to - from === 2 && first.lower === 'the' && spokes === from + 1) return { kind: 'role', phrase: spokesWord, head: spokesWord, nationality: '', ...(spokesperson ? { spokesperson } : {}) };
    // "a spokeswoman for the authority": the organisation the text names by its class.
    // "a spokesperson for the transport authority": the class word may follow a modifier or two.
    let representedClass: string | undefined;
    if (tokens[spokes + 1]?.lower === 'for' && tokens[spokes + 2]?.lower === 'the') {
      for (let k = spokes + 3; k < to && k <= spokes + 5 && !representedClass; k++) representedClass = tokens[k]!.kind === 'word' ? organisationClassOfWord(tokens[k]!.lower) : undefined;
    }
    if (representedClass) return wordRole(representedClass, spokesperson);
    // "a spokeswoman for the contractor": the body the text introduced as the contractor.
    const described = tokens[spokes + 1]?.lower === 'for' && tokens[spokes + 2]?.lower === 'the' && spokes + 4 === to ? tokens[spokes + 3]! : undefined;
    if (described?.kind === 'word' && !described.cap && companyTrades.includes(described.lower)) return wordRole(described.lower, spokesperson);
    // "In a statement, a spokeswoman said": for a body the sentence does not name (see `resolveSpeakers`).
    return { kind: 'generic', ...(spokesperson ? { spokesperson } : {}), ...(spokes === to - 1 ? { unattached: true as const } : {}) };
  }

  const office = officeOfRole(tokens, from, to);
  if (office) return { kind: 'name', name: office, cls: 'org' };
  // "Residents of Lubno, one of the towns affected,": people of a place, not a name.
  if (first.cap && genericPlurals.test(first.lower) && pluralQualifiers.has(tokens[from + 1]?.lower ?? '') && (runs.length === 0 || runs[0]!.first === from) && !runs.some((r) => r.first > from && r.cls === 'org')) return { kind: 'generic' };
  const joint = jointBodies(tokens, from, to, runs);
  if (joint) return joint;
  // ("Tobiah Wrenfield of the group Clean Aske": a name after a body's class word is that body's.)
  // ("Halvard Mercantile whistleblower": a name before the role that ends the phrase is the employer.)
  const roleEnds = !tokens[to - 1]!.cap && tokens[to - 1]!.kind === 'word' && isRoleNoun(tokens[to - 1]!.lower);
  // ("The former chief executive of the collapsed pension provider Larkspur Mutual": the body a role is of.)
  const ofRole = (r: NameRun) => {
    const of = firstIn(tokens, from, r.first, (t) => t.lower === 'of');
    return of > from && personRoleNouns.has(tokens[of - 1]!.lower) && !tokens[of - 1]!.cap && firstIn(tokens, of, r.first, (t) => t.text === ',') < 0;
  };
  const persons = runs.filter((r) => r.cls === 'person' && !(roleEnds && r.last === to - 2) && !ofRole(r) && !(!r.title && tokens[r.first - 1]?.kind === 'word' && !tokens[r.first - 1]!.cap && organisationClasses.has(tokens[r.first - 1]!.lower)));
  // "Jessamy Quillfeather of Nether Ashby": the name after "of" is where she is from, and "A reader
  // in Low Wyndle" is nobody named.
  // ("Priya Vandersloot of Halvik-based Skyline Advisory": the same past a "-based" modifier.)
  const afterHome = (r: NameRun) => homePrepositions.has(tokens[r.first - 1]?.lower ?? '') || ((tokens[r.first - 1]?.lower ?? '').endsWith('-based') && homePrepositions.has(tokens[r.first - 2]?.lower ?? ''));
  const notHomes = persons.filter((r) => !afterHome(r));
  if (persons.length > 0 && (notHomes.length > 0 || !genericSpeakerStarts.has(first.lower))) {
    const pick = notHomes.pop() ?? persons[persons.length - 1]!;
    const titleGender = honorificGender(pick.title);
    return { kind: 'name', name: pick.name, cls: 'person', ...(titleGender ? { titleGender } : {}) };
  }
  // The head of the first phrase is a plural common noun: "Freight operators, which …", "Diplomats in Lissel".
  const comma = firstIn(tokens, from, to, endsHeadPhrase);
  const headIndex = (comma < 0 ? to : comma) - 1;
  const headWord = tokens[headIndex];
  // "FRRA officials said": staff speak for the body named right before them.
  const employer = headWord && staffWords.has(headWord.lower) ? runs.find((r) => r.last === headIndex - 1 && r.cls === 'org') : undefined;
  if (employer) return { kind: 'name', name: employer.name, cls: 'org' };
  // A capitalised plural that ends a longer name is a group's name ("Wyle Bank Neighbours").
  const endsName = headWord?.cap === true && runs.some((r) => r.first < headIndex && r.last === headIndex);
  // "The organisers, the Saltmere Harbour Defence Group,": the group named in apposition.
  // ("Two passengers interviewed by Caldera": who interviewed them is no speaker.)
  const namedAfter = runs.some((r) => r.first > headIndex && r.cls === 'org' && tokens[r.first - 1]?.lower !== 'by');
  // "Aschenfeld police": the force of that place, a body.
  const placePolice = headWord?.lower === 'police' && runs.some((r) => r.last === headIndex - 1 && r.first === from);
  // ("The river police said": a force described by what it polices.)
  if (headWord?.lower === 'police' && first.lower === 'the' && headIndex === to - 1 && tokens.slice(from + 1, headIndex).every((t) => t.kind === 'word' && !t.cap)) return wordRole('police');
  if (headWord && headIndex >= from && genericPlurals.test(headWord.lower) && !endsName && !namedAfter && !placePolice) return { kind: 'generic' };
  // A name right before the cue: "a pledge Krenn dismissed as …".
  const lastRun = runs[runs.length - 1];
  // ("One parish priest in Threlkeld": a place after a preposition is no such name.)
  // ("A former engineer at Fernhollow" no longer speaks for it.)
  // ("The head of the Torvaine National Lottery" is a person: a role of the body.)
  const runStart = lastRun?.first ?? 0;
  const roleOfBody = first.lower === 'the' && tokens[runStart - 1]?.lower === 'the' && tokens[runStart - 2]?.lower === 'of' && isRoleNoun(tokens[runStart - 3]?.lower ?? '') && !organisationClasses.has(tokens[runStart - 3]!.lower);
  // ("A driver with 22 years at Northline": someone who works there, not its voice.)
  // ("quoted anonymously in the Kessrin Evening Post": so past "the".)
  const runOpening = lastRun === undefined ? 0 : tokens[lastRun.first - 1]?.lower === 'the' ? lastRun.first - 1 : lastRun.first;
  const workerAt = lastRun !== undefined && tokens[runOpening - 1]?.lower === 'at' && !tokens.slice(from, lastRun.first).some((t) => isSpokesWord(t) || t.lower === 'official' || t.lower === 'officials' || t.lower === 'representative');
  // ("A meteorite dealer in neighbouring Helmark": an adjective of place may sit after the preposition.)
  const beforeRun = lastRun === undefined ? '' : placeAdjectives.has(tokens[lastRun.first - 1]?.lower ?? '') ? (tokens[lastRun.first - 2]?.lower ?? '') : (tokens[lastRun.first - 1]?.lower ?? '');
  if (lastRun && lastRun.last === to - 1 && (lastRun.cls === 'unknown' || lastRun.cls === 'org') && genericSpeakerStarts.has(first.lower) && to - from > 2 && !roleOfBody && !workerAt && !placePrepositions.has(beforeRun) && !placePrepositions.has(tokens[runOpening - 1]?.lower ?? '') && beforeRun !== 'from' && beforeRun !== 'of' && beforeRun !== 'by' && beforeRun !== 'to' && !firstWordsHold(tokens, from, lastRun.first, 'former')) {
    return { kind: 'name', name: lastRun.name, cls: lastRun.cls };
  }
  // "Rennick City said": a football club by its town's name (the registry tells a club from the town).
  if (lastRun && lastRun.cls === 'place' && lastRun.first === from && lastRun.last === to - 1 && clubNameEnding.test(lastRun.name)) return { kind: 'name', name: lastRun.name, cls: 'unknown' };
  if (genericSpeakerStarts.has(first.lower)) return indefiniteRole(tokens, from, to) ?? indefiniteBody(tokens, from, to) ?? oneUnnamedPerson(tokens, from, to) ?? { kind: 'generic' };
  // ("dockers' leader", "teachers union chief": the plural owns the role that ends the phrase.)
  const ownsRole = to - from >= 2 && to - from <= 3 && isRoleNoun(tokens[to - 1]!.lower) && !tokens[to - 1]!.cap;
  if (to - from <= 3 && genericPlurals.test(first.lower) && !ownsRole) return { kind: 'generic' };
  if (!first.cap && /[^s]s$/.test(first.lower) && first.lower.length > 3 && !isRoleNoun(first.lower) && !ownsRole) return { kind: 'generic' };

  if (opensWithCommonPlural(tokens, from, to, runs)) {
    // "Officials at the ministry": staff speak for the organisation the text names by its class.
    const at = firstIn(tokens, from, to, (t) => t.lower === 'at' || t.lower === 'from');
    const org = at > from && tokens[at + 1]?.lower === 'the' && at + 2 === to - 1 ? tokens[at + 2] : undefined;
    if (org && organisationClasses.has(org.lower)) return wordRole(org.lower);
    return { kind: 'generic' };
  }

  // "— CEO": an abbreviated role in capitals is no organisation's name.
  const named = runs.filter((r) => (r.cls === 'org' || r.cls === 'unknown') && !roleAbbreviations.has(r.name.toLowerCase()));
  const segment = tokens.slice(from, to);
  const role = rolePhrase(segment);
  // "the bank's quarterly review", "the union's figures": the owner is the speaker.
  const owner = segment.find((t) => isPossessive(t) && !t.cap && isRoleNoun(stripPossessive(t.lower)));
  if (!role && owner && named.length === 0) {
    const head = stripPossessive(owner.lower);
    return wordRole(head);
  }
  // "Renske’s older brother, Emil,": the brother, by his first name and the surname they share.
  const kin = segment.findIndex((t) => kinWords.has(t.lower));
  const kinName = kin > 0 && segment[kin + 1]?.text === ',' && segment[kin + 2]?.cap && segment[kin + 2]!.kind === 'word' ? kinSurname(segment, kin) : undefined;
  if (kinName) return { kind: 'name', name: `${segment[kin + 2]!.text} ${kinName}`, cls: 'person' };
  // "Kestland's delegation": a possessive name and a group noun that is not a role.
  const possessive = segment.findIndex((t) => isPossessive(t) && t.cap);
  const afterPossessive = segment[possessive + 1];
  const groupNoun = role !== undefined && organisationClasses.has(role.head) && !personRoleNouns.has(role.head) && afterPossessive?.lower === role.head;
  // "Mr Ashgarth's family" belongs to a person: no body's name.
  const possessorIsPerson = () => nameRuns(tokens, from, to).some((r) => r.possessive && r.cls === 'person' && segment[possessive]!.start === tokens[r.last]!.start);
  // ("At Tuesday's meeting Kowalczyk": a day owns no body.)
  const datedPossessive = possessive >= 0 && calendarNames.has(stripPossessive(segment[possessive]!.lower));
  if ((!role || groupNoun) && possessive >= 0 && afterPossessive && !afterPossessive.cap && !datedPossessive) {
    if (possessorIsPerson()) return { kind: 'generic' };
    return { kind: 'name', name: segment.slice(possessive).map((t) => t.text).join(' '), cls: 'org' };
  }
  // "Nordhavn airport, which …": a place's body named by its class in lower case.
  const placeBody = role ? placeBodyName(tokens, named, role.head, from) : undefined;
  if (placeBody) return { kind: 'name', name: placeBody, cls: 'org' };
  if (role && named.length > 0 && isRoleOverPlace(segment, role.head, named, from)) return { kind: 'role', ...role };
  if (named.length > 0 && !(role && role.head !== 'delegation' && roleComesAfter(segment, role.head, named[named.length - 1]!, from)) && !roleOfBody) {
    // "The Justice Ministry in Velsk": the body, not where it sits.
    const notPlaces = named.filter((r) => !placePrepositions.has(tokens[r.first - 1]?.lower ?? '') && tokens[r.first - 1]?.lower !== 'in');
    const pick = notPlaces.length > 0 && named[named.length - 1]!.cls !== 'org' ? notPlaces[notPlaces.length - 1]! : named[named.length - 1]!;
    return { kind: 'name', name: pick.name, cls: pick.cls };
  }
  if (role) {
    const department = departmentHead(segment, role.head);
    // "The council's head of highways": an unnamed department head speaks for the organisation.
    if (department && owner && organisationClasses.has(stripPossessive(owner.lower))) return wordRole(stripPossessive(owner.lower), 'x');
    // ("The 52-year-old engineer": an age makes the role an epithet for someone already named.)
    // ("the hydrologist": a science's practitioner the text may never have called so is the last person named, failing one who was.)
    const epithet = segment.some((t) => epithetWords.has(t.lower) || isAgeWord(t.lower)) || role.head.endsWith('ologist') ? { epithet: true as const } : {};
    // "The mayor's office": someone's office, never an office the text named by its remit.
    const owned = segment.some((t) => isPossessive(t) && !t.cap) ? { owned: true as const } : {};
    // "Corvane's chief executive": the one of that company (see `Entity.roles`).
    // "The Progress Alliance candidate": the same, by the body's name before the role.
    // "the fishermen's leader": the body whose name holds that word.
    const employerToken = segment.find((t) => isPossessive(t) && (t.cap || !possessivePronounWords.has(t.lower))) ?? (organisationClasses.has(role.head) ? undefined : namedBefore(segment, role.head) ?? namedAfterOf(segment, role.head));
    const employer = employerToken ? { employer: stripPossessive(employerToken.lower) } : {};
    return { kind: 'role', ...role, phrase: department ?? describedOrganisation(segment, role.head) ?? role.phrase, ...epithet, ...owned, ...employer };
  }
  if (segment.length === 1 && first.cap) return { kind: 'name', name: stripPossessive(first.text), cls: 'unknown' };
  // "Her landlord, who declined to be named,", "Her neighbor, a retired shipyard worker …,": someone
  // known only by a relation to a person.
  // A relative with no apposition ("Her father tells her …") is someone the story knows, not a new person.
  const relation = segment[2]?.text === ',' || (segment.length === 2 && !kinWords.has(segment[1]!.lower));
  if (relation && possessivePronouns.has(first.lower) && first.lower !== 'its' && segment[1]!.kind === 'word' && !segment[1]!.cap && (isPersonWord(segment[1]!.lower) || relationNouns.has(segment[1]!.lower))) {
    const noun = segment[1]!.lower;
    // "Her husband, a retired lorry driver,": a relative the story may know ("her husband, Henrik").
    if (segment[2]?.text === ',' && kinWords.has(noun) && (first.lower === 'his' || first.lower === 'her')) return wordRole(noun);
    return { kind: 'generic', spokesperson: womenWords.has(noun) ? 'f' : menWords.has(noun) ? 'm' : 'x' };
  }
  const described = describedPerson(segment) ?? describedPerson(segment.slice(afterOpeningAdjunct(segment)));
  if (described) return described;
  return { kind: 'none' };
}

/**
 * "St Alder's Hospital and the Brightwater Infirmary announced": two organisations speak together,
 * as one speaker named by both. Two bodies named only by their class ("the farmers' union and the
 * landowners' association") are nobody the text names: no speaker rather than one of the two.
 */
function jointBodies(tokens: readonly Token[], from: number, to: number, runs: readonly NameRun[]): SpeakerRef | undefined {
  const and = firstIn(tokens, from + 1, to - 1, (t) => t.lower === 'and');
  if (and < 0 || runs.some((r) => r.first < and && r.last > and)) return undefined;
  return jointSpeaker(speakerRefOf(tokens.slice(from, and)), speakerRefOf(tokens.slice(and + 1, to)));
}

/** The speaker of two coordinated subjects when both are bodies, or undefined. */
export function jointSpeaker(left: SpeakerRef, right: SpeakerRef): SpeakerRef | undefined {
  const sides = [left, right];
  if (sides.every((side) => side.kind === 'name' && side.cls === 'org' && !side.spokesperson)) {
    return { kind: 'name', name: sides.map((side) => (side as { name: string }).name).join(' and '), cls: 'org' };
  }
  if (sides.every((side) => side.kind === 'role' && organisationClasses.has(side.head) && !personRoleNouns.has(side.head) && !side.spokesperson)) return { kind: 'generic' };
  return undefined;
}

const kinWords = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'grandmother', 'grandfather', 'aunt', 'uncle', 'niece', 'nephew', 'cousin', 'partner', 'spouse']);
/** Who won or holds something: "the new champion says" is the person the story is about. */
const titleHolders = new Set(['champion', 'winner', 'runner-up', 'finalist', 'challenger', 'titleholder', 'laureate', 'victor']);
const relationNouns = new Set(['landlord', 'landlady', 'tenant', 'boss', 'employer', 'partner', 'spouse', 'fiancé', 'fiancée', 'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'flatmate', 'housemate', 'carer', 'caregiver']);
const staffWords = new Set(['officials', 'staff', 'executives', 'spokespeople', 'representatives', 'managers']);

const homePrepositions = new Set(['of', 'from', 'in', 'at']);
const placePrepositions = new Set(['in', 'across', 'around', 'near', 'outside', 'throughout']);

/**
 * "Grain traders said", "Growers in the north say", "Supermarkets in Old Quay reported": the first
 * phrase is a plural common noun, its first word capitalised only because it opens the sentence.
 * A lone capitalised word needs a place phrase after it ("Reuters said" is a name), and a name
 * after any other preposition is who they speak for ("Engineers at Farrow Geotechnical").
 */
function opensWithCommonPlural(tokens: readonly Token[], from: number, to: number, runs: readonly NameRun[]): boolean {
  // "RTA figures": an acronym's capitals are no sentence's first letter.
  if (isAcronym(tokens[from]!.text)) return false;
  // "Verdal figures", "port estimates": numbers someone published, not people speaking.
  if (to - from === 2 && sourceNouns.has(tokens[from + 1]!.lower)) return false;
  let headEnd = from;
  while (headEnd < to && tokens[headEnd]!.kind === 'word' && (headEnd === from || !tokens[headEnd]!.cap) && !placePrepositions.has(tokens[headEnd]!.lower) && tokens[headEnd]!.lower !== 'at' && !isAgentParticiple(tokens[headEnd]!, tokens[headEnd + 1])) headEnd++;
  const count = headEnd - from;
  if (count === 0 || count > 3) return false;
  const head = tokens[headEnd - 1]!;
  if (head.lower.length < 5 || !/[^s'’]s$/.test(head.lower) || isRoleNoun(head.lower) || head.text !== head.text[0] + head.lower.slice(1)) return false;
  const next = tokens[headEnd];
  if (headEnd === to) return count > 1;
  // "Cleaners interviewed by Tidewell": whoever is after "by" asked; the plural speaks.
  if (next && isAgentParticiple(next, tokens[headEnd + 1])) return true;
  // "Villagers at the stop", "Drivers at the Orlac depot", but not "Engineers at Farrow Geotechnical".
  if (next?.lower === 'at') return !runs.some((r) => r.first > headEnd && !isAttributive(tokens, r, to));
  if (!next || !placePrepositions.has(next.lower)) return false;
  // Only a place may follow: a person or organisation named later in the phrase is the speaker.
  return !runs.some((r) => r.first > headEnd && r.cls !== 'place' && r.cls !== 'unknown');
}

/**
 * "head of highways", "chief of network planning": the head of a department, which no loose
 * "the head" or "the chief" (whoever runs the organisation) may mean. Undefined for other roles.
 */
function departmentHead(segment: readonly Token[], head: string): string | undefined {
  if (!organisationHeadWords.has(head)) return undefined;
  const index = segment.findIndex((t) => t.lower === head);
  const department = segment[index + 2];
  if (segment[index + 1]?.lower !== 'of' || !department || department.cap || department.kind !== 'word' || articles.has(department.lower)) return undefined;
  return `${head} of ${department.lower}`;
}

const articles = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * "the national weather service", "the city council": an organisation the text describes in lower
 * case, with its modifiers (up to three words after "the", before the class noun that ends it).
 */
function describedOrganisation(segment: readonly Token[], head: string): string | undefined {
  if (!organisationClasses.has(head) || personRoleNouns.has(head) || segment.length < 3 || segment.length > 5) return undefined;
  if (segment[0]!.lower !== 'the' || segment[segment.length - 1]!.lower !== head) return undefined;
  const modifiers = segment.slice(1, -1);
  if (!modifiers.every((t) => t.kind === 'word' && !t.cap && !isPossessive(t) && !epithetWords.has(t.lower))) return undefined;
  return [...modifiers.map((t) => t.lower), head].join(' ');
}
const speaksForOwner = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'campaign', 'team', 'aides', 'camp']);
function isAgeWord(lower: string): boolean {
  return lower.endsWith('-year-old') && /^\d{1,3}-/.test(lower);
}

/** Adjectives that make a role an epithet for someone already in the story ("the veteran councillor"). */
const epithetWords = new Set(['veteran', 'old', 'elderly', 'former', 'outgoing', 'embattled', 'longtime', 'long-serving', 'retired', 'seasoned', 'ousted', 'departing']);
const ageWord = /^\d{1,3}-year-old$/;

const personNouns = new Set(['person', 'participant', 'resident', 'witness', 'parent', 'neighbour', 'neighbor', 'local', 'villager', 'source', 'official', 'nurse', 'pupil', 'patient', 'passenger', 'customer', 'guest', 'victim', 'relative', 'friend', 'colleague', 'guard', 'chef', 'cook', 'clerk', 'pilot', 'coach', 'medic', 'paramedic', 'mechanic', 'midwife', 'fan', 'guide', 'veteran', 'cadet', 'nanny', 'inmate', 'detainee', 'employee', 'trainee', 'retiree', 'evacuee', 'refugee', 'cleaner', 'porter', 'diner', 'commuter']);
/** "the woman" is a woman, "the father" a man; undefined for words of no gender. */
export function genderOfPersonNoun(noun: string): 'm' | 'f' | undefined {
  return womenWords.has(noun) ? 'f' : menWords.has(noun) ? 'm' : undefined;
}

const womenWords = new Set(['mother', 'woman', 'wife', 'daughter', 'girl', 'grandmother', 'widow', 'sister', 'landlady', 'aunt', 'niece']);
const menWords = new Set(['father', 'man', 'husband', 'son', 'boy', 'grandfather', 'widower', 'brother', 'uncle', 'nephew']);

/** "a prosecutor", "a district judge": one person by a role (at most two words before it), not yet named. */
function indefiniteRole(tokens: readonly Token[], from: number, to: number): SpeakerRef | undefined {
  const article = tokens[from]!.lower;
  const head = tokens[to - 1]!;
  if ((article !== 'a' && article !== 'an') || to - from < 2 || to - from > 4 || !personRoleNouns.has(head.lower) || isSpokesWord(head)) return undefined;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.cap) return undefined;
  return { kind: 'role', phrase: head.lower, head: head.lower, nationality: '', spokesperson: 'x', indefinite: true };
}

/**
 * "A mother of two who asked not to be named", "one resident": a single person the text does not
 * name, by the gender the noun gives ('x': none). "She" in the next sentence is that person again.
 */
/**
 * "A museum in the Solvenzan city of Pellara has refused …": a body by its class alone, which in a
 * lede is the one the story names below (elsewhere nobody, see `resolveSpeakers`).
 */
function indefiniteBody(tokens: readonly Token[], from: number, to: number): SpeakerRef | undefined {
  const article = tokens[from]!.lower;
  const head = tokens[from + 1];
  if ((article !== 'a' && article !== 'an') || !head || head.kind !== 'word' || head.cap || !indefiniteBodyClasses.has(head.lower)) return undefined;
  // Nothing after the class but where the body is ("in the … city of Pellara").
  if (from + 2 < to && tokens[from + 2]!.lower !== 'in') return undefined;
  return { kind: 'role', phrase: head.lower, head: head.lower, nationality: '', indefinite: true };
}

const indefiniteBodyClasses = new Set(['museum', 'hospital', 'university', 'company', 'bank', 'union', 'charity', 'zoo', 'theatre', 'orchestra', 'airline', 'school', 'library', 'club']);

function oneUnnamedPerson(tokens: readonly Token[], from: number, to: number): SpeakerRef | undefined {
  const article = tokens[from]!.lower;
  // ("One of the skippers, who asked not to be named,": one of a group, unnamed.)
  const group = article === 'one' && tokens[from + 1]?.lower === 'of' && groupDeterminers.has(tokens[from + 2]?.lower ?? '') ? tokens[from + 3] : undefined;
  if (group && group.kind === 'word' && !group.cap && group.lower.endsWith('s') && isPersonWord(group.lower.slice(0, -1))) return { kind: 'generic', spokesperson: 'x' };
  // "One trial participant": one modifier may come before the noun.
  const modified = from + 2 < to && tokens[from + 2]!.kind === 'word' && !tokens[from + 2]!.cap && !tokens[from + 1]!.cap && isPersonWord(tokens[from + 2]!.lower) && !isPersonWord(tokens[from + 1]!.lower);
  const noun = tokens[modified ? from + 2 : from + 1];
  if ((article !== 'a' && article !== 'an' && article !== 'one' && article !== 'another') || !noun || noun.kind !== 'word' || noun.cap || from + 1 >= to) return undefined;
  if (!isPersonWord(noun.lower)) return undefined;
  const spokesperson: Spokesperson = womenWords.has(noun.lower) ? 'f' : menWords.has(noun.lower) ? 'm' : 'x';
  return { kind: 'generic', spokesperson };
}

const groupDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those']);

/** "Her office sent a statement saying …": a verb in the past after the subject. */
function isPastVerb(token: Token): boolean {
  return token.kind === 'word' && !token.cap && isPastForm(token.lower);
}

/** "Residents of Lubno", "Traders on both sides": what follows a plural that says which ones. */
const pluralQualifiers = new Set(['of', 'on', 'in', 'across', 'near', 'along', 'around', 'outside', 'inside']);
const adjunctPrepositions = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'later', 'earlier', 'by', 'since']);

/** Where the subject starts after an opening time or place adjunct without a comma ("On Saturday the …"); 0 when none. */
function afterOpeningAdjunct(segment: readonly Token[]): number {
  if (segment.length < 3 || !adjunctPrepositions.has(segment[0]!.lower)) return 0;
  for (let k = segment.length - 2; k > 0; k--) if (segment[k]!.lower === 'the') return k;
  return 0;
}

/**
 * "the 44-year-old hydrologist", "the former crane driver", "the farmer": a definite description
 * of someone already named whose noun no role list holds. With an age it is the person the text
 * gave that age; otherwise an epithet, which falls back to the last person named.
 */
function describedPerson(described: readonly Token[]): SpeakerRef | undefined {
  // "the father of two": the parent, whatever the count.
  const n = described.length;
  const segment = n > 3 && described[n - 2]!.lower === 'of' && childCounts.test(described[n - 1]!.lower) ? described.slice(0, n - 2) : described;
  if (segment.length < 2 || segment.length > 5 || segment[0]!.lower !== 'the') return undefined;
  for (let k = 1; k < segment.length; k++) if (segment[k]!.kind !== 'word' || segment[k]!.cap) return undefined;
  const noun = segment[segment.length - 1]!.lower;
  // "the other worker": the second of two unnamed people.
  if (segment[1]!.lower === 'other') return { kind: 'generic' };
  const age = segment.find((t) => ageWord.test(t.lower));
  if (age) return { kind: 'epithet', age: age.lower.slice(0, age.lower.indexOf('-')) };
  if (epithetWords.has(segment[1]!.lower) || looksLikePersonNoun(noun) || tradesUnlikeAgentNouns.has(noun) || titleHolders.has(noun) || youngPeople.has(noun) || peopleByWhatBefellThem.has(noun)) return { kind: 'role', phrase: noun, head: noun, nationality: '', epithet: true };
  return undefined;
}

/** Nouns for a person of a nationality (not adjectives, which "the Guardian" would pass for). */
const demonymNouns = new Set(['dane', 'swede', 'finn', 'scot', 'pole', 'czech', 'slovak', 'turk', 'greek', 'briton', 'dutchman', 'dutchwoman', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'welshman', 'welshwoman', 'scotsman', 'scotswoman', 'spaniard', 'norwegian', 'german', 'italian', 'australian', 'canadian', 'brazilian', 'argentine', 'argentinian', 'american', 'icelander', 'portuguese', 'hungarian', 'romanian', 'austrian', 'belgian', 'croat', 'serb', 'ukrainian', 'russian', 'nigerian', 'kenyan', 'ghanaian', 'japanese', 'chinese', 'korean', 'indian', 'mexican', 'chilean', 'colombian', 'peruvian']);

/** "the girl said": a young person the story just named. */
const youngPeople = new Set(['girl', 'boy', 'teenager', 'pupil', 'schoolgirl', 'schoolboy']);
/** "the widow said": someone the story named by what happened to them. */
const peopleByWhatBefellThem = new Set(['widow', 'victim', 'hostage', 'refugee', 'orphan']);
/** Trades whose nouns do not end like agent nouns ("the guide", "the pilot"). */
const tradesUnlikeAgentNouns = new Set(['guide', 'pilot', 'chef', 'shepherd', 'priest', 'nun', 'monk', 'postmistress', 'headmistress', 'actress', 'waitress', 'hostess', 'soprano', 'mezzo-soprano', 'tenor', 'baritone', 'contralto', 'vet', 'medic', 'paramedic', 'surgeon', 'midwife', 'mechanic', 'architect', 'athlete', 'cook', 'clerk', 'nanny', 'academic', 'scholar', 'expert']);

const childCounts = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "asked not to be named", "spoke on condition of anonymity" in `tokens[from, to)`. */
function asksAnonymity(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.lower === 'anonymity' || (tokens[k]!.lower === 'named' && tokens[k - 1]?.lower === 'be')) return true;
  }
  return false;
}

/** Agent nouns ("hydrologist", "farmer", "pensioner", "physician"), less the things that end alike. */
export function isPersonWord(noun: string): boolean {
  return womenWords.has(noun) || menWords.has(noun) || personNouns.has(noun) || looksLikePersonNoun(noun);
}

function looksLikePersonNoun(noun: string): boolean {
  return /(?:[^e]er|eer|or|ist|ian|ant|ent|man|woman)$/.test(noun) && !nonPersonNouns.has(noun);
}

const nonPersonNouns = new Set([
  'paper', 'letter', 'order', 'number', 'register', 'counter', 'water', 'chapter', 'poster', 'filter', 'parameter', 'meter', 'monitor',
  'sensor', 'indicator', 'factor', 'sector', 'motor', 'tractor', 'reactor', 'elevator', 'calculator', 'corridor', 'mirror', 'error',
  'border', 'computer', 'centre', 'center', 'tower', 'river', 'weather', 'matter', 'quarter', 'summer', 'winter', 'document',
  'government', 'department', 'parliament', 'statement', 'agreement', 'settlement', 'judgment', 'judgement', 'argument', 'comment',
  'announcement', 'assessment', 'report', 'plan', 'moment', 'event', 'incident', 'accident', 'plant', 'grant', 'restaurant',
  'percent', 'amendment', 'investment', 'management', 'environment', 'equipment', 'treatment', 'payment',
]);

/** "the 58-year-old", "the veteran 58-year-old". */
function isAgeEpithet(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from >= 2 && to - from <= 3 && tokens[from]!.lower === 'the' && ageWord.test(tokens[to - 1]!.lower);
}
const sourceNouns = new Set(['figures', 'data', 'estimates', 'statistics', 'records', 'numbers', 'calculations', 'documents', 'filings', 'projections', 'forecasts']);

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && /^\p{Lu}+$/u.test(word);
}

/** "interviewed by", "quoted by", "surveyed by". */
function isAgentParticiple(word: Token, next: Token | undefined): boolean {
  return next?.lower === 'by' && !word.cap && word.lower.length > 4 && word.lower.endsWith('ed');
}

/** A name used as a modifier ("the Orlac depot"): a lower-case noun follows it. */
function isAttributive(tokens: readonly Token[], run: NameRun, to: number): boolean {
  const next = tokens[run.last + 1];
  return run.last + 1 < to && next !== undefined && next.kind === 'word' && !next.cap && !run.possessive;
}

/** The organisation class a word names: itself when it is one ("authority"), else the class it marks ("infirmary": hospital). */
/** Words for a class of body that are not its class word: "the carrier" is the airline, "the watchdog" the regulator. */
const classSynonyms: ReadonlyMap<string, string> = new Map([['carrier', 'airline'], ['watchdog', 'regulator']]);

function organisationClassOfWord(word: string): string | undefined {
  if (organisationClasses.has(word)) return word;
  const synonym = classSynonyms.get(word);
  if (synonym) return synonym;
  for (const [cls, marks] of organisationClasses) if (marks.includes(word) && word !== '&') return cls;
  return undefined;
}

/** A role of one word ("the union", "the minister"), without a nationality. */
/**
 * Words that stand for a body by the people who serve it or the building it sits in, as the
 * subject's only words: the class of that body (see `organisationClasses`).
 */
/** "the leader of the Independents": the body named after the role's "of". */
function namedAfterOf(segment: readonly Token[], head: string): Token | undefined {
  const index = segment.findIndex((t) => t.lower === head);
  if (index < 0 || segment[index + 1]?.lower !== 'of') return undefined;
  const name = segment[index + 2]?.lower === 'the' ? segment[index + 3] : segment[index + 2];
  return name?.cap ? name : undefined;
}

const possessivePronounWords = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const bodyPrepositions = new Set(['for', 'of', 'at', 'from', 'in']);
/** Plurals for the members of a body the text described by the singular ("the rebel X", "the campaign group X"). */
const groupPlurals: ReadonlyMap<string, string> = new Map([
  ['rebels', '~rebel'], ['separatists', '~separatist'], ['insurgents', '~insurgent'], ['militants', '~militant'], ['campaigners', '~campaign'], ['protesters', '~protest'],
]);

const anonymousSources = new Set(['person', 'source', 'insider', 'people', 'sources']);

const staffOfBody: ReadonlyMap<string, string> = new Map([
  ['police', 'police'],
  ['officers', 'police'],
  ['detectives', 'police'],
  ['police officers', 'police'],
  ['the judges', 'court'],
  ['the justices', 'court'],
  ['city hall', 'council'],
  ['city officials', 'council'],
  ['council officials', 'council'],
]);

function bodyOfStaff(tokens: readonly Token[], from: number, to: number): string | undefined {
  if (to - from === 1) return staffOfBody.get(tokens[from]!.lower);
  if (to - from === 2) return staffOfBody.get(`${tokens[from]!.lower} ${tokens[from + 1]!.lower}`);
  return undefined;
}

/** The first word of a capitalised name right before the role's head ("The Progress Alliance candidate"), if any. */
function namedBefore(segment: readonly Token[], head: string): Token | undefined {
  const index = segment.findIndex((t) => t.lower === head);
  // ("Ravens owner:" in a headline: a name opening the phrase, with no article.)
  if (index >= 1 && index <= 2 && segment.slice(0, index).every((t) => t.cap && t.kind === 'word' && !isPossessive(t) && !articles.has(t.lower))) return segment[0];
  let k = index - 1;
  while (k >= 1 && segment[k]!.cap && !isPossessive(segment[k]!)) k--;
  const name = k + 1;
  if (name >= index) return undefined;
  // ("The 47-year-old CRP leader": past an age or an epithet.)
  while (k >= 1 && (isAgeWord(segment[k]!.lower) || epithetWords.has(segment[k]!.lower))) k--;
  return k >= 0 && articles.has(segment[k]!.lower) ? segment[name] : undefined;
}

function isNationalityBeforeRole(tokens: readonly Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  return run.first === run.last && looksNationality(tokens[run.first]!.text) && next !== undefined && next.kind === 'word' && !next.cap;
}

/** The comma after a name that opens the phrase and is followed by an age or "a …" description; else 0. */
const roleLinks = new Set(['of', 'at', 'for']);

function describedNameEnd(tokens: readonly Token[], from: number, to: number): number {
  if (!tokens[from]!.cap) return 0;
  let comma = from;
  while (comma < to && comma < from + 4 && tokens[comma]!.kind === 'word' && tokens[comma]!.cap) comma++;
  if (comma === from || tokens[comma]?.text !== ',') return 0;
  const next = tokens[comma + 1];
  // "Sunniva Marlowe, the MP for Harwick and Lenne Vale,": the constituency is a place, not a second name.
  // ("Oswin Brackla, the opposition MP for Upper Fennick,": one word may qualify the seat's member.)
  const memberFor = (k: number) => (tokens[k]?.lower === 'mp' || tokens[k]?.lower === 'member') && tokens[k + 1]?.lower === 'for';
  const theMemberFor = next?.lower === 'the' && (memberFor(comma + 2) || (tokens[comma + 2]?.kind === 'word' && !tokens[comma + 2]!.cap && memberFor(comma + 3)));
  // ("Casimir Drell, the whip of the opposition People’s Forum,": a role of a body, named after it.)
  const roleAt = (k: number) => tokens[k]?.kind === 'word' && !tokens[k]!.cap && isRoleNoun(tokens[k]!.lower) && roleLinks.has(tokens[k + 1]?.lower ?? '');
  const theRoleOf = next?.lower === 'the' && (roleAt(comma + 2) || (tokens[comma + 2]?.kind === 'word' && !tokens[comma + 2]!.cap && roleAt(comma + 3)));
  // ("Ines Moraveck, director of the transparency group Clear Ledger,": no article at all.)
  const bareRoleOf = roleAt(comma + 1) || (next?.kind === 'word' && !next.cap && roleAt(comma + 2));
  const run = nameRuns(tokens, from, comma)[0];
  if (!run || run.first !== from || run.last !== comma - 1 || run.cls === 'org' || run.cls === 'place') return 0;
  // ("- **Lene Ostrova, Dovrian Consumers’ League:** “…”": a person named with the body she is from.)
  if (run.cls === 'person' && next?.cap && isOnlyOrg(tokens, comma + 1, to)) return comma;
  return next && (/^\d{1,3}$/.test(next.text) || next.lower === 'a' || next.lower === 'an' || memberFor(comma + 1) || theMemberFor || theRoleOf || bareRoleOf) ? comma : 0;
}

/** `tokens[from, to)` is one organisation's name. */
function isOnlyOrg(tokens: readonly Token[], from: number, to: number): boolean {
  const runs = nameRuns(tokens, from, to);
  return runs.length === 1 && runs[0]!.first === from && runs[0]!.last === to - 1 && runs[0]!.cls === 'org';
}

const classAdjectives: ReadonlyMap<string, string> = new Map([['diocesan', 'diocese'], ['ministerial', 'ministry'], ['municipal', 'council'], ['governmental', 'government'], ['parliamentary', 'parliament']]);
const councilScopes = new Set(['city', 'town', 'county', 'district', 'borough', 'parish', 'regional']);

/**
 * "Valley Voice, a campaign group": a name that reads as a place, apposed with a kind of body
 * ("a campaign group", "an independent charity"), is that body's.
 */
function apposedBodyClass(tokens: readonly Token[], last: number, to: number): boolean {
  if (tokens[last + 1]?.text !== ',' || (tokens[last + 2]?.lower !== 'a' && tokens[last + 2]?.lower !== 'an')) return false;
  for (let k = last + 3; k < to && k <= last + 6 && tokens[k]!.kind === 'word' && !tokens[k]!.cap; k++) {
    if (organisationClasses.has(tokens[k]!.lower) && !personRoleNouns.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "Kellmouth city council" → "Kellmouth City Council" (an optional "the" before it). */
function localCouncil(tokens: readonly Token[], from: number, to: number): string | undefined {
  const start = tokens[from]!.lower === 'the' ? from + 1 : from;
  if (to - start < 3 || to - start > 5 || tokens[to - 1]!.lower !== 'council' || !councilScopes.has(tokens[to - 2]!.lower) || tokens[to - 2]!.cap) return undefined;
  const place = tokens.slice(start, to - 2);
  if (!place.every((t) => t.kind === 'word' && t.cap && !isPossessive(t))) return undefined;
  return `${place.map((t) => t.text).join(' ')} ${titleCase(tokens[to - 2]!.lower)} Council`;
}

function wordRole(word: string, spokesperson?: Spokesperson): SpeakerRef {
  return { kind: 'role', phrase: word, head: word, nationality: '', ...(spokesperson ? { spokesperson } : {}) };
}

function firstWordsHold(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.lower === word) return true;
  return false;
}

/** Index of the first token of `tokens[from, to)` that passes `test`, or -1. */
function firstIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  for (let i = from; i < to; i++) if (test(tokens[i]!)) return i;
  return -1;
}

function isSpokesWord(t: Token): boolean {
  return spokesWords.has(t.lower);
}

function endsHeadPhrase(t: Token): boolean {
  return t.text === ',' || relativePronouns.has(t.lower);
}

/** "Marevia's foreign minister": the role noun after the name is the speaker, not the name. */
function roleComesAfter(segment: readonly Token[], head: string, run: NameRun, offset: number): boolean {
  const index = segment.findIndex((t) => t.lower === head);
  if (index <= run.last - offset) return false;
  // Only a role that follows the name directly ("Velmora mayor"), not an appositive ("Eder, a former inspector").
  return !segment.slice(run.last - offset + 1, index).some((t) => t.text === ',');
}

/** "Nordhavn Airport" for "Nordhavn airport": the name opening the phrase, then its class noun. */
function placeBodyName(tokens: readonly Token[], named: readonly NameRun[], head: string, from: number): string | undefined {
  const run = named[0];
  if (!run || run.first !== from || run.possessive || !organisationClasses.has(head) || personRoleNouns.has(head)) return undefined;
  const noun = tokens[run.last + 1];
  if (!noun || noun.kind !== 'word' || noun.cap || noun.lower !== head) return undefined;
  // "Supporters' group City Faithful": a description, then the body's own name.
  const ownName = nameRuns(tokens, run.last + 2, Math.min(tokens.length, run.last + 7))[0];
  if (ownName && ownName.first === run.last + 2) return ownName.name;
  if (/['’]$/.test(tokens[run.last]!.text)) return undefined;
  return `${run.name} ${titleCase(head)}`;
}

/**
 * "the governor of Brescov province", "the mayor of Velmora": a person's office over a place, so the
 * office holder speaks (named elsewhere in the text), not the place. An organisation after "of"
 * ("the head of Kelvarra Minerals") still speaks for itself.
 */
function isRoleOverPlace(segment: readonly Token[], head: string, named: readonly NameRun[], offset: number): boolean {
  if (!personRoleNouns.has(head) || named.some((r) => r.cls === 'org')) return false;
  const index = segment.findIndex((t) => t.lower === head);
  return segment[index + 1]?.lower === 'of' && named[0]!.first - offset > index + 1;
}

function isSpeakerPossessive(tokens: readonly Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  return !next || next.kind !== 'word';
}

const timeWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|afternoon|night|week|month|year|\d+)$/;

function isTimeWord(token: Token): boolean {
  return timeWords.test(token.lower);
}

/** Nouns for what an organisation issues; as a subject they stand for the issuer. */
const publishingParticiples = new Set(['published', 'released', 'issued', 'commissioned', 'conducted', 'compiled', 'produced', 'carried']);
const documentNouns = new Set(['statement', 'communique', 'communiqué', 'release', 'report', 'letter', 'notice', 'filing', 'memo', 'bulletin', 'announcement', 'website', 'post', 'study', 'survey', 'analysis', 'submission']);
const documentLead = new Set(['a', 'an', 'the', 'its', 'your', 'this', 'that', 'written', 'short', 'brief', 'joint', 'separate', 'later', 'new', 'official', 'press', 'second', 'further', 'another']);

/** "a statement published after …", "The statement", "a short written statement". */
const seenDocumentNouns = new Set(['email', 'memo', 'draft', 'document', 'copy', 'letter', 'minutes', 'text']);
const obtainedWords = new Set(['seen', 'obtained', 'reviewed', 'read', 'shared', 'leaked']);

/** A document noun, then "seen by" (or obtained, reviewed …), within the first words. */
function seenDocument(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to - 2 && i < from + 5; i++) {
    if (documentNouns.has(tokens[i]!.lower) || seenDocumentNouns.has(tokens[i]!.lower)) {
      return obtainedWords.has(tokens[i + 1]!.lower) && tokens[i + 2]!.lower === 'by';
    }
  }
  return false;
}

const possessivePronouns: ReadonlyMap<string, string> = new Map([['its', 'it'], ['their', 'they'], ['his', 'he'], ['her', 'she']]);
const documentOwners: ReadonlyMap<string, string> = new Map([...possessivePronouns, ['your', 'you']]);

/** "The investigation report by …": an article, up to two lower-case words and a document's noun. */
function opensWithDocument(tokens: readonly Token[], from: number, to: number): boolean {
  if (!['the', 'a', 'an', 'its', 'their'].includes(tokens[from]!.lower)) return false;
  for (let i = from + 1; i < to && i <= from + 3; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (documentNouns.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Orrinvale Hydro’s first statement, issued at 3am,": the document of a named body or person is
 * theirs. The owner is a possessive name, then only lower-case words up to the document.
 */
function namedDocumentOwner(tokens: readonly Token[], from: number, to: number): SpeakerRef | undefined {
  const comma = firstIn(tokens, from, to, (t) => t.text === ',');
  const end = comma < 0 ? to : comma;
  if (end - from < 2 || !documentNouns.has(tokens[end - 1]!.lower)) return undefined;
  let owner = end - 2;
  while (owner > from && tokens[owner]!.kind === 'word' && !tokens[owner]!.cap && !isPossessive(tokens[owner]!)) owner--;
  if (!isPossessive(tokens[owner]!) || !tokens[owner]!.cap) return undefined;
  const run = nameRuns(tokens, from, owner + 1).find((r) => r.last === owner && r.possessive);
  if (!run || run.cls === 'place') return undefined;
  return { kind: 'name', name: run.name, cls: run.cls };
}

function isDocumentPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 4; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.cap && i > from) return false;
    if (documentNouns.has(t.lower)) return i > from;
    // ("A second palace statement": a body's class before the document says whose it is.)
    if (!documentLead.has(t.lower) && !(organisationClasses.has(t.lower) && documentNouns.has(tokens[i + 1]?.lower ?? ''))) return false;
  }
  return false;
}

const sameFormPasts = new Set(['hit', 'cut', 'set', 'quit', 'shut', 'cast']);

/** A past-tense verb that tells what someone did ("hit back", "shrugged"). */
function tellsOfPast(token: Token): boolean {
  return token.kind === 'word' && (isPastForm(token.lower) || sameFormPasts.has(token.lower));
}

/** Whether the sentence at `start` opens as `narrativeRoleSubject` reads one ("The …", "A …", "An …", "One …", a name): cheap, before tokenising it. */
export function opensNarrative(text: string, start: number): boolean {
  return narrativeOpening.test(text.slice(start, start + 4));
}

const narrativeOpening = /^(?:The |A |An |One |\p{Lu})/u;

/**
 * "Threlfall had already rejected the charge when Merrin put it to him.": a sentence that opens with
 * a person's name and a past-tense verb tells of that person, whoever else it names.
 */
function narrativeNamedSubject(tokens: readonly Token[]): SpeakerRef | undefined {
  // ("Her husband was blunter.": a relative the story named, by the kin word.)
  if ((tokens[0]?.lower === 'his' || tokens[0]?.lower === 'her') && spouseNouns.has(tokens[1]?.lower ?? '') && (tokens[2]?.lower === 'was' || tellsOfPast(tokens[2] ?? tokens[0]))) return wordRole(tokens[1]!.lower);
  // ("KALLBERG, Feb 22 (Polar Line Sports) – Aksel Tovrenn of Norrhavia won …": past a dateline.)
  const dash = tokens.findIndex((t, k) => k < 12 && (t.text === '—' || t.text === '–') && tokens[k - 1]?.text === ')');
  if (dash > 0 && dash < 12) return narrativeNamedSubject(tokens.slice(dash + 1));
  const [run] = nameRuns(tokens, 0, Math.min(tokens.length, 5));
  if (!run || run.first !== 0 || run.possessive || (run.cls !== 'person' && run.cls !== 'unknown')) return undefined;
  let verb = run.last + 1;
  // ("Voskuijlen, who leads the institute’s glaciology group, spoke to …": past the relative clause.)
  if (tokens[verb]?.text === ',' && tokens[verb + 1]?.lower === 'who') {
    const close = tokens.findIndex((t, k) => k > verb + 1 && t.text === ',');
    if (close > 0 && close - verb <= 14) verb = close + 1;
  } else if (tokens[verb]?.text === ',' && tokens[verb + 1]?.kind === 'word' && !tokens[verb + 1]!.cap) {
    // ("Mirela Osterhaug, counsel for Dorrance, took a different line.": past a short apposition.)
    const close = tokens.findIndex((t, k) => k > verb + 1 && t.text === ',');
    if (close > 0 && close - verb <= 8 && tellsOfPast(tokens[close + 1] ?? tokens[verb]!)) verb = close + 1;
  }
  // ("Aksel Tovrenn of Norrhavia won": past where the person is from.)
  if (tokens[verb]?.lower === 'of' && tokens[verb + 1]?.cap && tokens[verb + 2]?.kind === 'word' && !tokens[verb + 2]!.cap) verb += 2;
  if (tokens[verb]?.lower === 'had' || tokens[verb]?.lower === 'was') verb++;
  if (tokens[verb]?.lower === 'already' || tokens[verb]?.lower === 'also') verb++;
  const t = tokens[verb];
  return t && tellsOfPast(t) ? { kind: 'name', name: run.name, cls: 'person' } : undefined;
}

/**
 * "The union leader hit back within the hour.": a sentence that opens with a definite role and a
 * past-tense verb (no quotation, no name) tells of that person; the role, or undefined.
 * "One Osmarian driver, who …, shrugged at the news.": an unnamed person (a generic reference).
 */
export function narrativeRoleSubject(tokens: readonly Token[]): SpeakerRef | undefined {
  // ("Voskuijlen, who …, spoke to Mira Dalhoek, presenter of “Field Notes”, …": a title does not stop it.)
  if (tokens[0]?.cap && tokens[0].lower !== 'the' && tokens[0].lower !== 'asked' && tokens[0].lower !== 'a' && tokens[0].lower !== 'an' && tokens[0].lower !== 'one') return narrativeNamedSubject(tokens);
  if (tokens.some((t) => t.kind === 'quote')) return undefined;
  // "Asked whether the villagers would stay, the elder smiled.": the question is the reporter's.
  if (tokens[0]?.lower === 'asked') {
    const comma = tokens.findIndex((t) => t.text === ',');
    return comma > 1 && tokens[comma + 1]?.lower === 'the' ? narrativeRoleSubject(tokens.slice(comma + 1)) : undefined;
  }
  if (tokens[0]?.lower === 'a' || tokens[0]?.lower === 'an' || tokens[0]?.lower === 'one') return narrativeUnnamedSubject(tokens);
  if (tokens[0]?.cap && tokens[0].lower !== 'the') return narrativeNamedSubject(tokens);
  if (tokens[0]?.lower !== 'the' || tokens.some((t) => t.kind === 'word' && t.cap && t !== tokens[0])) return undefined;
  for (let k = 1; k <= 4 && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    const verb = tokens[k + 1]!;
    if (isRoleNoun(t.lower) && tellsOfPast(verb)) {
      const ref = speakerRefOf(tokens.slice(0, k + 1));
      return ref.kind === 'role' ? ref : undefined;
    }
  }
  return undefined;
}

function narrativeUnnamedSubject(tokens: readonly Token[]): SpeakerRef | undefined {
  for (let k = 1; k <= 4 && k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (t.cap && !looksNationality(t.text))) return undefined;
    const next = tokens[k + 1]!;
    // ("A woman camping with friends …, who did not want to be named, was less forgiving.": a participle may follow.)
    const verbFollows = next.text === ',' || tellsOfPast(next) || (next.kind === 'word' && next.lower.endsWith('ing'));
    if (!verbFollows || !isPersonWord(t.lower)) continue;
    const ref = speakerRefOf(tokens.slice(0, k + 1));
    if (ref.kind === 'generic') return { kind: 'generic', spokesperson: ref.spokesperson ?? 'x' };
    return ref.kind === 'role' && ref.indefinite && ref.spokesperson ? ref : undefined;
  }
  return undefined;
}
