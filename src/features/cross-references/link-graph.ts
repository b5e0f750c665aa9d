import type { AnnotationLink, DismissedLink } from '../../core/model/annotation';

/** A claim as the link graph sees it: its id, the links stored on it and the suggestions dismissed from it. */
export interface LinkingClaim {
  readonly id: string;
  readonly links?: readonly AnnotationLink[];
  readonly dismissedLinks?: readonly DismissedLink[];
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
  /** Dismissed pairs seen from both ends, counted (both claims may have dismissed each other). */
  private readonly dismissedWith = new Map<string, Map<string, number>>();
  private readonly dismissalsById = new Map<string, readonly DismissedLink[]>();

  replaceDocument(path: string, claims: readonly LinkingClaim[]): void {
    this.removeDocument(path);
    if (claims.length === 0) return;
    this.claimsByDocument.set(path, claims.map((c) => c.id));
    for (const claim of claims) {
      this.documentOf.set(claim.id, path);
      if (claim.dismissedLinks && claim.dismissedLinks.length > 0) {
        this.dismissalsById.set(claim.id, claim.dismissedLinks);
        for (const dismissal of claim.dismissedLinks) this.countDismissal(claim.id, dismissal.target, 1);
      }
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
      for (const dismissal of this.dismissalsById.get(id) ?? []) this.countDismissal(id, dismissal.target, -1);
      this.dismissalsById.delete(id);
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

  /** Whether either claim dismissed the suggestion of the other. */
  isDismissed(a: string, b: string): boolean {
    return (this.dismissedWith.get(a)?.get(b) ?? 0) > 0;
  }

  /** How many claims this claim has a dismissed pair with. */
  dismissedCount(id: string): number {
    return this.dismissedWith.get(id)?.size ?? 0;
  }

  private countDismissal(a: string, b: string, delta: 1 | -1): void {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let counts = this.dismissedWith.get(from);
      if (!counts) this.dismissedWith.set(from, (counts = new Map()));
      const next = (counts.get(to) ?? 0) + delta;
      if (next > 0) counts.set(to, next);
      else counts.delete(to);
      if (counts.size === 0) this.dismissedWith.delete(from);
    }
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

/** The dismissed links of a claim after dismissing `dismissal` (once per target). */
export function withDismissal(dismissed: readonly DismissedLink[] | undefined, dismissal: DismissedLink): DismissedLink[] {
  return [...(dismissed ?? []).filter((d) => d.target !== dismissal.target), dismissal];
}

/** The dismissed links without the one to `target`; undefined when none is left (the field is then dropped). */
export function withoutDismissal(dismissed: readonly DismissedLink[] | undefined, target: string): DismissedLink[] | undefined {
  const kept = (dismissed ?? []).filter((d) => d.target !== target);
  return kept.length > 0 ? kept : undefined;
}
