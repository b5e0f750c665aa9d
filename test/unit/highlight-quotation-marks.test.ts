import * as assert from 'node:assert/strict';
import { maskMarkdownProse } from '../../src/core/markdown/prose-mask';
import { findQuotations, quotationAt } from '../../src/core/text/quotation-marks';
import { sentenceAt, statementAt } from '../../src/core/text/statement-at';

const quoted = (text: string) => findQuotations(text).map((q) => text.slice(q.start, q.end));

describe('quotation scanner', () => {
  it('finds curly, straight, guillemet and low-high quotations with their marks', () => {
    const text = 'She said “we will appeal” and "nothing else". Il a dit « non ». Er sagte „nein“ und „ja”.';
    assert.deepEqual(quoted(text), ['“we will appeal”', '"nothing else"', '« non »', '„nein“', '„ja”']);
    const first = findQuotations(text)[0]!;
    assert.equal(text.slice(first.contentStart, first.contentEnd), 'we will appeal');
  });

  it('keeps nested quotations inside the outer one', () => {
    const text = '“He told me “stay home” twice,” she said. «Il a dit “non” hier»';
    assert.deepEqual(quoted(text), ['“He told me “stay home” twice,”', '«Il a dit “non” hier»']);
  });

  it('does not take inch marks, apostrophes or unbalanced marks for quotations', () => {
    assert.deepEqual(quoted('A 15" screen and a 17" one. It’s the council’s view.'), []);
    assert.deepEqual(quoted('“Unclosed at the end of the paragraph.\n\nNext paragraph.'), []);
  });

  it('never lets a quotation cross a blank line, except a run-on quote', () => {
    assert.deepEqual(quoted('"Open here\n\nand closed there" is not a quote.'), []);
    const runOn = '“First part of the quote.\n\n“Second part,” she said.';
    assert.deepEqual(quoted(runOn), ['“First part of the quote.', '“Second part,”']);
  });

  it('spans the line breaks inside one paragraph', () => {
    assert.deepEqual(quoted('He said "this is\nwrapped" today.'), ['"this is\nwrapped"']);
  });

  it('skips code and link targets when run on a Markdown prose mask', () => {
    const markdown = 'Say "yes" here.\n\n```\nconst s = "code";\n```\n\nInline `"raw"` and [a "link"](https://x.example/"q") too.\n';
    const found = findQuotations(maskMarkdownProse(markdown)).map((q) => markdown.slice(q.start, q.end));
    assert.deepEqual(found, ['"yes"', '"link"']);
  });

  it('finds the quotation under an offset, either edge included', () => {
    const text = 'Before. “Inside the quote,” he said.';
    const open = text.indexOf('“');
    assert.equal(quotationAt(text, open)?.start, open);
    assert.deepEqual(quotationAt(text, text.indexOf('quote')), quotationAt(text, open));
    assert.equal(quotationAt(text, 2), undefined);
  });
});

describe('statement under the cursor', () => {
  const text = 'Mayor Okonkwo-Lund spoke first. She said the water was "perfectly safe for everyone". Dr. Saarvik disagreed! Nobody knew.\n\nA new paragraph without end';

  it('is the text inside the quotation marks around the cursor', () => {
    const span = statementAt(text, text.indexOf('safe'));
    assert.equal(span && text.slice(span.start, span.end), 'perfectly safe for everyone');
  });

  it('is the sentence around the cursor otherwise, not split at abbreviations', () => {
    const at = (word: string) => {
      const span = statementAt(text, text.indexOf(word));
      return span && text.slice(span.start, span.end);
    };
    assert.equal(at('spoke'), 'Mayor Okonkwo-Lund spoke first.');
    assert.equal(at('Saarvik'), 'Dr. Saarvik disagreed!');
    assert.equal(at('knew'), 'Nobody knew.');
    assert.equal(at('without'), 'A new paragraph without end');
  });

  it('ends a sentence at a list item line, without its marker, and is undefined on blank text', () => {
    const list = 'Advice:\n- Boil water for one minute\n- Use bottled water for formula\n';
    const span = sentenceAt(list, list.indexOf('bottled'));
    assert.equal(span && list.slice(span.start, span.end), 'Use bottled water for formula');
    assert.equal(statementAt('   \n\n  ', 3), undefined);
  });
});
