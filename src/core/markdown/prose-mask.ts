import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';

/** Characters a prose mask puts where the source has something that is not prose. */
const MASK = ' ';

/** Node types whose content is never prose, whatever their children are. */
const NON_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Returns a copy of `source` of exactly the same length in UTF-16 units in which every character that is
 * not prose (code, inline code, HTML, front matter, link destinations and titles, Markdown syntax such as
 * `#`, `>`, list markers and emphasis marks) is replaced by a space. Line breaks are kept.
 *
 * Offsets in the mask are offsets in the source, so a detector that works on plain text runs on the mask
 * and its spans need no mapping back.
 */
export function maskMarkdownProse(source: string): string {
  return maskMarkdownProseWithBlocks(source).mask;
}

/** Node types that make one prose block (a unit that sentences and quotations do not cross unless continued). */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

export interface MaskedMarkdown {
  /** Same as `maskMarkdownProse(source)`. */
  readonly mask: string;
  /**
   * The prose blocks (paragraphs, headings, table cells) as flat `[start0, end0, start1, end1, …]`
   * UTF-16 offsets into the source, in document order. A paragraph inside a list item or block quote
   * is a block of its own.
   */
  readonly blocks: Int32Array;
  /** Offsets (into `blocks` / 2) of the blocks that are headings. */
  readonly headings: ReadonlySet<number>;
}

/** `maskMarkdownProse` plus the block structure, from one parse. */
export function maskMarkdownProseWithBlocks(source: string): MaskedMarkdown {
  const tree = parser.parse(source) as Root;
  const out: string[] = new Array<string>(source.length);
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    out[i] = ch === '\n' || ch === '\r' ? ch : MASK;
  }
  visitText(tree, (start, end, value) => copyAligned(source, start, end, value, out));
  const blocks: number[] = [];
  const headings = new Set<number>();
  visitBlocks(tree, (start, end, isHeading) => {
    if (isHeading) headings.add(blocks.length / 2);
    blocks.push(start, end);
  });
  return { mask: out.join(''), blocks: Int32Array.from(blocks), headings };
}

function visitBlocks(node: Nodes, onBlock: (start: number, end: number, isHeading: boolean) => void): void {
  if (NON_PROSE.has(node.type)) return;
  if (BLOCK_TYPES.has(node.type)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) onBlock(start, end, node.type === 'heading');
    return;
  }
  if ('children' in node) {
    for (const child of node.children) visitBlocks(child as Nodes, onBlock);
  }
}

function visitText(node: Nodes, onText: (start: number, end: number, value: string) => void): void {
  if (NON_PROSE.has(node.type)) return;
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) onText(start, end, node.value);
    return;
  }
  if ('children' in node) {
    for (const child of node.children) visitText(child as Nodes, onText);
  }
}

/**
 * Copies into `out` the source characters of [start, end) that make up the text node's value. The value is
 * the source minus container prefixes (`> ` on continuation lines), escapes and character references, so a
 * greedy walk that keeps matching characters and masks the rest recovers which source characters are prose.
 */
function copyAligned(source: string, start: number, end: number, value: string, out: string[]): void {
  let j = 0;
  for (let i = start; i < end; i++) {
    const ch = source[i]!;
    if (j < value.length && ch === value[j]) {
      out[i] = ch;
      j++;
    } else if (ch === '\n' || ch === '\r') {
      out[i] = ch;
    }
  }
}
