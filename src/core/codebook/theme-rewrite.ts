import type { Theme } from '../model/codebook';
import type { CodebookOperation } from '../model/codebook-operations';
import { ThemeTree } from './theme-tree';

/** A codebook change that also changes the claims carrying a theme. */
export type ThemeRewrite =
  /** Claims tagged `from` are tagged `into` instead; `from` disappears and its sub-themes move under `into`. */
  | { readonly kind: 'merge'; readonly from: string; readonly into: string }
  /** Claims lose the theme (they stay); its sub-themes move up to its parent. */
  | { readonly kind: 'delete'; readonly id: string };

export interface ClaimThemes {
  readonly documentPath: string;
  readonly claimId: string;
  readonly themes: readonly string[];
}

export interface ThemeRewritePlan {
  /** Per document path, the claims that change and their new theme lists. */
  readonly byDocument: ReadonlyMap<string, readonly { claimId: string; themes: string[] }[]>;
  readonly claimCount: number;
  readonly documentCount: number;
}

/** The theme list of one claim after the rewrite (order kept, no duplicates); undefined when it does not change. */
export function rewriteClaimThemes(themes: readonly string[], rewrite: ThemeRewrite): string[] | undefined {
  const removed = rewrite.kind === 'merge' ? rewrite.from : rewrite.id;
  if (!themes.includes(removed)) return undefined;
  const next: string[] = [];
  for (const theme of themes) {
    const replaced = theme !== removed ? theme : rewrite.kind === 'merge' ? rewrite.into : undefined;
    if (replaced !== undefined && !next.includes(replaced)) next.push(replaced);
  }
  return next;
}

/** Which claims a rewrite changes, grouped by document, with the counts a confirmation shows. */
export function planThemeRewrite(claims: Iterable<ClaimThemes>, rewrite: ThemeRewrite): ThemeRewritePlan {
  const byDocument = new Map<string, { claimId: string; themes: string[] }[]>();
  let claimCount = 0;
  for (const claim of claims) {
    const themes = rewriteClaimThemes(claim.themes, rewrite);
    if (!themes) continue;
    const list = byDocument.get(claim.documentPath) ?? [];
    list.push({ claimId: claim.claimId, themes });
    byDocument.set(claim.documentPath, list);
    claimCount++;
  }
  return { byDocument, claimCount, documentCount: byDocument.size };
}

/**
 * The codebook operations of a rewrite, or an error message when it cannot be done: merging a theme
 * into itself, into a theme below it (its sub-themes would become their own ancestors) or into a
 * theme that does not exist.
 */
export function codebookOperationsFor(themes: readonly Theme[], rewrite: ThemeRewrite): CodebookOperation[] | string {
  const tree = new ThemeTree(themes);
  if (rewrite.kind === 'delete') {
    const theme = tree.get(rewrite.id);
    if (!theme) return `there is no theme ${rewrite.id}.`;
    return [
      ...tree.children(theme.id).map((child): CodebookOperation => ({ type: 'update-theme', id: child.id, changes: { parent: theme.parent } })),
      { type: 'remove-theme', id: theme.id },
    ];
  }
  const from = tree.get(rewrite.from);
  const into = tree.get(rewrite.into);
  if (!from || !into) return `there is no theme ${from ? rewrite.into : rewrite.from}.`;
  if (from.id === into.id) return `a theme cannot be merged into itself.`;
  if (tree.descendants(from.id).some((t) => t.id === into.id)) {
    return `“${into.label}” is below “${from.label}”; move it out first or merge the other way round.`;
  }
  return [
    ...tree.children(from.id).map((child): CodebookOperation => ({ type: 'update-theme', id: child.id, changes: { parent: into.id } })),
    { type: 'remove-theme', id: from.id },
  ];
}
