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
}
