/** What a store needs from a file system. Paths are whatever the adapter understands. */
export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

export interface FilePort {
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  stat(path: string): Promise<FileStamp | undefined>;
  /** Replaces the file in one step (temporary file, fsync, rename), creating folders as needed. */
  writeAtomic(path: string, bytes: Uint8Array): Promise<void>;
  /**
   * Runs `task` while other processes using the same port cannot check-and-write `path`
   * (another window, the CLI). Rejects with a message naming the file when it cannot get the
   * file in time. Optional: without it only this process's saves are serialised.
   */
  exclusive?<R>(path: string, task: () => Promise<R>): Promise<R>;
}
