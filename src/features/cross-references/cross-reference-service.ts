import * as vscode from 'vscode';
import type { IndexedClaim } from '../../core/corpus/corpus-index';
import { quoteSelectorOf } from '../../core/model/annotation';
import { defaultXrefThreshold, XrefIndex, xrefClaimOf, type XrefClaim } from '../../core/xref';
import type { CorpusService } from '../corpus';
import type { ClaimCrossReference } from '../claims-view';
import { crossReferencesOf, relationLabel, type CrossReference } from './cross-reference-list';
import { LinkGraph, type LinkEdge } from './link-graph';

/** How many suggested (not linked) cross-references a claim shows at most. */
export const suggestionsPerClaim = 5;
/** At most this much time per window goes to finding out whether Claims view rows have suggestions. */
const checkBudgetMs = 100;
const checkWindowMs = 1000;
/** Quiet time that gathers index changes into one change event (views and diagnostics follow it). */
const notifyDelayMs = 80;

/** A claim of the corpus by id, with its document's index key. */
export interface KnownClaim {
  readonly claim: IndexedClaim;
  readonly documentPath: string;
}

/**
 * Keeps a similarity index (XrefIndex) and the link graph in step with the corpus index, one
 * document at a time: a change to a document replaces that document's claims, nothing is rebuilt.
 * Claims not found in their text (orphaned) are known for links but not suggested.
 */
export class CrossReferenceService implements vscode.Disposable {
  readonly xref = new XrefIndex();
  readonly links = new LinkGraph();
  private readonly claimsById = new Map<string, KnownClaim>();
  private readonly idsByDocument = new Map<string, string[]>();
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires (batched) with the documents whose claims changed. */
  readonly onDidChange = this.changed.event;
  private readonly pending = new Set<string>();
  private notifyTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;
  private loaded: Promise<void> | undefined;
  /** Whether a claim has a suggestion, per claim id, until the next change of any document (the Claims view asks it per row). */
  private readonly hasSuggestion = new Map<string, boolean>();
  private checkWindow = { ends: 0, spentMs: 0 };

  constructor(private readonly corpus: CorpusService) {
    this.unsubscribe = corpus.index.onDidChange((paths) => {
      for (const path of paths) this.sync(path);
    });
  }

  /** Loads the corpus (once) and indexes what it already holds. */
  ready(): Promise<void> {
    this.loaded ??= this.corpus.ensureLoaded().then(() => {
      for (const document of this.corpus.index.annotatedDocuments()) if (!this.idsByDocument.has(document.path)) this.sync(document.path);
    });
    return this.loaded;
  }

  /** Resolves once pending changes have been announced (tests await it). */
  async whenIdle(): Promise<void> {
    await this.ready();
    await this.corpus.ensureLoaded();
    if (this.notifyTimer) this.flush();
  }

  claim(id: string): KnownClaim | undefined {
    return this.claimsById.get(id);
  }

  /** Links, backlinks and the best suggestions of a claim. */
  crossReferencesOf(id: string, suggestions = suggestionsPerClaim): CrossReference[] {
    // Dismissed pairs are dropped after the query: ask for as many more as there are dismissals.
    const similar =
      suggestions > 0 && this.xref.claim(id)
        ? this.xref
            .query(id, suggestions + this.links.dismissedCount(id), defaultXrefThreshold)
            .filter((m) => !this.links.isDismissed(id, m.claim.id))
            .slice(0, suggestions)
            .map((m) => ({ id: m.claim.id, path: m.claim.path, score: m.score, reason: m.reason }))
        : [];
    return crossReferencesOf(id, this.links.outgoing(id), this.links.incoming(id), similar, (target) => this.claimsById.get(target)?.documentPath);
  }

  /** A claim's cross-references as the Claims view and the hover show them: linked (either way) and broken links, then suggested. */
  claimCrossReferences(id: string): ClaimCrossReference[] {
    const rows: ClaimCrossReference[] = [];
    for (const reference of this.crossReferencesOf(id)) {
      const known = this.claimsById.get(reference.id);
      if (!known) continue;
      const { annotation } = known.claim;
      rows.push({
        claimId: reference.id,
        status: reference.source === 'suggestion' ? 'suggested' : 'linked',
        label: reference.label,
        ...(reference.score !== undefined ? { score: reference.score } : {}),
        target: {
          documentPath: known.documentPath,
          quote: quoteSelectorOf(annotation).exact,
          ...(annotation.speaker ? { speaker: annotation.speaker } : {}),
          start: known.claim.start,
          end: known.claim.end,
        },
      });
    }
    const broken = this.links.brokenLinksOf(id).map(
      (edge): ClaimCrossReference => ({
        claimId: edge.link.target,
        status: 'broken',
        label: relationLabel(edge.link.relation),
        ...(edge.link.document ? { documentHint: edge.link.document } : {}),
      }),
    );
    const linkedCount = rows.filter((r) => r.status === 'linked').length;
    rows.splice(linkedCount, 0, ...broken);
    return rows;
  }

  /** Whether a claim has any cross-reference (cheap when it has links; otherwise one query for a single suggestion). */
  hasCrossReferences(id: string): boolean {
    if (this.links.outgoing(id).length > 0 || this.links.incoming(id).length > 0) return true;
    const known = this.hasSuggestion.get(id);
    if (known !== undefined) return known;
    // A query takes up to ~20 ms in a very large corpus; a document of a thousand claims must not
    // freeze the view. Past the budget a row is simply expandable and answers when opened.
    const started = performance.now();
    if (started > this.checkWindow.ends) this.checkWindow = { ends: started + checkWindowMs, spentMs: 0 };
    if (this.checkWindow.spentMs > checkBudgetMs) return true;
    const found = this.crossReferencesOf(id, 1).length > 0;
    this.checkWindow.spentMs += performance.now() - started;
    this.hasSuggestion.set(id, found);
    return found;
  }

  /** Every claim of the corpus ranked by similarity to `id`, for choosing a link target. */
  rankedCandidates(id: string, limit = 200): { claim: KnownClaim; score: number }[] {
    const scored = this.xref.claim(id) ? this.xref.query(id, limit, 0) : [];
    const seen = new Set([id, ...scored.map((m) => m.claim.id)]);
    const ranked = scored.flatMap((m) => {
      const known = this.claimsById.get(m.claim.id);
      return known ? [{ claim: known, score: m.score }] : [];
    });
    for (const [otherId, known] of this.claimsById) {
      if (ranked.length >= limit) break;
      if (!seen.has(otherId)) ranked.push({ claim: known, score: 0 });
    }
    return ranked;
  }

  /** Links stored on claims of this document whose target claim is gone. */
  brokenLinksIn(documentPath: string): LinkEdge[] {
    return (this.idsByDocument.get(documentPath) ?? []).flatMap((id) => this.links.brokenLinksOf(id));
  }

  dispose(): void {
    this.unsubscribe();
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.changed.dispose();
  }

  private sync(path: string): void {
    this.hasSuggestion.clear();
    for (const id of this.idsByDocument.get(path) ?? []) if (this.claimsById.get(id)?.documentPath === path) this.claimsById.delete(id);
    const claims = this.corpus.index.get(path)?.claims ?? [];
    const indexable: XrefClaim[] = [];
    const ids: string[] = [];
    for (const claim of claims) {
      const id = claim.annotation.id;
      // Ids are unique in a workspace; a copied sidecar may repeat them: the first document keeps the id.
      if (this.claimsById.has(id)) continue;
      ids.push(id);
      this.claimsById.set(id, { claim, documentPath: path });
      if (claim.status !== 'orphaned') indexable.push(xrefClaimOf(claim, path));
    }
    if (ids.length > 0) this.idsByDocument.set(path, ids);
    else this.idsByDocument.delete(path);
    this.xref.replaceDocument(path, indexable);
    const owned = new Set(ids);
    this.links.replaceDocument(
      path,
      claims
        .filter((c) => owned.has(c.annotation.id))
        .map((c) => ({ id: c.annotation.id, links: c.annotation.links, dismissedLinks: c.annotation.dismissedLinks })),
    );
    this.pending.add(path);
    this.notifyTimer ??= setTimeout(() => this.flush(), notifyDelayMs);
  }

  private flush(): void {
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = undefined;
    const paths = [...this.pending];
    this.pending.clear();
    if (paths.length > 0) this.changed.fire(paths);
  }
}
