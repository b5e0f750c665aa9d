import { maskMarkdownProseWithBlocks, parsesAsMarkdown } from '../markdown/prose-mask';
import type { DetectFormat } from './types';

/**
 * The text the detector scans and its prose blocks. For Markdown the text is the prose mask
 * (same length as the source), so offsets need no mapping.
 */
export interface ProseText {
  readonly text: string;
  /** Flat `[start0, end0, start1, end1, …]`, ascending, non-overlapping. */
  readonly blocks: Int32Array;
  /** Block numbers that are Markdown headings. */
  readonly headings: ReadonlySet<number>;
}

const paragraphBreak = /\n[ \t]*(?:\r?\n[ \t]*)+|\n(?=[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t])|\n(?=[ \t]*\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}:[ \t])/gu;

/**
 * Plain text: blocks are paragraphs separated by blank lines; a line starting a list item starts a
 * block too, and so does a line opening with a speaker label in capitals ("KOVAC: …", "Q: …"), as
 * transcripts put one turn on each line.
 */
export function plainBlocks(text: string): ProseText {
  const blocks: number[] = [];
  let start = 0;
  paragraphBreak.lastIndex = 0;
  for (let m = paragraphBreak.exec(text); m !== null; m = paragraphBreak.exec(text)) {
    pushTrimmed(text, start, m.index, blocks);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, blocks);
  return { text, blocks: Int32Array.from(blocks), headings: new Set() };
}

function pushTrimmed(text: string, start: number, end: number, out: number[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(start, end);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

export function proseTextOf(source: string, format: DetectFormat): ProseText {
  if (format === 'plain' || !parsesAsMarkdown(source)) return plainBlocks(source);
  const masked = maskMarkdownProseWithBlocks(source);
  const blocks: number[] = [];
  const headings = new Set<number>();
  for (let i = 0; i < masked.blocks.length; i += 2) {
    const before = blocks.length;
    pushTrimmed(masked.mask, masked.blocks[i]!, masked.blocks[i + 1]!, blocks);
    if (blocks.length > before && masked.headings.has(i / 2)) headings.add(before / 2);
  }
  return { text: masked.mask, blocks: Int32Array.from(blocks), headings };
}
