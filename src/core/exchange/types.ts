import type { Annotation } from '../model/annotation';
import type { Codebook } from '../model/codebook';

/** One corpus document as the exporters see it. */
export interface ExchangeDocument {
  /** Workspace-relative, '/'-separated. */
  readonly path: string;
  /** The current text (BOM stripped), the one every offset counts into. */
  readonly text: string;
  readonly annotations: readonly Annotation[];
}

export interface ExchangeInput {
  readonly codebook: Codebook;
  readonly documents: readonly ExchangeDocument[];
}

export type ClaimStatus = 'anchored' | 'orphaned';

/** An annotation with where it anchors in its document's current text (code points). */
export interface PlacedClaim {
  readonly annotation: Annotation;
  readonly documentPath: string;
  readonly status: ClaimStatus;
  /** Current range when anchored, else the stored position. */
  readonly start: number;
  readonly end: number;
  /** The text at [start, end) when anchored, else the stored quote. */
  readonly quote: string;
}

export interface ExportOptions {
  /** Project name written in the REFI-QDA project (defaults to "Marginalia export"). */
  readonly projectName?: string;
  /** Tool name and version for the `origin` attribute. */
  readonly origin?: string;
}
