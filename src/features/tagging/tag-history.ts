import type { AnnotationChanges } from '../../core/model/operations';

/** One tagging action that "Undo Last Tag" can reverse. */
export type TagAction =
  | { readonly kind: 'added'; readonly documentUri: string; readonly claimId: string; readonly description: string }
  | {
      readonly kind: 'changed';
      readonly documentUri: string;
      readonly claimId: string;
      /** The fields as they were before, `undefined` for those that were not set. */
      readonly previous: AnnotationChanges;
      readonly description: string;
    };

/** The tagging actions of this window, newest last (kept in memory: an undo list does not outlive the window). */
export class TagHistory {
  private readonly actions: TagAction[] = [];

  constructor(private readonly limit = 100) {}

  get size(): number {
    return this.actions.length;
  }

  push(action: TagAction): void {
    this.actions.push(action);
    if (this.actions.length > this.limit) this.actions.shift();
  }

  pop(): TagAction | undefined {
    return this.actions.pop();
  }

  peek(): TagAction | undefined {
    return this.actions[this.actions.length - 1];
  }
}
