import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';

/** Characters a prose mask puts where the source has something that is not prose. */
const MASK = ' ';

/** Node types whose content is never prose, whatever their children are. */
const NON_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference']);

/**
 * Longest Markdown source (UTF-16 units) that is parsed. Parsing takes time growing with the amount
 * of inline syntax (about 1 s per 100,000 characters of dense links, emphasis and code spans on a
 * busy machine), so a larger file is read as plain text: its syntax is not masked, but it never
 * holds up the editor for minutes.
 */
export const markdownParseLimit = 500_000;

/**
 * A line whose first 400 characters are all container syntax (list markers, `>`, indentation): the
 * parser's time grows faster than the square of the nesting (1,000 nested `- `: 3 s), so such a
 * file is read as plain text too.
 */
const deepNesting = /^(?:[ \t>*+-]|\d{1,9}[.)]){400}/m;

/** Whether Markdown `source` is parsed for its prose, or (too large or too deeply nested) read as plain text. */
export function parsesAsMarkdown(source: string): boolean {
  return source.length <= markdownParseLimit && !deepNesting.test(source);
}

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

/**
 * Visits the nodes of the tree in document order, skipping non-prose subtrees; `visit` returns true to
 * skip a node's children. A loop with its own stack: deeply nested block quotes or lists (thousands of
 * `> `) would overflow the call stack of a recursive walk.
 */
function walk(root: Nodes, visit: (node: Nodes) => boolean): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (NON_PROSE.has(node.type) || visit(node)) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

function visitBlocks(tree: Nodes, onBlock: (start: number, end: number, isHeading: boolean) => void): void {
  walk(tree, (node) => {
    if (!BLOCK_TYPES.has(node.type)) return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) onBlock(start, end, node.type === 'heading');
    return true;
  });
}

function visitText(tree: Nodes, onText: (start: number, end: number, value: string) => void): void {
  walk(tree, (node) => {
    if (node.type !== 'text') return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) onText(start, end, node.value);
    return true;
  });
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
