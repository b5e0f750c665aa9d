import type { Mention } from './registry';

/**
 * The registry's mentions in document order, as one sequence read by index. Mentions from the
 * text are appended in order; speakers noted during resolution arrive in (almost always)
 * ascending position, so the sequence is kept as a merged prefix plus the unmerged rest of the
 * text's mentions: an insertion moves the rest forward instead of splicing a long array.
 */
export class MentionList {
  private readonly merged: Mention[] = [];
  private readonly rest: Mention[] = [];
  private next = 0;

  get length(): number {
    return this.merged.length + this.rest.length - this.next;
  }

  at(i: number): Mention {
    const m = this.merged.length;
    return i < m ? this.merged[i]! : this.rest[this.next + i - m]!;
  }

  /** Appends a mention at or after every mention so far. */
  push(mention: Mention): void {
    this.rest.push(mention);
  }

  /** Inserts after every mention at or before its position (the sequence stays sorted by position). */
  insert(mention: Mention): void {
    const pos = mention.pos;
    const merged = this.merged;
    if (merged.length > 0 && merged[merged.length - 1]!.pos > pos) {
      let i = merged.length;
      while (i > 0 && merged[i - 1]!.pos > pos) i--;
      merged.splice(i, 0, mention);
      return;
    }
    while (this.next < this.rest.length && this.rest[this.next]!.pos <= pos) merged.push(this.rest[this.next++]!);
    merged.push(mention);
  }

  /** Index of the last mention before `pos`, or -1. */
  lastBefore(pos: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.at(mid).pos < pos) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  }
}
