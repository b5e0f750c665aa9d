import type { ClaimKind } from '../model/annotation';

/**
 * One detected claim. Offsets are **UTF-16 code units** into the text given to the detector
 * (JavaScript string indices, as VS Code's `offsetAt`), end exclusive; `toCodePointDetections`
 * converts them to code points for sidecars and the CLI.
 */
export interface Detection {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  /** The claim's text from the source: the quote without its outer quotation marks, or the reported content. */
  readonly text: string;
  /** Canonical name of the person or organisation, or null when unattributed or unknown. */
  readonly speaker: string | null;
  /**
   * The reporting cue as the text has it ("said", "according to", ":" for the colon form, "—" for a
   * dash attribution), or "headline" for a headline quoting words the body attributes.
   */
  readonly cue: string | null;
  /** 0..1; detections below the emit threshold are never returned. */
  readonly confidence: number;
}

export type DetectFormat = 'plain' | 'markdown';

export interface DetectOptions {
  readonly format?: DetectFormat;
  /** Extra reporting cues (words or phrases, any case) added to the built-in lexicon. */
  readonly extraCues?: readonly string[];
  /** Detections below this confidence are dropped. Default `defaultMinConfidence`. */
  readonly minConfidence?: number;
}

/** Suggestions below this confidence are not emitted: scare quotes and titles score well under it. */
export const defaultMinConfidence = 0.5;
