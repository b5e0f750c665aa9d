import { calendarNames, companySuffixes, documentWords, nonNameWords, organisationClasses, organisationWords, personRoleNouns, placeNamePrefixes, placeWords, titleWords } from './lexicon';
import { isPossessive, normaliseCase, stripPossessive, type Token } from './tokens';

const connectors = new Set(['of', 'the', 'for', 'and', '&', 'de', 'van', 'von', 'der', 'da', 'du', 'le', 'la', 'al', 'bin', 'del', 'di']);

/** Lower-case particles of personal names ("van der", "de", "bin"). */
const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'ter', 'ten', 'le', 'bin', 'ibn']);

/** A capitalised word one or two tokens on: the cheap test before looking a word up as a particle. */
function beforeCapital(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.cap === true || tokens[i + 2]?.cap === true;
}

function isParticle(t: Token): boolean {
  return t.lower.length <= 5 && nameParticles.has(t.lower);
}

/** A capitalised word, or a surname written with a lower-case particle ("al-Rashidi", "d'Almeida"). */
function isNameWord(t: Token): boolean {
  // "the Veyport-based software company": a place made an adjective.
  if (t.cap && t.lower.indexOf('-') > 0 && hyphenatedAdjective.test(t.lower)) return false;
  return t.kind === 'word' && (t.cap || (hasParticleJoint(t.text) && /^(?:al|el|ad|as|ash|at|az|ibn|bin|abu|d)['’-]\p{Lu}/u.test(t.text)));
}

const hyphenatedAdjective = /-(?:based|born|owned|listed|registered|led|backed|made|funded|run)$/;

/** A hyphen or apostrophe after one to three letters: the only words the particle pattern can match. */
function hasParticleJoint(word: string): boolean {
  for (let i = 1; i <= 3 && i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 45 || code === 39 || code === 0x2019) return true;
  }
  return false;
}

/** The name word after the particles that start at `j` ("van der Berg" → "Berg"), or -1. */
function afterParticles(tokens: readonly Token[], j: number, to: number): number {
  let k = j;
  while (k < to && tokens[k]!.kind === 'word' && isParticle(tokens[k]!)) k++;
  return k > j && k < to && isNameWord(tokens[k]!) && !tokens[k]!.newline ? k : -1;
}

/** Words of department names ("Foreign Affairs"), never a person. */
const departmentWords = new Set(['affairs', 'relations', 'security', 'development', 'services', 'works']);

export type NameClass = 'person' | 'org' | 'place' | 'unknown';

/** A run of capitalised words in a token list, with its leading titles split off. */
export interface NameRun {
  /** Token indexes `[first, last]` of the whole run, titles included. */
  readonly first: number;
  readonly last: number;
  /** The name without titles, possessive stripped, ALL CAPS normalised. */
  readonly name: string;
  /** Lower-case title phrase that preceded the name inside the run ("prime minister"), or ''. */
  readonly title: string;
  /** A nationality-like adjective in the title ("Kestish"), lower case, or ''. */
  readonly nationality: string;
  readonly words: number;
  readonly cls: NameClass;
  /** The run ends in a possessive ("Kestland's"). */
  readonly possessive: boolean;
}

/** Nationality and demonym adjectives: capitalised words with these endings ahead of a title or role. */
export function looksNationality(word: string): boolean {
  return /^\p{Lu}\p{L}+(?:ish|ian|ese|ean|an|ic|i|ch|ss)$/u.test(word);
}

/** Capitalised runs of `tokens[from, to)`. */
export function nameRuns(tokens: readonly Token[], from = 0, to = tokens.length): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (t.cap && !isNameWord(t)) {
      i++;
      continue;
    }
    if (!t.cap) {
      // "van der Berg said", "al-Rashidi said": a name may open in lower case.
      const opensName = t.kind === 'word' && (beforeCapital(tokens, i) && isParticle(t) ? afterParticles(tokens, i, to) >= 0 : isNameWord(t));
      if (!opensName) {
        i++;
        continue;
      }
    }
    let last = isNameWord(t) ? i : afterParticles(tokens, i, to);
    let j = last + 1;
    while (j < to && (!isPossessive(tokens[last]!) || (tokens[j]!.kind === 'word' && tokens[j]!.cap))) {
      const u = tokens[j]!;
      if (u.newline) break;
      // "Salvenne's Transport Minister Teodor Vassel": the possessive names the country, a person follows.
      // ("the Global Women’s Tennis Tour": an irregular plural's possessive stays inside a body's name.)
      const groupPossessive = isIrregularPlural(stripPossessive(tokens[last]!.lower));
      if (isPossessive(tokens[last]!) && !groupPossessive && (titledPersonAt(tokens, j, to) || personNameAt(tokens, j, to))) break;
      const named = !u.cap && beforeCapital(tokens, j) && isParticle(u) ? afterParticles(tokens, j, to) : -1;
      if (isNameWord(u)) {
        last = j;
        j++;
      } else if (named > 0 && !u.newline) {
        // "Hendrik van der Berg", "Marieke de Jong-Aalders"
        last = named;
        j = named + 1;
      } else if (u.lower === 'of' && isTitledPersonRun(tokens, i, last)) {
        // "Superintendent Petronella Aspley of Kettleby Police": the person, then the body.
        break;
      } else if ((u.lower === 'for' || u.lower === 'of') && last > i && honorifics.has(tokens[i]!.lower)) {
        // ("Mr Dusollier for Thermae Water Company": a person speaking for a body.)
        break;
      } else if (isArticledConnector(tokens, j, to) && namesBody(tokens, i, last) && !datesOnly(tokens, i, last)) {
        // "the Ministry of the Interior", "Friends of the Marsh", "Society for the Protection of Birds"
        j += 2;
      } else if (u.lower === 'of' && isPersonLikeRun(tokens, i, last)) {
        // "Jessamy Quillfeather of Nether Ashby": the person, then where she lives.
        break;
      } else if (
        (u.kind === 'word' || u.text === '&') &&
        connectors.has(u.lower) &&
        // "Brandvold and Lesk" are two people; "Marks and Spencer Group" is one body.
        (u.lower !== 'and' || namesBodyAcross(tokens, i, j, to)) &&
        !datesOnly(tokens, i, last) &&
        j + 1 < to &&
        tokens[j + 1]!.kind === 'word' &&
        tokens[j + 1]!.cap &&
        // ("Transport and Allied Workers' Federation": a title word opens a body's name too.)
        (!onlyTitles(tokens, i, last) || (u.lower === 'and' && bodyWordAfter(tokens, j + 1, to)))
      ) {
        j++;
      } else break;
    }
    const run = makeRun(tokens, i, last);
    if (run) runs.push(run);
    i = last + 1;
  }
  return runs;
}

/** ("On 2 January the Cableway Safety Inspectorate", "Last Thursday the …": a date is no body's name that "the" goes on.) */
function datesOnly(tokens: readonly Token[], first: number, last: number): boolean {
  const opening = first < last && relativeDateWords.has(tokens[first]!.lower) ? first + 1 : first;
  for (let k = opening; k <= last; k++) if (!calendarNames.has(tokens[k]!.lower)) return false;
  return true;
}

const relativeDateWords = new Set(['last', 'next', 'early', 'late', 'since', 'until', 'by']);

const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** A title, then two or more name words that name no body: a titled person ("Superintendent Petronella Aspley"). */
function isTitledPersonRun(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first;
  while (k <= last && titleWords.has(tokens[k]!.lower)) k++;
  if (k === first || last - k < 1) return false;
  for (let n = k; n <= last; n++) if (organisationWords.has(tokens[n]!.lower) || placeWords.has(tokens[n]!.lower)) return false;
  return true;
}

/** A word that makes a capitalised run something other than a person's name: a body's, place's, title's, document's or trade's. */
function marksNoPerson(lower: string): boolean {
  return organisationWords.has(lower) || placeWords.has(lower) || titleWords.has(lower) || documentWords.has(lower) || companySuffixes.has(lower);
}

/** Two or three capitalised words with no body's, place's or title's word among them: a person's name. */
function isPersonLikeRun(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let k = first; k <= last; k++) {
    const lower = stripPossessive(tokens[k]!.lower);
    if (marksNoPerson(lower) || nonNameWords.has(lower)) return false;
  }
  return true;
}

/** "of the" or "for the" before a capitalised word, all on one line. */
function isArticledConnector(tokens: readonly Token[], j: number, to: number): boolean {
  const u = tokens[j]!;
  const article = tokens[j + 1];
  const next = tokens[j + 2];
  return (
    (u.lower === 'of' || u.lower === 'for') &&
    article?.lower === 'the' &&
    j + 2 < to &&
    next!.kind === 'word' &&
    next!.cap &&
    !article.newline &&
    !next!.newline
  );
}

/** An organisation's word among the capitalised words around the "and" at `and` (from `first` to the next lower-case word). */
function namesBodyAcross(tokens: readonly Token[], first: number, and: number, to: number): boolean {
  // ("Lower Arvale Province and Colonel Benedek Harrow": a person's title opens a second name.)
  if (personalTitles.has(tokens[and + 1]?.lower ?? '')) return false;
  for (let k = first; k < to && (k <= and || tokens[k]!.cap); k++) {
    const lower = stripPossessive(tokens[k]!.lower);
    if (organisationWords.has(lower) || companySuffixes.has(lower) || placeWords.has(lower) || documentWords.has(lower)) return true;
  }
  return false;
}

/** "No. 2" at `i`: a ranking ("World No. 2 Anouk Desvarre", "the world No. 2"). */
export function isRankingAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'no' && /^\d+$/.test(tokens[i + 1]?.text ?? '');
}

const tradesmen = /^\p{Ll}{3,}[ers]men$/u;

/** A plural without "s" ("women", "children"; "the Bargemen's Guild", "the Fishermen's Union"). */
function isIrregularPlural(word: string): boolean {
  // (A trade's "-men" only: "Carmen's" and "Yemen's" are no plurals.)
  if (!word.endsWith('men')) return word === 'children' || word === 'people';
  return word === 'men' || word === 'women' || tradesmen.test(word);
}

const personalTitles = new Set(['mr', 'mrs', 'ms', 'dr', 'professor', 'sir', 'dame', 'lord', 'lady', 'colonel', 'general', 'captain', 'major', 'lieutenant', 'sergeant', 'commander', 'admiral', 'governor', 'mayor', 'judge', 'inspector', 'bishop']);

/** An organisation's word among the capitalised words from `from`. */
function bodyWordAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && tokens[k]!.kind === 'word' && tokens[k]!.cap; k++) {
    const lower = stripPossessive(tokens[k]!.lower).replace(/['’]$/, '');
    if (organisationWords.has(lower) || companySuffixes.has(lower)) return true;
  }
  return false;
}

/** Plural nouns that open the names of societies and campaigns ("Friends of the Marsh"). */
const fellowshipWords = new Set(['friends', 'sisters', 'brothers', 'sons', 'daughters', 'mothers', 'fathers', 'guardians', 'keepers', 'champions', 'knights']);

/**
 * The capitalised words `tokens[first, last]` start the name of a body that "of the" may continue:
 * one has an organisation's word ("Ministry", "Bank"), or the run is one fellowship word. A
 * person's name ("Jonas Berg of the Daily Courier") never continues.
 */
function namesBody(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last && fellowshipWords.has(tokens[first]!.lower)) return true;
  for (let k = first; k <= last; k++) if (organisationWords.has(tokens[k]!.lower)) return true;
  return false;
}

/** Title words, then at least one capitalised word that is neither a title nor an organisation word. */
function titledPersonAt(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && tokens[k]!.kind === 'word' && tokens[k]!.cap && titleWords.has(tokens[k]!.lower)) k++;
  if (k === from) return false;
  const next = tokens[k];
  return next !== undefined && k < to && next.kind === 'word' && next.cap && !organisationWords.has(next.lower) && !placeWords.has(next.lower);
}

/** "The Christian Union's Marieke de Jong-Aalders": two to four name words (particles between) that name no organisation or place. */
function personNameAt(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let k = from;
  while (k < to && tokens[k]!.kind === 'word' && !tokens[k]!.newline) {
    const t = tokens[k]!;
    if (nameParticles.has(t.lower) && words > 0) {
      k++;
      continue;
    }
    if (!isNameWord(t)) break;
    const lower = stripPossessive(t.lower);
    if (marksNoPerson(lower)) return false;
    words++;
    k++;
  }
  return words >= 2 && words <= 4 && (k >= to || !isNameWord(tokens[k]!));
}

/** "Chief Executive" in "Chief Executive of the Water Authority": a title, not the start of the organisation's name. */
function onlyTitles(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const lower = tokens[i]!.lower;
    // "the Union of Locomotive Crews": a body's word that is also a title's ("union leader") opens a name.
    if ((!titleWords.has(lower) && !nonNameWords.has(lower)) || organisationWords.has(lower)) return false;
  }
  return true;
}

/** What a run's words alone say about it; `cls` before the determiner rule of `makeRun`. */
type RunReading = Omit<NameRun, 'first' | 'last'>;

/**
 * Readings by the run's words joined with spaces (tokens never contain one). The same names
 * recur through a document and every speaker lookup re-reads runs of the same sentence.
 * `detectClaims` empties it around each document.
 */
/** Prepositions of place before "the" and a name: "in the Upper Vales". */
const placeBeforeThe = new Set(['in', 'across', 'around', 'throughout', 'near']);

const readings = new Map<string, RunReading | null>();

export function forgetNameReadings(): void {
  readings.clear();
}

function makeRun(tokens: readonly Token[], first: number, last: number): NameRun | undefined {
  let key = tokens[first]!.text;
  for (let k = first + 1; k <= last; k++) key += ' ' + tokens[k]!.text;
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = readRun(tokens, first, last) ?? null;
    if (readings.size >= 50_000) readings.clear();
    readings.set(key, reading);
  }
  if (reading === null) return undefined;
  let cls = reading.cls;
  // "told the Straits Courier": a determiner before a title-less name marks an organisation or a place.
  // ("the Harrow Trust"; but "villages in the Upper Vales" is a place.)
  if (cls === 'person' && !reading.title && (tokens[first - 1]?.lower === 'the' || tokens[first]!.lower === 'the')) cls = placeBeforeThe.has(tokens[first - (tokens[first]!.lower === 'the' ? 1 : 2)]?.lower ?? '') ? 'place' : 'org';
  // ("the residents’ group Canal Square Alive": a body's class before a name makes a body of a place name.)
  const before = tokens[first - 1];
  if (cls === 'place' && before?.kind === 'word' && !before.cap && bodyClassWords.has(before.lower)) cls = 'org';
  return { first, last, name: reading.name, title: reading.title, nationality: reading.nationality, words: reading.words, cls, possessive: reading.possessive };
}

function readRun(tokens: readonly Token[], first: number, last: number): RunReading | undefined {
  if (first === last && nonNameWords.has(tokens[first]!.lower)) return undefined;
  // ("World No. 2 Anouk Desvarre": a ranking, no name.)
  if (isRankingAt(tokens, last)) return undefined;
  let k = first;
  // Leading non-name words ("The", "In") and titles; a hyphenated participle opening the sentence ("Cross-examining Lomond").
  while (k <= last && (nonNameWords.has(tokens[k]!.lower) || (k === first && k < last && /^\p{L}+-\p{L}+ing$/u.test(tokens[k]!.text))) && !isPossessive(tokens[k]!)) k++;
  if (k > last) return undefined;
  const whole = tokens.slice(k, last + 1).map((t, n, all) => (n === all.length - 1 ? stripPossessive(t.text) : t.text));
  if (whole.length === 1 && organisationClasses.has(whole[0]!.toLowerCase())) return undefined; // "The Ministry": a role
  // ("Pilots at Corvane Air have voted": a plural that ends union names is no name alone.)
  if (whole.length === 1 && organisationWords.has(whole[0]!.toLowerCase()) && whole[0]!.endsWith('s')) return undefined;
  if (whole.length === 1 && personRoleNouns.has(whole[0]!.toLowerCase())) return undefined; // "The new MP": a role
  // ("Corvane Medical Systems of Esk Varrow": a company, then where it is based; the company speaks.)
  const basedAt = whole.indexOf('of');
  if (basedAt >= 2 && companySuffixes.has(whole[basedAt - 1]!.toLowerCase()) && whole.slice(0, basedAt).every((w) => /^\p{Lu}/u.test(w))) {
    return { name: normaliseCase(whole.slice(0, basedAt).join(' ')), title: '', nationality: '', words: basedAt, cls: 'org', possessive: isPossessive(tokens[last]!) };
  }
  if (classify(whole, '') === 'org' && !isPortfolioTitledName(whole)) {
    // "Kelmar's Ministry of the Interior": the body's name, as "Morvia's foreign ministry" is the Foreign Ministry.
    // ("the Velland Premier Division’s Independent Disciplinary Panel": so past an owner of several words.)
    let owner = k;
    while (owner < last && (!isPossessive(tokens[owner]!) || isIrregularPlural(stripPossessive(tokens[owner]!.lower)))) owner++;
    if (owner < last && last - owner >= 2 && classify(whole.slice(owner - k + 1), '') === 'org') whole.splice(0, owner - k + 1);
    const name = normaliseCase(whole.join(' '));
    return { name, title: '', nationality: '', words: whole.length, cls: 'org', possessive: isPossessive(tokens[last]!) };
  }
  const titleStart = k;
  let nationality = '';
  while (k <= last) {
    const t = tokens[k]!;
    const lower = stripPossessive(t.lower).replace(/\.$/, '');
    // ("Employment Judge Harriet Quillon": a word that qualifies the title opens it.)
    // (A nationality there is read as one below: "Kestish Transport Minister Anders Vell".)
    const qualifiesTitle = k === titleStart && last - k >= 2 && titleWords.has(stripPossessive(tokens[k + 1]!.lower)) && !looksNationality(t.text);
    // ("Brother's Table", a wine: a title owns nothing, so a possessive is no title.)
    if (isPossessive(t)) break;
    if ((titleWords.has(lower) && k < last) || (k === titleStart && last - k >= 2 && isOccupation(lower)) || qualifiesTitle) k++;
    else if (looksNationality(t.text) && k < last && titleWords.has(tokens[k + 1]!.lower)) {
      nationality = t.lower;
      k++;
    } else break;
  }
  // A portfolio the title list does not know ("Mines Minister José Luis Barragán"): one
  // capitalised word before a head title that is followed by the name.
  // (Also after a title word: "Regional Transport Commissioner Bettina Marsh".)
  if (k + 2 <= last && isHeadTitle(tokens[k + 1]!.lower) && !titleWords.has(tokens[k]!.lower)) k += 2;
  // Two words ("Marine Resources Minister Hollis Darrow"), when two name words follow.
  else if (k + 4 <= last && isHeadTitle(tokens[k + 2]!.lower) && !titleWords.has(tokens[k]!.lower)) k += 3;
  if (k > last) {
    // Only titles: "The Minister", "Prime Minister". Not a name.
    return undefined;
  }
  const title = tokens
    .slice(titleStart, k)
    .filter((t) => !looksNationality(t.text) || titleWords.has(t.lower))
    .map((t) => t.lower)
    .join(' ');
  // "the Parliamentary Commissioner for Standards": an office named by its remit, no person's name.
  if (!tokens[k]!.cap && ['for', 'of', 'on', 'at', 'to'].includes(tokens[k]!.lower)) return undefined;
  let nameTokens = tokens.slice(k, last + 1);
  // "President Yevgeny Lazarev of Morvia": the country is no part of a titled person's name.
  const of = title ? nameTokens.findIndex((t, n) => n >= 1 && t.lower === 'of') : -1;
  if (of > 0 && classify(nameTokens.slice(0, of).map((t) => t.text), title) === 'person') nameTokens = nameTokens.slice(0, of);
  // "Peregrine Maudsley KC", "Ana Ruiz MP": letters after a name are no part of it.
  if (nameTokens.length >= 3 && postNominals.has(nameTokens[nameTokens.length - 1]!.text)) nameTokens = nameTokens.slice(0, -1);
  const possessive = isPossessive(tokens[last]!);
  const name = normaliseCase(nameTokens.map((t, n) => (n === nameTokens.length - 1 ? stripPossessive(t.text) : t.text)).join(' '));
  const words = name.split(' ');
  return { name, title, nationality, words: words.length, cls: classify(words, title), possessive };
}

const postNominals = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'AM', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Sr', 'FRS']);

/**
 * "Police Chief Anna Berg", "Fire Service Director Ilse Marr": a body's word or two as the portfolio of
 * a head title, then a name of at least two words in which no body's word is.
 */
function isPortfolioTitledName(words: readonly string[]): boolean {
  for (let i = 1; i <= 2 && words.length - i - 1 >= 2; i++) {
    if (!isHeadTitle(words[i]!.toLowerCase())) continue;
    const name = words.slice(i + 1);
    return name.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && classify(name, '') !== 'org';
  }
  return false;
}

const headTitles = new Set(['minister', 'secretary', 'governor', 'mayor', 'president', 'ambassador', 'commissioner', 'director', 'chief', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'officer', 'manager', 'inspector', 'superintendent', 'sergeant']);

function isHeadTitle(lower: string): boolean {
  return headTitles.has(lower);
}

function classify(words: readonly string[], title: string): NameClass {
  const lower = words.map((w) => stripPossessive(w.toLowerCase()));
  // ("Port Ilsen", like "Saint Oriel": a town, or a body named for one, until the text says which;
  // "the port" speaks for a port, which "Port Ilsen Harbour Board" names with a body's word.)
  if (words.length === 2 && lower[0] === 'port' && !organisationWords.has(lower[1]!)) return 'unknown';
  if (lower.some((w) => organisationWords.has(w)) || words.includes('&')) return 'org';
  // "Friends of the Marsh": no person's name holds "the".
  if (lower.length >= 3 && lower.includes('the') && fellowshipWords.has(lower[0]!)) return 'org';
  // ("the National Glaciology Survey said": an institution named for its survey, as a geological survey is.)
  if (lower.length >= 2 && lower[lower.length - 1] === 'survey' && !lower.some((w) => documentWords.has(w) && w !== 'survey') && !words.some((w) => /^\d/.test(w))) return 'org';
  if (lower.some((w) => documentWords.has(w))) return 'place';
  if (words.length >= 2 && companySuffixes.has(lower[lower.length - 1]!)) return 'org';
  // ("Ashcombe United": a football club; "United" ends no person's name.)
  if (words.length >= 2 && lower[lower.length - 1] === 'united') return 'org';
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!)) return 'org'; // an acronym
  if (words.length === 1 && isCamelCase(words[0]!)) return 'org'; // CamelCase: MareRail
  // ("The Old Quay Traders", "Wyle Bank Neighbours": people named together by a place are a group.)
  if (words.length >= 2 && groupPlurals.has(lower[lower.length - 1]!)) return 'org';
  if (lower.some((w) => placeWords.has(w))) return 'place';
  if (lower.every((w) => titleWords.has(w) || departmentWords.has(w))) return 'place';
  if (lower.every((w) => nonNameWords.has(w))) return 'place';
  if (title && words.length >= 1) return 'person';
  // ("Saint Oriel", "Port Avel": a place, or a body named for one, until the text says which.)
  if (words.length === 2 && placeNamePrefixes.has(lower[0]!)) return 'unknown';
  // ("Brother's Table", a wine: no person's name owns something inside it.)
  if (words.slice(0, -1).some((w) => /['’]s$/.test(w))) return 'unknown';
  if (words.length >= 2 && words.length <= 4) return 'person';
  return 'unknown';
}

const bodyClassWords = new Set(['group', 'campaign', 'association', 'union', 'charity', 'coalition', 'alliance', 'network', 'movement', 'society', 'club']);
const groupPlurals = new Set(['traders', 'residents', 'neighbours', 'neighbors', 'farmers', 'fishermen', 'tenants', 'shopkeepers', 'campaigners', 'parents', 'friends', 'swimmers', 'rowers', 'runners', 'cyclists', 'anglers', 'walkers', 'sailors', 'divers']);

const workplaceClasses = new Set(['police', 'force', 'zoo', 'museum', 'theatre', 'theater', 'hospital', 'airport', 'port', 'library', 'orchestra', 'university', 'institute', 'clinic', 'infirmary', 'festival', 'airline', 'operator']);

/** "MareRail": a capital, lower-case letters, then another capital. */
function isCamelCase(word: string): boolean {
  let i = 1;
  while (i < word.length && isLower(word[i]!)) i++;
  return i > 1 && i < word.length && isUpper(word[i]!);
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Organisation classes ("union", "company") an organisation's name belongs to. */
export function organisationClassesOf(name: string): string[] {
  // ("Halvorian Air Pilots’ Association": a plural's possessive too.)
  const words = name.toLowerCase().split(/[\s]+/).map((w) => stripPossessive(w).replace(/s['’]$/, 's'));
  const out: string[] = [];
  for (const [cls, marks] of organisationClasses) {
    if (words.some((w) => marks.includes(w)) || (marks.includes('&') && name.includes('&'))) out.push(cls);
  }
  if (words.length >= 2 && words[words.length - 1] === 'united') out.push('club');
  // "Ridgeford Unified School District": a body that is a district.
  if (out.length > 0 && words.includes('district')) out.push('district');
  // "Eastmoor Police Federation" is officers' union, not "the force"; the "Zoo and Park Workers'
  // Union" is not "the zoo".
  if (out.includes('union')) out.splice(0, out.length, ...out.filter((c) => !workplaceClasses.has(c)));
  // "Pellworth Foods", "Saltmarsh Energy": a company by its last word, so "the company" and "the firm" find it.
  if (words.length >= 2 && companySuffixes.has(words[words.length - 1]!) && !out.includes('company')) out.push('company', 'firm');
  // "Halcyra Air" is "the airline", "Larchmoor Pictures" "the studio".
  const trade = words.length >= 2 ? tradeClasses.get(words[words.length - 1]!) : undefined;
  if (trade && !out.includes(trade)) out.push(trade);
  return out;
}

const tradeClasses: ReadonlyMap<string, string> = new Map([['air', 'airline'], ['aviation', 'airline'], ['pictures', 'studio'], ['films', 'studio'], ['productions', 'studio'], ['studios', 'studio']]);

export function isRoleNoun(lower: string): boolean {
  // "the vice-chancellor", "the vice-president": a second office of a role.
  if (lower.startsWith('vice-')) return personRoleNouns.has(lower.slice(5));
  // "the mayor-elect": who won the office and has not taken it yet.
  if (lower.endsWith('-elect')) return personRoleNouns.has(lower.slice(0, -6));
  // "the auditor-general", "the attorney-general".
  if (lower.endsWith('-general')) return true;
  // ("a geologist at the University of Kelsby" … "the geologist said": a science's practitioner.)
  if (lower.length >= 9 && lower.endsWith('ologist')) return true;
  return personRoleNouns.has(lower) || organisationClasses.has(lower);
}

/** Trades written before a full name ("Engineer Pavo Lindqvist") that are no -ist nouns. */
const occupations = new Set(['engineer', 'conductor', 'composer', 'farmer', 'fisherman', 'teacher', 'surgeon', 'physician', 'architect', 'pilot', 'historian', 'technician', 'mechanic', 'paramedic', 'midwife', 'accountant', 'consultant', 'veterinarian', 'contractor', 'builder', 'shopkeeper', 'ranger', 'firefighter', 'student', 'reporter', 'photographer', 'author', 'co-author', 'coauthor',
  // People described by their part in the story: "Parent Sofie Berg", "Resident Ola Nes".
  'parent', 'resident', 'voter', 'shopper', 'commuter', 'passenger', 'patient', 'customer', 'neighbour', 'neighbor', 'witness',
  'volunteer', 'organiser', 'organizer', 'survivor', 'pensioner', 'worker', 'driver', 'nurse', 'doctor', 'lawyer', 'activist', 'campaigner',
  // Those who keep a place or a craft: "Harbourmaster Colm Adeyemi-Varga", "Beekeeper Ines Roth".
  'harbourmaster', 'harbormaster', 'stationmaster', 'postmaster', 'postmistress', 'headmaster', 'headmistress', 'lifeguard', 'skipper',
  'coxswain', 'ferryman', 'beekeeper', 'winemaker', 'brewer', 'baker', 'butcher']);

/**
 * An occupation opening a sentence before a full name ("Hydrologist Tuula Ahonen-Reyes",
 * "Engineer Pavo Lindqvist"): nouns in -ist, which the title list cannot all name, and common trades.
 */
function isOccupation(lower: string): boolean {
  return occupations.has(lower) || (lower.length >= 7 && lower.endsWith('ist') && !lower.endsWith('qvist') && !lower.endsWith('quist'));
}

/** Each word's first lower-case letter in upper case, after a space or hyphen ("transport ministry" → "Transport Ministry"). */
export function titleCase(phrase: string): string {
  return phrase.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "the office of the president" as an organisation's name ("Office of the President"), or undefined. */
export function officeOfRole(tokens: readonly Token[], from: number, to: number): string | undefined {
  if (to - from !== 5 || tokens[from]!.lower !== 'the' || tokens[from + 1]!.lower !== 'office' || tokens[from + 2]!.lower !== 'of' || tokens[from + 3]!.lower !== 'the') return undefined;
  const role = tokens[from + 4]!;
  if (role.kind !== 'word' || role.cap || !personRoleNouns.has(role.lower)) return undefined;
  return `Office of the ${role.lower.charAt(0).toUpperCase()}${role.lower.slice(1)}`;
}
