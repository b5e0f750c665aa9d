import { isRankingAt, isRoleNoun, looksNationality, nameRuns, officeOfRole, organisationClassesOf, titleCase, type NameRun } from './names';
import { calendarNames, clubNameEnding, companySuffixes, isPastForm, nonNameWords, placeNamePrefixes, organisationClasses, organisationWords, personRoleNouns, representedGroups, roleAbbreviations, spouseNouns, titleWords } from './lexicon';
import { isPossessive, stripPossessive, type Token } from './tokens';
import { MentionList } from './mentions';

export type Gender = 'm' | 'f' | undefined;

/** A person or organisation named in the document, with what the text says about it. */
export interface Entity {
  /** Canonical name: the longest title-free form seen (persons), the full name (organisations). */
  name: string;
  readonly kind: 'person' | 'org';
  gender: Gender;
  /** Lower-case role phrases seen with the name ("prime minister", "chief medical officer", "company"). */
  readonly roles: Set<string>;
  readonly nationalities: Set<string>;
  /** A claim was credited to it: "the club" means the club that has been speaking, not one only mentioned since. */
  spoke?: boolean;
  /** Where the text said a person is from ("Lotte Hervik of Norrevald"), lower-cased. */
  home?: string;
}

/** One unnamed person of an organisation the text names by its class word (`organisation`). */
export interface UnnamedOfficial {
  readonly pos: number;
  readonly organisation: string;
  readonly gender: 'm' | 'f' | 'x';
}

export interface Mention {
  readonly pos: number;
  readonly entity: Entity;
  /** Positions where the text gives a role for this entity carry the role here. */
  readonly roles: readonly string[];
  /** "shakes Vadim Brasnik's hand": a possessive mention, seldom what "he" or "she" next refers to. */
  readonly possessive?: true;
}

const genderOfTitle: Record<string, Gender> = { mr: 'm', ms: 'f', mrs: 'f', miss: 'f', sir: 'm', dame: 'f', lord: 'm', lady: 'f', spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', king: 'm', queen: 'f' };
/** The gender a title before a name gives ("Mrs", "Sir"), if any. */
export function honorificGender(title: string): Gender {
  return genderOfTitle[firstWord(title)];
}
/** Shared by the (many) mentions that carry no role. */
const noRoles: readonly string[] = [];
const roleLeadWords = new Set(['a', 'an', 'the', 'former', 'its', 'their', 'his', 'her', 'then', 'acting', 'interim']);
/** "in Velmora" is the place even where a "Velmora Water Authority" was named. */
const placePrepositions = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'across', 'outside', 'around', 'into']);
/** First words of organisation names that say what kind of body it is, not which: never a short form alone. */
const genericLeadWords = new Set(['the', 'national', 'state', 'royal', 'federal', 'central', 'united', 'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'general', 'international', 'european', 'city', 'county', 'regional', 'public', 'free', 'people’s', "people's"]);

/** `phrase.split(' ')[0]`. */
function firstWord(phrase: string): string {
  const space = phrase.indexOf(' ');
  return space < 0 ? phrase : phrase.slice(0, space);
}

/** `phrase.split(' ').pop()`. */
function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/** `name.split(' ').length - 1`. */
function spaceCount(name: string): number {
  let count = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) count++;
  return count;
}

/**
 * Everything the document says about who is who: persons and organisations by position, their
 * titles and roles, surnames, acronyms. Built from the tokens of every block, in order.
 */
const headEnders = new Set(['for', 'of', 'at', 'with', 'in', 'from', 'to', 'on']);
const legalSuffixes = new Set(['corporation', 'corp', 'ltd', 'limited', 'inc', 'plc', 'holdings', 'company', 'gmbh', 'ag', 'llc']);

/** "sabel mining" for "sabel mining corporation"; undefined when the name ends in no legal suffix or is one word before it. */
function withoutLegalSuffix(key: string): string | undefined {
  const space = key.lastIndexOf(' ');
  if (space < 0 || !legalSuffixes.has(key.slice(space + 1)) || key.indexOf(' ') === space) return undefined;
  return key.slice(0, space);
}

const possessivePronouns = new Set(['his', 'her', 'their']);
const verbRoles: Readonly<Record<string, string>> = { chairs: 'chair', leads: 'leader', heads: 'head', runs: 'head', directs: 'director', manages: 'manager', founded: 'founder', owns: 'owner', owned: 'owner', coaches: 'coach' };

/** "X, who chairs the Vessland Fishermen's Union,": the role ("chair") and the body's words, in lower case. */
function ledBody(tokens: readonly Token[], last: number): { role: string; body: string[] } | undefined {
  // ("Bertram Voyle, 66, who chairs …": past the age.)
  if (tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') last += 2;
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.lower !== 'who') return undefined;
  const noun = roleNounAfterBe(tokens, last + 3);
  if (noun) return { role: noun, body: [] };
  // ("Dario Feslund, who has owned the Ravens since 2019,": past "has".)
  if (tokens[last + 3]?.lower === 'has' && verbRoles[tokens[last + 4]?.lower ?? '']) last++;
  const role = verbRoles[tokens[last + 3]?.lower ?? ''];
  if (!role) return undefined;
  let k = tokens[last + 4]?.lower === 'the' ? last + 5 : last + 4;
  const body: string[] = [];
  while (k < tokens.length && tokens[k]!.cap && body.length < 6) body.push(stripPossessive(tokens[k++]!.lower));
  // ("Eleanor Ruddock, who chairs the orchestra’s board,": the role, of a body not named.)
  return { role, body };
}

const towardsPersonVerbs = new Set(['smiled', 'looked', 'shouted', 'laughed', 'glanced', 'stared', 'pointed', 'aimed', 'waved', 'swore', 'yelled', 'snapped', 'lashed', 'hit', 'jabbed', 'winked', 'nodded', 'directed']);

/** "chaired by (retired judge) X", "led by X": the role the participle gives the person named after it. */
function roleOfLeader(tokens: readonly Token[], first: number): string | undefined {
  let k = first - 1;
  while (k > first - 4 && k >= 0 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && tokens[k]!.lower !== 'by') k--;
  if (tokens[k]?.lower !== 'by') return undefined;
  const verb = tokens[k - 1]?.lower;
  return verb === 'chaired' ? 'chair' : verb === 'led' || verb === 'headed' ? 'head' : undefined;
}

/** "who has been a nurse for 31 years", "who is a senior engineer": the role noun the clause gives. */
function roleNounAfterBe(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'had') {
    if (tokens[k + 1]?.lower !== 'been') return undefined;
    k += 2;
  } else if (tokens[k]?.lower === 'is' || tokens[k]?.lower === 'was') k++;
  else return undefined;
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return undefined;
  for (let n = k + 1; n <= k + 3; n++) {
    const t = tokens[n];
    if (!t || t.kind !== 'word' || t.cap) return undefined;
    if (personRoleNouns.has(t.lower) && tokens[n + 1]?.lower !== 'of') return t.lower;
  }
  return undefined;
}

/**
 * "Osric Dallam, a government backbencher whose Eastvale constituency …", "Ana Ruiz, MP for
 * Eastvale,": the seat a member holds, in lower case, read within the apposition after the name.
 */
function constituencyAfter(tokens: readonly Token[], last: number): string | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  for (let k = last + 2; k < tokens.length && k <= last + 10 && tokens[k]!.text !== ','; k++) {
    const t = tokens[k]!;
    if (t.lower === 'constituency' && tokens[k - 1]!.cap) return stripPossessive(tokens[k - 1]!.lower);
    if ((t.lower === 'mp' || t.lower === 'member') && tokens[k + 1]?.lower === 'for' && tokens[k + 2]?.cap) return tokens[k + 2]!.lower;
  }
  return undefined;
}

/** Titles before a first name ("Dame Rosalind", "Sir Edmund"). */
const honorifics = new Set(['dame', 'sir']);
const householdWords = new Set(['family', 'families', 'household', 'relatives']);
/** A document and its author: "report by the fire service", "minutes published by the Bank of X". */
const authorship = /\b(?:report|survey|study|analysis|review|minutes|audit|paper|assessment)\s+(?:(?:published|released|issued|prepared|written|commissioned|compiled)\s+)?by\s+(?:the\s+)?(?=\p{Lu})/gu;

/** The author of a document named as its subject earlier in the sentence, by a description or not. */
const passiveAuthorship = /\b(?:report|survey|study|analysis|review|audit|paper|assessment)\b[^.]{0,120}?\bwas (?:written|prepared|compiled|produced|carried out) by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?=\p{Lu})/gu;

/** A publishing verb whose object, a few words on, is a document ("published a survey of …"). */
const publication = /\b(?:published|released|issued|commissioned|produced|publishes|releases)\b(?=(?:\s+[\p{L}\d,'’-]+){0,4}?\s+(?:report|survey|study|analysis|review|poll|audit|paper|findings|assessment|index)\b)/gu;

/** The sides of a trial, and the lawyer who speaks for each ("the defence lawyer", "the prosecutor"). */
const trialSides: ReadonlyMap<string, string> = new Map([['defence', 'defence lawyer'], ['defense', 'defense lawyer'], ['prosecution', 'prosecutor']]);

/**
 * "Peregrine Ashcombe, 58, who ran …, denies eleven counts of fraud": the sentence that opens with
 * the person says they stand trial, so "the defendant" later is they. Read after the name, to the
 * sentence's end.
 */
function isTriedPerson(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if ((word === 'denies' || word === 'denied') && (chargeWords.has(tokens[k + 1]?.lower ?? '') || chargeWords.has(tokens[k + 2]?.lower ?? ''))) return true;
    if ((word === 'pleaded' || word === 'pleads') && tokens[k + 1]?.lower === 'not' && tokens[k + 2]?.lower === 'guilty') return true;
    if ((word === 'is' || word === 'was' || word === 'stands') && (tokens[k + 1]?.lower === 'accused' || tokens[k + 1]?.lower === 'charged')) return true;
  }
  return false;
}
const chargeWords = new Set(['charge', 'charges', 'count', 'counts', 'murder', 'manslaughter', 'fraud', 'theft', 'assault', 'bribery', 'corruption']);

/** One or two capitalised words: a nickname ("Vyrn", "The Hammer"). */
const nickname = /^\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*)?$/u;
/** A first name and a surname, each capitalised once. */
const personNameShape = /^\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+$/u;

export class EntityRegistry {
  /** The place a story's dateline gives ("PORT AVERON, May 12 (INA) -"), in title case: "the city council" is its council. */
  datelinePlace: string | undefined;
  readonly mentions = new MentionList();
  private readonly persons = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity | null>();
  /** Everyone named with a surname, when more than one person may share it. */
  private readonly surnameHolders = new Map<string, Entity[]>();
  /** Persons by first name ("Dame Rosalind" for Rosalind Achterberg); null when two share it. */
  private readonly byFirstName = new Map<string, Entity | null>();
  private readonly orgs = new Map<string, Entity>();
  private readonly acronyms = new Map<string, string>();
  private readonly officials: UnnamedOfficial[] = [];
  /** Public bodies named only by description ("the fisheries inspectorate"), by their class word. */
  private readonly described = new Map<string, Entity>();
  /** Organisations by the first word of their name ("Northline" for "Northline Power"); null when two share it. */
  private readonly byLeadWord = new Map<string, Entity | null>();
  /** Names the text used for places ("in Tarvik Haven"), lower-cased. */
  private readonly places = new Set<string>();
  /** Names that read as places by their words ("Westrow County"), as written, by their lower case. */
  private readonly placeNames = new Map<string, string>();

  addBlock(tokens: readonly Token[]): void {
    this.addNicknamed(tokens);
    for (const run of nameRuns(tokens)) this.addRun(tokens, run);
    this.addDescribedBodies(tokens);
    this.addUnnamedOfficial(tokens);
  }

  /**
   * "the charity Warmer Winters Trust published a survey of 2,000 households. The report said …":
   * the body or person named before the last publishing verb in `text[from, to)` whose object is a
   * document. Read from the text when a document speaks, which few sentences need.
   */
  publisherBetween(text: string, from: number, to: number): Entity | undefined {
    const span = text.slice(from, to);
    publication.lastIndex = 0;
    authorship.lastIndex = 0;
    let verbAt = -1;
    let authorAt = -1;
    for (let m = publication.exec(span); m !== null; m = publication.exec(span)) verbAt = from + m.index;
    // "The investigation report by Ashbridge Fire and Rescue Service": the body after "by".
    for (let m = authorship.exec(span); m !== null; m = authorship.exec(span)) authorAt = from + m.index + m[0].length;
    // "The 96-page report, titled “…”, was written by the consulting engineers Dunmore Rask".
    passiveAuthorship.lastIndex = 0;
    for (let m = passiveAuthorship.exec(span); m !== null; m = passiveAuthorship.exec(span)) authorAt = Math.max(authorAt, from + m.index + m[0].length);
    if (authorAt > verbAt) {
      const index = this.mentions.lastBefore(authorAt) + 1;
      const mention = index < this.mentions.length ? this.mentions.at(index) : undefined;
      return mention && mention.pos === authorAt ? mention.entity : undefined;
    }
    if (verbAt < 0) return undefined;
    const index = this.mentions.lastBefore(verbAt);
    const mention = index >= 0 ? this.mentions.at(index) : undefined;
    return mention && mention.pos >= from ? mention.entity : undefined;
  }

  /**
   * A sentence whose subject is one unnamed person of an organisation the text names by its class
   * ("The authority's head of network planning, speaking …, did not dispute that", "A spokeswoman
   * for the ministry declined to comment"): "he" or "she" soon after may be that person.
   */
  private addUnnamedOfficial(tokens: readonly Token[]): void {
    const first = tokens[0];
    if (!first || (first.lower !== 'the' && first.lower !== 'a' && first.lower !== 'an')) return;
    const second = tokens[1];
    if (!second || second.kind !== 'word' || second.cap) return;
    if (isPossessive(second)) {
      // "The authority's head of network planning"
      const owner = stripPossessive(second.lower);
      if (!organisationClasses.has(owner)) return;
      let end = 2;
      while (end < tokens.length && end < 8 && tokens[end]!.kind === 'word' && !tokens[end]!.cap) end++;
      const role = rolePhrase(tokens.slice(2, end));
      if (!role || organisationClasses.has(role.head) || !personRoleNouns.has(role.head)) return;
      this.officials.push({ pos: first.start, organisation: owner, gender: genderOfTitle[role.head] ?? 'x' });
      return;
    }
    // "A spokeswoman for the ministry", "An official at the port"
    if (!officialWords.has(second.lower)) return;
    const preposition = tokens[2]?.lower;
    const body = tokens[4];
    if ((preposition !== 'for' && preposition !== 'at' && preposition !== 'from') || tokens[3]?.lower !== 'the' || !body || body.cap) return;
    if (!organisationClasses.has(body.lower) || tokens[5]?.cap) return;
    this.officials.push({ pos: first.start, organisation: body.lower, gender: genderOfTitle[second.lower] ?? 'x' });
  }

  /** The body the text named only by description with this class word ("office"), if any. */
  describedBody(cls: string): Entity | undefined {
    return this.described.get(cls);
  }

  /** The last unnamed official (see `addUnnamedOfficial`) before `pos`; they are added in text order. */
  lastOfficialBefore(pos: number): UnnamedOfficial | undefined {
    let low = 0;
    let high = this.officials.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.officials[mid]!.pos < pos) low = mid + 1;
      else high = mid;
    }
    return this.officials[low - 1];
  }

  /**
   * "ordered the fisheries inspectorate to …": a public body the text names only by what it does.
   * It becomes an organisation ("Fisheries Inspectorate") when none of its class has a name, so
   * that "it" and "a spokeswoman for the inspectorate" further on can mean it; a later bare "the
   * inspectorate" mentions it again.
   */
  private addDescribedBodies(tokens: readonly Token[]): void {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i]!.lower !== 'the') continue;
      const office = i + 5 <= tokens.length ? officeOfRole(tokens, i, i + 5) : undefined;
      if (office) {
        // "the office of the president said": it speaks, and "it" may mean it next.
        this.mentions.push({ pos: tokens[i]!.start, entity: this.org(office), roles: noRoles });
        continue;
      }
      const bare = tokens[i + 1]!;
      const described = this.described.get(bare.lower);
      if (described && bare.kind === 'word' && !bare.cap && !tokens[i + 2]!.cap) {
        this.mentions.push({ pos: bare.start, entity: described, roles: noRoles });
        continue;
      }
      let head = i + 1;
      // "the national weather service": a scope word may open the description, never make it alone.
      if (head < tokens.length && scopeWords.has(tokens[head]!.lower) && isDescriptiveWord(tokens[head + 1])) head++;
      while (head < tokens.length && head <= i + 3 && isDescriptiveWord(tokens[head])) head++;
      const headToken = tokens[head];
      if (head === i + 1 || !headToken || headToken.kind !== 'word' || headToken.cap || !describableBodies.has(headToken.lower)) continue;
      const next = tokens[head + 1];
      if (next && next.kind === 'word' && next.cap) continue; // "the state operator MareRail": named right after
      // ("Westmere Tourism, the regional tourism agency,": the description of the name before it.)
      if (tokens[i - 1]?.text === ',' && tokens[i - 2]?.cap) continue;
      if (this.described.has(headToken.lower) || this.hasNamedOrgOfClass(headToken.lower)) continue;
      const words: string[] = [];
      for (let k = i + 1; k <= head; k++) words.push(tokens[k]!.lower);
      const entity = this.org(titleCase(words.join(' ')));
      this.described.set(headToken.lower, entity);
      this.mentions.push({ pos: tokens[i + 1]!.start, entity, roles: noRoles });
    }
  }

  private hasNamedOrgOfClass(cls: string): boolean {
    const described = new Set(this.described.values());
    for (const entity of this.orgs.values()) if (entity.roles.has(cls) && !described.has(entity)) return true;
    return false;
  }

  private addRun(tokens: readonly Token[], run: NameRun): void {
    const pos = tokens[run.first]!.start;
    // "Jonas and Mirelle Haverkamp": a first name that shares the surname after it ("Her husband" later is he).
    const sharedSurname = run.first === run.last && run.cls !== 'org' && !run.title ? surnameSharedAfter(tokens, run.last) : undefined;
    if (sharedSurname) {
      this.mentions.push({ pos, entity: this.person(`${run.name} ${sharedSurname}`), roles: noRoles });
      return;
    }
    if (run.cls === 'org') {
      const entity = this.org(run.name);
      const before = tokens[run.first - 1];
      if (before && before.kind === 'word' && !before.cap && organisationClasses.has(before.lower)) entity.roles.add(before.lower);
      // ("Tollaksen told CNS": initials someone talks to are an outlet, not "the operator".)
      if (before?.lower === 'told' && run.first === run.last && /^\p{Lu}{2,6}$/u.test(run.name)) entity.roles.add('media');
      // "the rebel Highland Liberation Front", "the campaign group X": "The rebels" later are they.
      if (before && before.kind === 'word' && !before.cap && tokens[run.first - 2]?.lower === 'the') entity.roles.add(`~${before.lower}`);
      if (before?.lower === 'group' && tokens[run.first - 2]?.kind === 'word' && !tokens[run.first - 2]!.cap) entity.roles.add(`~${tokens[run.first - 2]!.lower}`);
      // "A delegation from the Council of Highland Elders": "The delegation" later is the council's.
      const sender = before?.lower === 'the' ? tokens[run.first - 3] : tokens[run.first - 2];
      if (sender?.lower === 'delegation' && (tokens[run.first - (before?.lower === 'the' ? 2 : 1)]?.lower === 'from' || tokens[run.first - (before?.lower === 'the' ? 2 : 1)]?.lower === 'of')) entity.roles.add('delegation');
      // "the Northern Littoral Compact (NLC), the regional defence alliance that …": past the acronym too.
      const bracketed = tokens[run.last + 1]?.text === '(' && tokens[run.last + 3]?.text === ')';
      const described = bodyClassAfter(tokens, bracketed ? { ...run, last: run.last + 3 } : run);
      if (described) entity.roles.add(described);
      const represented = representedGroupAfter(tokens, bracketed ? run.last + 4 : run.last + 1);
      if (represented) entity.roles.add(`~${represented}`);
      const open = tokens[run.last + 1];
      const acronym = tokens[run.last + 2];
      // "the Federal Recovery and Relief Administration (FRRA)", "…, or FRRA,"
      const orForm = open?.text === ',' && acronym?.lower === 'or' && tokens[run.last + 4]?.text === ',';
      const short = orForm ? tokens[run.last + 3] : acronym;
      if (short && /^\p{Lu}{2,6}$/u.test(short.text) && ((open?.text === '(' && tokens[run.last + 3]?.text === ')') || orForm)) {
        this.acronyms.set(short.text, entity.name);
      }
      this.mentions.push({ pos, entity, roles: noRoles });
      return;
    }
    if (run.cls === 'unknown') {
      // "a lawyer for the Hask family": his relatives, not the man himself (no "he" or "she" finds him here).
      if (householdWords.has(tokens[run.last + 1]?.lower ?? '')) return;
      const before = tokens[run.first - 1];
      const atPlace = before !== undefined && placePrepositions.has(before.lower);
      const known = this.lookupPerson(run.name, !atPlace) ?? (atPlace ? undefined : this.shortFormOf(run.name));
      if (known) {
        // "Aske, who leads the Independent group,": a surname told again with a role.
        if (known.kind === 'person') this.noteApposedNationality(tokens, run.last, known);
        const led = known.kind === 'person' ? ledBody(tokens, run.last) : undefined;
        if (led) {
          known.roles.add(led.role);
          for (const word of led.body) known.roles.add(`|${word}`);
        }
        this.mentions.push({ pos, entity: known, roles: noRoles });
      } else if (run.first === run.last && isKinAppositive(tokens, run)) {
        // "His daughter, Ilinca, runs the ticket hut": a one-word name the text introduces as a relative.
        // ("Niall Osterby and his wife, Priya,": a spouse of someone named in full takes the surname.)
        const kin = tokens[run.first - 2]!.lower;
        const spouseOf = spouseNouns.has(kin) && (tokens[run.first - 3]!.lower === 'his' || tokens[run.first - 3]!.lower === 'her') ? this.lastPersonBefore(pos) : undefined;
        // ("Renske’s older brother, Emil,": the owner's surname is his.)
        const surname = spouseOf?.name.includes(' ') ? spouseOf.name.slice(spouseOf.name.lastIndexOf(' ') + 1) : kinSurname(tokens, run.first - 2);
        const entity = this.person(surname ? `${run.name} ${surname}` : run.name);
        // ("Her husband, a retired lorry driver, said" later is he.)
        entity.roles.add(tokens[run.first - 2]!.lower);
        const gender = genderOfKin[tokens[run.first - 2]!.lower];
        if (gender) entity.gender = gender;
        this.mentions.push({ pos, entity, roles: noRoles });
      } else if (introducedAsBody(tokens, run)) {
        // "the state operator MareRail", "The port's operator, Sallow Terminals,"
        const entity = this.org(run.name);
        const clsAt = tokens[run.first - 1]!.text === ',' ? run.first - 2 : run.first - 1;
        this.addIntroducedClass(entity, stripPossessive(tokens[clsAt]!.lower), tokens[clsAt - 1]);
        this.mentions.push({ pos, entity, roles: noRoles });
      } else {
        // "Roofward, a housing charity,": the class comes after the name.
        const cls = bodyClassAfter(tokens, run);
        if (cls) {
          const entity = this.org(run.name);
          entity.roles.add(cls);
          this.mentions.push({ pos, entity, roles: noRoles });
        }
      }
      return;
    }
    // "Rennick City striker Teodor Vasko": a town's name before a player is its football club.
    if (run.cls === 'place' && clubNameEnding.test(run.name) && sportsWords.has(tokens[run.last + 1]?.lower ?? '')) {
      const entity = this.org(run.name);
      entity.roles.add('club');
      this.mentions.push({ pos, entity, roles: noRoles });
      return;
    }
    if (run.cls === 'place' && !run.possessive) this.placeNames.set(run.name.toLowerCase(), run.name);
    // ("On Drummel Rock, a smaller island cleared in 2011,": the apposition says it is a place.)
    if (run.cls === 'person' && describedAsPlace(tokens, run)) return;
    if (run.cls !== 'person' || isRouteEnd(tokens, run) || isHomeOfPerson(tokens, run)) return;
    // ("Henrik Orsay and his wife, Clémence Vautrin,": he is "her husband" later.)
    const spouse = tokens[run.first - 1]?.text === ',' ? tokens[run.first - 2]?.lower ?? '' : '';
    if (spouseNouns.has(spouse) && (tokens[run.first - 3]?.lower === 'his' || tokens[run.first - 3]?.lower === 'her')) this.lastPersonBefore(pos)?.roles.add(spouse === 'wife' ? 'husband' : 'wife');
    // A name without a title that no known person bears may be a place's or a body's (the tests below).
    const unknownName = !run.title && !this.lookupPerson(run.name);
    // "Brenmoor’s Saint Aldric hospital": a name before the kind of place it names is no person.
    if (unknownName && namedPlaceKinds.has(tokens[run.last + 1]?.lower ?? '') && tokens[run.last + 1]!.kind === 'word' && !tokens[run.last + 1]!.cap) return;
    // "a hospital bed in Tarvik Haven", "the northern seat of Varrow Fells": a name nobody bears yet,
    // after "in" or "near" or a place's kind and "of", is a place, and stays one ("who first won Varrow Fells").
    const preposition = tokens[run.first - 1]?.lower;
    const placeKey = run.name.toLowerCase();
    // ("who has worked at Kessing Ridge for 27 years": where, unless someone smiled or shouted at a person.)
    // ("head of visitor strategy at Westmere Tourism, the regional tourism agency,": unless a body's class follows.)
    const atPlace = preposition === 'at' && !towardsPersonVerbs.has(tokens[run.first - 2]?.lower ?? '') && !bodyClassAfter(tokens, run);
    if (unknownName && (preposition === 'in' || preposition === 'near' || atPlace || isPlaceOfKind(tokens, run) || this.places.has(placeKey))) {
      this.places.add(placeKey);
      return;
    }
    if (unknownName && introducedAsBody(tokens, run)) {
      // "The port's operator, Sallow Terminals," / "the haulier firm Brannock Freight": not a person,
      // and of the class it was introduced by ("the company" finds "contractor Skyline Apron Services").
      const entity = this.org(run.name);
      const clsAt = tokens[run.first - 1]!.text === ',' ? run.first - 2 : run.first - 1;
      this.addIntroducedClass(entity, stripPossessive(tokens[clsAt]!.lower), tokens[clsAt - 1]);
      this.mentions.push({ pos, entity, roles: noRoles });
      return;
    }
    // "Grell-based Halvik Deepwater": where a body is based, not a person; most often a company.
    if (unknownName && (tokens[run.first - 1]?.lower.endsWith('-based') ?? false)) {
      const entity = this.org(run.name);
      if (entity.roles.size === 0) entity.roles.add('company');
      this.mentions.push({ pos, entity, roles: noRoles });
      return;
    }
    // "Halvard Line, which operates the ship,": "which", not "who", so a body.
    if (unknownName && tokens[run.last + 1]?.text === ',' && tokens[run.last + 2]?.lower === 'which') {
      this.mentions.push({ pos, entity: this.org(run.name), roles: noRoles });
      return;
    }
    // "Carbon Ledger Watch, an observer group that …": not a person either.
    const bodyClass = unknownName ? bodyClassAfter(tokens, run) : undefined;
    if (bodyClass) {
      const entity = this.org(run.name);
      entity.roles.add(bodyClass);
      this.mentions.push({ pos, entity, roles: noRoles });
      return;
    }
    const titleGender = honorificGender(run.title);
    // "Mrs Rooke" where Dennis and Patricia Rooke were both named: the one the title's gender fits.
    const byGender = titleGender && !run.name.includes(' ') ? this.bySurnameAndGender(run.name, titleGender) : undefined;
    const entity = byGender ?? this.person(run.name, honorifics.has(run.title) && !run.name.includes(' '));
    const roles: string[] = [];
    if (run.title) roles.push(run.title);
    // "Dr Niamh Astbury … “…,” the doctor said.": the title is a role too.
    if (run.title === 'dr') roles.push('doctor');
    // "Justice Mirela Danskova … the judge said."
    if (lastWord(run.title) === 'justice') roles.push('judge');
    if (run.nationality) entity.nationalities.add(run.nationality);
    const home = homeAfter(tokens, run.last);
    if (home) entity.home = home;
    this.noteApposedNationality(tokens, run.last, entity);
    if (titleGender) entity.gender = titleGender;
    this.rolesBefore(tokens, run.first, entity, roles);
    this.rolesAfter(tokens, run.last, entity, roles);
    // ("The inquiry, chaired by retired judge Corinna Vantreight,": "the chair" later is she.)
    const ledAs = roleOfLeader(tokens, run.first);
    if (ledAs) roles.push(ledAs);
    // ("World No. 2 Anouk Desvarre": "the world No. 2" later is she, see `speakerRefOf`.)
    if (isRankingAt(tokens, run.first - 2)) roles.push('player');
    // "Sigrun Elvestad, who chairs the Vessland Fishermen's Union,": the role a verb gives, at that body.
    const led = ledBody(tokens, run.last);
    if (led) {
      roles.push(led.role);
      for (const word of led.body) roles.push(`|${word}`);
    }
    const seat = constituencyAfter(tokens, run.last);
    if (seat) roles.push(`member for ${seat}`);
    if (run.first === 0 && isTriedPerson(tokens, run.last)) roles.push('defendant');
    // "Neris Castovan was elected mayor of Varrenford": "the mayor-elect" later is she.
    const elected = tokens[run.last + 1]?.lower === 'was' && tokens[run.last + 2]?.lower === 'elected' ? tokens[run.last + 3]?.lower : undefined;
    if (elected && personRoleNouns.has(elected)) roles.push(`${elected}-elect`);
    // "Yusuf Halloran of the Progress Alliance": of that body, whatever his role ("The Progress Alliance candidate").
    const of = tokens[run.last + 1]?.lower === 'of' ? (tokens[run.last + 2]?.lower === 'the' ? run.last + 3 : run.last + 2) : -1;
    for (let k = of; k > 0 && tokens[k]?.cap; k++) roles.push(`|${stripPossessive(tokens[k]!.lower)}`);
    const kinGender = kinGenderBefore(tokens, run.first);
    if (kinGender && !entity.gender) entity.gender = kinGender;
    for (const role of roles) {
      entity.roles.add(role);
      const spelledOut = roleAbbreviations.get(role);
      if (spelledOut) entity.roles.add(spelledOut);
      const gender = genderOfTitle[lastWord(role)];
      if (gender) entity.gender = gender;
    }
    this.mentions.push(run.possessive ? { pos, entity, roles, possessive: true } : { pos, entity, roles });
  }

  /** "Cooperative chair Piet Ramaker", and the appositive "The mayor of the capital, Beatriz Okonkwo-Lund,". */
  private rolesBefore(tokens: readonly Token[], first: number, entity: Entity, roles: string[]): void {
    let k = first - 1;
    const words: string[] = [];
    while (k >= 0 && tokens[k]!.kind === 'word' && (titleWords.has(tokens[k]!.lower) || personRoleNouns.has(tokens[k]!.lower) || (words.length > 0 && roleModifiers.has(tokens[k]!.lower)))) {
      words.unshift(tokens[k]!.lower);
      k--;
    }
    if (words.length > 0) {
      roles.push(words.join(' '));
      if (k >= 0 && looksNationality(tokens[k]!.text)) entity.nationalities.add(tokens[k]!.lower);
      // (Past a modifier the title lists do not hold: "retired judge".)
      let comma = k;
      while (comma >= 0 && k - comma < 2 && tokens[comma]!.kind === 'word' && !tokens[comma]!.cap) comma--;
      const earlier = roleSegmentBefore(tokens, comma);
      if (earlier) roles.push(earlier);
      return;
    }
    if (tokens[first - 1]?.text !== ',') return;
    // "Opening the case for the prosecution, Imogen Stallard told": counsel for a side of a trial.
    const side = tokens[first - 4]?.lower === 'for' && tokens[first - 3]?.lower === 'the' ? trialSides.get(tokens[first - 2]!.lower) : undefined;
    if (side) {
      roles.push(side, ...counselRoles);
      return;
    }
    // Appositive: the segment before the comma names the role.
    let start = first - 2;
    while (start >= 0 && start > first - 14 && tokens[start]!.kind === 'word') start--;
    const segment = tokens.slice(start + 1, first - 1);
    // "her brother, Mattias Halloway,": "Her brother" later is he.
    const kin = segment[segment.length - 1];
    if (segment.length >= 2 && possessivePronouns.has(segment[segment.length - 2]!.lower) && kin!.lower in genderOfKin) {
      roles.push(kin!.lower);
      return;
    }
    if (segment[segment.length - 1]?.lower === 'counterpart') {
      this.counterpartRoles(segment, entity, roles);
      return;
    }
    const role = rolePhrase(segment);
    if (role) {
      roles.push(role.phrase);
      if (role.nationality) entity.nationalities.add(role.nationality);
    }
    const earlier = roleSegmentBefore(tokens, start);
    if (earlier) roles.push(earlier);
  }

  /**
   * "He urged his Veldish counterpart, Leander Lesk, to …": the counterpart holds the office of the
   * last person named with one ("the Ostrian foreign minister"), for another country.
   */
  private counterpartRoles(segment: readonly Token[], entity: Entity, roles: string[]): void {
    const nationality = segment.find((t) => looksNationality(t.text));
    for (let i = this.mentions.length - 1; i >= 0 && i >= this.mentions.length - 20; i--) {
      const other = this.mentions.at(i).entity;
      if (other.kind !== 'person' || other === entity || other.roles.size === 0) continue;
      roles.push(...other.roles);
      if (nationality) entity.nationalities.add(nationality.lower);
      return;
    }
  }

  /** "Matthias Krenn, general secretary of …", "Eder, a former fisheries inspector,". */
  private rolesAfter(tokens: readonly Token[], last: number, entity: Entity, roles: string[]): void {
    if (tokens[last + 1]?.text !== ',') return;
    // "Ruben Achterberg, for the defence,": counsel for a side of a trial.
    const side = tokens[last + 2]?.lower === 'for' && tokens[last + 3]?.lower === 'the' ? trialSides.get(tokens[last + 4]?.lower ?? '') : undefined;
    if (side) {
      roles.push(side, ...counselRoles);
      return;
    }
    // "Ruslan Meder, 44, a shift foreman": past the age.
    let k = /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',' ? last + 4 : last + 2;
    while (k < tokens.length && roleLeadWords.has(tokens[k]!.lower)) k++;
    // "Annika Sorvald, Corvane's chief executive,": past the owner.
    let employer = tokens[k]?.cap && isPossessive(tokens[k]!) ? stripPossessive(tokens[k++]!.lower) : undefined;
    const segment: Token[] = [];
    // ("Teodor Halvorsen-Bligh, Harbour Master;", "X, Operations Director, Glacimar": a capitalised
    // role, as lists of witnesses print them, ends in a role's noun.)
    const capitalisedRoleEnd = capitalisedRoleAt(tokens, k);
    // "Chief Executive Officer of Corvane": a title in capitals reads as one in lower case.
    const roleWord = (t: Token) => t.kind === 'word' && (!t.cap || titleWords.has(t.lower) || personRoleNouns.has(t.lower) || k < capitalisedRoleEnd);
    while (k < tokens.length && roleWord(tokens[k]!) && segment.length < 6) segment.push(tokens[k++]!);
    // ("director of the Pellara Civic Museum": past the article too.)
    const ofThe = segment.length > 2 && segment[segment.length - 1]!.lower === 'the' && ['of', 'at'].includes(segment[segment.length - 2]!.lower);
    if (ofThe && tokens[k]?.cap) segment.pop();
    if (segment.length > 1 && (segment[segment.length - 1]!.lower === 'of' || segment[segment.length - 1]!.lower === 'at') && tokens[k]?.cap) {
      segment.pop();
      employer ??= tokens[k]!.lower;
    }
    const role = rolePhrase(segment);
    if (!role) return;
    // "Pressed by … Rosalind Ebbe, the captain admitted": a verb after the role makes it the next subject, not her apposition.
    const headAt = segment.findIndex((t) => t.lower === role.head);
    const following = segment[headAt + 1] ?? tokens[k];
    if (following?.kind === 'word' && !following.cap && isPastForm(following.lower)) return;
    const phrase = roleAbbreviations.get(role.phrase) ?? role.phrase;
    roles.push(phrase);
    // "chief executive|corvane": the role at one company, for "Corvane's chief executive" (the first word of its name).
    if (employer) roles.push(`${phrase}|${employer}`);
    void entity;
  }

  /**
   * "Lena “Vyrn” Holloway": a nickname in quotation marks between a first name and a surname. The
   * person is Lena Holloway, and "Vyrn" alone means her too.
   */
  private addNicknamed(tokens: readonly Token[]): void {
    for (let k = 1; k + 1 < tokens.length; k++) {
      const nick = tokens[k]!;
      if (nick.kind !== 'quote') continue;
      const first = tokens[k - 1]!;
      const last = tokens[k + 1]!;
      if (!first.cap || !last.cap || first.kind !== 'word' || last.kind !== 'word' || nonNameWords.has(first.lower) || tokens[k - 2]?.cap) continue;
      const inner = nick.text.slice(1, -1);
      if (!nickname.test(inner) || !personNameShape.test(`${first.text} ${last.text}`)) continue;
      const entity = this.person(`${first.text} ${stripPossessive(last.text)}`);
      // (The name runs around the quotation, read next, are mentions of her.)
      this.persons.set(inner.toLowerCase(), entity);
    }
  }

  /** `firstName`: a one-word name after "Dame" or "Sir", which is a first name ("Dame Rosalind"). */
  private person(name: string, firstName = false): Entity {
    const key = name.toLowerCase();
    const existing = this.persons.get(key) ?? this.lookupPerson(name) ?? (firstName ? (this.byFirstName.get(key) ?? undefined) : undefined) ?? this.namedByFirstNameOnly(key);
    if (existing) {
      if (spaceCount(name) > spaceCount(existing.name)) existing.name = name;
      this.persons.set(key, existing);
      return existing;
    }
    const entity: Entity = { name, kind: 'person', gender: undefined, roles: new Set(), nationalities: new Set() };
    this.persons.set(key, entity);
    const words = name.split(' ');
    if (words.length > 1) this.addSurname(words[words.length - 1]!, entity);
    if (words.length > 1) {
      const first = words[0]!.toLowerCase();
      const previous = this.byFirstName.get(first);
      this.byFirstName.set(first, previous === undefined || previous === entity ? entity : null);
    }
    // Two surnames ("Rosa Quispe Mamani", "Inés Carvajal Ortega"): the first one is used alone too.
    if (words.length >= 3 && /^\p{Lu}/u.test(words[words.length - 2]!)) this.addSurname(words[words.length - 2]!, entity);
    return entity;
  }

  /** "Hanna and Piet Loring … Hanna Loring told …": the person first named by a first name alone. */
  private namedByFirstNameOnly(key: string): Entity | undefined {
    const space = key.indexOf(' ');
    if (space < 0 || space !== key.lastIndexOf(' ')) return undefined;
    const alone = this.persons.get(key.slice(0, space));
    if (alone && alone.name.indexOf(' ') < 0 && this.bySurname.get(alone.name.toLowerCase()) === undefined) return alone;
    // "Prime Minister Oskerin" in a headline, then "Prime Minister Halvard Oskerin": the surname named first.
    const surname = this.persons.get(key.slice(space + 1));
    return surname && surname.name.indexOf(' ') < 0 && surname.kind === 'person' ? surname : undefined;
  }

  private addSurname(word: string, entity: Entity): void {
    const surname = word.toLowerCase();
    const previous = this.bySurname.get(surname);
    this.bySurname.set(surname, previous === undefined || previous === entity ? entity : null);
    const sharing = this.surnameHolders.get(surname);
    if (!sharing) this.surnameHolders.set(surname, [entity]);
    else if (!sharing.includes(entity)) sharing.push(entity);
  }

  /** Of the people who share a surname, the one person a title's gender fits (one of that gender, or one not of the other). */
  bySurnameAndGender(surname: string, gender: 'm' | 'f'): Entity | undefined {
    const key = surname.toLowerCase();
    if (this.bySurname.get(key) !== null) return undefined;
    const holders = this.surnameHolders.get(key) ?? [];
    const same = holders.filter((e) => e.gender === gender);
    if (same.length === 1) return same[0];
    const possible = holders.filter((e) => e.gender === undefined || e.gender === gender);
    return possible.length === 1 ? possible[0] : undefined;
  }

  private org(name: string): Entity {
    const expanded = this.acronyms.get(name) ?? name;
    const key = expanded.toLowerCase();
    // "Sabel Mining" and "Sabel Mining Corporation" are one company, named in full where the text does.
    const base = withoutLegalSuffix(key);
    const bySuffix = base ? this.orgs.get(base) : undefined;
    let entity = this.orgs.get(key) ?? this.shortFormOf(expanded) ?? this.withNationality(key) ?? this.nationalClass(key) ?? bySuffix;
    if (entity && base && entity === bySuffix && spaceCount(expanded) > spaceCount(entity.name)) entity.name = expanded;
    if (!entity) {
      entity = { name: expanded, kind: 'org', gender: undefined, roles: new Set(organisationClassesOf(expanded)), nationalities: new Set() };
      this.orgs.set(key, entity);
      // "Corvane Bank and Teverin Bank": two companies, each of which "Corvane" or "Teverin" may name.
      const and = key.indexOf(' and ');
      const leftLastWord = and > 0 ? key.lastIndexOf(' ', and - 1) : -1;
      const bodyWord = (word: string) => companySuffixes.has(word) || organisationWords.has(word);
      const pair = leftLastWord > 0 && bodyWord(key.slice(leftLastWord + 1, and)) && bodyWord(key.slice(key.lastIndexOf(' ') + 1)) && key.indexOf(' ', and + 5) > 0;
      if (pair) {
        this.org(expanded.slice(0, and));
        this.org(expanded.slice(and + 5));
      } else this.addLeadWord(key, entity);
    }
    if (base && !this.orgs.has(base)) this.orgs.set(base, entity);
    return entity;
  }

  /**
   * "the Defence Ministry" after "the Kerravian Defence Ministry": the same body, named without its
   * country ("the Dairy Farmers' League" after "the Oddmark Dairy Farmers' League": a name of three
   * words or more needs no nationality before it).
   */
  private withNationality(key: string): Entity | undefined {
    if (key.indexOf(' ') < 0) return undefined;
    const suffix = ` ${key}`;
    const longName = spaceCount(key) >= 2;
    // (Two countries' ministries: the short name is left alone.)
    return this.onlyOrg((name, entity) => name.endsWith(suffix) && name.indexOf(' ') === name.length - suffix.length && (longName || looksNationality(entity.name.slice(0, entity.name.indexOf(' ')))));
  }

  /** "the Ostravian ministry" after "the Ostravian Foreign Ministry": the one body of that country and class. */
  private nationalClass(key: string): Entity | undefined {
    const space = key.indexOf(' ');
    if (space < 0 || space !== key.lastIndexOf(' ') || !organisationWords.has(key.slice(space + 1)) || !looksNationality(key.charAt(0).toUpperCase() + key.slice(1, space))) return undefined;
    const prefix = key.slice(0, space + 1);
    const suffix = key.slice(space);
    return this.onlyOrg((name) => name.length > key.length && name.startsWith(prefix) && name.endsWith(suffix));
  }

  /** The one organisation whose lower-cased name (or entity) passes `test`, if exactly one does. */
  private onlyOrg(test: (name: string, entity: Entity) => boolean): Entity | undefined {
    let found: Entity | undefined;
    for (const [name, entity] of this.orgs) {
      if (entity === found || !test(name, entity)) continue;
      if (found) return undefined;
      found = entity;
    }
    return found;
  }

  private addLeadWord(key: string, entity: Entity): void {
    const space = key.indexOf(' ');
    if (space < 0) return;
    const second = key.indexOf(' ', space + 1);
    // "Saint Oriel" for the Saint Oriel Healthcare Group: the place's name is the short form, not "Saint".
    const lead = placeNamePrefixes.has(key.slice(0, space)) && second > 0 ? key.slice(0, second) : key.slice(0, space);
    if (genericLeadWords.has(lead) || organisationWords.has(lead) || lead.length < 3) return;
    const previous = this.byLeadWord.get(lead);
    this.byLeadWord.set(lead, previous === undefined || previous === entity ? entity : null);
  }

  /**
   * "Northline" after "Northline Power": a one-word name that begins exactly one organisation's
   * name; "the Forum" after "the People’s Forum": a class word that ends exactly one.
   */
  private shortFormOf(name: string): Entity | undefined {
    const space = name.indexOf(' ');
    const key = name.toLowerCase();
    if (space >= 0) {
      if (space === name.lastIndexOf(' ') && placeNamePrefixes.has(key.slice(0, space))) return this.byLeadWord.get(key) ?? undefined;
      // ("Garrow Head Preservation Society" … "the Preservation Society": the one body whose name ends so;
      // "the Waterways Authority of Aubrevalle" … "the Waterways Authority": or goes on with its place.)
      const suffix = ` ${key}`;
      const ofPlace = `${key} of `;
      // (Only capitalised words may come before it: "January the Caspary Arts Endowment" is a misreading, not a longer name.)
      const longer = (other: string, entity: Entity) =>
        (other.endsWith(suffix) && capitalisedWords.test(entity.name.slice(0, entity.name.length - suffix.length + 1)) && !calendarNames.has(other.slice(0, other.indexOf(' ')))) ||
        (other.startsWith(ofPlace) && other.indexOf(' ', ofPlace.length) < 0);
      return organisationWords.has(key.slice(key.lastIndexOf(' ') + 1)) ? this.onlyOrg(longer) : undefined;
    }
    return this.byLeadWord.get(key) ?? (organisationWords.has(key) ? this.onlyOrgEndingIn(key) : undefined);
  }

  /** The one body whose name ends in `word` ("the office" for the Public Accounts Office), if only one does. */
  /** The one place named with `word` as its last word ("Westrow County" for "county"), or undefined. */
  onlyPlaceEndingIn(word: string): string | undefined {
    let found: string | undefined;
    for (const [lower, name] of this.placeNames) {
      if (!lower.endsWith(` ${word}`)) continue;
      if (found !== undefined && found !== name) return undefined;
      found = name;
    }
    return found;
  }

  onlyOrgEndingIn(word: string): Entity | undefined {
    const suffix = ` ${word}`;
    // ("the Office of the Health Minister" … "the office": a body named "<word> of …" too.)
    const prefix = `${word} of `;
    return this.onlyOrg((name) => name.endsWith(suffix) || name.startsWith(prefix));
  }

  private lastPersonBefore(pos: number): Entity | undefined {
    for (let i = this.mentions.lastBefore(pos); i >= 0; i--) {
      const entity = this.mentions.at(i).entity;
      if (entity.kind === 'person') return entity;
    }
    return undefined;
  }

  /**
   * "The trawler's owner, Halvik Deepwater,": a body that owns or runs a thing is a company too ("the
   * company said"). `modifier`, the word before the class, may be a class too ("Her campaign
   * organisation, Forward Calvennia" is "the campaign").
   */
  private addIntroducedClass(entity: Entity, cls: string, modifier?: Token): void {
    entity.roles.add(cls);
    if (companyRoles.has(cls)) entity.roles.add('company');
    if (modifier?.kind === 'word' && !modifier.cap && organisationClasses.has(modifier.lower)) entity.roles.add(modifier.lower);
  }

  /** "Agnes Kallay, a Drevanian art historian,", "Varga, a Dravonian national": a nationality in the apposition. */
  private noteApposedNationality(tokens: readonly Token[], last: number, entity: Entity): void {
    const apposed = tokens[last + 1]?.text === ',' && (tokens[last + 2]?.lower === 'a' || tokens[last + 2]?.lower === 'an') ? tokens[last + 3] : undefined;
    if (apposed && looksNationality(apposed.text) && tokens[last + 4]?.kind === 'word' && !tokens[last + 4]!.cap) entity.nationalities.add(apposed.lower);
  }

  /** "the Velstrian": the last person named who the text said is from Velstria (or Norrevald, for "the Norrevalder"). */
  personFrom(demonym: string, pos: number): Entity | undefined {
    const key = demonym.toLowerCase();
    for (let i = this.mentions.lastBefore(pos); i >= 0; i--) {
      const entity = this.mentions.at(i).entity;
      // ("Drevanian art historian Agnes Kallay" … "the Drevanian": a nationality given with the name.)
      if (entity.kind === 'person' && ((entity.home && isDemonymOf(key, entity.home)) || entity.nationalities.has(key))) return entity;
    }
    return undefined;
  }

  /** A person by full name or unique surname, case-insensitive; by a unique first name too, unless `byFirstName` is false ("worked at Ledburn"). */
  lookupPerson(name: string, byFirstName = true): Entity | undefined {
    const key = name.toLowerCase();
    const full = this.persons.get(key);
    if (full) return full;
    const firstSpace = key.indexOf(' ');
    const lastSpace = key.lastIndexOf(' ');
    const bySurname = this.bySurname.get(key.slice(lastSpace + 1));
    if (bySurname && (firstSpace < 0 || bySurname.name.toLowerCase().endsWith(key))) return bySurname;
    // "Hanna said" (Hanna and Piet Loring share a surname), "Marisol says": one person with that first name.
    if (byFirstName && firstSpace < 0 && bySurname === undefined) {
      const byFirst = this.byFirstName.get(key);
      // ("Orrinhall" is the company Orrinhall Systems, whatever "Orrinhall V1" was taken for.)
      if (byFirst && this.byLeadWord.get(key) === undefined) return byFirst;
    }
    // "Inés Carvajal" for "Inés Carvajal Ortega".
    const byFirstSurname = firstSpace >= 0 && firstSpace === lastSpace ? this.bySurname.get(key.slice(firstSpace + 1)) : undefined;
    if (byFirstSurname && byFirstSurname.name.toLowerCase().startsWith(`${key} `)) return byFirstSurname;
    return undefined;
  }

  lookupOrg(name: string): Entity | undefined {
    const expanded = this.acronyms.get(name) ?? name;
    return this.orgs.get(expanded.toLowerCase()) ?? this.shortFormOf(expanded) ?? this.nationalClass(expanded.toLowerCase());
  }

  /** The canonical form of a name as written: full name for a surname, expansion for an acronym. */
  canonical(name: string): string {
    return this.lookupPerson(name)?.name ?? this.lookupOrg(name)?.name ?? name;
  }

  /** Registers a spokesman's organisation or another speaker so that later pronouns can find it. */
  noteSpeaker(pos: number, entity: Entity): void {
    entity.spoke = true;
    this.mentions.insert({ pos, entity, roles: noRoles });
  }

  orgEntity(name: string): Entity {
    return this.lookupOrg(name) ?? this.org(name);
  }

  personEntity(name: string): Entity {
    return this.lookupPerson(name) ?? this.person(name);
  }
}

/** The end of two to four capitalised words at `k` ending in a role's noun ("Harbour Master", "Operations Director"), before a comma, semicolon, "of" or the end; else -1. */
function capitalisedRoleAt(tokens: readonly Token[], k: number): number {
  let end = k;
  while (end < tokens.length && end - k < 4 && tokens[end]!.kind === 'word' && tokens[end]!.cap) end++;
  const last = tokens[end - 1];
  if (end < k + 2 || !last || !(personRoleNouns.has(last.lower) || titleWords.has(last.lower))) return -1;
  const next = tokens[end];
  return next && next.text !== ',' && next.text !== ';' && next.lower !== 'of' ? -1 : end;
}

const capitalisedWords = /^(?:\p{Lu}[\p{L}\p{M}'’.-]* )+$/u;
const officialWords = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'representative', 'engineer', 'manager', 'director', 'inspector', 'lawyer', 'adviser', 'advisor', 'source']);

/** Public bodies a text often names only by their remit ("the water authority"); companies are left to the rules for "the company". */
const describableBodies = new Set(['ministry', 'department', 'inspectorate', 'regulator', 'authority', 'agency', 'commission', 'service', 'office']);
/** Words of a body's reach that may open its description ("the regional environment office"). */
const scopeWords = new Set(['national', 'regional', 'state', 'federal', 'central', 'city', 'county', 'public']);
/** Words before such a body that say which one it is not ("the same agency", "the local authority"). */
const nonDescriptiveWords = new Set([
  'a', 'an', 'the', 'same', 'other', 'new', 'local', 'relevant', 'responsible', 'main', 'whole', 'entire', 'former', 'current', 'previous',
  'independent', 'powerful', 'own', 'only', 'very', 'first', 'second', 'one', 'two', 'three', 'competent', 'appropriate', 'state', 'national',
  'regional', 'federal', 'public', 'central', 'city', 'county', 'government', 'government’s', "government's", 'country’s', "country's",
]);

function isDescriptiveWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.cap && !nonDescriptiveWords.has(token.lower) && !describableBodies.has(token.lower) && isLowerCaseWord(token.text);
}

/** Lower-case letters only (as /^\p{Ll}+$/u tests, so no possessive); ASCII is read without the expression. */
function isLowerCaseWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return /^\p{Ll}+$/u.test(word);
    if (code < 97 || code > 122) return false;
  }
  return word.length > 0;
}

/**
 * A name the text introduces by an organisation's class: right after it ("the operator Sallow
 * Terminals") or in apposition after a phrase whose head is one ("The port's operator, Sallow
 * Terminals,").
 */
function introducedAsBody(tokens: readonly Token[], run: NameRun): boolean {
  const isBodyWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.cap && organisationClasses.has(t.lower);
  // ("the property developer Rafael Dunstane": a trade a person can ply, before a name of two words, is a person's.)
  const before = tokens[run.first - 1];
  if (isBodyWord(before)) return !(personTrades.has(before!.lower) && run.words === 2);
  if (tokens[run.first - 1]?.text !== ',' || tokens[run.last + 1]?.text !== ',') return false;
  let start = run.first - 2;
  while (start >= 0 && start > run.first - 8 && tokens[start]!.kind === 'word' && !tokens[start]!.cap) start--;
  // Only the phrase that opens the sentence or follows a comma: "…, its owner, X," says nothing of X.
  const head = tokens[run.first - 2];
  // ("Her campaign organisation, Forward Calvennia,": after a possessive pronoun too.)
  const opener = tokens[start];
  // (Not "Its lead organiser at the company, Felix Marchetti,": a person of the body.)
  const ownedBody = opener !== undefined && (possessivePronouns.has(opener.lower) || opener.lower === 'its') && tokens.slice(start + 1, run.first - 2).every((t) => !placePrepositions.has(t.lower) && t.lower !== 'at' && t.lower !== 'of');
  return start < run.first - 2 && (start < 0 || opener!.text === ',' || opener!.lower === 'the' || ownedBody) && isBodyWord(head);
}

/** "velstrian" for "velstria", "norrevalder" for "norrevald", "kenyan" for "kenya". */
function isDemonymOf(demonym: string, place: string): boolean {
  const stem = place.replace(/(?:ia|a|e|y|o)$/, '');
  return stem.length >= 4 && demonym.startsWith(stem) && demonym.length > place.length && demonym.length - place.length <= 3;
}

const homeModifiers = new Set(['neighbouring', 'neighboring', 'nearby', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'coastal']);

/** "Lotte Hervik of Norrevald,", "Tomas Quirinen, a glaciologist from neighbouring Velstria": the one-word place a person is from. */
function homeAfter(tokens: readonly Token[], last: number): string | undefined {
  for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return undefined;
    if (t.lower !== 'from' && t.lower !== 'of') continue;
    let place = k + 1;
    while (homeModifiers.has(tokens[place]?.lower ?? '')) place++;
    const word = tokens[place];
    return word?.kind === 'word' && word.cap && !tokens[place + 1]?.cap ? word.lower : undefined;
  }
  return undefined;
}

/** "Jessamy Quillfeather of Nether Ashby": a name right after a person's name and "of" or "from" is a place. */
function isHomeOfPerson(tokens: readonly Token[], run: NameRun): boolean {
  const preposition = tokens[run.first - 1]?.lower;
  const before = tokens[run.first - 2];
  return (preposition === 'of' || preposition === 'from') && before !== undefined && before.kind === 'word' && before.cap && !organisationWords.has(before.lower);
}

/** "Roofward, a housing charity,", "the NLC, the regional defence alliance that …": the class of body an apposition after the name gives it, if any. */
/**
 * "Drummel Rock, a smaller island cleared in 2011,": an apposition whose head noun (its last word
 * before a comma, a relative, a participle or a preposition) is a kind of place.
 * ("Father Anzelm Drobny, the parish priest": the head is the priest.)
 */
function describedAsPlace(tokens: readonly Token[], run: NameRun): boolean {
  const article = tokens[run.last + 2];
  if (tokens[run.last + 1]?.text !== ',' || (article?.lower !== 'a' && article?.lower !== 'an' && article?.lower !== 'the')) return false;
  let k = run.last + 3;
  while (k < tokens.length && k <= run.last + 6 && tokens[k]!.kind === 'word' && !tokens[k]!.cap && !apposedHeadEnds.has(tokens[k]!.lower) && !(k > run.last + 3 && /[^e]ed$/.test(tokens[k]!.lower))) k++;
  return k > run.last + 3 && placeKinds.has(tokens[k - 1]!.lower);
}

const apposedHeadEnds = new Set(['that', 'which', 'where', 'whose', 'who', 'of', 'from', 'in', 'on', 'near', 'off', 'with', 'for', 'at']);

function bodyClassAfter(tokens: readonly Token[], run: NameRun): string | undefined {
  const article = tokens[run.last + 2];
  if (tokens[run.last + 1]?.text !== ',' || (article?.lower !== 'a' && article?.lower !== 'an' && article?.lower !== 'the')) return undefined;
  for (let k = run.last + 3; k < tokens.length && k <= run.last + 7; k++) {
    const t = tokens[k]!;
    // ("Caldor Structural, the Lessmouth firm that …": a place's name may qualify the class.)
    if (t.kind === 'word' && t.cap && k === run.last + 3 && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap) continue;
    if (t.kind !== 'word' || t.cap) return undefined;
    // "Andrei Lusk, a spokesman for the ministry,": the class is in a phrase after the head, a person's role.
    if (headEnders.has(t.lower)) return undefined;
    // "Julian Thraske, the barrister representing the bank,": a person's role comes first.
    if (personRoleNouns.has(t.lower) && !organisationClasses.has(t.lower)) return undefined;
    const next = tokens[k + 1];
    // "…, the regional defence alliance that Kerravia joined": the class may open a relative clause.
    // ("Medirobix, a company based in the northern city of Vellholm,": or a participle saying where.)
    const ends = !next || next.kind !== 'word' || next.lower === 'that' || next.lower === 'which' || next.lower === 'based' || next.lower === 'headquartered';
    if (organisationClasses.has(t.lower) && !personRoleNouns.has(t.lower) && ends) return t.lower;
  }
  return undefined;
}

/**
 * "the inquiry's chair, retired judge Rosalind Ebbe,": at the comma `comma` before a person's
 * role, the role of the segment before it when that segment ends in a role noun.
 */
function roleSegmentBefore(tokens: readonly Token[], comma: number): string | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let earlier = comma - 1;
  while (earlier >= 0 && comma - earlier <= 8 && tokens[earlier]!.kind === 'word') earlier--;
  const segment = tokens.slice(earlier + 1, comma);
  const role = segment.length >= 2 ? rolePhrase(segment) : undefined;
  return role && role.head === segment[segment.length - 1]!.lower && personRoleNouns.has(role.head) ? role.phrase : undefined;
}

/** "Jonas and Mirelle Haverkamp": after a first name at `last`, "and", a first name and a surname, that surname. */
function surnameSharedAfter(tokens: readonly Token[], last: number): string | undefined {
  const [and, first, surname, after] = [tokens[last + 1], tokens[last + 2], tokens[last + 3], tokens[last + 4]];
  if (and?.lower !== 'and' || !first?.cap || !surname?.cap || first.kind !== 'word' || surname.kind !== 'word' || (after?.kind === 'word' && after.cap)) return undefined;
  const lower = stripPossessive(surname.lower);
  if (organisationWords.has(lower) || companySuffixes.has(lower) || organisationClasses.has(lower) || nonNameWords.has(first.lower)) return undefined;
  return stripPossessive(surname.text);
}

/** Relatives by the gender the word gives them; "partner", "child" and the like give none. */
const genderOfKin: Record<string, Gender> = {
  daughter: 'f', son: 'm', wife: 'f', husband: 'm', mother: 'f', father: 'm', sister: 'f', brother: 'm', widow: 'f', widower: 'm',
  niece: 'f', nephew: 'm', granddaughter: 'f', grandson: 'm', grandmother: 'f', grandfather: 'm', aunt: 'f', uncle: 'm',
  partner: undefined, child: undefined, cousin: undefined, neighbour: undefined, neighbor: undefined, friend: undefined,
  // "That man, Emil Sarkany,"
  man: 'm', woman: 'f',
};

/** "her late husband, the photographer Tor Solheim": the gender a kinship word in apposition gives. */
function kinGenderBefore(tokens: readonly Token[], first: number): Gender {
  let commas = 0;
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    const t = tokens[k]!;
    if (t.text === ',' && ++commas <= 1) continue;
    if (t.kind !== 'word') return undefined;
    const gender = Object.hasOwn(genderOfKin, t.lower) ? genderOfKin[t.lower] : undefined;
    if (gender === undefined) continue;
    const owner = tokens[k - 1]?.lower === 'late' || tokens[k - 1]?.lower === 'former' ? tokens[k - 2] : tokens[k - 1];
    // ("That man, Emil Sarkany,": "man" and "woman" need no owner.)
    return isKinOwner(owner) || t.lower === 'man' || t.lower === 'woman' ? gender : undefined;
  }
  return undefined;
}

const sportsWords = new Set(['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'manager', 'coach', 'captain', 'player', 'players', 'fans', 'supporters', 'chairman', 'squad']);
const namedPlaceKinds = new Set(['hospital', 'school', 'church', 'station', 'airport', 'prison', 'museum', 'library', 'stadium', 'bridge', 'street', 'road', 'estate', 'reservoir', 'dam', 'mine', 'campus', 'clinic']);
const personTrades = new Set(['developer', 'producer']);
/** Counsel for a side of a trial is a lawyer, a barrister and counsel ("the barrister" finds them). */
const counselRoles = ['lawyer', 'barrister', 'counsel'];
const companyRoles = new Set(['owner', 'operator', 'manager', 'charterer', 'insurer', 'builder']);

/** ", Ilinca," after "His daughter" or "the ferryman's wife": a relative's one-word name in apposition. */
function isKinAppositive(tokens: readonly Token[], run: NameRun): boolean {
  if (tokens[run.first - 1]?.text !== ',' || tokens[run.last + 1]?.text !== ',') return false;
  const kin = tokens[run.first - 2];
  if (!kin || kin.kind !== 'word' || !Object.hasOwn(genderOfKin, kin.lower)) return false;
  return isKinOwner(tokens[kinOwnerAt(tokens, run.first - 2)]);
}

/** Where the owner of the kin noun at `kin` stands, past an "older" or "late" between them. */
function kinOwnerAt(tokens: readonly Token[], kin: number): number {
  return kinAdjectives.has(tokens[kin - 1]?.lower ?? '') ? kin - 2 : kin - 1;
}

const kinAdjectives = new Set(['older', 'younger', 'elder', 'eldest', 'oldest', 'youngest', 'twin', 'late', 'only']);

/** "Renske’s older brother": the surname a relative shares with the person the text named, if the owner is one. */
export function kinSurname(tokens: readonly Token[], kin: number): string | undefined {
  const owner = tokens[kinOwnerAt(tokens, kin)];
  return owner?.cap && isPossessive(owner) ? stripPossessive(owner.text) : undefined;
}

/** Whose relative: "his", "her", "their" or a possessive ("the ferryman's"). */
function isKinOwner(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === 'his' || token.lower === 'her' || token.lower === 'their' || isPossessive(token));
}

const placeKinds = new Set(['seat', 'constituency', 'town', 'village', 'city', 'region', 'province', 'district', 'island', 'county', 'municipality', 'parish', 'borough', 'suburb', 'hamlet',
  'islet', 'valley', 'river', 'lake', 'peninsula', 'headland', 'port', 'mountain', 'glacier', 'reef', 'skerry']);

/** "the northern seat of Varrow Fells", "the village of Kaptemwo". */
function isPlaceOfKind(tokens: readonly Token[], run: NameRun): boolean {
  return tokens[run.first - 1]?.lower === 'of' && placeKinds.has(tokens[run.first - 2]?.lower ?? '');
}

/** "the last bus from Tollen Ridge to Orlac": the ends of a route are places, not people. */
function isRouteEnd(tokens: readonly Token[], run: NameRun): boolean {
  const before = tokens[run.first - 1]?.lower;
  if (before === 'from') return tokens[run.last + 1]?.lower === 'to';
  if (before !== 'to') return false;
  for (let k = run.first - 2; k >= 0 && k >= run.first - 6; k--) if (tokens[k]!.lower === 'from') return true;
  return false;
}

/** The role phrase of a noun phrase ("The health ministry's chief medical officer" → "chief medical officer"). */
/** Words that make a different office of a role ("the managing director" is not "the music director"). */
const roleModifiers = new Set(['managing', 'artistic', 'music', 'musical', 'creative', 'technical', 'medical', 'editorial', 'sporting', 'commercial', 'marketing']);

export function rolePhrase(segment: readonly Token[]): { phrase: string; head: string; nationality: string } | undefined {
  let head = -1;
  for (let i = 0; i < segment.length; i++) {
    const lower = stripPossessive(segment[i]!.lower);
    if (isRoleNoun(lower) && lower === segment[i]!.lower) {
      head = i;
      if (segment[i + 1]?.lower === 'of' || segment[i + 1]?.lower === 'for') break;
    }
  }
  if (head < 0) return undefined;
  const words = [segment[head]!.lower];
  let nationality = '';
  for (let k = head - 1; k >= 0; k--) {
    const t = segment[k]!;
    if (titleWords.has(t.lower) || personRoleNouns.has(t.lower) || roleModifiers.has(t.lower)) words.unshift(t.lower);
    // ("chief fire officer", "chief medical officer": the field between a title word and the head.)
    else if (k === head - 1 && k > 0 && !t.cap && t.kind === 'word' && titleWords.has(segment[k - 1]!.lower)) words.unshift(t.lower);
    else if (looksNationality(t.text)) {
      nationality = t.lower;
      break;
    } else break;
  }
  return { phrase: words.join(' '), head: segment[head]!.lower, nationality };
}

/**
 * "…, which represents the employers,": the group a body speaks for, read from the relative clause
 * opening at the comma `comma` ("The employers say" later is that body).
 */
function representedGroupAfter(tokens: readonly Token[], comma: number): string | undefined {
  if (tokens[comma]?.text !== ',' || !['which', 'that', 'who'].includes(tokens[comma + 1]?.lower ?? '')) return undefined;
  if (!['represents', 'represent', 'speaks', 'speak'].includes(tokens[comma + 2]?.lower ?? '')) return undefined;
  for (let k = comma + 3; k < tokens.length && k <= comma + 8 && tokens[k]!.kind === 'word'; k++) {
    if (representedGroups.has(tokens[k]!.lower)) return tokens[k]!.lower;
  }
  return undefined;
}
