import { palette } from '../codebook/palette';
import { themeIdFor } from '../codebook/theme-ids';
import type { Codebook, Theme } from '../model/codebook';
import type { CodebookOperation } from '../model/codebook-operations';
import { codeGuidOf, type ImportedCode } from './refi-codes';

export interface ThemeChange {
  readonly before: Theme;
  readonly changes: Partial<Omit<Theme, 'id'>>;
}

/** What merging imported codes into the codebook would do. Nothing is ever removed. */
export interface CodebookMergePlan {
  readonly added: readonly Theme[];
  readonly changed: readonly ThemeChange[];
  readonly unchanged: readonly Theme[];
  /** The operations that carry out the plan, parents before children. */
  readonly operations: readonly CodebookOperation[];
  /** Imported code GUID → theme id in the merged codebook. */
  readonly themeIdOfCode: ReadonlyMap<string, string>;
}

/**
 * Matches each imported code with a theme: first by GUID (a code this codebook exported, whose
 * GUID derives from the theme id), then by the same label (ignoring case) when exactly one
 * theme has it. Matched themes take the code's name (GUID matches only), colour, description
 * and parent; unmatched codes become new themes.
 */
export function planCodebookMerge(codebook: Codebook, codes: readonly ImportedCode[]): CodebookMergePlan {
  const byGuid = new Map(codebook.themes.map((t) => [codeGuidOf(t.id), t]));
  const byLabel = new Map<string, Theme[]>();
  for (const theme of codebook.themes) {
    const key = labelKey(theme.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), theme]);
  }
  const themeIdOfCode = new Map<string, string>();
  const taken = new Set(codebook.themes.map((t) => t.id));
  const added: Theme[] = [];
  const changed: ThemeChange[] = [];
  const unchanged: Theme[] = [];
  const operations: CodebookOperation[] = [];
  const matchedThemes = new Set<string>();
  for (const code of codes) {
    if (themeIdOfCode.has(code.guid)) continue;
    const parent = code.parentGuid === undefined ? undefined : themeIdOfCode.get(code.parentGuid);
    const byIdentity = byGuid.get(code.guid);
    const sameLabel = (byLabel.get(labelKey(code.name)) ?? []).filter((t) => !matchedThemes.has(t.id));
    const existing = byIdentity ?? (sameLabel.length === 1 ? sameLabel[0] : undefined);
    if (!existing) {
      const id = themeIdFor(code.name, taken);
      taken.add(id);
      const theme: Theme = {
        id,
        label: code.name.trim() || id,
        color: code.color ?? palette[(codebook.themes.length + added.length) % palette.length]!.hex,
        ...(code.description ? { description: code.description } : {}),
        ...(parent ? { parent } : {}),
      };
      added.push(theme);
      operations.push({ type: 'add-theme', theme });
      themeIdOfCode.set(code.guid, id);
      continue;
    }
    matchedThemes.add(existing.id);
    themeIdOfCode.set(code.guid, existing.id);
    const changes: { -readonly [K in keyof Omit<Theme, 'id'>]?: Theme[K] } = {};
    if (byIdentity && code.name.trim() && code.name !== existing.label) changes.label = code.name;
    if (code.color && code.color.toLowerCase() !== existing.color.toLowerCase()) changes.color = code.color;
    if (code.description && code.description !== existing.description) changes.description = code.description;
    if (parent !== undefined && parent !== existing.parent && parent !== existing.id) changes.parent = parent;
    if (Object.keys(changes).length === 0) {
      unchanged.push(existing);
    } else {
      changed.push({ before: existing, changes });
      operations.push({ type: 'update-theme', id: existing.id, changes });
    }
  }
  return { added, changed, unchanged, operations, themeIdOfCode };
}

/** A readable summary of the plan, one line per new or changed theme. */
export function describeCodebookMerge(plan: CodebookMergePlan, themes: readonly Theme[]): string {
  const labelOf = (id: string | undefined) =>
    id === undefined ? '' : (themes.find((t) => t.id === id) ?? plan.added.find((t) => t.id === id))?.label ?? id;
  const lines = [
    `${plan.added.length} new theme${plan.added.length === 1 ? '' : 's'}, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged.`,
  ];
  for (const theme of plan.added) {
    lines.push(`+ ${theme.label} (${theme.color}${theme.parent ? `, under ${labelOf(theme.parent)}` : ''})`);
  }
  for (const { before, changes } of plan.changed) {
    const parts: string[] = [];
    if (changes.label !== undefined) parts.push(`renamed to "${changes.label}"`);
    if (changes.color !== undefined) parts.push(`colour ${before.color} → ${changes.color}`);
    if (changes.description !== undefined) parts.push('new description');
    if (changes.parent !== undefined) parts.push(`moved under ${labelOf(changes.parent)}`);
    lines.push(`~ ${before.label}: ${parts.join('; ')}`);
  }
  return lines.join('\n');
}

function labelKey(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}
