import type { AnnotationLink } from '../../core/model/annotation';

/** A claim as the link graph sees it: its id and the links stored on it. */
export interface LinkingClaim {
  readonly id: string;
  readonly links?: readonly AnnotationLink[];
}

/** One stored link, seen from either end. */
export interface LinkEdge {
  readonly from: string;
  readonly fromDocument: string;
  readonly link: AnnotationLink;
}

/**
 * The stored links of the corpus, by source and by target (backlinks), kept one document at a
 * time. Pure: no `vscode`, so the unit tests drive it directly. A link whose target id is not a
 * known claim is "broken"; it is kept and reported, never dropped.
 */
export class LinkGraph {
  private readonly claimsByDocument = new Map<string, string[]>();
  private readonly documentOf = new Map<string, string>();
  private readonly outgoingById = new Map<string, LinkEdge[]>();
  private readonly incomingById = new Map<string, LinkEdge[]>();

  replaceDocument(path: string, claims: readonly LinkingClaim[]): void {
    this.removeDocument(path);
    if (claims.length === 0) return;
    this.claimsByDocument.set(path, claims.map((c) => c.id));
    for (const claim of claims) {
      this.documentOf.set(claim.id, path);
      const edges = (claim.links ?? []).map((link): LinkEdge => ({ from: claim.id, fromDocument: path, link }));
      if (edges.length === 0) continue;
      this.outgoingById.set(claim.id, edges);
      for (const edge of edges) {
        const list = this.incomingById.get(edge.link.target);
        if (list) list.push(edge);
        else this.incomingById.set(edge.link.target, [edge]);
      }
    }
  }

  removeDocument(path: string): void {
    const ids = this.claimsByDocument.get(path);
    if (!ids) return;
    this.claimsByDocument.delete(path);
    for (const id of ids) {
      if (this.documentOf.get(id) === path) this.documentOf.delete(id);
      for (const edge of this.outgoingById.get(id) ?? []) {
        const list = this.incomingById.get(edge.link.target);
        if (!list) continue;
        const kept = list.filter((e) => e !== edge);
        if (kept.length > 0) this.incomingById.set(edge.link.target, kept);
        else this.incomingById.delete(edge.link.target);
      }
      this.outgoingById.delete(id);
    }
  }

  /** The document of a known claim. */
  documentOfClaim(id: string): string | undefined {
    return this.documentOf.get(id);
  }

  has(id: string): boolean {
    return this.documentOf.has(id);
  }

  outgoing(id: string): readonly LinkEdge[] {
    return this.outgoingById.get(id) ?? [];
  }

  /** Links stored on other claims that point at this one. */
  incoming(id: string): readonly LinkEdge[] {
    return (this.incomingById.get(id) ?? []).filter((edge) => edge.from !== id);
  }

  /** Links whose target claim is in no document of the corpus, by source document. */
  brokenLinks(): Map<string, LinkEdge[]> {
    const broken = new Map<string, LinkEdge[]>();
    for (const [target, edges] of this.incomingById) {
      if (this.documentOf.has(target)) continue;
      for (const edge of edges) {
        const list = broken.get(edge.fromDocument);
        if (list) list.push(edge);
        else broken.set(edge.fromDocument, [edge]);
      }
    }
    return broken;
  }

  /** The broken links stored on one claim. */
  brokenLinksOf(id: string): LinkEdge[] {
    return this.outgoing(id).filter((edge) => !this.documentOf.has(edge.link.target));
  }
}

/** The links of a claim after linking it to `target` with `relation` (one link per target: the newest relation wins). */
export function withLink(links: readonly AnnotationLink[] | undefined, link: AnnotationLink): AnnotationLink[] {
  return [...(links ?? []).filter((l) => l.target !== link.target), link];
}
