import { monotonicFactory } from 'ulid';

export interface IdSources {
  /** Milliseconds since the epoch; defaults to `Date.now`. */
  readonly now?: () => number;
  /** Uniform random number in [0, 1); defaults to a cryptographic source. */
  readonly random?: () => number;
}

/** A function minting ULIDs, monotonic within one process. Inject sources for tests. */
export function createIdFactory(sources: IdSources = {}): () => string {
  const next = sources.random ? monotonicFactory(sources.random) : monotonicFactory();
  const now = sources.now ?? Date.now;
  return () => next(now());
}
