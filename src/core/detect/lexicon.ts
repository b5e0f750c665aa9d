/**
 * Word lists the detector relies on. Everything is lower case; matching folds case.
 * Reporting cues are listed with all their forms so that no stemming is needed at run time.
 */

/** Speech verbs: every form that can introduce or close an attributed statement. */
const speechVerbs: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['note', 'notes', 'noted', 'noting'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['warn', 'warns', 'warned', 'warning'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['recommend', 'recommends', 'recommended', 'recommending'],
  // Only the past form: "a report titled …" is a document, "additional reporting by …" a byline.
  ['reported'],
  ['urge', 'urges', 'urged', 'urging'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['write', 'writes', 'wrote'],
  // "The jury heard that …": who heard it, not who said it (see `isHearingCue`).
  ['hears', 'heard'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['joke', 'jokes', 'joked', 'joking', 'quip', 'quips', 'quipped', 'quipping'],
  // "The court ruled that …" (only with "that": see reported-claims).
  ['rule', 'rules', 'ruled'],
  // "The expert agreed that …", "accepted that …", "disputed that …" (only with "that", as "ruled";
  // only "disputed": "a pay dispute that ended" is a noun). Not "found that": a finding is
  // a fact the text reports as often as a claim someone makes, and the held-out corpora lost a hit with it.
  ['agree', 'agrees', 'agreed'],
  ['accept', 'accepts', 'accepted'],
  ['disputed'],
  // "alleged that …" (not "the alleged fraud").
  ['allege', 'alleges', 'alleged'],
  // "estimated that …" (not "an estimated 40,000").
  ['estimate', 'estimates', 'estimated'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['interrupt', 'interrupts', 'interrupted', 'interject', 'interjects', 'interjected'],
  // "were heard shouting ‘Get a job!’" (a crowd's chant is a slogan, no claim: "chanted" is no cue).
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  // ("answered through his interpreter that …"; not the noun "answer".)
  ['answered'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['advise', 'advises', 'advised', 'advising'],
  ['promise', 'promises', 'promised', 'promising'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['respond', 'responds', 'responded', 'responding'],
  ['stated'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['posted'],
  ['tweeted'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['dub', 'dubs', 'dubbed'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['brand', 'brands', 'branded'],
  ['term', 'terms', 'termed'],
  ['quote', 'quotes', 'quoted'],
];

/** Verbs that are cues only right before "that" ("accepted that …"; "accepted ‘full responsibility’" is an act, "had been agreed" no statement). */
export const clauseOnlyVerbs: ReadonlySet<string> = new Set(['agree', 'agrees', 'agreed', 'accept', 'accepts', 'accepted', 'disputed', 'allege', 'alleges', 'alleged', 'estimate', 'estimates', 'estimated']);

/** Every lower-case form of every built-in cue verb. */
export const cueVerbForms: ReadonlySet<string> = new Set(speechVerbs.flat());

/**
 * Verbs that name or characterise something rather than report a statement ("called it a …",
 * "described X as …"). They attribute a quote that follows them but never report a clause.
 */
export const namingVerbs: ReadonlySet<string> = new Set(
  ['call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'dub', 'dubs', 'dubbed', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'brand', 'brands', 'branded', 'term', 'terms', 'termed'],
);

/** Cue verbs whose complement is reported content (a clause after them, or before them when inverted). */
export const reportingVerbs: ReadonlySet<string> = new Set(
  speechVerbs
    .flat()
    .filter((w) => !namingVerbs.has(w) && !['quote', 'quotes', 'quoted', 'posted', 'tweeted', 'ask', 'asks', 'asked', 'asking'].includes(w)),
);

/** Verbs that take an addressee and then "to VP" or "that …" ("urged X to …", "told X that …"). */
export const addresseeVerbs: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'urge', 'urges', 'urged', 'urging', 'advise', 'advises', 'advised', 'advising',
  'warn', 'warns', 'warned', 'warning', 'caution', 'cautions', 'cautioned', 'cautioning', 'ask', 'asks', 'asked', 'asking', 'accuse', 'accuses', 'accused', 'accusing',
  'promise', 'promised', 'promises', 'remind', 'reminded', 'reminds',
]);

/** Verbs that can close an inverted attribution: "…, X said." / "…, said X." */
export const invertibleVerbs: ReadonlySet<string> = new Set(
  [...reportingVerbs].filter((w) => !addresseeVerbs.has(w) || w === 'told' || w === 'tells' || w === 'warned' || w === 'warns'),
);

export const pronouns: ReadonlyMap<string, 'm' | 'f' | 'n' | 'you'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'n'],
  ['it', 'n'],
  ['we', 'n'],
  ['you', 'you'],
] as const);

export const relativePronouns: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/** Past tenses that do not end in -ed ("she left", "he spent"): a clause's verb as readily as "walked". */
export const irregularPastVerbs: ReadonlySet<string> = new Set([
  'arose', 'ate', 'awoke', 'became', 'began', 'bent', 'bit', 'blew', 'bore', 'bought', 'broke', 'brought', 'built', 'burnt', 'caught',
  'chose', 'came', 'crept', 'dealt', 'did', 'drew', 'drank', 'drove', 'dug', 'fell', 'fed', 'felt', 'fought', 'found', 'fled', 'flew',
  'forbade', 'forgot', 'forgave', 'froze', 'got', 'gave', 'went', 'grew', 'heard', 'held', 'hid', 'kept', 'knew', 'knelt', 'laid', 'led',
  'leapt', 'learnt', 'left', 'lent', 'lost', 'made', 'meant', 'met', 'overtook', 'paid', 'rang', 'rode', 'rose', 'ran', 'said', 'sang',
  'sank', 'sat', 'saw', 'sought', 'sold', 'sent', 'shook', 'shone', 'shot', 'slept', 'slid', 'spoke', 'sped', 'spent', 'spun', 'stood',
  'stole', 'stuck', 'stung', 'strode', 'struck', 'swore', 'swept', 'swam', 'swung', 'took', 'taught', 'tore', 'told', 'thought', 'threw',
  'understood', 'undertook', 'woke', 'wore', 'won', 'wound', 'withdrew', 'withheld', 'wrote', 'put', 'lay',
  // Pasts spelled as their present ("each one cost about 9 crowns").
  'cost', 'hit', 'cut', 'shut', 'spread', 'quit', 'hurt', 'set',
]);

/** A past form: "-ed" (not "-eed") or an irregular past ("walked", "spent"). */
export function isPastForm(lower: string): boolean {
  return /[^e]ed$/.test(lower) || irregularPastVerbs.has(lower);
}

/** A husband or wife: "Her husband said", "his wife, Priya,". */
export const spouseNouns: ReadonlySet<string> = new Set(['husband', 'wife']);

/** Last words of a town's name that a football club shares ("Rennick City", "Hallam United"). */
export const clubNameEnding = / (?:City|Town|United|County)$/;

/** The days of the week and the months, in lower case. */
export const weekdayNames: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const monthNames: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Both: the names a date is written with ("on Monday", "28 February"). */
export const calendarNames: ReadonlySet<string> = new Set([...weekdayNames, ...monthNames]);

/** Titles a speaker uses to address someone by name ("Mr Nkemelu, …", "Commander, …"). */
export const addressTitles: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Professor', 'Councillor', 'Cllr', 'Minister', 'Commissioner', 'Commander', 'Chief', 'Director', 'Inspector', 'Secretary', 'Senator', 'Sir', 'Madam', 'Magistrate', 'Judge', 'Captain', 'Superintendent', 'Sergeant', 'Constable'];

/** The same titles in lower case, to test a token with. */
export const addressTitleWords: ReadonlySet<string> = new Set(addressTitles.map((title) => title.toLowerCase()));

/** Title words that precede a name and are stripped from it ("Foreign Minister Ilona Márkvart"). */
export const titleWords: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'mother', 'brother', 'sister', 'grandmaster',
  'vice-chancellor', 'vice-president', 'vice-chair', 'vice-chairman', 'vice-admiral', 'co-founder', 'ombudsman', 'emeritus',
  'auditor-general', 'attorney-general', 'director-general', 'secretary-general', 'solicitor-general', 'inspector-general', 'governor-general', 'surveyor-general',
  'president', 'vice', 'prime', 'minister', 'deputy', 'secretary', 'general', 'chancellor', 'premier', 'governor', 'mayor',
  'senator', 'sen', 'rep', 'gov', 'gen', 'maj', 'brig', 'cmdr', 'cpl', 'supt', 'det', 'insp', 'rt', 'revd', 'representative', 'congressman', 'congresswoman', 'councillor', 'councilor', 'cllr', 'alderman', 'ambassador',
  // ("Councillors Radka Vesterlund and Luka Dragomir": the plural before two names.)
  'councillors', 'councilors', 'cllrs', 'senators',
  'envoy', 'judge', 'justice', 'presiding', 'coroner', 'clerk', 'senior', 'defender', 'midfielder', 'striker', 'goalkeeper', 'winger', 'sprinter', 'runner', 'swimmer', 'cyclist', 'skier', 'boxer', 'chief', 'executive', 'officer', 'director', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'commissioner', 'inspector', 'superintendent', 'constable', 'captain', 'capt', 'colonel', 'col', 'major', 'lieutenant', 'lt', 'sergeant', 'sgt',
  'admiral', 'commander', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam',
  'mp', 'mep', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'leader', 'founder', 'ceo', 'cfo', 'coo',
  'foreign', 'finance', 'interior', 'defence', 'defense', 'health', 'transport', 'education', 'justice', 'economy', 'trade',
  'environment', 'energy', 'agriculture', 'fisheries', 'labour', 'labor', 'culture', 'home', 'state', 'medical', 'operating',
  'headteacher', 'headmaster', 'headmistress', 'principal', 'rector', 'dean', 'provost', 'coxswain', 'canon', 'archdeacon', 'deacon', 'venerable', 'soprano', 'tenor', 'baritone',
  'opposition', 'party', 'union', 'skipper', 'coach', 'manager', 'president-elect', 'vice-president', 'attorney', 'prosecutor',
  'professor', 'doctor', 'nurse', 'detective', 'constable', 'lawyer', 'economist', 'analyst', 'spokesperson',
  // ("Abbot Benedikt Sorokin-Hale": heads of religious houses and parishes.)
  'abbot', 'abbess', 'prioress', 'monsignor', 'pastor', 'vicar',
]);

/**
 * Nouns that denote a role a named person can hold; "the <role>" refers back (or, in a headline or
 * lede, forward) to the person last seen with it.
 */
export const personRoleNouns: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'mayor', 'governor', 'senator', 'councillor', 'councilor', 'ambassador',
  'envoy', 'judge', 'officer', 'director', 'chair', 'chairman', 'chairwoman', 'chairperson', 'commissioner', 'inspector', 'captain',
  'leader', 'head', 'chief', 'executive', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'skipper', 'coach', 'manager',
  'founder', 'ceo', 'prosecutor', 'lawyer', 'attorney', 'king', 'queen', 'pope', 'bishop', 'mp', 'deputy', 'candidate', 'speaker', 'warden',
  'general', 'colonel', 'admiral', 'commander', 'brigadier', 'lieutenant', 'sergeant', 'archbishop', 'cardinal', 'imam', 'rabbi',
  'priest', 'vicar', 'pastor', 'chaplain', 'supervisor', 'mentor', 'tutor', 'teacher', 'auctioneer', 'coxswain',
  'economist', 'analyst', 'professor', 'doctor', 'scientist', 'researcher', 'owner', 'operator', 'engineer', 'president-elect',
  'administrator', 'convenor', 'convener', 'keeper', 'zookeeper', 'curator', 'nurse', 'steward', 'treasurer', 'registrar', 'headteacher', 'superintendent', 'detective', 'foreman', 'constable', 'mediator', 'diplomat', 'coroner', 'sister', 'defendant', 'barrister', 'solicitor', 'whip', 'elder', 'ombudsman', 'dean', 'rector', 'provost', 'critic', 'whistleblower', 'ranger', 'veterinarian', 'master', 'harbourmaster', 'archdeacon', 'canon',
]);

/** Roles written short (initials, or newsroom shorthand), and the words a text spells them out with ("CEO" is the "chief executive"). */
export const roleAbbreviations: ReadonlyMap<string, string> = new Map([
  ['ceo', 'chief executive'],
  ['chief executive officer', 'chief executive'],
  ['cfo', 'chief financial officer'],
  ['coo', 'chief operating officer'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['det', 'detective'],
  ['capt', 'captain'],
  ['col', 'colonel'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['prof', 'professor'],
  ['cllr', 'councillor'],
  ['maj', 'major'],
  ['brig', 'brigadier'],
  ['maj gen', 'major general'],
  ['brig gen', 'brigadier general'],
  ['lt gen', 'lieutenant general'],
  // Newsroom shorthand for the same offices.
  ['finance chief', 'chief financial officer'],
  ['finance director', 'chief financial officer'],
  ['director of finance', 'chief financial officer'],
  ['operations chief', 'chief operating officer'],
]);

/** Roles that mean "head of a government" and match each other loosely ("the Ruritanian leader"). */
export const leaderRoles: ReadonlySet<string> = new Set(['president', 'premier', 'chancellor', 'leader', 'prime minister', 'head of state', 'king', 'queen']);

/**
 * Loose words for whoever runs an organisation ("the transit chief", "the head of the authority",
 * "the union leader"), and the titles they can stand for.
 */
export const organisationHeadWords: ReadonlySet<string> = new Set(['head', 'chief', 'boss', 'leader']);
export const organisationHeadTitles: readonly string[] = [
  'chief executive', 'ceo', 'director general', 'director-general', 'general secretary', 'secretary general', 'secretary-general',
  'managing director', 'executive director', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'head', 'chief', 'boss', 'leader',
  'chief fire officer', 'chief constable', 'fire chief', 'police chief',
  // ("Vesna Kallergis, convenor for the … Workers' Union" … "the union leader".)
  'convenor', 'convener',
];

/** Words for a company by what it does; each finds the company the text named last, as "the company" does. */
export const companyTrades: readonly string[] = ['contractor', 'chain', 'maker', 'manufacturer', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer', 'developer', 'supplier', 'producer', 'utility', 'processor', 'distributor', 'wholesaler', 'refiner', 'bookmaker'];

/** Organisation classes: a role noun ("the union") and the name words that mark an organisation of that class. */
export const organisationClasses: ReadonlyMap<string, readonly string[]> = new Map([
  // "the National Association of Classroom Teachers": a body named for a trade's workers is their union.
  ['union', ['union', 'federation', 'confederation', 'guild', 'syndicate', 'workers', 'brotherhood', 'teachers', 'nurses', 'midwives', 'paramedics', 'lecturers', 'firefighters', 'dockers', 'miners', 'seafarers', 'journalists', 'drivers', 'pilots', 'employees']],
  ['company', ['company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'holdings', 'airlines', 'airways', 'bank', 'gmbh', 'ag', 'sa', '&']],
  ['firm', ['company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'holdings', '&', 'partners', 'sons', 'daughters']],
  ['operator', ['rail', 'railways', 'airlines', 'airways', 'transit', 'lines', 'ferries', 'tramways', 'trams', 'buses', 'coaches', 'trains']],
  // "the Veyport-based software maker", "the lender": a company by its trade.
  ...companyTrades.map((word): [string, string[]] => [word, ['company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'group', 'holdings', '&']]),
  ['ministry', ['ministry', 'department', 'office']],
  ['department', ['department', 'ministry']],
  ['authority', ['authority', 'agency', 'board', 'commission']],
  // ("The Westmarch Department of Air Quality said … the agency said": a department is a government agency.)
  ['agency', ['agency', 'authority', 'service', 'bureau', 'administration', 'office', 'department']],
  ['government', ['government', 'cabinet', 'administration']],
  ['council', ['council', 'assembly']],
  ['association', ['association', 'society', 'club']],
  // "Porvik Athletic", "Hallam Rovers": football clubs by the words that end their names ("the club").
  ['club', ['club', 'athletic', 'rovers', 'wanderers', 'albion', 'fc', 'afc', 'hotspur', 'rangers', 'harriers']],
  ['cooperative', ['cooperative', 'co-operative', 'co-op']],
  // "the region's winegrowers' syndicate … the syndicate urged": a trade syndicate.
  ['syndicate', ['syndicate']],
  ['collective', ['collective']],
  // "the auction house", "the house": an auctioneer, its name often a partnership ("Pellworth & Crane").
  ['house', ['&', 'auctioneers', 'auctions']],
  // "The Sisters of St Oda … the order said": a religious order.
  ['order', ['order', 'sisters', 'brothers', 'congregation']],
  // "The Evrane Cathedral Chapter … the chapter said": the body of canons that runs a cathedral.
  ['chapter', ['chapter']],
  // "The Premier Basketball League … the league said": a sports league (a party's name may end in "League" too).
  ['league', ['league']],
  ['party', ['party', 'list', 'alliance', 'front', 'movement', 'league', 'forum']],
  ['group', ['group', 'coalition', 'network', 'campaign', 'alliance', 'collective']],
  ['court', ['court', 'tribunal']],
  ['police', ['police', 'constabulary']],
  // "The force said", "the constabulary said": a police force.
  ['force', ['police', 'constabulary']],
  ['constabulary', ['constabulary', 'police']],
  ['delegation', ['delegation']],
  ['committee', ['committee', 'panel']],
  ['commission', ['commission']],
  ['media', ['wire', 'newswire', 'press', 'post', 'news', 'times', 'radio', 'tv', 'television', 'broadcasting', 'herald', 'gazette', 'journal', 'tribune', 'newsroom', 'courier', 'chronicle', 'dispatch', 'telegraph', 'observer', 'tidende']],
  ['bank', ['bank']],
  ['board', ['board']],
  ['trust', ['trust']],
  ['institute', ['institute', 'institution', 'university', 'college', 'academy', 'school']],
  ['foundation', ['foundation', 'fund', 'charity']],
  ['endowment', ['endowment', 'foundation', 'fund']],
  ['office', ['office', 'bureau']],
  ['port', ['port', 'harbour', 'harbor']],
  ['inspectorate', ['inspectorate']],
  ['service', ['service']],
  ['regulator', ['regulator', 'inspectorate', 'authority', 'commission', 'agency', 'office']],
  ['hospital', ['hospital', 'clinic', 'infirmary']],
  // "St Elowen's Hospice … the hospice says".
  ['hospice', ['hospice']],
  ['airport', ['airport']],
  ['university', ['university']],
  // ("Vendaria’s Royal Household" … "a palace spokesman".)
  ['palace', ['palace', 'household']],
  ['airline', ['airline', 'airlines', 'airways']],
  ['coastguard', ['coastguard', 'guard']],
  ['mart', ['mart']],
  ['studio', ['studio']],
  ['church', ['church', 'diocese', 'synod']],
  ['orchestra', ['orchestra', 'philharmonic', 'sinfonia', 'symphony']],
  // "Hollvard Mountain Rescue said", "the Calloway Register of Stolen Works" … "the register".
  ['team', ['team', 'rescue', 'lifeboat']],
  ['forum', ['forum']],
  // "the Brightrail-Okonde Joint Venture, a consortium of …" … "the consortium".
  ['consortium', ['consortium', 'venture']],
  ['register', ['register', 'registry']],
  // "the Dravenport Fire Brigade" … "the brigade said".
  ['brigade', ['brigade']],
  ['military', ['army', 'navy', 'division', 'brigade', 'regiment', 'battalion', 'corps', 'fleet']],
  // "the opposition Civic Renewal Party" … "The opposition says": a party by its place in parliament.
  ['opposition', []],
  // "the district": a school district, read off the name by organisationClassesOf (a district alone is a place).
  ['district', []],
  // Classes that are one word of a name, so that "the federation" finds the "Food Workers' Federation".
  ...['opera', 'ballet', 'diocese', 'chamber', 'federation', 'confederation', 'directorate', 'embassy', 'consulate', 'lottery', 'guild', 'corporation', 'society', 'alliance', 'compact', 'pact', 'coalition', 'network', 'movement', 'tribunal', 'panel', 'bureau', 'fund', 'charity', 'academy', 'college', 'clinic', 'infirmary', 'theatre', 'theater', 'museum', 'gallery', 'library', 'festival', 'choir', 'zoo', 'unit', 'squad', 'tour', 'campaign', 'organisation', 'organization', 'practice', 'observatory', 'laboratory', 'command'].map((word): [string, string[]] => [word, [word]]),
]);

/**
 * Last words that make a capitalised name a company ("Saltmarsh Energy", "Nordhav Shipping").
 * Only as the last word: "Energy Minister Yevgeny Tarasov" is a person.
 */
export const companySuffixes: ReadonlySet<string> = new Set([
  'homes', 'advisory', 'consulting', 'trams', 'trains', 'hydro', 'shipbuilding', 'shipyards', 'energy', 'power', 'oil', 'gas', 'petroleum', 'refining', 'petrochemicals', 'mining', 'motors', 'foods', 'systems', 'technologies', 'technology', 'logistics', 'shipping',
  'telecom', 'capital', 'industries', 'resources', 'solutions', 'pharma', 'pharmaceuticals', 'insurance', 'steel', 'chemicals',
  'electric', 'infrastructure', 'utilities', 'media', 'labs', 'ventures', 'airways', 'rail', 'ports', 'minerals', 'metals', 'water',
  'coaches', 'buses', 'ferries', 'airlines', 'haulage', 'quarries', 'mills', 'breweries', 'textiles', 'construction', 'engineering',
  'mobile', 'networks', 'communications', 'telecoms', 'software', 'digital', 'studios', 'brewing', 'aerospace', 'automotive', 'biotech',
  'therapeutics', 'healthcare', 'health', 'management', 'partners', 'grid', 'works', 'tramways', 'railways', 'carriers', 'hotels', 'retail', 'stores', 'supermarkets', 'freight', 'tankers', 'offshore', 'renewables',
  'semiconductors', 'electronics', 'securities', 'bancorp', 'air', 'books', 'publishing', 'publishers', 'editions', 'records',
  'mobility', 'robotics', 'analytics', 'instruments', 'materials', 'packaging', 'apparel', 'cosmetics', 'biologics', 'biosciences', 'pictures', 'films', 'productions', 'entertainment',
  'bakeries', 'bakery', 'dairies', 'dairy', 'pharmacy', 'pharmacies', 'brewery', 'distillery', 'distilleries',
  'genomics', 'diagnostics', 'laboratories', 'vaccines', 'biopharma', 'medical', 'devices', 'coal', 'collieries', 'mines', 'terminals', 'home', 'care',
  'sciences', 'agrosciences', 'agrochemicals', 'seeds', 'fertilisers', 'fertilizers', 'cruises', 'holidays', 'tours', 'expeditions', 'resorts', 'lifts', 'cableways',
  // ("Carrow Island Line": a shipping or ferry line.)
  'line', 'lines', 'services', 'associates', 'consultants', 'architects',
  // ("Brynhavn Aqua", "Tessel Agro": fish and crop farming firms.)
  'aqua', 'aquaculture', 'seafood', 'seafoods', 'agro', 'farms',
]);

/** Words that make a capitalised run the title of a document, plan or law, never a speaker ("Monetary Policy Review"). */
export const documentWords: ReadonlySet<string> = new Set([
  'review', 'report', 'survey', 'bulletin', 'outlook', 'plan', 'strategy', 'programme', 'program', 'act', 'bill', 'treaty',
  'accord', 'agreement', 'forecast', 'index', 'charter', 'declaration', 'directive', 'regulation', 'white', 'paper', 'compliance',
  'statement', 'assessment', 'appraisal', 'framework', 'manifesto',
]);

/** Words whose presence in a capitalised name makes it an organisation. */
export const organisationWords: ReadonlySet<string> = new Set([...organisationClasses.values()].flat().filter((w) => w !== '&'));

/** The articles: "the", "a", "an". */
export const articles: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** First words of place names ("Saint Oriel", "Port Avel", "New Harbour", "Lower Carrow"); two such words name no person. */
export const placeNamePrefixes: ReadonlySet<string> = new Set(['saint', 'st', 'san', 'santa', 'sankt', 'port', 'fort', 'mount', 'new', 'lower', 'upper']);

/** Words whose presence in a capitalised name makes it a place or a thing, not a speaker. */
export const placeWords: ReadonlySet<string> = new Set([
  'port', 'lake', 'mount', 'mountain', 'river', 'bay', 'gulf', 'sea', 'ocean', 'island', 'islands', 'street', 'road', 'avenue',
  // ("Garvey Sound": waters.)
  'sound', 'fjord', 'strait', 'straits', 'cove', 'estuary', 'loch', 'lough',
  'square', 'heights', 'quay', 'shoals', 'central', 'station', 'palace', 'hall', 'bridge', 'valley', 'north', 'south', 'east',
  'west', 'city', 'town', 'county', 'sands', 'beach', 'dunes', 'cliffs', 'province', 'district', 'airport', 'harbour', 'harbor', 'park', 'hospital', 'cathedral', 'church',
  'mole', 'basin', 'channel', 'strait', 'cape', 'coast', 'plaza', 'tower', 'building', 'house', 'centre', 'center', 'stadium', 'st',
  'terrace', 'lane', 'row', 'crescent', 'gardens', 'mews', 'parade', 'estate', 'ward', 'flats', 'camp', 'farm', 'pass', 'glacier', 'icefield',
  // Named storms are no speakers ("Storm Rozenn").
  'storm', 'hurricane', 'typhoon', 'cyclone',
  // Nor are events ("the 52nd Chess Olympiad").
  'olympiad', 'olympics', 'championship', 'championships', 'tournament',
  ...weekdayNames,
  ...monthNames,
  // Holidays date things too ("since New Year").
  'year', 'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah', 'thanksgiving', 'midsummer', 'advent', 'whitsun',
]);

/** Capitalised words that start sentences but are never names. */
export const nonNameWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'for', 'from', 'to',
  'of', 'by', 'with', 'without', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his',
  'her', 'their', 'our', 'my', 'your', 'there', 'here', 'what', 'who', 'which', 'why', 'how', 'where', 'then', 'so', 'yet',
  'also', 'under', 'over', 'within', 'according', 'asked', 'speaking', 'nobody', 'everyone', 'somebody', 'some', 'many', 'most',
  'former', 'shares', 'stocks', 'all', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'fourteen', 'thirteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'thirty', 'forty', 'fifty', 'hundreds', 'thousands', 'dozens', 'several', 'yes', 'meanwhile', 'however', 'later', 'earlier', 'today', 'tonight', 'tomorrow',
  'yesterday', 'during', 'since', 'until', 'about', 'between', 'among', 'despite', 'although', 'though', 'because', 'unless',
  'until', 'every', 'each', 'any', 'both', 'several', 'other', 'another', 'such', 'only', 'just', 'even', 'still', 'now',
  // ("Outside after the show, one mother … said": a sentence may open with a place adverb.)
  'outside', 'inside', 'backstage', 'nearby', 'elsewhere', 'upstairs', 'downstairs', 'overseas', 'abroad',
]);

/** Determiners that make a short quote a term rather than a statement ("inside a “conservation corridor”"). */
export const termDeterminers: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'so-called', 'dubbed',
  'named', 'titled', 'entitled', 'called', 'under', 'marked', 'labelled', 'labeled', 'branded', 'codenamed',
]);

/** Words after which a quoted stretch is a title or a name ("a report titled «…»"). */
export const titlingWords: ReadonlySet<string> = new Set(['titled', 'entitled', 'named', 'so-called', 'codenamed', 'nicknamed', 'headlined', 'marked', 'labelled', 'labeled', 'slogan', 'tagline', 'motto', 'catchphrase', 'hashtag', 'banner', 'placard', 'reading', 'read', 'headed', 'caption', 'captioned', 'chanted', 'chanting', 'chant', 'chants', 'headline']);

/** Adverbs and auxiliaries that may sit between a speaker and the cue ("X later said", "X has advised"). */
export const skippableBeforeCue: ReadonlySet<string> = new Set([
  'later', 'also', 'then', 'simply', 'again', 'previously', 'earlier', 'separately', 'repeatedly', 'once', 'has', 'have', 'had',
  'had', 'would', 'will', 'publicly', 'privately', 'recently', 'reportedly', 'herself', 'himself', 'themselves', 'itself',
  'quickly', 'flatly', 'angrily', 'firmly', 'bluntly', 'calmly', 'cautiously', 'only', 'first', 'already', 'now', 'since', 'still',
  'once', 'on', 'in', 'at', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'last', 'week', 'night', 'morning', 'evening', 'afternoon',
]);

/** Plural or indefinite nouns for unnamed speakers ("diplomats said", "a commuter said"): speaker null. */
export const genericSpeakerStarts: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other', 'others', 'most', 'few', 'both', 'all']);

/** Labels of metadata lines ("Guest: …", "Subject: …") that look like transcript turns but are not. */
export const metadataLabels: ReadonlySet<string> = new Set([
  'guest', 'guests', 'presenter', 'host', 'hosts', 'interviewer', 'broadcast', 'date', 'time', 'subject', 'source', 'sources',
  'note', 'notes', 'contact', 'media', 'photo', 'photos', 'by', 'from', 'to', 'cc', 're', 'tags', 'title', 'location', 'transcript',
  'update', 'correction', 'editor', 'editors', 'filed', 'dateline', 'topic', 'programme', 'program', 'show', 'episode', 'page',
  'present', 'absent', 'inquiry', 'session', 'bill', 'motion', 'hearing', 'apologies', 'attendees', 'participants', 'witnesses', 'venue', 'agenda', 'item', 'minutes', 'summary', 'keywords',
]);

/** Head nouns after "from" that mark a message read out for someone else ("read out a message from a constituent"). */
export const messageNouns: ReadonlySet<string> = new Set(['message', 'statement', 'letter', 'note', 'post', 'email', 'e-mail', 'text']);

export interface Lexicon {
  readonly cues: ReadonlySet<string>;
  /** Multi-word cues, lower case, each word separated by one space. */
  readonly phraseCues: readonly string[];
  /** The multi-word cues by their first word, split into words. */
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The built-in lexicon plus the user's extra cue words or phrases (lower-cased). */
export function buildLexicon(extraCues: readonly string[] = []): Lexicon {
  const cues = new Set(cueVerbForms);
  const phraseCues: string[] = ['according to', 'pointed out', 'points out', 'pointing out', 'point out', 'read out', 'went on', 'goes on'];
  for (const raw of extraCues) {
    const cue = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!cue) continue;
    if (cue.includes(' ')) phraseCues.push(cue);
    else cues.add(cue);
  }
  const phrasesByFirstWord = new Map<string, string[][]>();
  for (const phrase of phraseCues) {
    const words = phrase.split(' ');
    const list = phrasesByFirstWord.get(words[0]!) ?? [];
    list.push(words);
    phrasesByFirstWord.set(words[0]!, list);
  }
  return { cues, phraseCues, phrasesByFirstWord };
}

/** Groups a body is said to represent ("which represents the employers"); "The employers say" is then that body. */
export const representedGroups: ReadonlySet<string> = new Set(['employers', 'universities', 'operators', 'manufacturers', 'retailers', 'landlords', 'hauliers', 'growers', 'producers', 'businesses', 'firms', 'companies', 'insurers', 'lenders', 'airlines', 'councils', 'hospitals', 'schools']);
