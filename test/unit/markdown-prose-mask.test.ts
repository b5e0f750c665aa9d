import { strict as assert } from 'node:assert';
import { maskMarkdownProse } from '../../src/core/markdown/prose-mask';

function prose(source: string): string {
  const mask = maskMarkdownProse(source);
  assert.equal(mask.length, source.length, 'the mask keeps every offset');
  return mask.replace(/[ ]+/g, ' ').trim();
}

describe('Markdown prose mask', () => {
  it('keeps paragraphs, headings, list items and block quotes as prose at their source offsets', () => {
    const source = '# Port deal “signed”\n\n- first “item”\n\n> “A quote,” she said.\n';
    const mask = maskMarkdownProse(source);
    for (const word of ['“signed”', '“item”', '“A quote,” she said.']) {
      assert.equal(mask.slice(source.indexOf(word), source.indexOf(word) + word.length), word);
    }
    assert.ok(!mask.includes('#') && !mask.includes('>') && !mask.includes('-'));
  });

  it('masks fenced code, inline code and HTML blocks', () => {
    const source = 'Say `"not a quote"` here.\n\n```\n"also not"\n```\n\n<div>\n"nor this"\n</div>\n';
    const text = prose(source);
    assert.ok(!text.includes('not a quote'));
    assert.ok(!text.includes('also not'));
    assert.ok(!text.includes('nor this'));
    assert.match(text, /Say here\./);
  });

  it('masks inline HTML tags but keeps the prose between them', () => {
    assert.equal(prose('A <span class="x">“kept”</span> word.\n'), 'A “kept” word.');
  });

  it('keeps link text but masks the destination and title', () => {
    const source = 'See [the “report”](https://example.test/"x" "a “title”") now.\n';
    const text = prose(source);
    assert.match(text, /See the “report” now\./);
    assert.ok(!text.includes('example'));
    assert.ok(!text.includes('title'));
  });

  it('masks YAML front matter', () => {
    const source = '---\ntitle: "Minister says “no”"\n---\n\nBody “yes”.\n';
    const text = prose(source);
    assert.ok(!text.includes('Minister'));
    assert.match(text, /Body “yes”\./);
  });

  it('masks block-quote markers on continuation lines of a quoted paragraph', () => {
    const source = '> “We will\n> rebuild,” he said.\n';
    const mask = maskMarkdownProse(source);
    assert.equal(mask, '  “We will\n  rebuild,” he said.\n');
  });

  it('masks emphasis marks but keeps the emphasised words', () => {
    assert.equal(prose('He said “we *will* win”.\n'), 'He said “we will win”.');
  });

  it('keeps line breaks so paragraphs stay apart', () => {
    const mask = maskMarkdownProse('One.\r\n\r\nTwo.\r\n');
    assert.equal(mask, 'One.\r\n\r\nTwo.\r\n');
  });
});
