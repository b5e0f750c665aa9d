import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { detectClaims } from '../../src/core/detect';
import { markdownParseLimit, maskMarkdownProseWithBlocks, parsesAsMarkdown } from '../../src/core/markdown/prose-mask';
import { decodeDocumentText } from '../../src/core/text/decode';
import { bounded, fuzzParameters } from './fuzz-support';

/** Markdown pieces that drive the parser into every construct: fences, HTML, links, tables, front matter, nesting. */
const markdownPiece = fc.constantFrom(
  '# ', '## ', '> ', '- ', '* ', '1. ', '```', '~~~', '    ', '`', '**', '*', '_', '__', '~~', '[', ']', '(', ')', '![', '](', '<', '>', '</', '<!--', '-->',
  '<img src=x onerror=alert(1)>', '[x](command:workbench.action.quit)', '[j](javascript:alert(1))', '$(zap)', '---', '+++', '|', '| --- |', '\\', '&amp;', '&#0;',
  '[^1]', '[^1]: note', '[ref]: http://x "t"', '\n', '\n\n', '\r\n', ' ', '“', '”', '"', '’', 'said', 'the minister', 'Ruth Anand', ':', '. ', '😀', '\u0301', '\ud800', '\u0000', '\ufeff', '\u2028',
);
const markdownText = fc.oneof(
  fc.array(markdownPiece, { maxLength: 80 }).map((pieces) => pieces.join('')),
  fc.array(markdownPiece, { maxLength: 80 }).map((pieces) => pieces.join(' ')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function checkMask(source: string, boundMs: number): void {
  const masked = bounded(`maskMarkdownProse (${source.length} chars)`, boundMs, () => maskMarkdownProseWithBlocks(source));
  assert.equal(masked.mask.length, source.length, 'the mask keeps every offset');
  for (let i = 0; i < source.length; i++) {
    const [m, s] = [masked.mask[i], source[i]];
    if (m !== s) assert.equal(m, ' ', `offset ${i}: the mask either keeps a character or blanks it`);
    if (s === '\n' || s === '\r') assert.equal(m, s, 'line breaks are kept');
  }
  assert.equal(masked.blocks.length % 2, 0);
  for (let i = 0; i < masked.blocks.length; i += 2) {
    assert.ok(0 <= masked.blocks[i]! && masked.blocks[i]! <= masked.blocks[i + 1]! && masked.blocks[i + 1]! <= source.length, 'blocks lie inside the source');
  }
  for (const heading of masked.headings) assert.ok(heading < masked.blocks.length / 2);
}

function checkDetect(text: string, boundMs: number): void {
  const detections = bounded(`detectClaims (markdown, ${text.length} chars)`, boundMs, () => detectClaims(text, { format: 'markdown' }));
  for (const d of detections) assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `span ${d.start}-${d.end} inside ${text.length}`);
}

describe('fuzz: the Markdown path (prose mask, detection over Markdown, bytes from disk)', function () {
  this.timeout(180_000);

  it('masks random Markdown offset for offset, with blocks inside the source', () => {
    fc.assert(fc.property(markdownText, (source) => checkMask(source, 2_000)), fuzzParameters(0.03));
  });

  it('detects claims over random Markdown with spans inside the text', () => {
    fc.assert(fc.property(markdownText, (source) => checkDetect(source, 2_000)), fuzzParameters(0.02));
  });

  it('reads random bytes (binary, invalid UTF-8, byte order marks) as text, then masks and detects', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.array(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff], [0xfe], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80, 0x9c], [0x0a], [0x23, 0x20], [0x00], [0x22]), { maxLength: 60 }).map(
        (parts) => Uint8Array.from(parts.flat()),
      ),
    );
    fc.assert(
      fc.property(bytes, (raw) => {
        const text = bounded('decodeDocumentText', 1_000, () => decodeDocumentText(raw));
        // One leading byte order mark is dropped, as VS Code does; a second one is text.
        const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
        assert.equal(text, new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw.subarray(bom ? 3 : 0)));
        checkMask(text, 2_000);
        checkDetect(text, 2_000);
      }),
      fuzzParameters(0.02),
    );
  });

  it('a 10 MB single line of dense Markdown is read as plain text, within the bound', () => {
    const unit = 'A *line* with “quotes,” said [Ann](command:x) and `code` <img src=x onerror=alert(1)> ';
    const line = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
    assert.ok(line.length > markdownParseLimit);
    checkDetect(line, 60_000);
    // Right at the limit it is still parsed, in bounded time.
    checkMask(unit.repeat(Math.floor(markdownParseLimit / unit.length / 4)), 20_000);
  });

  it('deeply nested lists and block quotes, runs of brackets and emphasis end in bounded time', () => {
    const nestedList = (depth: number) => '- '.repeat(depth) + 'x';
    const indentedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    for (const source of [nestedList(5_000), indentedList(600), '> '.repeat(5_000) + 'x', '['.repeat(50_000), '*a _b '.repeat(20_000), '`'.repeat(50_000) + 'a', '<'.repeat(50_000), '![x]('.repeat(10_000)]) {
      checkDetect(source, 30_000);
    }
    assert.equal(parsesAsMarkdown(nestedList(5_000)), false, 'a 5,000-deep list is read as plain text');
    assert.equal(parsesAsMarkdown(nestedList(150)), true, 'a 150-deep list is still parsed');
    checkMask(nestedList(150), 5_000);
  });
});
