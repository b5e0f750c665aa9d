import { Random } from './random';

/**
 * The invented world the generated articles report on: outlets, places, people and events, each
 * event with the statements people made about it. Every name here is made up for the benchmark.
 */

export interface Outlet {
  readonly name: string;
  readonly slug: string;
  /** Dateline style: wire services write "CITY, Month D (Outlet) -". */
  readonly wire: boolean;
  readonly markdown: boolean;
}

export interface Person {
  readonly name: string;
  readonly surname: string;
  readonly role: string;
  readonly organisation: string;
}

export interface Statement {
  readonly id: number;
  readonly speaker: Person;
  readonly sentences: readonly string[];
  /** A headline-sized form of it ("Port tariffs will rise"). */
  readonly gist: string;
}

export interface NewsEvent {
  readonly id: number;
  readonly topic: string;
  readonly place: string;
  readonly month: number;
  readonly day: number;
  readonly year: number;
  readonly statements: readonly Statement[];
  readonly themes: readonly string[];
}

export interface World {
  readonly outlets: readonly Outlet[];
  readonly places: readonly string[];
  readonly people: readonly Person[];
  readonly events: readonly NewsEvent[];
  readonly themes: readonly { id: string; label: string; parent?: string }[];
}

const outletNames = [
  'Kessel Morning Herald', 'Orvanne Wire', 'The Dunmarch Ledger', 'Salt Road Gazette', 'Brightwater Courier', 'Vennholm Daily',
  'Ashfield Observer', 'The Quillon Post', 'Tarrow Valley News', 'Lindqvarn Tribune', 'Coastline Press Agency', 'Marlow Fen Chronicle',
];
export const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const placeNames = [
  'Kessel', 'Orvanne', 'Dunmarch', 'Brightwater', 'Vennholm', 'Ashfield', 'Quillon', 'Tarrow', 'Lindqvarn', 'Marlow Fen', 'Saltmere',
  'Hollin Cross', 'Eddervale', 'Port Arric', 'Caddow', 'Wenlock Bay', 'Østerby', 'Sævik', 'Łomnica Dolna', 'Château-Vireux',
];
const firstNames = [
  'Aurelia', 'Bram', 'Cosima', 'Dawit', 'Elspeth', 'Faisal', 'Greta', 'Hamid', 'Ingrid', 'Jonas', 'Katya', 'Leopold', 'Maëlle', 'Nnamdi',
  'Oona', 'Piotr', 'Quentin', 'Rasmus', 'Saoirse', 'Tobiah', 'Ulla', 'Vesna', 'Wendell', 'Ximena', 'Yusuf', 'Zofia', 'Anouk', 'Björn',
  'Chidi', 'Dagny', 'Émile', 'Farida', 'Gustav', 'Hiroko', 'Idris', 'Jorunn',
];
const surnames = [
  'Achterberg', 'Bellweather', 'Castellan', 'Dromgoole', 'Eskelund', 'Fairbairn', 'Grünwald', 'Halloran', 'Ilves', 'Jaskólski',
  'Kettering', 'Lindahl', 'Moravec', 'Nakashima', 'Okafor-Reyes', 'Penhallow', 'Quarles', 'Rautio', 'Szőke', 'Thorsby', 'Underhay',
  'Valtonen', 'Wexford', 'Yardley', 'Zeller', 'Abernethy', 'Brașoveanu', 'Corrigan', 'Delacroix-Moss', 'Ekwueme',
];
const roles = [
  ['mayor of', 'place'], ['spokesperson for', 'org'], ['chief executive of', 'org'], ['minister for', 'portfolio'], ['head of', 'org'],
  ['union leader at', 'org'], ['professor at', 'university'], ['chair of', 'org'], ['deputy mayor of', 'place'], ['director of', 'org'],
] as const;
const organisations = [
  'Tarrow Water Authority', 'the Federation of Dock Workers', 'Orvanne Rail', 'the Kessel Chamber of Commerce', 'Brightwater General Hospital',
  'the Coastal Fisheries Board', 'Vennholm Energy', 'the Residents’ Alliance', 'the Teachers’ Guild', 'Saltmere Port Company',
  'the Regional Audit Office', 'Ashfield Housing Trust',
];
const portfolios = ['Transport', 'Health', 'Energy', 'Housing', 'Finance', 'the Coast', 'Education'];
const universities = ['the University of Dunmarch', 'Quillon Institute of Technology', 'Eddervale College'];

const topics = [
  ['the harbour tariff dispute', 'port tariffs'], ['the rail strike', 'the strike'], ['the boil-water notice', 'the water supply'],
  ['the bridge closure', 'the bridge'], ['the hospital merger', 'the merger'], ['the school funding review', 'school funding'],
  ['the wind farm plan', 'the wind farm'], ['the housing shortage', 'new housing'], ['the ferry contract', 'the ferry service'],
  ['the flood defence budget', 'the flood defences'], ['the fishing quota talks', 'the quotas'], ['the energy price cap', 'energy prices'],
] as const;
const predicates = [
  'will not be delayed any further', 'has been underfunded for a decade', 'needs an independent inquiry', 'cannot be paid for without cuts elsewhere',
  'is on schedule despite the weather', 'was approved without a proper debate', 'will cost far more than anyone admitted', 'has the support of most residents',
  'puts hundreds of jobs at risk', 'was never properly explained to the public', 'will be reviewed before the summer', 'is safe for now',
  'must be settled before the winter', 'has already cost the region millions', 'will go ahead whatever the council decides',
];
const followUps = [
  'We have said this from the very first meeting', 'Nobody in this building wants a long dispute', 'The figures speak for themselves',
  'I have seen the documents myself', 'That is not a promise, it is a commitment', 'People deserve a straight answer', 'We will publish everything we have',
  'Nothing has changed since last week', 'There is still time to talk', 'I would ask everyone to stay calm', 'We expect a decision within days',
  'The board has been told', 'Our members are ready', 'The numbers do not add up',
];
const themeLabels: readonly { label: string; parent?: string }[] = [
  { label: 'Economy' }, { label: 'Jobs', parent: 'economy' }, { label: 'Prices', parent: 'economy' }, { label: 'Budget', parent: 'economy' },
  { label: 'Public services' }, { label: 'Health', parent: 'public-services' }, { label: 'Transport', parent: 'public-services' },
  { label: 'Water', parent: 'public-services' }, { label: 'Education', parent: 'public-services' }, { label: 'Accountability' },
  { label: 'Transparency', parent: 'accountability' }, { label: 'Contradiction', parent: 'accountability' }, { label: 'Promise' },
  { label: 'Threat' }, { label: 'Reassurance' }, { label: 'Environment' }, { label: 'Safety' }, { label: 'Housing' },
];

const slugOf = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The world for a corpus of `documents` articles: about one event per 15 articles, so statements recur across outlets. */
export function buildWorld(seed: number, documents: number): World {
  const rnd = new Random(seed);
  const outlets = outletNames.map((name, i) => ({ name, slug: slugOf(name.replace(/^The /, '')), wire: i % 3 === 1, markdown: i % 2 === 0 }));
  const people: Person[] = [];
  for (let i = 0; i < 240; i++) {
    const [role, kind] = rnd.pick(roles);
    const organisation =
      kind === 'place' ? rnd.pick(placeNames) : kind === 'portfolio' ? rnd.pick(portfolios) : kind === 'university' ? rnd.pick(universities) : rnd.pick(organisations);
    const surname = surnames[(i * 7 + Math.floor(i / surnames.length)) % surnames.length]!;
    people.push({ name: `${firstNames[i % firstNames.length]} ${surname}`, surname, role, organisation });
  }
  const themes = themeLabels.map((t) => ({ id: slugOf(t.label), label: t.label, ...(t.parent ? { parent: t.parent } : {}) }));
  const events: NewsEvent[] = [];
  let statementId = 0;
  const eventCount = Math.max(8, Math.ceil(documents / 15));
  for (let e = 0; e < eventCount; e++) {
    const [topic, subject] = rnd.pick(topics);
    const speakers = Array.from({ length: rnd.int(2, 5) }, () => rnd.pick(people));
    const statements: Statement[] = Array.from({ length: rnd.int(3, 8) }, () => {
      const predicate = rnd.pick(predicates);
      const sentences = [`${capitalise(subject)} ${predicate}`];
      for (let k = rnd.int(0, 3); k > 0; k--) sentences.push(rnd.pick(followUps));
      if (rnd.chance(0.3)) sentences.push(`${rnd.int(2, 900)} families in ${rnd.pick(placeNames)} are waiting for an answer`);
      return { id: statementId++, speaker: rnd.pick(speakers), sentences, gist: `${capitalise(subject)} ${predicate.split(' ').slice(0, 4).join(' ')}` };
    });
    events.push({
      id: e,
      topic,
      place: rnd.pick(placeNames),
      month: rnd.int(0, 11),
      day: rnd.int(1, 28),
      year: rnd.pick([2024, 2025, 2026]),
      statements,
      themes: [rnd.pick(themes).id, rnd.pick(themes).id],
    });
  }
  return { outlets, places: placeNames, people, events, themes };
}
