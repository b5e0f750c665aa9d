/**
 * A deterministic, news-like document of about 200 KB with marked annotations (the
 * `{{id:…}}` markers of the edit corpus), and an "outside edit" of it: paragraphs inserted,
 * deleted and re-wrapped, and a few quotes changed, spread through the text.
 */

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const names = ['Helena Varga', 'Tomasz Lindqvist', 'Miriam Osei', 'José Martínez', 'Zoë Kowalczyk', 'Anna Brekke', 'Søren Ødegård', 'Li Wei', 'Amara Nwosu', 'Kenji Sato'];
const roles = ['the finance minister', 'a council spokesperson', 'the union leader', 'the chief engineer', 'an opposition MP', 'the harbour master', 'a local resident', 'the regional governor'];
const subjects = ['the budget', 'the new bridge', 'the flood defences', 'rail maintenance', 'the hospital plan', 'school funding', 'the port expansion', 'energy prices', 'the water supply', 'housing targets'];
const verbs = ['will not be delayed', 'has been underfunded for years', 'needs an independent review', 'cannot be paid for without cuts', 'is on schedule despite the weather', 'was approved without a proper debate', 'will cost far more than promised', 'has the support of most residents'];
const fillers = [
  'The figures were published on the ministry website late on Tuesday evening.',
  'Officials declined to say when a final decision would be taken.',
  'Critics pointed out that similar promises had been made before the last election.',
  'The committee is expected to publish its report before the summer recess.',
  'Local newspapers have followed the story closely since the spring.',
  'Analysts said the numbers were broadly in line with expectations.',
  'Several hundred people attended the public meeting in the town hall 🏛️.',
  'A spokesperson said the department would respond in writing.',
];

export interface GeneratedDocument {
  readonly marked: string;
  readonly annotationCount: number;
}

/** Paragraphs hard-wrapped at 72 columns; `annotations` quoted statements, evenly spread, are marked. */
export function generateNewsDocument(targetLength = 200_000, annotations = 1000, seed = 42): GeneratedDocument {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  type Sentence = { quote: string; who: string } | string;
  const paragraphs: Sentence[][] = [];
  let length = 0;
  let quotes = 0;
  while (length < targetLength) {
    const sentences: Sentence[] = [];
    for (let s = 0; s < 5; s++) {
      if (rnd() < 0.6) {
        quotes++;
        const statement = `${pick(subjects)} ${pick(verbs)}, and the ${quotes}th review found ${Math.floor(rnd() * 900 + 100)} problems`;
        const who = rnd() < 0.5 ? pick(names) : pick(roles);
        sentences.push({ quote: `"${statement[0]!.toUpperCase()}${statement.slice(1)},"`, who });
        length += statement.length + who.length + 10;
      } else {
        const filler = pick(fillers);
        sentences.push(filler);
        length += filler.length + 1;
      }
    }
    paragraphs.push(sentences);
    length += 2;
  }
  const marked = Math.min(annotations, quotes);
  const chosen = new Set(Array.from({ length: marked }, (_, k) => Math.floor((k * quotes) / marked)));
  let serial = 0;
  const text = paragraphs
    .map((sentences) =>
      wrap(
        sentences
          .map((s) => {
            if (typeof s === 'string') return s;
            const id = serial++;
            return `${chosen.has(id) ? `{{a${id}:${s.quote}}}` : s.quote} said ${s.who}.`;
          })
          .join(' '),
        72,
      ),
    )
    .join('\n\n');
  return { marked: `${text}\n`, annotationCount: marked };
}

function wrap(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.join('\n');
}

/**
 * The outside edit: across the document, inserts 8 new paragraphs, deletes 4 paragraphs,
 * re-wraps 8 paragraphs at 60 columns and changes one word inside 6 quotes.
 */
export function outsideEdit(marked: string, seed = 7): string {
  const rnd = random(seed);
  const paragraphs = marked.split('\n\n');
  const n = paragraphs.length;
  const at = (k: number, of: number) => Math.floor(((k + 0.5) / of) * n);
  for (let k = 0; k < 8; k++) {
    const p = at(k, 8);
    paragraphs[p] = wrap(paragraphs[p]!.split('\n').join(' '), 60);
  }
  for (let k = 0; k < 6; k++) {
    const p = (at(k, 6) + 3) % n;
    paragraphs[p] = paragraphs[p]!.replace(/(\{\{a\d+:"[^}]*?) found /, '$1 counted ');
  }
  const deleted = new Set(Array.from({ length: 4 }, (_, k) => (at(k, 4) + 5) % n));
  const out: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (i % Math.floor(n / 8) === 11) {
      out.push(wrap(`Update ${i}: this paragraph was added later by an editor, ${Math.floor(rnd() * 1000)} words long in the original draft, and it mentions nothing that was quoted before.`, 72));
    }
    if (!deleted.has(i)) out.push(paragraph);
  });
  return out.join('\n\n');
}
