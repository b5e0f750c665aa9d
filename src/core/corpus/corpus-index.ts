import type { Annotation } from '../model/annotation';
import type { FileProblem } from '../store/problems';

/**
 * - `anchored`: the claim is on its text (verified against the document's current text);
 * - `orphaned`: its text was not found; it stays in the sidecar until re-attached;
 * - `unverified`: taken from the sidecar without reading the document (its text hash matched or was not checked).
 */
export type ClaimStatus = 'anchored' | 'orphaned' | 'unverified';

export interface IndexedClaim {
  readonly annotation: Annotation;
  /** Workspace-relative document path, '/'-separated. */
  readonly documentPath: string;
  readonly status: ClaimStatus;
  /** Code points, end exclusive (the stored position when not anchored). */
  readonly start: number;
  readonly end: number;
}

export interface IndexedDocument {
  /** Workspace-relative path, '/'-separated. */
  readonly path: string;
  /** Claims in text order. */
  readonly claims: readonly IndexedClaim[];
  /** Set when the document's sidecar cannot be read; its claims are then empty. */
  readonly problem?: FileProblem;
}

export interface FolderChildren {
  readonly folders: readonly string[];
  readonly documents: readonly string[];
}

/**
 * Every corpus document and its claims, for views and queries over the whole corpus. Keyed by
 * workspace-relative path; the folder tree is derived from the paths and kept incrementally.
 */
export class CorpusIndex {
  private readonly documentsByPath = new Map<string, IndexedDocument>();
  /** Folder path ('' for the root) → its direct subfolders and documents. */
  private readonly tree = new Map<string, { folders: Set<string>; documents: Set<string> }>();
  /** `children` results by folder, sorted once and dropped when the folder's entries change. */
  private readonly sortedChildren = new Map<string, FolderChildren>();
  private readonly listeners = new Set<(paths: readonly string[]) => void>();

  get size(): number {
    return this.documentsByPath.size;
  }

  /** Adds or replaces a document; claims are sorted into text order. */
  set(document: IndexedDocument): void {
    const claims = [...document.claims].sort((a, b) => a.start - b.start || a.end - b.end || (a.annotation.id < b.annotation.id ? -1 : 1));
    const isNew = !this.documentsByPath.has(document.path);
    this.documentsByPath.set(document.path, { ...document, claims });
    if (isNew) this.link(document.path);
    this.emit([document.path]);
  }

  /** Adds many documents and tells listeners once. */
  setMany(documents: readonly IndexedDocument[]): void {
    for (const document of documents) {
      const claims = [...document.claims].sort((a, b) => a.start - b.start || a.end - b.end);
      if (!this.documentsByPath.has(document.path)) this.link(document.path);
      this.documentsByPath.set(document.path, { ...document, claims });
    }
    if (documents.length > 0) this.emit(documents.map((d) => d.path));
  }

  delete(path: string): void {
    if (!this.documentsByPath.delete(path)) return;
    this.unlink(path);
    this.emit([path]);
  }

  get(path: string): IndexedDocument | undefined {
    return this.documentsByPath.get(path);
  }

  /** Direct subfolders and documents of a folder ('' is the root), each sorted by name. */
  children(folder: string): FolderChildren {
    const cached = this.sortedChildren.get(folder);
    if (cached) return cached;
    const node = this.tree.get(folder);
    if (!node) return { folders: [], documents: [] };
    const children: FolderChildren = Object.freeze({ folders: Object.freeze([...node.folders].sort(byName)), documents: Object.freeze([...node.documents].sort(byName)) });
    this.sortedChildren.set(folder, children);
    return children;
  }

  /** Every claim in the corpus that carries the theme, in document then text order. */
  claimsWithTheme(themeId: string): IndexedClaim[] {
    const found: IndexedClaim[] = [];
    for (const path of [...this.documentsByPath.keys()].sort(byName)) {
      for (const claim of this.documentsByPath.get(path)!.claims) {
        if (claim.annotation.themes.includes(themeId)) found.push(claim);
      }
    }
    return found;
  }

  /** For each theme id: how many claims carry it, in how many documents. */
  themeUsage(): Map<string, { claims: number; documents: number }> {
    const usage = new Map<string, { claims: number; documents: Set<string> }>();
    for (const document of this.documentsByPath.values()) {
      for (const claim of document.claims) {
        for (const theme of new Set(claim.annotation.themes)) {
          const entry = usage.get(theme) ?? { claims: 0, documents: new Set<string>() };
          entry.claims++;
          entry.documents.add(document.path);
          usage.set(theme, entry);
        }
      }
    }
    return new Map([...usage].map(([theme, entry]) => [theme, { claims: entry.claims, documents: entry.documents.size }]));
  }

  /** Documents with at least one claim. */
  *annotatedDocuments(): Iterable<IndexedDocument> {
    for (const document of this.documentsByPath.values()) if (document.claims.length > 0) yield document;
  }

  /** Calls the listener with the paths that changed; returns a function that unsubscribes. */
  onDidChange(listener: (paths: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(paths: readonly string[]): void {
    for (const listener of this.listeners) listener(paths);
  }

  private link(path: string): void {
    let child = path;
    let isDocument = true;
    for (;;) {
      const parent = parentOf(child);
      let node = this.tree.get(parent);
      const existed = node !== undefined;
      if (!node) {
        node = { folders: new Set(), documents: new Set() };
        this.tree.set(parent, node);
      }
      (isDocument ? node.documents : node.folders).add(child);
      this.sortedChildren.delete(parent);
      if (existed || parent === '') return;
      child = parent;
      isDocument = false;
    }
  }

  private unlink(path: string): void {
    let child = path;
    let isDocument = true;
    for (;;) {
      const parent = parentOf(child);
      const node = this.tree.get(parent);
      if (!node) return;
      (isDocument ? node.documents : node.folders).delete(child);
      this.sortedChildren.delete(parent);
      if (node.folders.size > 0 || node.documents.size > 0 || parent === '') return;
      this.tree.delete(parent);
      child = parent;
      isDocument = false;
    }
  }
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
function byName(a: string, b: string): number {
  return collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : a > b ? 1 : 0);
}
