import type { Annotation, DismissedSuggestion } from './annotation';

/** The sidecar format this version of Marginalia reads and writes. */
export const currentSidecarVersion = 2;

/** `<document>.annotations.json`: every annotation of one document. */
export interface Sidecar {
  readonly version: 2;
  /** The document's path relative to the sidecar file's folder, '/'-separated. */
  readonly document: string;
  /** `sha256:<hex>` of the document text the annotations were last anchored against. */
  readonly textHash: string;
  /** Sorted by position start, then end, then id. */
  readonly annotations: readonly Annotation[];
  /** Detection suggestions the user dismissed. */
  readonly dismissed?: readonly DismissedSuggestion[];
}

/**
 * Format version 1: the minimal flat format a script can write by hand. Offsets count code
 * points. Read (and migrated to version 2) but never written.
 */
export interface SidecarV1 {
  readonly version: 1;
  readonly annotations: readonly SidecarV1Annotation[];
}

export interface SidecarV1Annotation {
  readonly id?: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly themes?: readonly string[];
  readonly speaker?: string;
  readonly note?: string;
}

export function emptySidecar(document: string, textHash = ''): Sidecar {
  return { version: 2, document, textHash, annotations: [] };
}
