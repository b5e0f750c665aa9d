import { hashBytes } from '../text/hash';
import type { FilePort, FileStamp } from './file-port';
import type { FileProblem, ParseResult } from './problems';

/** How one kind of JSON file is read, written and changed. */
export interface JsonFileFormat<T, Op> {
  parse(text: string, path: string): ParseResult<T>;
  serialize(value: T): string;
  apply(value: T, operation: Op): { value: T; applied: boolean };
  /** The value when the file does not exist yet. */
  empty(path: string): T;
}

export type SaveOutcome<Op> =
  /** Written. `merged` when the file had changed on disk and the operations were re-applied to it. */
  | { readonly status: 'written'; readonly merged: boolean; readonly skipped: readonly Op[] }
  /** Nothing to write: no pending operations, or the result equals the file's bytes. */
  | { readonly status: 'unchanged'; readonly skipped: readonly Op[] }
  /** The file on disk has a problem; nothing was written and the operations stay pending. */
  | { readonly status: 'blocked'; readonly problem: FileProblem };

interface Baseline {
  /** Hash of the bytes read, or undefined when the file did not exist. */
  readonly hash: string | undefined;
  readonly stamp: FileStamp | undefined;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
const encoder = new TextEncoder();

/**
 * A JSON file edited through operations with optimistic concurrency. It remembers the exact
 * version it read; `save` writes only if the file is still that version, and otherwise
 * reloads, re-applies the pending operations on top of what is there now, and writes the
 * merge. A file with a problem (conflict markers, bad JSON, schema, newer version) is never
 * written: operations stay pending until a reload finds it fixed.
 */
export class GuardedJsonFile<T, Op> {
  private base: T;
  private baseline: Baseline;
  private currentProblem: FileProblem | undefined;
  private pendingOperations: Op[] = [];
  private cached: T | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly port: FilePort,
    readonly path: string,
    private readonly format: JsonFileFormat<T, Op>,
  ) {
    this.base = format.empty(path);
    this.baseline = { hash: undefined, stamp: undefined };
  }

  /** Reads the file (a missing file is an empty value, not a problem). */
  static async open<T, Op>(port: FilePort, path: string, format: JsonFileFormat<T, Op>): Promise<GuardedJsonFile<T, Op>> {
    const file = new GuardedJsonFile(port, path, format);
    await file.reload();
    return file;
  }

  /** The value on disk with the pending operations applied (empty when the file has a problem). */
  get value(): T {
    this.cached ??= this.applyPending(this.base).value;
    return this.cached;
  }

  get problem(): FileProblem | undefined {
    return this.currentProblem;
  }

  get pending(): readonly Op[] {
    return this.pendingOperations;
  }

  /** Whether the file existed when last read. */
  get exists(): boolean {
    return this.baseline.hash !== undefined;
  }

  /** Queues an operation; it takes effect in `value` at once and on disk at the next `save`. */
  apply(operation: Op): T {
    this.pendingOperations.push(operation);
    this.cached = undefined;
    return this.value;
  }

  /** Cheap check for watchers: has the file's size or mtime changed since it was read? */
  async changedOnDisk(): Promise<boolean> {
    const stamp = await this.port.stat(this.path);
    const known = this.baseline.stamp;
    if (!stamp || !known) return Boolean(stamp) !== Boolean(known);
    return stamp.mtimeMs !== known.mtimeMs || stamp.size !== known.size;
  }

  /** Re-reads the file (after an outside change); pending operations are kept and re-applied. */
  reload(): Promise<FileProblem | undefined> {
    return this.exclusive(async () => {
      const { bytes, stamp } = await this.readStamped();
      this.adopt(bytes, stamp);
      return this.currentProblem;
    });
  }

  /**
   * Writes the pending operations. The read, the comparison with the version read and the
   * write happen under the port's cross-process lock, when it has one, so a second writer
   * cannot slip in between the check and the rename.
   */
  save(): Promise<SaveOutcome<Op>> {
    return this.exclusive(() =>
      this.pendingOperations.length > 0 && this.port.exclusive ? this.port.exclusive(this.path, () => this.saveNow()) : this.saveNow(),
    );
  }

  private async saveNow(): Promise<SaveOutcome<Op>> {
    if (this.pendingOperations.length === 0) {
      return this.currentProblem ? { status: 'blocked', problem: this.currentProblem } : { status: 'unchanged', skipped: [] };
    }
    const { bytes: disk, stamp: diskStamp } = await this.readStamped();
    const diskHash = disk ? hashBytes(disk) : undefined;
    const merged = diskHash !== this.baseline.hash;
    if (merged) this.adopt(disk, diskStamp);
    if (this.currentProblem) return { status: 'blocked', problem: this.currentProblem };

    const { value, skipped } = this.applyPending(this.base);
    const bytes = encoder.encode(this.format.serialize(value));
    if (disk && sameBytes(disk, bytes)) {
      this.settle(value, diskHash, await this.port.stat(this.path));
      return { status: 'unchanged', skipped };
    }
    await this.port.writeAtomic(this.path, bytes);
    // (A stamp of another size is another writer's, come in after ours: none, so the next check reads it.)
    const written = await this.port.stat(this.path);
    this.settle(value, hashBytes(bytes), written?.size === bytes.length ? written : undefined);
    return { status: 'written', merged, skipped };
  }

  /**
   * The file's bytes, and its stamp taken before they were read. A stamp taken after the read could
   * belong to a write that came in between (a checkout rewriting the file while it is read): the
   * old bytes would then pass for the new file's, and `changedOnDisk` would never see the change.
   * Taken before, a write in between only makes the next check read the file once more.
   */
  private async readStamped(): Promise<{ bytes: Uint8Array | undefined; stamp: FileStamp | undefined }> {
    const stamp = await this.port.stat(this.path);
    const bytes = await this.port.read(this.path);
    return { bytes, stamp: bytes ? stamp : undefined };
  }

  /** Makes the given bytes (the file's content, as of `stamp` or later) the new base. */
  private adopt(bytes: Uint8Array | undefined, stamp: FileStamp | undefined): void {
    this.cached = undefined;
    this.baseline = { hash: bytes ? hashBytes(bytes) : undefined, stamp };
    if (!bytes) {
      this.base = this.format.empty(this.path);
      this.currentProblem = undefined;
      return;
    }
    const parsed = this.format.parse(decoder.decode(bytes), this.path);
    if (parsed.ok) {
      this.base = parsed.value;
      this.currentProblem = undefined;
    } else {
      this.base = this.format.empty(this.path);
      this.currentProblem = parsed.problem;
    }
  }

  private settle(value: T, hash: string | undefined, stamp: FileStamp | undefined): void {
    this.base = value;
    this.baseline = { hash, stamp };
    this.pendingOperations = [];
    this.cached = value;
  }

  private applyPending(base: T): { value: T; skipped: Op[] } {
    let value = base;
    const skipped: Op[] = [];
    for (const operation of this.pendingOperations) {
      const outcome = this.format.apply(value, operation);
      value = outcome.value;
      if (!outcome.applied) skipped.push(operation);
    }
    return { value, skipped };
  }

  /** Runs file operations one at a time so a reload cannot interleave with a save. */
  private exclusive<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
