import * as assert from 'node:assert/strict';
import type { MarginaliaApi } from '../../src/extension';
import type { ClaimsNode } from '../../src/features/claims-view';
import type { ClaimChoice, CrossReferencePrompts, ReviewChoice, ReviewItem } from '../../src/features/cross-references';

/** Answers the cross-reference commands' questions from the tests; records the choices offered. */
export class ScriptedPrompts implements CrossReferencePrompts {
  readonly offered: (readonly ClaimChoice[])[] = [];
  readonly reviewed: (readonly ReviewItem[])[] = [];
  target: (choices: readonly ClaimChoice[]) => string | undefined = () => undefined;
  relation: string | undefined;
  /** Answers of successive reviews, in order; undefined (closing the pick) once they run out. */
  reviewAnswers: ((items: readonly ReviewItem[]) => ReviewChoice | undefined)[] = [];

  async pickLinkTarget(_quote: string, choices: readonly ClaimChoice[]): Promise<string | undefined> {
    this.offered.push(choices);
    return this.target(choices);
  }

  async pickRelation(): Promise<string | undefined> {
    return this.relation;
  }

  async pickComparison(choices: readonly ClaimChoice[]): Promise<string | undefined> {
    this.offered.push(choices);
    return this.target(choices);
  }

  async reviewCrossReferences(_quote: string, items: readonly ReviewItem[]): Promise<ReviewChoice | undefined> {
    this.reviewed.push(items);
    return this.reviewAnswers.shift()?.(items);
  }
}

/** The Claims view row of a claim, found by walking the tree. */
export async function findClaimNode(api: MarginaliaApi, claimId: string): Promise<ClaimsNode> {
  const known = api.crossReferences.service.claim(claimId);
  assert.ok(known, `claim ${claimId} is indexed`);
  const key = known.documentPath;
  const walk = async (nodes: readonly ClaimsNode[]): Promise<ClaimsNode | undefined> => {
    for (const node of nodes) {
      if (node.kind === 'claim' && node.claim.annotation.id === claimId) return node;
      const path = node.kind === 'folder' || node.kind === 'document' ? node.path : undefined;
      if (node.kind === 'page' || (path !== undefined && (key === path || key.startsWith(`${path}/`)))) {
        const found = await walk(await api.claimsView.provider.getChildren(node));
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = await walk(await api.claimsView.provider.getChildren());
  assert.ok(found, `a Claims view row for ${claimId}`);
  return found;
}
