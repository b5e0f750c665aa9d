import { storyLength, type Candidate, type DocumentContext } from './context';
import { metadataLabels } from './lexicon';
import { firstQuoteClosingAtOrAfter } from './quotes';
import { speakerRefOf, type SpeakerRef } from './speaker-ref';
import { tokenize } from './tokens';

const sectionLabel = /^\p{Lu}{2,}(?: \p{Lu}{2,})*:\s+/u;
const dashSpeaker = /\s[—–-]\s([^—–]+)$/u;
const colonSpeaker = /^([^:"“„«]{1,40}):\s+/u;

/**
 * Headline attributions without quotation marks: "… — union chief" and "Velmora mayor: …".
 * Quotations in headlines are handled with the other quotes (their dash or colon is their cue).
 */
export function headlineCandidates(ctx: DocumentContext, source: string): Candidate[] {
  const out: Candidate[] = [];
  for (let block = 0; block < ctx.sentences.blockCount; block++) {
    if (!ctx.isHeadline(block)) continue;
    const blockStart = ctx.sentences.blockStart(block);
    if (isListItem(source, blockStart)) continue;
    const text = ctx.text.slice(blockStart, ctx.sentences.blockEnd(block));
    if (/["“”„«»]/.test(text)) continue;
    const section = sectionLabel.exec(text);
    const from = section ? section[0].length : 0;
    const dash = dashSpeaker.exec(text);
    if (dash && dash.index > from && !/\d/.test(dash[1]!) && dash[1]!.trim().split(/\s+/).length <= 5) {
      const speakerStart = blockStart + dash.index + dash[0].indexOf(dash[1]!);
      const ref = speakerRefOf(tokenize(ctx.text, speakerStart, speakerStart + dash[1]!.length));
      if (isSpeaker(ctx, ref)) {
        out.push(candidate(ctx, blockStart + from, blockStart + dash.index, '—', { ref, pos: speakerStart }, blockStart, text));
        continue;
      }
    }
    const colon = section ? null : colonSpeaker.exec(text);
    if (colon) {
      const ref = speakerRefOf(tokenize(ctx.text, blockStart, blockStart + colon[1]!.length));
      if (isSpeaker(ctx, ref) && !metadataLabels.has(colon[1]!.toLowerCase().split(' ')[0]!)) {
        let end = text.length;
        while (end > 0 && /[\s.!?]/.test(text[end - 1]!)) end--;
        // Nothing but spaces and punctuation after the colon, or a topic without a verb ("Transport
        // Committee: oral evidence on the timetable"): no statement to attribute.
        if (end > colon[0].length && hasVerb(text.slice(colon[0].length, end))) out.push(candidate(ctx, blockStart + colon[0].length, blockStart + end, ':', { ref, pos: blockStart }, blockStart, text));
      }
    }
  }
  return out;
}

/**
 * A headline statement has a verb: an auxiliary or modal, a past form, or a present form in -s
 * after its first word. Topic lines ("oral evidence on the spring timetable") have none.
 */
function hasVerb(statement: string): boolean {
  const words = statement.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.some((w, i) => verbWords.has(w) || (i > 0 && (/[^e]ed$/.test(w) || (/[^s]s$/.test(w) && w.length > 3))));
}
const verbWords = new Set(['is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'has', 'have', 'had', 'do', 'does', 'did', 'won’t', "won't", 'cannot', 'not', 'no']);

/** A role, or a name the document knows as a person or an organisation. */
export function isSpeaker(ctx: DocumentContext, ref: SpeakerRef): boolean {
  if (ref.kind === 'role') return true;
  if (ref.kind !== 'name') return false;
  return ref.cls === 'person' || ref.cls === 'org' || ctx.registry.lookupPerson(ref.name) !== undefined;
}

/**
 * The statement `[start, end)` of a headline (`text` starts at `sentenceStart`). Wrapped in
 * straight single quotes ("'We will not close a ward' — minister"), the headline style that
 * cannot be told from apostrophes elsewhere, it is a quotation without its marks.
 */
function candidate(ctx: DocumentContext, start: number, end: number, cue: string, subject: Candidate['subject'], sentenceStart: number, text: string): Candidate {
  while (end > start && /\s/.test(text[end - 1 - sentenceStart]!)) end--;
  const quoted = end - start > 2 && text[start - sentenceStart] === "'" && text[end - 1 - sentenceStart] === "'";
  if (quoted) return { kind: 'quote', start: start + 1, end: end - 1, cue, subject, sentenceStart, forward: true, confidence: 0.75 };
  // ("No one would keep a dog in those conditions — union chief": words the story quotes below.)
  if (end - start >= 12 && quotedBelow(ctx, start, end)) return { kind: 'quote', start, end, cue, subject, sentenceStart, forward: true, confidence: 0.75 };
  return { kind: 'reported', start, end, cue, subject, sentenceStart, forward: true, confidence: 0.7 };
}

/** The words `text[start, end)` recur inside a quotation of the story below (looked for within a story's length). */
function quotedBelow(ctx: DocumentContext, start: number, end: number): boolean {
  const found = ctx.text.slice(end, end + storyLength).indexOf(ctx.text.slice(start, end));
  if (found < 0) return false;
  const at = end + found;
  const q = ctx.quotes[firstQuoteClosingAtOrAfter(ctx.quotes, at)];
  return q !== undefined && q.start <= at && at + (end - start) <= q.end;
}

const listMarker = /^[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;

/** A list item ("- Partners: …") is a label and its value, not a headline. */
export function isListItem(source: string, blockStart: number): boolean {
  const lineStart = source.lastIndexOf('\n', blockStart - 1) + 1;
  let lineEnd = source.indexOf('\n', blockStart);
  if (lineEnd < 0) lineEnd = source.length;
  return listMarker.test(source.slice(lineStart, Math.min(lineEnd, blockStart + 4)));
}
