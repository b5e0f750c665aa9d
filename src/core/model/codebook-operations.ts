import type { Codebook, Theme } from './codebook';

/** One change to the codebook, kept as an operation so it can be re-applied after a reload. */
export type CodebookOperation =
  | { readonly type: 'add-theme'; readonly theme: Theme }
  | { readonly type: 'update-theme'; readonly id: string; readonly changes: Partial<Omit<Theme, 'id'>> }
  | { readonly type: 'remove-theme'; readonly id: string };

export function applyCodebookOperation(
  codebook: Codebook,
  operation: CodebookOperation,
): { codebook: Codebook; applied: boolean } {
  const themes = codebook.themes;
  switch (operation.type) {
    case 'add-theme': {
      const index = themes.findIndex((t) => t.id === operation.theme.id);
      const next = index < 0 ? [...themes, operation.theme] : themes.map((t, i) => (i === index ? operation.theme : t));
      return { codebook: { ...codebook, themes: next }, applied: true };
    }
    case 'update-theme': {
      if (!themes.some((t) => t.id === operation.id)) return { codebook, applied: false };
      const parent = operation.changes.parent;
      if (parent !== undefined && !isValidParent(themes, operation.id, parent)) return { codebook, applied: false };
      const next = themes.map((t) => {
        if (t.id !== operation.id) return t;
        const merged: Record<string, unknown> = { ...t, ...operation.changes };
        for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
        return merged as unknown as Theme;
      });
      return { codebook: { ...codebook, themes: next }, applied: true };
    }
    case 'remove-theme': {
      const removed = themes.find((t) => t.id === operation.id);
      if (!removed) return { codebook, applied: false };
      // Sub-themes move up to the removed theme's parent, so no theme is left with a missing parent.
      const next = themes
        .filter((t) => t.id !== operation.id)
        .map((t) => (t.parent !== operation.id ? t : withParent(t, removed.parent)));
      return { codebook: { ...codebook, themes: next }, applied: true };
    }
  }
}

/** A parent must exist and must not be the theme itself or one of its descendants (no cycles). */
function isValidParent(themes: readonly Theme[], id: string, parent: string): boolean {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (let current: string | undefined = parent; current !== undefined; current = byId.get(current)?.parent) {
    if (current === id || seen.has(current) || !byId.has(current)) return false;
    seen.add(current);
  }
  return true;
}

function withParent(theme: Theme, parent: string | undefined): Theme {
  const { parent: _old, ...rest } = theme;
  return parent === undefined ? rest : { ...rest, parent };
}
