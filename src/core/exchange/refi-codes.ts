import { normalizeHexColor } from '../codebook/palette';
import type { Theme } from '../model/codebook';
import { guidFor, normalizeGuid } from './guid';
import { attributeOf, attributes, childOf, childrenOf, escapeXml, textOf } from './xml';

export const codebookNamespace = 'urn:QDA-XML:codebook:1.0';
export const projectNamespace = 'urn:QDA-XML:project:1.0';

export function codeGuidOf(themeId: string): string {
  return guidFor('theme', themeId);
}

/** The themes as nested `<Code>` elements (sub-themes inside their parent), codebook order kept. */
export function writeCodes(themes: readonly Theme[], indent: string): string {
  const ids = new Set(themes.map((t) => t.id));
  const childrenOfTheme = new Map<string | undefined, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parent !== undefined && ids.has(theme.parent) && theme.parent !== theme.id ? theme.parent : undefined;
    childrenOfTheme.set(parent, [...(childrenOfTheme.get(parent) ?? []), theme]);
  }
  const written = new Set<string>();
  const write = (theme: Theme, depth: number): string => {
    written.add(theme.id);
    const pad = indent + '  '.repeat(depth);
    const kids = (childrenOfTheme.get(theme.id) ?? []).filter((t) => !written.has(t.id));
    const color = normalizeHexColor(theme.color);
    const open = `${pad}<Code${attributes({ guid: codeGuidOf(theme.id), name: theme.label, isCodable: true, color })}`;
    const description = theme.description ? `${pad}  <Description>${escapeXml(theme.description)}</Description>\n` : '';
    if (!description && kids.length === 0) return `${open}/>\n`;
    return `${open}>\n${description}${kids.map((k) => write(k, depth + 1)).join('')}${pad}</Code>\n`;
  };
  return (childrenOfTheme.get(undefined) ?? []).map((t) => write(t, 0)).join('');
}

/** A code read from a `.qdc` or a project, flattened with its parent's GUID. */
export interface ImportedCode {
  readonly guid: string;
  readonly name: string;
  readonly color?: string;
  readonly description?: string;
  readonly parentGuid?: string;
}

/** Every `<Code>` under a `<Codes>` element, parents before their children. */
export function readCodes(codes: Record<string, unknown> | undefined): ImportedCode[] {
  const out: ImportedCode[] = [];
  const visit = (code: Record<string, unknown>, parentGuid: string | undefined, depth: number) => {
    const guid = attributeOf(code, 'guid');
    const name = attributeOf(code, 'name');
    if (!guid || name === undefined || depth > 64) return;
    const color = attributeOf(code, 'color');
    const description = textOf(code, 'Description');
    out.push({
      guid: normalizeGuid(guid),
      name,
      ...(color && normalizeHexColor(color) ? { color: normalizeHexColor(color)! } : {}),
      ...(description ? { description } : {}),
      ...(parentGuid ? { parentGuid } : {}),
    });
    for (const child of childrenOf(code, 'Code')) visit(child, normalizeGuid(guid), depth + 1);
  };
  for (const code of childrenOf(codes, 'Code')) visit(code, undefined, 0);
  return out;
}

/** The `<Codes>` of a parsed `<CodeBook>` element. */
export function codesOf(codebook: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return childOf(codebook, 'Codes');
}
