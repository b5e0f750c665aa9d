import { grown } from './posting-lists';

/**
 * Each claim slot's numbers (content term ids, then word-pair hashes) in one shared Int32Array,
 * rather than two arrays per claim: 4 bytes a number and no per-claim object headers. A removed
 * slot leaves a hole; when the holes outweigh the live blocks the live ones are packed again.
 */
export class TermArena {
  private data = new Int32Array(1024);
  private used = 0;
  private holes = 0;
  private starts = new Int32Array(64);
  private lengths = new Int32Array(64);

  /** The array holding every block; a block of `slot` is `array[start(slot) .. start(slot) + length(slot) - 1]`. */
  get array(): Int32Array {
    return this.data;
  }

  start(slot: number): number {
    return this.starts[slot]!;
  }

  length(slot: number): number {
    return this.lengths[slot]!;
  }

  /** Stores the block of `slot` (which has none): `first` then `second`. */
  put(slot: number, first: ArrayLike<number>, second: ArrayLike<number>): void {
    const length = first.length + second.length;
    if (slot >= this.starts.length) {
      this.starts = grown(this.starts, slot + 1);
      this.lengths = grown(this.lengths, slot + 1);
    }
    if (this.used + length > this.data.length) this.makeRoom(length);
    const start = this.used;
    this.data.set(first, start);
    this.data.set(second, start + first.length);
    this.starts[slot] = start;
    this.lengths[slot] = length;
    this.used += length;
  }

  /** Frees the block of `slot`. */
  remove(slot: number): void {
    this.holes += this.lengths[slot]!;
    this.lengths[slot] = 0;
    this.starts[slot] = 0;
  }

  private makeRoom(needed: number): void {
    const live = this.used - this.holes;
    if (this.holes > live) {
      this.pack(Math.max(1024, (live + needed) * 2));
      if (this.used + needed <= this.data.length) return;
    }
    // Half again rather than double: this array holds most of the index, and slack is memory.
    const next = new Int32Array(Math.max(this.used + needed, Math.ceil(this.data.length * 1.5)));
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }

  /** Copies the live blocks, in slot order, to the start of a new array of `capacity`. */
  private pack(capacity: number): void {
    const packed = new Int32Array(capacity);
    let at = 0;
    for (let slot = 0; slot < this.lengths.length; slot++) {
      const length = this.lengths[slot]!;
      if (length === 0) continue;
      packed.set(this.data.subarray(this.starts[slot]!, this.starts[slot]! + length), at);
      this.starts[slot] = at;
      at += length;
    }
    this.data = packed;
    this.used = at;
    this.holes = 0;
  }
}
