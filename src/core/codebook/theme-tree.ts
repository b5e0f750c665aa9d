import type { Theme } from '../model/codebook';

/** The codebook's themes as a hierarchy, in codebook order at every level. */
export class ThemeTree {
  private readonly byId = new Map<string, Theme>();
  private readonly childIds = new Map<string | undefined, string[]>();

  constructor(themes: readonly Theme[]) {
    for (const theme of themes) this.byId.set(theme.id, theme);
    for (const theme of themes) {
      // A parent that is missing (or a cycle the file should not have) makes a theme top-level.
      const parent = theme.parent !== undefined && this.byId.has(theme.parent) && !this.isInCycle(theme.id) ? theme.parent : undefined;
      const siblings = this.childIds.get(parent) ?? [];
      siblings.push(theme.id);
      this.childIds.set(parent, siblings);
    }
  }

  get(id: string): Theme | undefined {
    return this.byId.get(id);
  }

  /** Top-level themes when `id` is undefined. */
  children(id?: string): Theme[] {
    return (this.childIds.get(id) ?? []).map((childId) => this.byId.get(childId)!);
  }

  /** The theme's ancestors, nearest first. */
  ancestors(id: string): Theme[] {
    const found: Theme[] = [];
    const seen = new Set([id]);
    for (let parent = this.byId.get(id)?.parent; parent !== undefined && !seen.has(parent); parent = this.byId.get(parent)?.parent) {
      const theme = this.byId.get(parent);
      if (!theme) break;
      found.push(theme);
      seen.add(parent);
    }
    return found;
  }

  /** Every theme below this one, depth first. */
  descendants(id: string): Theme[] {
    const found: Theme[] = [];
    const visit = (parent: string) => {
      for (const child of this.children(parent)) {
        found.push(child);
        visit(child.id);
      }
    };
    visit(id);
    return found;
  }

  /** Labels from the top down to the theme, e.g. "Health › Water safety". */
  path(id: string, separator = ' › '): string {
    const theme = this.byId.get(id);
    if (!theme) return id;
    return [...this.ancestors(id).reverse(), theme].map((t) => t.label).join(separator);
  }

  /** Whether `id` may be moved under `newParent` (undefined: to the top level) without a cycle. */
  canMoveUnder(id: string, newParent: string | undefined): boolean {
    if (!this.byId.has(id)) return false;
    if (newParent === undefined) return true;
    if (newParent === id || !this.byId.has(newParent)) return false;
    return !this.descendants(id).some((t) => t.id === newParent);
  }

  /** Themes in depth-first display order with their depth. */
  flatten(): { theme: Theme; depth: number }[] {
    const rows: { theme: Theme; depth: number }[] = [];
    const visit = (parent: string | undefined, depth: number) => {
      for (const child of this.children(parent)) {
        rows.push({ theme: child, depth });
        visit(child.id, depth + 1);
      }
    };
    visit(undefined, 0);
    return rows;
  }

  private isInCycle(id: string): boolean {
    const seen = new Set<string>([id]);
    for (let parent = this.byId.get(id)?.parent; parent !== undefined; parent = this.byId.get(parent)?.parent) {
      if (seen.has(parent)) return true;
      seen.add(parent);
    }
    return false;
  }
}
