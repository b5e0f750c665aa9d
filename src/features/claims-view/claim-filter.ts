import type { IndexedClaim } from '../../core/corpus/corpus-index';
import { quoteSelectorOf } from '../../core/model/annotation';

/**
 * A Claims view filter typed as a query: words match the quote, note or speaker; `theme:<name>`
 * and `speaker:<name>` narrow by theme (a parent theme also matches its sub-themes) or speaker.
 * Names with spaces go in double quotes: `theme:"public health"`. Every term must match.
 * Matching ignores case and accents.
 */
export interface ClaimFilter {
  /** The query as typed, for display. */
  readonly query: string;
  readonly words: readonly string[];
  readonly themes: readonly string[];
  readonly speakers: readonly string[];
}

/** What the filter needs to know about the codebook. */
export interface ThemeLookup {
  label(id: string): string | undefined;
  parent(id: string): string | undefined;
}

const termPattern = /(theme|speaker):"([^"]*)"?|(theme|speaker):(\S+)|"([^"]*)"?|(\S+)/gi;

/** Parses a query; undefined when it has no terms (no filter). */
export function parseClaimFilter(query: string): ClaimFilter | undefined {
  const words: string[] = [];
  const themes: string[] = [];
  const speakers: string[] = [];
  for (const match of query.matchAll(termPattern)) {
    const field = (match[1] ?? match[3])?.toLowerCase();
    const value = folded(match[2] ?? match[4] ?? match[5] ?? match[6] ?? '');
    if (!value) continue;
    if (field === 'theme') themes.push(value);
    else if (field === 'speaker') speakers.push(value);
    else words.push(value);
  }
  if (words.length + themes.length + speakers.length === 0) return undefined;
  return { query: query.trim(), words, themes, speakers };
}

export function matchesFilter(claim: IndexedClaim, filter: ClaimFilter, themes: ThemeLookup): boolean {
  const { annotation } = claim;
  const speaker = folded(annotation.speaker ?? '');
  if (!filter.speakers.every((name) => speaker.includes(name))) return false;
  if (filter.themes.length > 0) {
    const labels = annotation.themes.flatMap((id) => themeAndAncestorLabels(id, themes));
    if (!filter.themes.every((name) => labels.some((label) => label.includes(name)))) return false;
  }
  if (filter.words.length > 0) {
    const text = folded(`${quoteSelectorOf(annotation).exact}\n${annotation.note ?? ''}\n${annotation.speaker ?? ''}`);
    if (!filter.words.every((word) => text.includes(word))) return false;
  }
  return true;
}

function themeAndAncestorLabels(id: string, themes: ThemeLookup): string[] {
  const labels: string[] = [];
  const seen = new Set<string>();
  for (let current: string | undefined = id; current !== undefined && !seen.has(current); current = themes.parent(current)) {
    seen.add(current);
    labels.push(folded(themes.label(current) ?? current));
  }
  return labels;
}

/** Lower case without accents, so `markvart` finds “Márkvart”. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
