import * as vscode from 'vscode';
import { quoteSelectorOf, type AnnotationLink } from '../../core/model/annotation';
import type { AnnotationService } from '../annotations';
import type { CrossReferenceNode } from '../claims-view';
import type { CorpusService } from '../corpus';
import { locationOf, resolveSource, revealLocation, storedPathOf, type SourceClaim } from './claim-places';
import { normalizeRelation, relationLabel } from './cross-reference-list';
import type { CrossReferenceService, KnownClaim } from './cross-reference-service';
import { withDismissal, withLink, withoutDismissal } from './link-graph';
import type { CrossReferencePrompts, ReviewItem } from './prompts';

/** The relation a confirmed suggestion gets unless the user picks another. */
export const defaultConfirmRelation = 'same-statement';

/** Longest id or relation a command accepts from a menu or a Markdown link. */
const maxArgumentLength = 200;

/** A pair of claims a confirm or dismiss acts on. */
export interface ClaimPair {
  readonly source: SourceClaim;
  readonly target: KnownClaim;
  /** A relation passed by the caller (hover links and tests); checked and normalised. */
  readonly relation?: string;
}

/**
 * Confirm (suggestion → link), dismiss (remembered on the source claim) and the review quick pick
 * of a claim's cross-references. Arguments come from tree rows, hover links and other commands:
 * each is checked before use.
 */
export class CrossReferenceReview {
  constructor(
    private readonly annotations: AnnotationService,
    private readonly corpus: CorpusService,
    private readonly service: CrossReferenceService,
    private readonly prompts: () => CrossReferencePrompts,
  ) {}

  /** Links the pair; the relation is the caller's, or asked for when `ask`, else "same statement". */
  async confirm(args: readonly unknown[], ask = false): Promise<AnnotationLink | undefined> {
    const pair = await this.resolvePair(args);
    if (!pair) return undefined;
    const relation = pair.relation ?? (ask ? await this.prompts().pickRelation() : defaultConfirmRelation);
    if (!relation) return undefined;
    return this.link(pair, relation);
  }

  /** Remembers on the source claim that the pair is not a cross-reference. */
  async dismiss(args: readonly unknown[]): Promise<boolean> {
    const pair = await this.resolvePair(args);
    if (!pair) return false;
    const live = await this.liveSource(pair.source);
    const dismissal = { target: pair.target.claim.annotation.id, ...this.documentField(pair) };
    await this.annotations.updateClaim(pair.source.document, pair.source.id, {
      dismissedLinks: withDismissal(live.annotation.dismissedLinks, dismissal),
    });
    vscode.window.setStatusBarMessage('Marginalia: suggestion dismissed', 3000);
    return true;
  }

  /** Shows a claim (by id) in its document: what hover links to other claims run. */
  async open(args: readonly unknown[]): Promise<boolean> {
    const [id] = args;
    await this.ready();
    const known = typeof id === 'string' && id.length <= maxArgumentLength ? this.service.claim(id) : undefined;
    if (!known) throw new Error('that claim is no longer in the corpus.');
    const location = await locationOf(this.corpus, known);
    if (!location) return false;
    await revealLocation(location);
    return true;
  }

  /**
   * A quick pick of the claim's linked and suggested claims: pick one to show it; the buttons of a
   * suggestion confirm it (same statement, or another relation) or dismiss it, and the list comes back.
   */
  async review(args: readonly unknown[]): Promise<void> {
    const source = await resolveSource(this.annotations, this.corpus, args);
    if (!source) return;
    await this.ready();
    for (;;) {
      const here = this.service.claim(source.id);
      const items = this.service.claimCrossReferences(source.id).flatMap((row): ReviewItem[] => {
        if (!row.target) return [];
        const detail = row.status === 'suggested' ? `suggested ${row.score?.toFixed(2) ?? ''} · ${row.label}` : row.label;
        return [{ id: row.claimId, quote: row.target.quote, speaker: row.target.speaker, documentPath: row.target.documentPath, detail, suggested: row.status === 'suggested' }];
      });
      if (items.length === 0) {
        void vscode.window.showInformationMessage('Marginalia: this claim has no cross-references.');
        return;
      }
      const quote = here ? quoteSelectorOf(here.claim.annotation).exact : '';
      const choice = await this.prompts().reviewCrossReferences(quote, items);
      if (!choice) return;
      const pairArgs = [source.document.uri.toString(), source.id, choice.id];
      if (choice.action === 'open') {
        await this.open([choice.id]);
        return;
      }
      if (choice.action === 'dismiss') await this.dismiss(pairArgs);
      else await this.confirm(pairArgs, choice.action === 'confirm-as');
      await this.annotations.whenIdle();
      await this.service.whenIdle();
    }
  }

  private async link(pair: ClaimPair, relation: string): Promise<AnnotationLink> {
    const live = await this.liveSource(pair.source);
    const target = pair.target.claim.annotation.id;
    const link: AnnotationLink = { target, ...this.documentField(pair), relation };
    await this.annotations.updateClaim(pair.source.document, pair.source.id, {
      links: withLink(live.annotation.links, link),
      dismissedLinks: withoutDismissal(live.annotation.dismissedLinks, target),
    });
    vscode.window.setStatusBarMessage(`Marginalia: linked (${relationLabel(relation)})`, 3000);
    return link;
  }

  /** `(document URI, claim id, other claim id[, relation])`, or a cross-reference row of the Claims view. */
  private async resolvePair(args: readonly unknown[]): Promise<ClaimPair | undefined> {
    const [first] = args;
    let sourceArgs: readonly unknown[];
    let targetId: unknown;
    let relation: unknown;
    if (isCrossReferenceNode(first)) {
      sourceArgs = [first.parent];
      targetId = first.reference.claimId;
    } else {
      sourceArgs = args.slice(0, 2);
      [, , targetId, relation] = args;
      if (sourceArgs.length < 2) throw new Error('this command takes a document URI, a claim id and the id of the other claim.');
    }
    if (typeof targetId !== 'string' || targetId.length === 0 || targetId.length > maxArgumentLength) {
      throw new Error('this command needs the id of the other claim.');
    }
    if (relation !== undefined && (typeof relation !== 'string' || relation.length > maxArgumentLength || !normalizeRelation(relation))) {
      throw new Error('the relation must be a short label.');
    }
    const source = await resolveSource(this.annotations, this.corpus, sourceArgs);
    if (!source) return undefined;
    await this.ready();
    const target = this.service.claim(targetId);
    if (!target) throw new Error(`there is no claim ${targetId} in the corpus.`);
    if (target.claim.annotation.id === source.id) throw new Error('a claim cannot be linked to itself.');
    return { source, target, ...(typeof relation === 'string' ? { relation: normalizeRelation(relation)! } : {}) };
  }

  private async liveSource(source: SourceClaim) {
    const live = (await this.annotations.sessionFor(source.document))?.annotations.find((a) => a.annotation.id === source.id);
    if (!live) throw new Error('the claim is no longer in its document.');
    return live;
  }

  /** `document` of a stored link or dismissal: absent when both claims are in one document. */
  private documentField(pair: ClaimPair): { document?: string } {
    const sourcePath = this.corpus.keyOf(pair.source.document.uri);
    return pair.target.documentPath === sourcePath ? {} : { document: storedPathOf(this.corpus, pair.target) };
  }

  private ready(): Promise<void> {
    return this.service.ready();
  }
}

function isCrossReferenceNode(value: unknown): value is CrossReferenceNode {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Partial<CrossReferenceNode>;
  return node.kind === 'crossReference' && typeof node.reference?.claimId === 'string' && node.parent?.kind === 'claim';
}
