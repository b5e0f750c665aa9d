import { looksNationality } from '../detect/names';
import { organisationWords, titleWords } from '../detect/lexicon';
import { normaliseCase, stripPossessive } from '../detect/tokens';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const extraFolds: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/** Lower case, diacritics and special letters folded to ASCII ("Sølberg" → "solberg"). */
export function foldAscii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþıħ]/g, (ch) => extraFolds[ch] ?? ch);
}

/** A name as written, tidied: whitespace collapsed, a trailing possessive and ALL CAPS undone. */
export function tidyName(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  words[words.length - 1] = stripPossessive(words[words.length - 1]!);
  return normaliseCase(words.join(' '));
}

/** Key for exact matching: case, diacritics, dots and spacing ignored. */
export function exactKey(name: string): string {
  return foldAscii(tidyName(name)).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** True when a word of the name marks an organisation ("Authority", "Union", "&"). */
export function isOrganisationName(name: string): boolean {
  return name
    .split(' ')
    .some((word) => word === '&' || organisationWords.has(stripPossessive(word.toLowerCase())));
}

/**
 * The name without a leading article, titles and nationality adjectives: "Dravonian President
 * Oskar Lindqvist" → "Oskar Lindqvist", "Ms Ibarra-Lenz" → "Ibarra-Lenz", "Mines Minister José
 * Luis Barragán" → "José Luis Barragán", "the Bank of Norrvald" → "Bank of Norrvald".
 * Organisation names keep their titles; names that are nothing but titles ("Prime Minister") are
 * returned tidied but otherwise unchanged.
 */
export function stripTitles(name: string): string {
  let words = tidyName(name).split(' ');
  if (words.length > 1 && words[0]!.toLowerCase() === 'the') words = words.slice(1);
  const tidy = words.join(' ');
  if (isOrganisationName(tidy)) return tidy;
  const isTitle = (word: string) => titleWords.has(word.toLowerCase().replace(/\.$/, ''));
  let first = 0;
  while (first < words.length - 1) {
    if (isTitle(words[first]!)) first++;
    else if (looksNationality(words[first]!) && isTitle(words[first + 1]!)) first++;
    else break;
  }
  // Stopped on the last word only because it was a title too: "Prime Minister" is a role, not a name.
  if (first === words.length - 1 && isTitle(words[first]!)) return tidy;
  // A portfolio the lexicon does not know ahead of a title ("Mines Minister"): drop it when a full name follows.
  let lastTitle = words.length - 1;
  while (lastTitle >= first && !isTitle(words[lastTitle]!)) lastTitle--;
  if (lastTitle >= first && words.length - lastTitle - 1 >= 2) first = lastTitle + 1;
  return words.slice(first).join(' ');
}

/**
 * One word spelled the way most romanisations agree on: x → ks, ph → f, w → v, kh → h, q/ck/hard
 * c → k, j and y → i, a leading "ye"/"yo"/"ya"/"yu" loses its y, doubled letters once. Yevgeny and
 * Evgeny give "evgeni"; Aleksandr and Alexander give "aleksandr" and "aleksander".
 */
export function spellingKey(word: string): string {
  return foldAscii(word)
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/tch/g, 'ch')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?![eihy])/g, 'k')
    .replace(/j/g, 'y')
    .replace(/^y(?=[aeiou])/, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** First letter and consonants of the spelling key: the part transliterations keep. */
export function skeletonKey(word: string): string {
  const spelled = spellingKey(word);
  return spelled.slice(0, 1) + spelled.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Two words are spelling variants of one another when their skeletons agree and their spelling
 * keys differ by at most a third of their length (at least one edit) and both or neither end in
 * -a: Aleksandr / Alexander, Mohammed / Muhammad, but not Leon / Lena nor Petrov / Petrova.
 */
export function similarWords(a: string, b: string): boolean {
  const x = spellingKey(a);
  const y = spellingKey(b);
  if (x === y) return x.length > 0;
  if (skeletonKey(a) !== skeletonKey(b)) return false;
  // A final -a often marks another person (Petrov / Petrova, Aleksandr / Aleksandra).
  if (x.endsWith('a') !== y.endsWith('a')) return false;
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 3));
}

/** Two names of as many words, each pair of words spelling variants of one another. */
export function similarNames(a: string, b: string): boolean {
  const left = a.split(' ');
  const right = b.split(' ');
  return left.length === right.length && left.every((word, i) => similarWords(word, right[i]!));
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const connectorWords = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der']);

/** Initials of the name's words without connectors ("Velmora Water Authority" → "VWA"), or '' for one word. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w && !connectorWords.has(w.toLowerCase()) && w !== '&');
  return words.length < 2 ? '' : words.map((w) => foldAscii(w[0]!).toUpperCase()).join('');
}

/** An acronym: one word of 2 to 6 capitals ("VWA", "FRW"). */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}
