// The golden files of test/fixtures/detect: a document (.txt or .md) beside its expected claims
// (.expected.json), read by the golden test and by `npm run eval:golden`.
import { readFileSync } from 'node:fs';
import type { Detection } from '../../src/core/detect';

/** A claim the detector must find (same kind and text) with that speaker and cue; with `absent`, a stretch it must not report. */
export interface ExpectedClaim {
  readonly kind: Detection['kind'];
  readonly text: string;
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly absent?: boolean;
}

/** The expected-claims file beside a golden document. */
export function expectedFileOf(document: string): string {
  return document.replace(/\.(txt|md)$/, '.expected.json');
}

export function expectedClaimsOf(document: string): ExpectedClaim[] {
  return JSON.parse(readFileSync(expectedFileOf(document), 'utf8')) as ExpectedClaim[];
}
