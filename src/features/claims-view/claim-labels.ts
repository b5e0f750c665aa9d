import { nameOf, type IndexedClaim } from '../../core/corpus/corpus-index';
import { quoteSelectorOf } from '../../core/model/annotation';
import type { ClaimCounts, ClaimCrossReference, PageNode, SuggestedClaim } from './claims-tree-model';

/** The texts of the Claims view's rows, kept apart from VS Code so unit tests can check them. */

// Short enough that the speaker and themes (the description) still show in a sidebar of usual width;
// the tooltip has the whole quote.
const labelLength = 48;

export function claimLabel(claim: IndexedClaim): string {
  return oneLine(quoteSelectorOf(claim.annotation).exact, labelLength);
}

/** `Speaker · Theme, Theme`; orphans lead with `not found in text`. */
export function claimDescription(claim: IndexedClaim, themeLabels: readonly string[]): string {
  const parts = [
    claim.status === 'orphaned' ? 'not found in text' : undefined,
    claim.annotation.speaker,
    themeLabels.length > 0 ? themeLabels.join(', ') : undefined,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

export function suggestionLabel(suggestion: SuggestedClaim): string {
  return oneLine(suggestion.exact, labelLength);
}

export function suggestionDescription(suggestion: SuggestedClaim): string {
  return ['suggested', suggestion.speaker].filter(Boolean).join(' · ');
}

/**
 * A cross-reference row: the other claim's quote, then `relation · document` for a link,
 * `suggested 0.72 · reason · document` for a suggestion, `broken link · relation` for a link whose claim is gone.
 */
export function crossReferenceLabels(reference: ClaimCrossReference): { label: string; description: string } {
  if (!reference.target) {
    return { label: `missing claim ${reference.claimId}`, description: ['broken link', reference.label, reference.documentHint].filter(Boolean).join(' · ') };
  }
  const where = nameOf(reference.target.documentPath);
  const description =
    reference.status === 'suggested'
      ? [`suggested ${reference.score?.toFixed(2) ?? ''}`.trim(), reference.label, where].join(' · ')
      : [reference.label, where].join(' · ');
  return { label: oneLine(reference.target.quote, labelLength), description };
}

/** `5 claims`, `2 of 5 claims` under a filter, `· 1 not found` when some lost their text. */
export function documentDescription(counts: ClaimCounts, filtered: boolean): string {
  const claims = filtered && counts.shown !== counts.total ? `${counts.shown} of ${plural(counts.total, 'claim')}` : plural(counts.total, 'claim');
  return counts.orphaned > 0 ? `${claims} · ${counts.orphaned} not found` : claims;
}

export function folderDescription(claims: number, orphaned = 0): string {
  if (claims === 0) return '';
  return orphaned > 0 ? `${plural(claims, 'claim')} · ${orphaned} not found` : plural(claims, 'claim');
}

/** `Claims 1–1000` under a document; `a.txt – k.txt` under a folder (with `1–1000` as description). */
export function pageLabel(page: PageNode): { label: string; description: string } {
  const range = `${page.start + 1}–${page.end}`;
  if (page.parent.kind === 'document') return { label: `Claims ${range}`, description: '' };
  return { label: `${page.first ?? ''} – ${page.last ?? ''}`, description: range };
}

export function documentLabel(path: string): string {
  return nameOf(path);
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
