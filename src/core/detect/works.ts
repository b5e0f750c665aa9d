import { documentWords } from './lexicon';
import type { Token } from './tokens';

/** Small words a title in Title Case leaves in lower case ("A Short History of Weather"). */
export const connectorWords: ReadonlySet<string> = new Set(['of', 'the', 'and', 'or', 'for', 'a', 'an', 'in', 'on', 'to', 'at', 'from', 'with', 'by', 'into', '&', '-', '—', 'de', 'des', 'du', 'la', 'le', 'les', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den']);

/** A word that opens with a capital or a digit, a bracket before it allowed ("(Ambulance"). */
export function opensCapitalised(word: string): boolean {
  return /^[([]?[\p{Lu}\p{N}]/u.test(word);
}

/** Every word capitalised but the small connectors after the first ("A Short History of Weather"). */
export function isTitleCase(words: readonly string[]): boolean {
  return words.every((w, i) => (i > 0 && connectorWords.has(w.toLowerCase())) || opensCapitalised(w));
}

/** Words before a quotation that make it the title of a work ("the author of “A Short History of Weather”"). */
const workIntroducers = new Set(['of', 'in', 'from', 'book', 'novel', 'collection', 'film', 'album', 'song', 'play', 'poem', 'series', 'documentary', 'exhibition', 'column', 'essay', 'symphony', 'opera', 'concerto', 'ballet', 'musical', 'painting', 'titled', 'entitled', 'title', 'report', 'study', 'paper', 'survey', 'review', 'assessment', 'analysis', 'audit', 'evaluation', 'dossier', 'leaflet', 'brochure', 'pamphlet', 'handbook', 'booklet', 'manifesto', 'newsletter', 'memoir', 'biography', 'podcast', 'programme', 'program', 'show', 'as', 'named', 'nicknamed', 'dubbed']);

/**
 * A title of any length: every word but connectors capitalised, no closing punctuation, after
 * "of", "in" or a kind of work, or holding a document's kind ("Accord", "Report").
 */
export function isNamedWork(content: string, before: readonly Token[]): boolean {
  // "Its own preliminary report, “Incident at Pelsk Crossing: Initial Findings”,": a title in apposition.
  const apposed = before[before.length - 1]?.text === ',' && before.length >= 2;
  const previous = apposed ? before[before.length - 2] : before[before.length - 1];
  if (!previous || previous.kind !== 'word' || /[.!?,;:…]$/.test(content)) return false;
  if (apposed && !workIntroducers.has(previous.lower)) return false;
  const words = content.split(/\s+/);
  const titleCase = words.length >= 2 && words.length <= 10 && isTitleCase(words);
  // "the 2019 «Selvik Accord on Good Neighbourly Trade»": a document's kind in the title names it.
  return titleCase && (workIntroducers.has(previous.lower) || words.some((w) => documentWords.has(w.toLowerCase())));
}

