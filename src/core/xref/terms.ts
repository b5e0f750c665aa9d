/**
 * Light normalisation of a claim's text into comparable terms: case and accents folded,
 * quotation marks and punctuation dropped, numbers written as digits ("three hundred and forty"
 * and "340", "1,200" and "1200"), a small suffix-stripping stemmer, and function words (pronouns,
 * auxiliaries, modals, negations) set apart. Dropping pronouns and modals is what lets a
 * reported sentence ("she would be boiling water") meet the quote it reports ("I will be
 * boiling our water"): backshifted tense and person live almost entirely in those words.
 */

/** Function words: kept for the verbatim (word-pair) comparison, left out of the content terms. */
const functionWords = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves one ones who whom whose which what when where why how ' +
    'is am are was were be been being do does did doing done have has had having ' +
    'will would shall should can could may might must ought ' +
    'not no never nobody nothing none ' +
    'to of in on at by for with from into onto upon about as over under up down out off ' +
    'all any some each every both either neither such very just also only even too more most much many ' +
    'said say says saying told tell tells according'
  ).split(' '),
);

const units = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const scales = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1000, million: 1_000_000 }));

/** Irregular forms the suffix rules cannot reach. */
const irregular = new Map<string, string>(Object.entries({
  children: 'child', men: 'man', women: 'woman', people: 'person',
  went: 'go', gone: 'go', left: 'leave', kept: 'keep', held: 'hold', paid: 'pay', met: 'meet',
  sat: 'sit', brought: 'bring', thought: 'think', taken: 'take', took: 'take', given: 'give', gave: 'give',
}));

/** Words for which stripping a suffix would do harm ("news" is not the plural of "new"). */
const keepAsIs = new Set(['news', 'always', 'series', 'species', 'this', 'thus', 'bus', 'gas', 'during', 'nothing', 'something']);

const stemCache = new Map<string, string>();

/** A deliberately small stemmer (plural, past, gerund, adverb); over-stemming hurts more than it helps here. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    if (stemCache.size >= 100_000) stemCache.clear();
    stemmed = stemUncached(word);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

function stemUncached(word: string): string {
  const known = irregular.get(word);
  if (known) return known;
  if (word.length <= 3 || keepAsIs.has(word) || /^\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  // "e" endings vary with the suffix (cede/ceded/ceding): drop it so all forms meet.
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdfgklmnprtz])\1$/.test(w) && !/ll$/.test(w) ? w.slice(0, -1) : w;
}

/** Lower-cased, accent-free words and numbers in reading order (quotation marks and punctuation gone). */
export function words(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- ASCII text needs no accent folding (the common, fast case)
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = (ascii ? text : text.normalize('NFD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[’‘ʼ`]/g, "'");
  const raw = folded.match(/\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  const out: string[] = [];
  for (const token of raw) {
    if (token.endsWith("n't")) out.push(token === "won't" ? 'will' : token === "can't" ? 'can' : token.slice(0, -3), 'not');
    else out.push(token.replace(/'(s|re|ve|ll|d|m)$/, ''));
  }
  return joinNumberWords(out);
}

/** "three hundred and forty" → "340", "1.2 million" stays two words ("1.2", "million"). */
function joinNumberWords(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!units.has(tokens[i]!)) {
      out.push(tokens[i]!);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const unit = units.get(t);
      const scale = scales.get(t);
      if (unit !== undefined) current += unit;
      else if (scale !== undefined && j > i) {
        current = Math.max(current, 1) * scale;
        if (scale >= 1000) {
          total += current;
          current = 0;
        }
      } else if (t === 'and' && j > i && units.has(tokens[j + 1] ?? '')) {
        // "hundred and forty": the "and" belongs to the number
      } else break;
      j++;
    }
    out.push(String(total + current));
    i = j;
  }
  return out;
}

export interface ClaimTerms {
  /** Stemmed content terms (no function words), without duplicates. */
  readonly content: readonly string[];
  /**
   * Hashes of adjacent word pairs over all words (function words included), sorted, without
   * duplicates: they recognise verbatim wording. Hashing keeps 80,000 claims' pairs small.
   */
  readonly pairs: readonly number[];
  /** Number of words, function words included. */
  readonly length: number;
}

export function termsOf(text: string): ClaimTerms {
  const all = words(text);
  const stems = all.map(stem);
  const content = new Set<string>();
  all.forEach((word, i) => {
    if (!functionWords.has(word)) content.add(stems[i]!);
  });
  const pairs = new Set<number>();
  for (let i = 1; i < stems.length; i++) pairs.add(hashPair(stems[i - 1]!, stems[i]!));
  return { content: [...content], pairs: [...pairs].sort((x, y) => x - y), length: all.length };
}

/** FNV-1a over "a b", as a signed 32-bit integer. */
function hashPair(a: string, b: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** A speaker name folded for comparison (case, accents, spacing). */
export function speakerKey(speaker: string | null | undefined): string | null {
  if (!speaker) return null;
  const key = speaker.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return key || null;
}
