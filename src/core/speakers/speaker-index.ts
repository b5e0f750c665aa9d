import type { SpeakerAlias } from '../model/codebook';
import {
  exactKey,
  foldAscii,
  initialsOf,
  isAcronym,
  isOrganisationName,
  similarNames,
  similarWords,
  skeletonKey,
  stripTitles,
  tidyName,
} from './name-key';

export type MentionSource = 'detected' | 'annotated';

/** One claim's speaker as a detection or an annotation names it. */
export interface SpeakerMention {
  readonly name: string;
  /** The document the claim is in (any stable key: a workspace-relative path). */
  readonly document: string;
  readonly source: MentionSource;
}

/** A name as written in the corpus, with its own counts. */
export interface SpeakerVariant {
  readonly name: string;
  readonly detected: number;
  readonly annotated: number;
}

/** One canonical speaker and every name that was merged into it. */
export interface Speaker {
  readonly name: string;
  /** Names seen in the corpus, most claims first. */
  readonly variants: readonly SpeakerVariant[];
  /** Claims the detector attributes to the speaker. */
  readonly detected: number;
  /** Annotations whose `speaker` is one of the variants. */
  readonly annotated: number;
  /** Documents with at least one such claim, sorted. */
  readonly documents: readonly string[];
  /** The speaker is an entry of the codebook's `speakers`. */
  readonly inCodebook: boolean;
}

interface Tally {
  detected: number;
  annotated: number;
  readonly documents: Set<string>;
}

interface Group {
  /** The codebook entry's name, for groups the user defined. */
  readonly explicit?: string;
  /** Names that define the group for matching: title-stripped, tidied. */
  readonly names: Set<string>;
  /** Variants as written in the corpus. */
  readonly variants: Set<string>;
  merged?: Group;
}

/**
 * The speakers of a corpus. Names are merged when the codebook lists them as aliases of one
 * speaker (always wins), when they are the same name once titles, case and diacritics are set
 * aside, when they are transliteration variants word by word (Yevgeny / Evgeny), when a surname
 * alone or an acronym points to exactly one speaker of the corpus.
 */
export class SpeakerIndex {
  readonly speakers: readonly Speaker[];
  private readonly byKey = new Map<string, Speaker>();
  private readonly byGroup = new Map<Group, Speaker>();

  constructor(
    private readonly groups: readonly Group[],
    tallies: ReadonlyMap<string, Tally>,
  ) {
    for (const group of groups) this.byGroup.set(group, toSpeaker(group, tallies));
    this.speakers = [...this.byGroup.values()].sort(
      (a, b) => b.detected + b.annotated - (a.detected + a.annotated) || compareText(a.name, b.name),
    );
    for (const [group, speaker] of this.byGroup) {
      for (const name of [...group.variants, ...group.names]) {
        for (const key of [exactKey(name), exactKey(stripTitles(name))]) if (!this.byKey.has(key)) this.byKey.set(key, speaker);
      }
    }
  }

  /**
   * The canonical speaker a name stands for: a variant of the corpus, or a new name that the
   * same rules tie to exactly one speaker. Undefined when unknown or ambiguous.
   */
  speakerOf(name: string): Speaker | undefined {
    const known = this.byKey.get(exactKey(name)) ?? this.byKey.get(exactKey(stripTitles(name)));
    if (known) return known;
    const match = uniqueMatch(this.groups, stripTitles(name));
    return match && this.byGroup.get(match);
  }

  canonicalOf(name: string): string | undefined {
    return this.speakerOf(name)?.name;
  }
}

export function buildSpeakerIndex(mentions: Iterable<SpeakerMention>, aliases: readonly SpeakerAlias[] = []): SpeakerIndex {
  const tallies = new Map<string, Tally>();
  for (const mention of mentions) {
    const name = mention.name.trim().replace(/\s+/g, ' ');
    if (!name) continue;
    let tally = tallies.get(name);
    if (!tally) tallies.set(name, (tally = { detected: 0, annotated: 0, documents: new Set() }));
    tally[mention.source]++;
    tally.documents.add(mention.document);
  }

  // Codebook entries first: a name listed there belongs to that entry and nowhere else.
  const explicitGroups: Group[] = [];
  const explicitKeys = new Map<string, Group>();
  for (const entry of aliases) {
    const name = tidyName(entry.name);
    if (!name || explicitKeys.has(exactKey(name))) continue;
    const group: Group = { explicit: name, names: new Set([stripTitles(name)]), variants: new Set() };
    explicitGroups.push(group);
    for (const alias of [name, ...entry.aliases]) {
      if (!alias.trim()) continue;
      if (!explicitKeys.has(exactKey(alias))) explicitKeys.set(exactKey(alias), group);
      group.names.add(stripTitles(alias));
    }
  }
  for (const group of explicitGroups) {
    for (const name of group.names) if (!explicitKeys.has(exactKey(name))) explicitKeys.set(exactKey(name), group);
  }

  // Every other name: one group per name once titles, case and diacritics are set aside.
  const autoGroups = new Map<string, Group>();
  for (const variant of [...tallies.keys()].sort(compareText)) {
    const listed = explicitKeys.get(exactKey(variant));
    if (listed) {
      listed.variants.add(variant);
      continue;
    }
    const clean = stripTitles(variant);
    const key = exactKey(clean);
    const group = explicitKeys.get(key) ?? autoGroups.get(key) ?? { names: new Set<string>(), variants: new Set<string>() };
    if (!group.explicit) autoGroups.set(key, group);
    group.names.add(clean);
    group.variants.add(variant);
  }

  const autos = [...autoGroups.values()];
  // Transliteration variants of full names: into a codebook entry when exactly one matches, else with each other.
  const buckets = new Map<string, Group[]>();
  for (const group of autos) {
    const name = nameOf(group);
    if (name.split(' ').length < 2) continue;
    const entry = uniqueMatch(explicitGroups, name, (a, b) => similarNames(a, b));
    if (entry) {
      mergeInto(group, entry);
      continue;
    }
    const bucketKey = name.split(' ').map(skeletonKey).join(' ');
    const bucket = buckets.get(bucketKey) ?? [];
    const same = bucket.find((other) => similarNames(nameOf(other), name));
    if (same) mergeInto(group, same);
    else bucket.push(group);
    buckets.set(bucketKey, bucket);
  }

  // Short forms (a surname, part of a multi-part name, an acronym, the end of an organisation's
  // name): into the one speaker they can mean, if only one. Longest first, so "Inés Carvajal" has
  // joined "Inés Carvajal Ortega" before "Carvajal" looks for the one speaker it can mean.
  const standing = () => [...explicitGroups, ...autos.filter((g) => !g.merged)];
  const byWord = new Map<string, Set<Group>>();
  const byInitials = new Map<string, Set<Group>>();
  for (const group of standing()) {
    for (const name of group.names) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      for (const word of words) addTo(byWord, skeletonKey(word), group);
      const initials = initialsOf(name);
      if (initials) addTo(byInitials, initials, group);
    }
  }
  const wordCount = (group: Group) => nameOf(group).split(' ').length;
  for (const group of [...autos].sort((a, b) => wordCount(b) - wordCount(a))) {
    if (group.merged) continue;
    const name = nameOf(group);
    const words = name.split(' ');
    const acronym = isAcronym(name);
    const candidates = [...((acronym ? byInitials.get(name) : byWord.get(skeletonKey(words[words.length - 1]!))) ?? [])].filter(
      (g) => g !== group && !g.merged,
    );
    const target = uniqueMatch(candidates, name, acronym ? (candidate, given) => initialsOf(candidate) === given : (candidate, given) => isShortFormOf(given, candidate));
    if (target) mergeInto(group, target);
  }

  const groups = standing().filter((g) => !g.merged);
  return new SpeakerIndex(groups, tallies);
}

/**
 * `short` names the same speaker as `long` in fewer words. People: its words appear in order in
 * the full name, keeping the given name ("Inés Carvajal" for "Inés Carvajal Ortega") or the last
 * name ("Quispe Mamani"), or it is one of the names after the given name ("Lindqvist",
 * "Carvajal"). Organisations: a run of two or more words, itself an organisation's name, that
 * starts or ends the full name ("Fisheries Protection Agency").
 */
export function isShortFormOf(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length >= l.length) return false;
  if (isOrganisationName(long)) {
    if (s.length < 2 || !isOrganisationName(short)) return false;
    const same = (offset: number) => s.every((word, i) => exactKey(word) === exactKey(l[offset + i]!));
    return same(0) || same(l.length - s.length);
  }
  if (isOrganisationName(short) || l.length < 2) return false;
  if (s.length === 1) return l.slice(1).some((word) => similarWords(word, s[0]!));
  let at = 0;
  for (const word of s) {
    while (at < l.length && !similarWords(l[at]!, word)) at++;
    if (at === l.length) return false;
    at++;
  }
  return similarWords(s[0]!, l[0]!) || similarWords(s[s.length - 1]!, l[l.length - 1]!);
}

/** The only group with a name that `matches` the given name; undefined when none or several. */
function uniqueMatch(
  groups: readonly Group[],
  name: string,
  matches: (candidate: string, name: string) => boolean = (candidate, given) =>
    exactKey(candidate) === exactKey(given) ||
    similarNames(candidate, given) ||
    (isAcronym(given) ? initialsOf(candidate) === given : isShortFormOf(given, candidate)),
): Group | undefined {
  let found: Group | undefined;
  for (const group of groups) {
    if (group.merged) continue;
    if (![...group.names].some((candidate) => matches(candidate, name))) continue;
    if (found && found !== group) return undefined;
    found = group;
  }
  return found;
}

function addTo(map: Map<string, Set<Group>>, key: string, group: Group): void {
  const set = map.get(key) ?? new Set<Group>();
  set.add(group);
  map.set(key, set);
}

function mergeInto(group: Group, target: Group): void {
  for (const name of group.names) target.names.add(name);
  for (const variant of group.variants) target.variants.add(variant);
  group.merged = target;
}

function nameOf(group: Group): string {
  return [...group.names][0]!;
}

function canonicalName(group: Group, tallies: ReadonlyMap<string, Tally>): string {
  if (group.explicit) return group.explicit;
  const weight = new Map<string, number>();
  for (const variant of group.variants) {
    const clean = stripTitles(variant);
    const tally = tallies.get(variant);
    weight.set(clean, (weight.get(clean) ?? 0) + (tally ? tally.detected + tally.annotated : 0));
  }
  // The fullest name, then the most used, then the one that keeps its diacritics, then alphabetical.
  return [...weight].sort(
    ([a, wa], [b, wb]) =>
      b.split(' ').length - a.split(' ').length ||
      wb - wa ||
      Number(foldAscii(b) !== b.toLowerCase()) - Number(foldAscii(a) !== a.toLowerCase()) ||
      compareText(a, b),
  )[0]![0];
}

function toSpeaker(group: Group, tallies: ReadonlyMap<string, Tally>): Speaker {
  const variants: SpeakerVariant[] = [];
  const documents = new Set<string>();
  let detected = 0;
  let annotated = 0;
  for (const name of group.variants) {
    const tally = tallies.get(name)!;
    variants.push({ name, detected: tally.detected, annotated: tally.annotated });
    detected += tally.detected;
    annotated += tally.annotated;
    for (const document of tally.documents) documents.add(document);
  }
  variants.sort((a, b) => b.detected + b.annotated - (a.detected + a.annotated) || compareText(a.name, b.name));
  return {
    name: canonicalName(group, tallies),
    variants,
    detected,
    annotated,
    documents: [...documents].sort(compareText),
    inCodebook: group.explicit !== undefined,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
