import type { Annotation, DismissedLink, DismissedSuggestion } from '../model/annotation';
import type { Codebook, SpeakerAlias, Theme } from '../model/codebook';
import type { Sidecar } from '../model/sidecar';
import { parseCodebook } from './codebook-format';
import { serializeCodebook, serializeSidecar } from './serialize';
import { parseSidecar } from './sidecar-format';

/**
 * Resolves a sidecar or codebook that git left with conflict markers: rebuilds both sides (and
 * the common base of diff3-style conflicts), parses each, and merges them item by item by id.
 * Markers are recognised only at the start of a line; JSON strings cannot span lines, so text
 * like "<<<<<<<" inside a quoted note is never taken for one.
 */

export interface ConflictSides {
  readonly ours: string;
  readonly theirs: string;
  /** Only when every conflict carries a `|||||||` base section (merge.conflictStyle=diff3 or zdiff3). */
  readonly base?: string;
  /** The names after the markers, e.g. HEAD and the merged branch. */
  readonly oursLabel: string;
  readonly theirsLabel: string;
}

export type Side = 'ours' | 'theirs';

export interface MergeDecision {
  readonly id: string;
  readonly kept: Side | 'removed';
  readonly why: 'newer' | 'changed-on-one-side' | 'deleted-on-one-side' | 'changed-and-deleted' | 'anchor-only' | 'conflict';
}

export interface MergeSummary {
  readonly oursLabel: string;
  readonly theirsLabel: string;
  readonly fromOurs: readonly string[];
  readonly fromTheirs: readonly string[];
  readonly identical: number;
  /** Items both sides have in different forms, and items one side removed; how each was settled. */
  readonly decisions: readonly MergeDecision[];
  /** Decisions of kind 'conflict': same id, same `modified`, different content (kept as `prefer` says). */
  readonly conflicts: readonly MergeDecision[];
}

export type MergeOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly text: string; readonly summary: MergeSummary }
  | { readonly ok: false; readonly message: string };

export interface MergeOptions {
  /** Which side a real conflict keeps; ours by default. */
  readonly prefer?: Side;
}

const markerPattern = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t](.*))?$/;

/** Splits conflicted text into its sides, or undefined when it has no (well-formed) markers. */
export function splitConflictSides(text: string): ConflictSides | undefined {
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let everyHunkHasBase = true;
  let hunks = 0;
  let state: 'outside' | 'ours' | 'base' | 'theirs' = 'outside';
  let hunkHasBase = false;
  let oursLabel = 'ours';
  let theirsLabel = 'theirs';
  for (const line of text.split('\n')) {
    const marker = markerPattern.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    const kind = marker?.[1]?.[0];
    if (kind === '<' && state === 'outside') {
      state = 'ours';
      hunkHasBase = false;
      hunks++;
      oursLabel = marker![2]?.trim() || oursLabel;
    } else if (kind === '|' && state === 'ours') {
      state = 'base';
      hunkHasBase = true;
    } else if (kind === '=' && (state === 'ours' || state === 'base')) {
      state = 'theirs';
    } else if (kind === '>' && state === 'theirs') {
      state = 'outside';
      everyHunkHasBase &&= hunkHasBase;
      theirsLabel = marker![2]?.trim() || theirsLabel;
    } else if (kind !== undefined) {
      return undefined; // a marker out of place: not something to guess about
    } else if (state === 'outside') {
      ours.push(line);
      theirs.push(line);
      base.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'theirs') theirs.push(line);
    else base.push(line);
  }
  if (hunks === 0 || state !== 'outside') return undefined;
  return { ours: ours.join('\n'), theirs: theirs.join('\n'), ...(everyHunkHasBase ? { base: base.join('\n') } : {}), oursLabel, theirsLabel };
}

interface Keyed<T> {
  readonly key: (item: T) => string;
  /** Positive when `a` is the later version (annotations: `modified`); 0 when unknown or equal. */
  readonly newer?: (a: T, b: T) => number;
  /** True when the two differ only in something no person changed (an annotation's anchor). */
  readonly onlyAnchorDiffers?: (a: T, b: T) => boolean;
  /** Folds into the kept version what the other side added that must not be lost (annotations: dismissed links). */
  readonly combine?: (kept: T, other: T, base: T | undefined) => T;
}

interface ItemMerge<T> {
  readonly items: T[];
  readonly fromOurs: string[];
  readonly fromTheirs: string[];
  identical: number;
  readonly decisions: MergeDecision[];
}

function mergeById<T>(ours: readonly T[], theirs: readonly T[], base: readonly T[] | undefined, keyed: Keyed<T>, prefer: Side): ItemMerge<T> {
  const theirsById = new Map(theirs.map((item) => [keyed.key(item), item]));
  const oursById = new Map(ours.map((item) => [keyed.key(item), item]));
  const baseById = base ? new Map(base.map((item) => [keyed.key(item), item])) : undefined;
  const result: ItemMerge<T> = { items: [], fromOurs: [], fromTheirs: [], identical: 0, decisions: [] };
  const oneSided = (id: string, item: T, side: Side) => {
    const original = baseById?.get(id);
    if (original === undefined) {
      result.items.push(item);
      (side === 'ours' ? result.fromOurs : result.fromTheirs).push(id);
    } else if (same(original, item)) {
      result.decisions.push({ id, kept: 'removed', why: 'deleted-on-one-side' });
    } else {
      result.items.push(item);
      result.decisions.push({ id, kept: side, why: 'changed-and-deleted' });
    }
  };
  for (const item of ours) {
    const id = keyed.key(item);
    const other = theirsById.get(id);
    if (other === undefined) {
      oneSided(id, item, 'ours');
      continue;
    }
    if (same(item, other)) {
      result.items.push(item);
      result.identical++;
      continue;
    }
    const original = baseById?.get(id);
    const order = keyed.newer?.(item, other) ?? 0;
    let decision: MergeDecision;
    if (original !== undefined && same(original, other)) decision = { id, kept: 'ours', why: 'changed-on-one-side' };
    else if (original !== undefined && same(original, item)) decision = { id, kept: 'theirs', why: 'changed-on-one-side' };
    else if (order !== 0) decision = { id, kept: order > 0 ? 'ours' : 'theirs', why: 'newer' };
    else if (keyed.onlyAnchorDiffers?.(item, other)) decision = { id, kept: prefer, why: 'anchor-only' };
    else decision = { id, kept: prefer, why: 'conflict' };
    const [kept, dropped] = decision.kept === 'ours' ? [item, other] : [other, item];
    result.items.push(keyed.combine ? keyed.combine(kept, dropped, original) : kept);
    result.decisions.push(decision);
  }
  for (const item of theirs) {
    const id = keyed.key(item);
    if (!oursById.has(id)) oneSided(id, item, 'theirs');
  }
  return result;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

const annotationKeys: Keyed<Annotation> = {
  key: (a) => a.id,
  newer: (a, b) => Math.sign(timeOf(a.modified) - timeOf(b.modified)),
  onlyAnchorDiffers: (a, b) => same({ ...a, target: null }, { ...b, target: null }),
  combine: (kept, other, base) => {
    const dismissedLinks = mergeDismissedLinks(kept.dismissedLinks, other.dismissedLinks, base?.dismissedLinks);
    const { dismissedLinks: _, ...rest } = kept;
    return dismissedLinks.length > 0 ? { ...rest, dismissedLinks } : rest;
  },
};

/**
 * Dismissals are a set per claim: whichever side's edit of a claim wins, a pair dismissed on either
 * side stays dismissed, unless the common base shows one side took the dismissal back.
 */
export function mergeDismissedLinks(
  kept: readonly DismissedLink[] | undefined,
  other: readonly DismissedLink[] | undefined,
  base: readonly DismissedLink[] | undefined,
): DismissedLink[] {
  const keysOf = (list: readonly DismissedLink[] | undefined) => new Set((list ?? []).map((d) => d.target));
  const [inKept, inOther, inBase] = [keysOf(kept), keysOf(other), keysOf(base)];
  const merged = new Map<string, DismissedLink>();
  for (const dismissal of [...(kept ?? []), ...(other ?? [])]) {
    const withdrawn = inBase.has(dismissal.target) && (!inKept.has(dismissal.target) || !inOther.has(dismissal.target));
    if (!withdrawn && !merged.has(dismissal.target)) merged.set(dismissal.target, dismissal);
  }
  return [...merged.values()];
}

const dismissedKeys: Keyed<DismissedSuggestion> = { key: (d) => JSON.stringify([d.exact, d.prefix, d.suffix]) };
const themeKeys: Keyed<Theme> = { key: (t) => t.id };

function summaryOf(sides: ConflictSides, merges: readonly ItemMerge<unknown>[], extra: MergeDecision[] = []): MergeSummary {
  const decisions = [...merges.flatMap((m) => m.decisions), ...extra];
  return {
    oursLabel: sides.oursLabel,
    theirsLabel: sides.theirsLabel,
    fromOurs: merges[0]!.fromOurs,
    fromTheirs: merges[0]!.fromTheirs,
    identical: merges[0]!.identical,
    decisions,
    conflicts: decisions.filter((d) => d.why === 'conflict'),
  };
}

function parseSides<T>(sides: ConflictSides, parse: (text: string, file: string) => { ok: true; value: T } | { ok: false; problem: { message: string } }, file: string) {
  const label = (side: string) => `${file} (${side} side of the conflict)`;
  const ours = parse(sides.ours, label(sides.oursLabel));
  if (!ours.ok) return { ok: false as const, message: ours.problem.message };
  const theirs = parse(sides.theirs, label(sides.theirsLabel));
  if (!theirs.ok) return { ok: false as const, message: theirs.problem.message };
  const base = sides.base === undefined ? undefined : parse(sides.base, label('base'));
  return { ok: true as const, ours: ours.value, theirs: theirs.value, base: base?.ok ? base.value : undefined };
}

const noMarkers = (file: string) => `${file} has no complete git conflict markers (<<<<<<<, =======, >>>>>>>) to resolve.`;

/** Merges the two sides of a conflicted sidecar by annotation id. */
export function mergeConflictedSidecar(text: string, file: string, options: MergeOptions = {}): MergeOutcome<Sidecar> {
  const sides = splitConflictSides(text);
  if (!sides) return { ok: false, message: noMarkers(file) };
  const parsed = parseSides(sides, parseSidecar, file);
  if (!parsed.ok) return parsed;
  const { ours, theirs, base } = parsed;
  const prefer = options.prefer ?? 'ours';
  const annotations = mergeById(ours.annotations, theirs.annotations, base?.annotations, annotationKeys, prefer);
  const dismissed = mergeById(ours.dismissed ?? [], theirs.dismissed ?? [], base?.dismissed, dismissedKeys, prefer);
  const extra: MergeDecision[] = [];
  if (ours.document !== theirs.document) extra.push({ id: 'document', kept: prefer, why: 'conflict' });
  const merged: Sidecar = {
    ...theirs,
    ...ours,
    document: prefer === 'ours' ? ours.document : theirs.document,
    // The two sides were anchored against different texts: leave the hash empty so the next load re-anchors.
    textHash: ours.textHash === theirs.textHash ? ours.textHash : '',
    annotations: annotations.items,
    ...(dismissed.items.length > 0 ? { dismissed: dismissed.items } : {}),
  };
  return finish(merged, serializeSidecar, (t) => parseSidecar(t, file), summaryOf(sides, [annotations, dismissed], extra));
}

/** Merges the two sides of a conflicted codebook by theme id (speakers by name, aliases united). */
export function mergeConflictedCodebook(text: string, file: string, options: MergeOptions = {}): MergeOutcome<Codebook> {
  const sides = splitConflictSides(text);
  if (!sides) return { ok: false, message: noMarkers(file) };
  const parsed = parseSides(sides, parseCodebook, file);
  if (!parsed.ok) return parsed;
  const { ours, theirs, base } = parsed;
  const themes = mergeById(ours.themes, theirs.themes, base?.themes, themeKeys, options.prefer ?? 'ours');
  const speakers = mergeSpeakers(ours.speakers ?? [], theirs.speakers ?? []);
  const merged: Codebook = { ...theirs, ...ours, themes: themes.items, ...(speakers.length > 0 ? { speakers } : {}) };
  return finish(merged, serializeCodebook, (t) => parseCodebook(t, file), summaryOf(sides, [themes]));
}

function mergeSpeakers(ours: readonly SpeakerAlias[], theirs: readonly SpeakerAlias[]): SpeakerAlias[] {
  const byName = new Map<string, SpeakerAlias>();
  for (const speaker of [...ours, ...theirs]) {
    const known = byName.get(speaker.name);
    byName.set(speaker.name, known ? { ...speaker, ...known, aliases: [...new Set([...known.aliases, ...speaker.aliases])] } : speaker);
  }
  return [...byName.values()];
}

function finish<T>(
  merged: T,
  serialize: (value: T) => string,
  reparse: (text: string) => { ok: true; value: T } | { ok: false; problem: { message: string } },
  summary: MergeSummary,
): MergeOutcome<T> {
  const text = serialize(merged);
  const check = reparse(text);
  if (!check.ok) return { ok: false, message: `The merge of both sides would not be a valid file: ${check.problem.message}` };
  return { ok: true, value: check.value, text, summary };
}

/** Plain sentences for the user: what was merged and how each difference was settled. */
export function describeMerge(summary: MergeSummary, noun: { one: string; many: string }): string[] {
  const count = (n: number) => `${n} ${n === 1 ? noun.one : noun.many}`;
  const lines = [
    `Kept ${count(summary.identical)} both sides share, ${count(summary.fromOurs.length)} only in ${summary.oursLabel} and ${count(summary.fromTheirs.length)} only in ${summary.theirsLabel}.`,
  ];
  const side = (kept: MergeDecision['kept']) => (kept === 'ours' ? summary.oursLabel : kept === 'theirs' ? summary.theirsLabel : 'neither');
  for (const decision of summary.decisions) {
    const what = decision.id === 'document' ? 'the "document" field' : `${noun.one} ${decision.id}`;
    switch (decision.why) {
      case 'newer':
        lines.push(`${what}: kept the later edit, from ${side(decision.kept)}.`);
        break;
      case 'changed-on-one-side':
        lines.push(`${what}: kept the changed version, from ${side(decision.kept)}.`);
        break;
      case 'deleted-on-one-side':
        lines.push(`${what}: removed, as one side deleted it and the other left it unchanged.`);
        break;
      case 'changed-and-deleted':
        lines.push(`${what}: kept (changed in ${side(decision.kept)}, deleted on the other side).`);
        break;
      case 'anchor-only':
        lines.push(`${what}: only its position differs; kept ${side(decision.kept)}'s and it is re-anchored on load.`);
        break;
      case 'conflict':
        lines.push(`CONFLICT ${what}: both sides changed it at the same time; kept ${side(decision.kept)}'s version.`);
        break;
    }
  }
  return lines;
}
