import type * as vscode from 'vscode';
import { overlapsByHalf, type Detection } from '../../core/detect';

/**
 * Detections below this confidence are not trusted with the speaker: the detector caps guesses such
 * as "the mayor said" resolved to a name found later in the text at 0.7, and a wrong speaker written
 * silently into a sidecar costs more than a missing one.
 */
const minConfidence = 0.75;

/**
 * Who said a statement being tagged, as the claim detector reads the document: the speaker of the
 * detected claim that overlaps the tagged text by at least half of the longer of the two. Tagging
 * fills it in so a new claim arrives with its speaker; "Set Speaker" corrects it. The detections are
 * the ones the suggestions use (same cues, same cache, on the detector thread).
 */
export class SpeakerGuesser {
  /** `detectionsOf` gives the detections of a document's current text (the suggestions' detection service). */
  constructor(private readonly detectionsOf: (document: vscode.TextDocument) => Promise<readonly Detection[]>) {}

  async speakerOf(document: vscode.TextDocument, start: number, end: number): Promise<string | undefined> {
    const version = document.version;
    try {
      const detections = await this.detectionsOf(document);
      // Edited while the detector ran: its offsets belong to the older text.
      if (document.version !== version) return undefined;
      const covering = detections.filter((d) => d.speaker && d.confidence >= minConfidence && overlapsByHalf(d, { start, end }));
      const best = covering.sort((a, b) => sharedLength(b, start, end) - sharedLength(a, start, end) || b.confidence - a.confidence)[0];
      return best?.speaker ?? undefined;
    } catch (error) {
      // A guess must never stand in the way of tagging.
      console.warn('Marginalia: could not guess the speaker:', error);
      return undefined;
    }
  }
}

function sharedLength(span: { start: number; end: number }, start: number, end: number): number {
  return Math.min(span.end, end) - Math.max(span.start, start);
}
