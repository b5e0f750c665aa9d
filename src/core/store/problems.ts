/** Why a sidecar or codebook cannot be used (and is never written to). */
export type FileProblemKind =
  /** Larger than any real annotation file; not parsed. */
  | 'too-large'
  /** Contains git conflict markers. */
  | 'conflict'
  /** Not valid JSON. */
  | 'json'
  /** Valid JSON that does not follow the JSON Schema. */
  | 'schema'
  /** Written by a newer Marginalia whose format this version does not know. */
  | 'newer-version'
  /** Follows the schema but contradicts itself (duplicate ids, start after end, …). */
  | 'invalid'
  /** A symbolic link (or a path through one) that leads outside the workspace folder: never read or written. */
  | 'outside-link';

export interface FileProblem {
  /** The file as the caller named it. */
  readonly file: string;
  readonly kind: FileProblemKind;
  /** One or more sentences: what is wrong and what to do. Names the file. */
  readonly message: string;
  /** 1-based, when known. */
  readonly line?: number;
  readonly column?: number;
  /** JSON Pointer of the offending value, for schema and invalid problems. */
  readonly pointer?: string;
}

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; /** Set when an older format was migrated on read. */ readonly migratedFrom?: number }
  | { readonly ok: false; readonly problem: FileProblem };

export function problem(file: string, kind: FileProblemKind, message: string, extra: Partial<FileProblem> = {}): ParseResult<never> {
  return { ok: false, problem: { file, kind, message, ...extra } };
}
