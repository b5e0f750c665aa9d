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
