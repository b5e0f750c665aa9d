import { nameOf, parentOf, type CorpusIndex, type IndexedClaim } from '../../core/corpus/corpus-index';
import { matchesFilter, type ClaimFilter, type ThemeLookup } from './claim-filter';

/** No node of the tree gets more children than this; larger folders and documents are paged. */
export const defaultPageSize = 1000;

/**
 * A claim the detector proposes but nobody has accepted yet (issue 9). The view shows them as
 * distinct rows among a document's claims when a source is plugged in.
 */
export interface SuggestedClaim {
  /** Code points, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly speaker?: string;
}

export interface SuggestionSource {
  /** The suggestions known for a document (empty while not detected yet). */
  suggestionsFor(documentPath: string): readonly SuggestedClaim[];
  /** The tree shows or opens a document's row: detect its suggestions if they are not known (the source reports back). */
  request?(documentPath: string): void;
  /** Documents whose known suggestions are not empty; they show even without claims. */
  documentsWithSuggestions?(): Iterable<string>;
}

/** Another claim related to a claim: linked (either way), suggested by similarity, or a link whose target is gone. */
export interface ClaimCrossReference {
  /** The other claim's annotation id. */
  readonly claimId: string;
  readonly status: 'linked' | 'suggested' | 'broken';
  /** The relation of a link, or the reason of a suggestion. */
  readonly label: string;
  /** Similarity (0..1) of a suggestion. */
  readonly score?: number;
  /** Where the other claim is; absent for a broken link. */
  readonly target?: {
    readonly documentPath: string;
    readonly quote: string;
    readonly speaker?: string;
    /** Code points, end exclusive. */
    readonly start: number;
    readonly end: number;
  };
  /** The document a broken link names, if any. */
  readonly documentHint?: string;
}

/** Cross-references of claims, shown as children of claim rows (issue 5). Asked only when a row shows or expands. */
export interface CrossReferenceSource {
  hasCrossReferences(claimId: string): boolean;
  crossReferencesOf(claimId: string): readonly ClaimCrossReference[];
}

export interface FolderNode {
  readonly kind: 'folder';
  readonly id: string;
  readonly path: string;
  /** A root of a multi-root workspace. */
  readonly isWorkspaceFolder: boolean;
}

export interface DocumentNode {
  readonly kind: 'document';
  readonly id: string;
  readonly path: string;
}

/** A slice `[start, end)` of a folder's entries or of a document's claims. */
export interface PageNode {
  readonly kind: 'page';
  readonly id: string;
  readonly parent: FolderNode | DocumentNode;
  readonly start: number;
  readonly end: number;
  /** Names of the first and last entry, for folder pages. */
  readonly first?: string;
  readonly last?: string;
}

export interface ClaimNode {
  readonly kind: 'claim';
  readonly id: string;
  readonly documentPath: string;
  readonly claim: IndexedClaim;
}

export interface SuggestionNode {
  readonly kind: 'suggestion';
  readonly id: string;
  readonly documentPath: string;
  readonly suggestion: SuggestedClaim;
}

export interface CrossReferenceNode {
  readonly kind: 'crossReference';
  readonly id: string;
  /** The claim row it is shown under. */
  readonly parent: ClaimNode;
  readonly reference: ClaimCrossReference;
}

export type ClaimsNode = FolderNode | DocumentNode | PageNode | ClaimNode | SuggestionNode | CrossReferenceNode;
type EntryNode = FolderNode | DocumentNode;
type RowNode = ClaimNode | SuggestionNode;

export interface ClaimCounts {
  /** Claims shown (those matching the filter, or all). */
  readonly shown: number;
  readonly total: number;
  readonly orphaned: number;
}

/** What a change of some documents means for the tree. */
export interface TreeChange {
  /** The set of shown documents changed: refresh from the root. */
  readonly full: boolean;
  /** Otherwise these nodes (documents and folders whose counts changed) need refreshing. */
  readonly nodes: readonly EntryNode[];
}

interface Summary {
  /** Documents with at least one shown claim. */
  readonly documents: ReadonlySet<string>;
  /** Shown claims per folder ('' is the root), summed over the folder's subtree. */
  readonly folderClaims: ReadonlyMap<string, number>;
  /** Shown claims whose text was not found, per folder, summed the same way. */
  readonly folderOrphans: ReadonlyMap<string, number>;
  /** Folders holding a document that shows only for its suggestions. */
  readonly foldersWithSuggestions: ReadonlySet<string>;
}

/**
 * The Claims view's tree, without VS Code: which folders, documents and claims show, in which
 * order, paged so no node has more than `pageSize` children. By default only documents with
 * claims show; `showAll` adds the others. A filter narrows the claims (and so the documents);
 * following the active editor shows that document's claims only.
 */
export class ClaimsTreeModel {
  showAll = false;
  following = false;
  /** The index key of the active editor's document, when it is part of the corpus. */
  activeDocument: string | undefined;
  suggestions: SuggestionSource | undefined;
  crossReferences: CrossReferenceSource | undefined;
  private workspaceFolders: ReadonlySet<string> = new Set();
  private currentFilter: ClaimFilter | undefined;
  private summary: Summary | undefined;
  private readonly entryNodes = new Map<string, EntryNode>();
  /** Pages are kept too, so the same page is the same object while its range stays. */
  private readonly pageNodes = new Map<string, PageNode>();

  constructor(
    private readonly index: CorpusIndex,
    private readonly themes: ThemeLookup,
    readonly pageSize = defaultPageSize,
  ) {}

  get filter(): ClaimFilter | undefined {
    return this.currentFilter;
  }

  set filter(filter: ClaimFilter | undefined) {
    this.currentFilter = filter;
    this.summary = undefined;
  }

  /** Names of the workspace folders when there are several (index keys then start with them). */
  setWorkspaceFolders(names: readonly string[]): void {
    this.workspaceFolders = new Set(names);
    this.entryNodes.clear();
    this.pageNodes.clear();
    this.summary = undefined;
  }

  /** Forget cached counts (after the codebook changed, for example). */
  invalidate(): void {
    this.summary = undefined;
  }

  roots(): ClaimsNode[] {
    if (this.following) {
      const path = this.activeDocument;
      if (path === undefined || !this.index.get(path)) return [];
      this.suggestions?.request?.(path);
      return this.documentChildren(this.documentNode(path));
    }
    return this.folderChildren(undefined);
  }

  children(node: ClaimsNode): ClaimsNode[] {
    switch (node.kind) {
      case 'folder':
        return this.folderChildren(node);
      case 'document':
        this.suggestions?.request?.(node.path);
        return this.documentChildren(node);
      case 'page':
        if (node.parent.kind === 'folder') return this.folderEntries(node.parent.path).slice(node.start, node.end);
        this.suggestions?.request?.(node.parent.path);
        return this.documentRows(node.parent.path).slice(node.start, node.end);
      case 'claim':
        return (this.crossReferences?.crossReferencesOf(node.claim.annotation.id) ?? []).map(
          (reference): CrossReferenceNode => ({ kind: 'crossReference', id: `${node.id}>${reference.claimId}`, parent: node, reference }),
        );
      default:
        return [];
    }
  }

  /** The node a node is shown under (for TreeView.reveal); undefined for roots. */
  parentOf(node: ClaimsNode): ClaimsNode | undefined {
    if (node.kind === 'crossReference') return node.parent;
    if (node.kind === 'page') return node.parent.path === '' && node.parent.kind === 'folder' ? undefined : node.parent;
    if (node.kind === 'claim' || node.kind === 'suggestion') {
      const rows = this.documentRows(node.documentPath);
      const document = this.documentNode(node.documentPath);
      if (rows.length > this.pageSize) {
        const position = Math.max(0, rows.findIndex((row) => row.id === node.id));
        return this.pages(document, rows.length).find((page) => position < page.end);
      }
      return this.following ? undefined : document;
    }
    if (this.following) return undefined;
    const folder = parentOf(node.path);
    const entries = this.folderEntries(folder);
    const container = this.folderNode(folder);
    if (entries.length > this.pageSize) {
      const position = Math.max(0, entries.findIndex((entry) => entry.id === node.id));
      return this.pages(container, entries.length, entries).find((page) => position < page.end);
    }
    return folder === '' ? undefined : container;
  }

  counts(documentPath: string): ClaimCounts {
    const claims = this.index.get(documentPath)?.claims ?? [];
    const orphaned = claims.filter((claim) => claim.status === 'orphaned').length;
    const shown = this.filter ? this.visibleClaims(documentPath).length : claims.length;
    return { shown, total: claims.length, orphaned };
  }

  /** Whether a claim row expands into cross-references. */
  hasCrossReferences(node: ClaimNode): boolean {
    return this.crossReferences?.hasCrossReferences(node.claim.annotation.id) ?? false;
  }

  /** Shown claims in a folder's subtree. */
  folderClaimCount(folderPath: string): number {
    return this.summarize().folderClaims.get(folderPath) ?? 0;
  }

  /** Shown claims in a folder's subtree whose text was not found. */
  folderOrphanCount(folderPath: string): number {
    return this.summarize().folderOrphans.get(folderPath) ?? 0;
  }

  /** The claims of a document that pass the filter, in text order. */
  visibleClaims(documentPath: string): readonly IndexedClaim[] {
    const claims = this.index.get(documentPath)?.claims ?? [];
    const filter = this.filter;
    return filter ? claims.filter((claim) => matchesFilter(claim, filter, this.themes)) : claims;
  }

  documentNode(path: string): DocumentNode {
    return this.entryNode(`doc:${path}`, () => ({ kind: 'document', id: `doc:${path}`, path }));
  }

  folderNode(path: string): FolderNode {
    return this.entryNode(`folder:${path}`, () => ({
      kind: 'folder',
      id: `folder:${path}`,
      path,
      isWorkspaceFolder: !path.includes('/') && this.workspaceFolders.has(path),
    }));
  }

  /** Works out what to refresh after documents changed in the index. */
  changed(paths: readonly string[]): TreeChange {
    const before = this.summary;
    this.summary = undefined;
    const after = this.summarize();
    if (this.following) return { full: this.activeDocument !== undefined && paths.includes(this.activeDocument), nodes: [] };
    if (!before || !sameSet(before.documents, after.documents)) return { full: true, nodes: [] };
    const nodes: EntryNode[] = [];
    const folders = new Set<string>();
    for (const path of paths) {
      const exists = this.index.get(path) !== undefined;
      const known = this.entryNodes.has(`doc:${path}`);
      if (this.showAll && !this.filter && exists !== known) return { full: true, nodes: [] };
      if (exists && known) nodes.push(this.documentNode(path));
      for (let folder = parentOf(path); folder !== ''; folder = parentOf(folder)) folders.add(folder);
    }
    for (const folder of folders) {
      if (before.folderClaims.get(folder) !== after.folderClaims.get(folder) && this.entryNodes.has(`folder:${folder}`)) {
        nodes.push(this.folderNode(folder));
      }
    }
    return { full: false, nodes };
  }

  /** Entries of a folder (undefined: the root), or pages of them. */
  private folderChildren(folder: FolderNode | undefined): ClaimsNode[] {
    const container = folder ?? this.folderNode('');
    const entries = this.folderEntries(container.path);
    return entries.length <= this.pageSize ? entries : this.pages(container, entries.length, entries);
  }

  private documentChildren(document: DocumentNode): ClaimsNode[] {
    const rows = this.documentRows(document.path);
    return rows.length <= this.pageSize ? rows : this.pages(document, rows.length);
  }

  private pages(parent: FolderNode | DocumentNode, total: number, entries?: readonly EntryNode[]): PageNode[] {
    const pages: PageNode[] = [];
    for (let start = 0; start < total; start += this.pageSize) {
      const end = Math.min(total, start + this.pageSize);
      const first = entries && nameOf(entries[start]!.path);
      const last = entries && nameOf(entries[end - 1]!.path);
      const id = `${parent.id}/page:${start}`;
      const known = this.pageNodes.get(id);
      if (known && known.parent === parent && known.end === end && known.first === first && known.last === last) {
        pages.push(known);
        continue;
      }
      const page: PageNode = { kind: 'page', id, parent, start, end, ...(entries ? { first, last } : {}) };
      this.pageNodes.set(id, page);
      pages.push(page);
    }
    return pages;
  }

  /** Shown subfolders, then shown documents, of a folder. */
  private folderEntries(path: string): EntryNode[] {
    const { folders, documents } = this.index.children(path);
    const everything = this.showAll && !this.filter;
    const shown = everything ? undefined : this.summarize();
    return [
      ...folders
        .filter((folder) => !shown || (shown.folderClaims.get(folder) ?? 0) > 0 || shown.foldersWithSuggestions.has(folder))
        .map((folder) => this.folderNode(folder)),
      ...documents.filter((document) => !shown || shown.documents.has(document)).map((document) => this.documentNode(document)),
    ];
  }

  private documentRows(path: string): RowNode[] {
    const claims: RowNode[] = this.visibleClaims(path).map((claim) => ({
      kind: 'claim',
      id: `claim:${path}#${claim.annotation.id}`,
      documentPath: path,
      claim,
    }));
    const suggestions = this.filter ? [] : (this.suggestions?.suggestionsFor(path) ?? []);
    if (suggestions.length === 0) return claims;
    const rows: RowNode[] = [
      ...claims,
      ...suggestions.map((suggestion): SuggestionNode => ({
        kind: 'suggestion',
        id: `suggestion:${path}@${suggestion.start}-${suggestion.end}`,
        documentPath: path,
        suggestion,
      })),
    ];
    return rows.sort((a, b) => startOf(a) - startOf(b));
  }

  private summarize(): Summary {
    if (this.summary) return this.summary;
    const documents = new Set<string>();
    const folderClaims = new Map<string, number>();
    const folderOrphans = new Map<string, number>();
    for (const document of this.index.annotatedDocuments()) {
      const visible = this.filter ? this.visibleClaims(document.path) : document.claims;
      if (visible.length === 0) continue;
      const orphaned = visible.filter((claim) => claim.status === 'orphaned').length;
      documents.add(document.path);
      for (let folder = parentOf(document.path); ; folder = parentOf(folder)) {
        folderClaims.set(folder, (folderClaims.get(folder) ?? 0) + visible.length);
        if (orphaned > 0) folderOrphans.set(folder, (folderOrphans.get(folder) ?? 0) + orphaned);
        if (folder === '') break;
      }
    }
    const foldersWithSuggestions = new Set<string>();
    for (const path of this.filter ? [] : (this.suggestions?.documentsWithSuggestions?.() ?? [])) {
      if (documents.has(path) || !this.index.get(path)) continue;
      documents.add(path);
      for (let folder = parentOf(path); folder !== ''; folder = parentOf(folder)) foldersWithSuggestions.add(folder);
    }
    this.summary = { documents, folderClaims, folderOrphans, foldersWithSuggestions };
    return this.summary;
  }

  private entryNode<T extends EntryNode>(id: string, make: () => T): T {
    let node = this.entryNodes.get(id) as T | undefined;
    if (!node) {
      node = make();
      this.entryNodes.set(id, node);
    }
    return node;
  }
}

function startOf(row: RowNode): number {
  return row.kind === 'claim' ? row.claim.start : row.suggestion.start;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
