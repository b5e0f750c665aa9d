import type { Codebook, SpeakerAlias, Theme } from './codebook';

/** One change to the codebook, kept as an operation so it can be re-applied after a reload. */
export type CodebookOperation =
  | { readonly type: 'add-theme'; readonly theme: Theme }
  | { readonly type: 'update-theme'; readonly id: string; readonly changes: Partial<Omit<Theme, 'id'>> }
  | { readonly type: 'remove-theme'; readonly id: string }
  /** Adds the speaker, or replaces the entry of that name; its names leave every other entry. */
  | { readonly type: 'set-speaker'; readonly speaker: SpeakerAlias }
  | { readonly type: 'remove-speaker'; readonly name: string };

export function applyCodebookOperation(
  codebook: Codebook,
  operation: CodebookOperation,
): { codebook: Codebook; applied: boolean } {
  const themes = codebook.themes;
  switch (operation.type) {
    case 'set-speaker':
      return { codebook: withSpeakers(codebook, setSpeaker(codebook.speakers ?? [], operation.speaker)), applied: true };
    case 'remove-speaker': {
      const speakers = codebook.speakers ?? [];
      if (!speakers.some((s) => s.name === operation.name)) return { codebook, applied: false };
      return { codebook: withSpeakers(codebook, speakers.filter((s) => s.name !== operation.name)), applied: true };
    }
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

/**
 * The list with `speaker` in place of the entry of that name (or at the end). Each name stays in
 * one entry: the new aliases leave the other entries, and an entry whose name became an alias is
 * folded into this one with its aliases.
 */
function setSpeaker(speakers: readonly SpeakerAlias[], speaker: SpeakerAlias): SpeakerAlias[] {
  const name = speaker.name.trim();
  const given = speaker.aliases.map((a) => a.trim()).filter((a) => a && a !== name);
  const folded = speakers.filter((s) => s.name !== name && given.includes(s.name)).flatMap((s) => s.aliases);
  const aliases = [...new Set([...given, ...folded])].filter((a) => a !== name);
  const taken = new Set([name, ...aliases]);
  const out: SpeakerAlias[] = [];
  let placed = false;
  for (const s of speakers) {
    if (s.name === name) {
      out.push({ name, aliases });
      placed = true;
    } else if (!taken.has(s.name)) {
      out.push(s.aliases.some((a) => taken.has(a)) ? { ...s, aliases: s.aliases.filter((a) => !taken.has(a)) } : s);
    }
  }
  if (!placed) out.push({ name, aliases });
  return out;
}

/** Without the `speakers` key when there are none, so an emptied list leaves the file as it was before. */
function withSpeakers(codebook: Codebook, speakers: readonly SpeakerAlias[]): Codebook {
  const { speakers: _old, ...rest } = codebook;
  return speakers.length > 0 ? { ...rest, speakers } : rest;
}
