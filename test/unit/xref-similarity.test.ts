import { strict as assert } from 'node:assert';
import { XrefIndex, stem, termsOf, words, type XrefClaim } from '../../src/core/xref';

let counter = 0;
function claim(path: string, text: string, kind: XrefClaim['kind'] = 'quote', speaker: string | null = null): XrefClaim {
  counter++;
  return { id: `c${counter}`, path, start: counter * 100, end: counter * 100 + [...text].length, text, kind, speaker };
}

/** Scores pairs inside a small index, so the inverse-frequency weights come from a realistic set of claims. */
function scored(a: XrefClaim, b: XrefClaim, others: XrefClaim[] = []) {
  const index = new XrefIndex();
  const byPath = new Map<string, XrefClaim[]>();
  for (const c of [a, b, ...others]) byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);
  for (const [path, claims] of byPath) index.replaceDocument(path, claims);
  return index.compare(a.id, b.id);
}

const filler = [
  claim('f.md', 'Harbour fees rose again this spring for every visiting yacht', 'reported', 'Port Office'),
  claim('f.md', 'The ferry timetable changes on Monday morning', 'quote', 'Ferry Line'),
  claim('g.md', 'Teachers voted to accept the pay offer after a long night', 'reported', 'Teachers Union'),
];

describe('xref similarity', () => {
  it('folds case, accents, quotation marks, thousands separators and number words', () => {
    assert.deepEqual(words('«Márkvart» said “1,200 JOBS”'), ['markvart', 'said', '1200', 'jobs']);
    assert.deepEqual(words('three hundred and forty services'), ['340', 'services']);
    assert.deepEqual(words("we won't"), ['we', 'will', 'not']);
  });

  it('stems plurals, past forms and gerunds to one term, and leaves "constructor" alone', () => {
    assert.equal(stem('boiling'), stem('boiled'));
    assert.equal(stem('cede'), stem('ceded'));
    assert.equal(stem('families'), stem('family'));
    assert.equal(stem('children'), 'child');
    assert.equal(stem('constructor'), 'constructor');
  });

  it('keeps content terms only, so reported backshift (I will → she would) does not matter', () => {
    assert.deepEqual(termsOf('I will be boiling our water').content, termsOf('she would be boiling their water').content);
  });

  it('scores the same quote from two outlets near 1 and calls it "same quote"', () => {
    const a = claim('a.md', 'The law applies to every boat, whatever flag it flies,', 'quote', 'Tomas Brennick');
    const b = claim('b.txt', 'The law applies to every boat, whatever flag it flies,', 'quote', 'Tomas Brennick');
    const result = scored(a, b, filler);
    assert.ok(result.score >= 0.95, `score ${result.score}`);
    assert.match(result.reason, /^same quote/);
  });

  it('recognises a partial quote repeated in a longer one', () => {
    const a = claim('a.md', 'will not cede an inch', 'quote', 'Ilona Márkvart');
    const b = claim('b.txt', 'Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,', 'quote', 'Ilona Markvart');
    const result = scored(a, b, filler);
    assert.match(result.reason, /^quote repeated in part, same speaker/);
    assert.ok(result.score >= 0.8);
  });

  it('names a reported sentence summarising a quote, with its share of words', () => {
    const a = claim('a.md', 'the vessel would not leave port until the fine was paid', 'reported', 'Tomas Brennick');
    const b = claim('b.md', 'The captain will answer to a court, and the vessel will stay in port until the fine is paid.', 'quote', 'Tomas Brennick');
    const result = scored(a, b, filler);
    assert.match(result.reason, /^reported speech summarising quote: \d+% shared words, same speaker$/);
    assert.ok(result.score > 0.5 && result.score < 0.95, `score ${result.score}`);
  });

  it('scores unrelated claims low and a different speaker lower than the same one', () => {
    const text = 'Parents should use bottled water for infant formula';
    const unrelated = scored(claim('a.md', text, 'reported', 'Dr Saarvik'), claim('b.md', 'Rail workers will walk out for two days', 'reported', 'Dr Saarvik'), filler);
    assert.ok(unrelated.score < 0.3, `unrelated ${unrelated.score}`);
    const same = scored(claim('a.md', text, 'reported', 'Dr Saarvik'), claim('b.md', 'bottled water should be used for formula', 'reported', 'Dr Saarvik'), filler);
    const other = scored(claim('a.md', text, 'reported', 'Dr Saarvik'), claim('b.md', 'bottled water should be used for formula', 'reported', 'The Mayor'), filler);
    assert.ok(same.score > other.score, `${same.score} vs ${other.score}`);
    assert.match(same.reason, /^paraphrase: \d+% shared words/);
  });

  it('is symmetric and stays within [0, 1]', () => {
    const a = claim('a.md', 'Nobody needs to panic, and nobody needs to buy up bottled water', 'quote', 'Mayor');
    const b = claim('b.md', 'no need to panic over tap water', 'reported', 'Mayor');
    const index = new XrefIndex();
    index.replaceDocument('a.md', [a]);
    index.replaceDocument('b.md', [b]);
    const ab = index.compare(a.id, b.id);
    const ba = index.compare(b.id, a.id);
    assert.equal(ab.score, ba.score);
    assert.ok(ab.score >= 0 && ab.score <= 1);
  });
});
