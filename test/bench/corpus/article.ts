import type { ClaimKind } from '../../../src/core/model/annotation';
import { months, type NewsEvent, type Outlet, type Person, type Statement, type World } from './cast';
import type { Random } from './random';

/** A quoted or reported statement placed in the text, UTF-16 offsets, end exclusive. */
export interface PlacedStatement {
  readonly start: number;
  readonly end: number;
  readonly statement: Statement;
  readonly kind: ClaimKind;
  readonly style: QuoteStyle;
}

export interface Article {
  readonly text: string;
  readonly statements: readonly PlacedStatement[];
}

export const quoteStyles = [
  'straight', 'curly', 'single', 'guillemets', 'low-high', 'nested', 'multi-paragraph', 'partial', 'colon', 'reported', 'according-to',
] as const;
export type QuoteStyle = (typeof quoteStyles)[number];

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const backgroundSentences = [
  (w: Words) => `The figures were published on the ${w.org} website late on ${w.weekday} evening.`,
  (w: Words) => `Officials in ${w.place} declined to say when a final decision would be taken.`,
  (w: Words) => `Critics pointed out that similar promises had been made before the ${w.year - 1} election.`,
  (w: Words) => `A committee is expected to report on ${w.topic} before the summer recess.`,
  (w: Words) => `About ${w.number} people attended a public meeting in ${w.place} town hall.`,
  (w: Words) => `${w.org} did not respond to a request for comment by the time of publication.`,
  (w: Words) => `The dispute over ${w.topic} began in ${w.month} and has drawn national attention.`,
  (w: Words) => `Analysts said the numbers were broadly in line with expectations, at ${w.number} million.`,
  (w: Words) => `Residents of ${w.place} have followed the story closely since the spring 🌊.`,
  (w: Words) => `Talks are scheduled to resume on ${w.weekday} at the regional offices in ${w.place}.`,
];

interface Words {
  readonly org: string;
  readonly place: string;
  readonly topic: string;
  readonly weekday: string;
  readonly month: string;
  readonly year: number;
  readonly number: number;
}

/** Builds text piece by piece and remembers where statements landed. */
class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  readonly placed: PlacedStatement[] = [];

  add(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  statement(text: string, statement: Statement, kind: ClaimKind, style: QuoteStyle): this {
    this.placed.push({ start: this.length, end: this.length + text.length, statement, kind, style });
    return this.add(text);
  }

  /** Widens the last placed statement to end here (a quote continued over paragraphs). */
  extendLastTo(end: number): void {
    const last = this.placed.pop()!;
    this.placed.push({ ...last, end });
  }

  toString(): string {
    return this.parts.join('');
  }
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** One news article about `event` by `outlet`, about `targetLength` UTF-16 units long. */
export function writeArticle(world: World, outlet: Outlet, event: NewsEvent, targetLength: number, rnd: Random): Article {
  const out = new TextBuilder();
  const markdown = outlet.markdown;
  const mentioned = new Set<Person>();
  const words = (): Words => ({
    org: rnd.pick(event.statements).speaker.organisation,
    place: rnd.chance(0.7) ? event.place : rnd.pick(world.places),
    topic: event.topic,
    weekday: rnd.pick(weekdays),
    month: months[event.month]!,
    year: event.year,
    number: rnd.int(12, 4800),
  });
  const nameOf = (person: Person) => {
    if (mentioned.has(person)) return rnd.chance(0.5) ? person.surname : person.name;
    mentioned.add(person);
    return `${person.name}, ${person.role} ${person.organisation},`;
  };
  const bareName = (person: Person) => nameOf(person).replace(/,$/, '');

  const lead = event.statements[0]!;
  if (markdown && rnd.chance(0.15)) out.add(`---\noutlet: ${outlet.name}\nevent: ${event.id}\n---\n\n`);
  const headline = rnd.chance(0.5)
    ? `${lead.gist} — ${lead.speaker.role.replace(/ (of|for|at)$/, '')}`
    : `${event.place} ${lead.speaker.role.replace(/ (of|for|at)$/, '')}: ${lowerFirst(lead.gist)}`;
  out.add(markdown ? `# ${headline}\n\n` : `${headline}\n\n`);
  const date = `${months[event.month]} ${event.day}`;
  out.add(outlet.wire ? `${event.place.toUpperCase()}, ${date} (${outlet.name}) - ` : `${event.place}, ${date}, ${event.year}. `);
  out.add(`${backgroundSentences[rnd.int(0, backgroundSentences.length - 1)]!(words())}\n\n`);

  let paragraph = 0;
  while (out.length < targetLength) {
    paragraph++;
    const statement = rnd.pick(event.statements);
    if (markdown && paragraph % 6 === 0) writeMarkdownExtra(out, event, rnd, paragraph);
    else if (rnd.chance(0.3)) out.add(`${backgroundSentences[rnd.int(0, backgroundSentences.length - 1)]!(words())} ${backgroundSentences[rnd.int(0, backgroundSentences.length - 1)]!(words())}`);
    else writeStatement(out, statement, rnd.pick(quoteStyles), nameOf, bareName, rnd);
    out.add('\n\n');
  }
  out.add(markdown ? `*Reporting by ${rnd.pick(world.people).name}; editing by ${rnd.pick(world.people).name}*\n` : `(Reporting by ${rnd.pick(world.people).name})\n`);
  return { text: out.toString(), statements: out.placed };
}

function writeStatement(out: TextBuilder, statement: Statement, style: QuoteStyle, nameOf: (p: Person) => string, bareName: (p: Person) => string, rnd: Random): void {
  const speaker = statement.speaker;
  const all = statement.sentences.join('. ');
  const first = statement.sentences[0]!;
  switch (style) {
    case 'straight':
      out.add('"').statement(all, statement, 'quote', style).add(`," ${bareName(speaker)} said.`);
      return;
    case 'curly':
      out.add('“').statement(all, statement, 'quote', style).add(`,” said ${nameOf(speaker).replace(/,$/, '')}.`);
      return;
    case 'single':
      out.add('‘').statement(all, statement, 'quote', style).add(`,’ ${bareName(speaker)} told the paper.`);
      return;
    case 'guillemets':
      out.add(`${nameOf(speaker)} said: «`).statement(`${all}.`, statement, 'quote', style).add('»');
      return;
    case 'low-high':
      out.add(`${bareName(speaker)} wrote in a statement: „`).statement(`${all}.`, statement, 'quote', style).add('“');
      return;
    case 'nested':
      out.add('“').statement(`${all}. When they told us ‘it is only temporary’, nobody believed them`, statement, 'quote', style).add(`,” ${bareName(speaker)} said.`);
      return;
    case 'multi-paragraph': {
      out.add('“').statement(`${first}.`, statement, 'quote', style);
      const rest = statement.sentences.slice(1).join('. ') || 'We will say more when we can';
      out.add('\n\n“').add(rest);
      out.extendLastTo(out.length);
      out.add(`,” ${bareName(speaker)} added.`);
      return;
    }
    case 'partial': {
      const cut = first.indexOf(' ', first.indexOf(' ') + 1);
      out.add(`${bareName(speaker)} said ${lowerFirst(first.slice(0, cut))} “`).statement(first.slice(cut + 1), statement, 'quote', style).add('” and would not say more.');
      return;
    }
    case 'colon':
      out.add(`${bareName(speaker)} told reporters on ${rnd.pick(weekdays)}: “`).statement(`${all}.`, statement, 'quote', style).add('”');
      return;
    case 'reported':
      out.add(`${bareName(speaker)} said that `).statement(lowerFirst(first), statement, 'reported', style).add('.');
      return;
    case 'according-to':
      out.add(`According to ${bareName(speaker)}, `).statement(lowerFirst(first), statement, 'reported', style).add('.');
      return;
  }
}

function writeMarkdownExtra(out: TextBuilder, event: NewsEvent, rnd: Random, paragraph: number): void {
  switch (paragraph % 4) {
    case 0:
      out.add(`## ${rnd.pick(['Background', 'What happens next', 'Reaction', 'The numbers'])}`);
      return;
    case 1:
      out.add(`Key dates:\n\n- **${months[event.month]} ${event.day}** — talks in ${event.place}\n- **${months[(event.month + 1) % 12]} 1** — a decision is due\n- See the [official notice](https://notices.example/${event.id}) for details`);
      return;
    case 2:
      out.add(`\`\`\`\nitem      value\n"budget"  ${rnd.int(10, 99)}.${rnd.int(0, 9)}m\n"jobs"    ${rnd.int(100, 2000)}\n\`\`\``);
      return;
    default:
      out.add(`> Earlier coverage: *${event.topic}* in ${event.place}, ${months[event.month]} ${event.year}.`);
  }
}
