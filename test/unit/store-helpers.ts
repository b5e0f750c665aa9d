import type { FilePort, FileStamp } from '../../src/core/store/file-port';
import { makeTarget, type Annotation } from '../../src/core/model/annotation';

/** An in-memory file port whose files tests can change behind the store's back. */
export class MemoryFiles implements FilePort {
  readonly files = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  writes = 0;
  private clock = 1_000;
  /** Runs once, right after the next `read` (to simulate a concurrent writer). */
  afterNextRead: (() => void) | undefined;

  put(path: string, text: string): void {
    this.files.set(path, { bytes: new TextEncoder().encode(text), mtimeMs: ++this.clock });
  }

  text(path: string): string | undefined {
    const file = this.files.get(path);
    return file ? new TextDecoder().decode(file.bytes) : undefined;
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    const bytes = this.files.get(path)?.bytes;
    const hook = this.afterNextRead;
    this.afterNextRead = undefined;
    hook?.();
    return bytes;
  }

  async stat(path: string): Promise<FileStamp | undefined> {
    const file = this.files.get(path);
    return file ? { mtimeMs: file.mtimeMs, size: file.bytes.length } : undefined;
  }

  async writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
    this.writes++;
    this.files.set(path, { bytes: Uint8Array.from(bytes), mtimeMs: ++this.clock });
  }
}

export function annotation(id: string, start: number, exact: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start, end: start + [...exact].length }),
    themes: [],
    created: '2025-03-01T10:00:00.000Z',
    modified: '2025-03-01T10:00:00.000Z',
    ...extra,
  };
}
