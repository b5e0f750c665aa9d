import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { documentClaims, XrefIndex, type XrefClaim } from '../../src/core/xref';
import { detachedCopy } from '../../src/core/xref/corpus-claims';
import { PostingLists } from '../../src/core/xref/posting-lists';
import { TermArena } from '../../src/core/xref/term-arena';
import { XrefIndex as PlainXrefIndex } from './xref-reference/xref-index';

// A small vocabulary so that claims share words, speakers and candidates overflow the limits.
const vocabulary = ['harbour', 'shoals', 'cede', 'inch', 'minister', 'water', 'boiling', 'strike', 'rail', 'three', 'hundred', 'will', 'not', 'the', 'our', 'we', 'flood', 'defences', 'cost', 'more'];
const speakers = ['Ilona Márkvart', 'ILONA MARKVART', 'Tomas Brennick', 'Matthias Krenn', null];

const documentArbitrary = fc.array(
  fc.record({
    words: fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 12 }),
    kind: fc.constantFrom<XrefClaim['kind']>('quote', 'reported'),
    speaker: fc.constantFrom(...speakers),
  }),
  { maxLength: 5 },
);

/** Operations on documents 0..5: replace one with new claims (an empty list removes it) or remove it. */
const operationsArbitrary = fc.array(fc.record({ document: fc.nat(5), remove: fc.boolean(), claims: documentArbitrary }), { minLength: 1, maxLength: 25 });

function claimsOf(path: string, drawn: readonly { words: string[]; kind: XrefClaim['kind']; speaker: string | null }[], version: number): XrefClaim[] {
  return drawn.map((c, i) => ({ id: `${path}#${version}-${i}`, path, start: i * 100, end: i * 100 + 50, text: c.words.join(' '), kind: c.kind, speaker: c.speaker }));
}

describe('xref index, compact structures', () => {
  it('answers every query, comparison and pair list as the plain index does, through any updates', () => {
    fc.assert(
      fc.property(operationsArbitrary, fc.boolean(), (operations, tightLimits) => {
        const limits = tightLimits ? { candidates: 3, speakerClaims: 2 } : { candidates: 2000, speakerClaims: 300 };
        const compact = new XrefIndex(limits);
        const plain = new PlainXrefIndex(limits);
        operations.forEach(({ document, remove, claims }, version) => {
          const path = `doc-${document}.md`;
          if (remove) {
            compact.removeDocument(path);
            plain.removeDocument(path);
          } else {
            compact.replaceDocument(path, claimsOf(path, claims, version));
            plain.replaceDocument(path, claimsOf(path, claims, version));
          }
        });
        assert.equal(compact.size, plain.size);
        assert.deepEqual([...compact.documents], [...plain.documents]);
        const ids = [...plain.documents].flatMap((path) => plain.claimsOf(path).map((c) => c.id));
        for (const id of ids) {
          assert.deepEqual(compact.query(id, 4, 0), plain.query(id, 4, 0));
          assert.deepEqual(compact.compare(id, ids[0]!), plain.compare(id, ids[0]!));
        }
        assert.deepEqual(compact.pairs(0.2), plain.pairs(0.2));
      }),
      { numRuns: 300 },
    );
  });
});

describe('posting lists', () => {
  it('keep each key’s slots sorted and unique through adds and removes', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.nat(3), slot: fc.nat(200), add: fc.boolean() }), { maxLength: 400 }), (steps) => {
        const lists = new PostingLists();
        const expected = [0, 1, 2, 3].map(() => new Set<number>());
        for (let k = 0; k < 4; k++) lists.addKey();
        for (const { key, slot, add } of steps) {
          if (add) {
            lists.add(key, slot);
            expected[key]!.add(slot);
          } else {
            lists.remove(key, slot);
            expected[key]!.delete(slot);
          }
        }
        expected.forEach((set, key) => {
          assert.deepEqual([...lists.list(key).subarray(0, lists.size(key))], [...set].sort((a, b) => a - b));
        });
      }),
    );
  });
});

describe('term arena', () => {
  it('keeps every live slot’s numbers through removals and packing', () => {
    const arena = new TermArena();
    const expected = new Map<number, number[]>();
    for (let round = 0; round < 40; round++) {
      for (let slot = 0; slot < 100; slot++) {
        if (expected.has(slot) && (slot + round) % 3 === 0) {
          arena.remove(slot);
          expected.delete(slot);
        } else if (!expected.has(slot)) {
          const first = Array.from({ length: (slot * 7 + round) % 9 }, (_, k) => slot * 1000 + k);
          const second = Array.from({ length: (slot + round) % 5 }, (_, k) => -(k + round) - 1);
          arena.put(slot, first, second);
          expected.set(slot, [...first, ...second]);
        }
      }
      for (const [slot, numbers] of expected) {
        const start = arena.start(slot);
        assert.deepEqual([...arena.array.subarray(start, start + arena.length(slot))], numbers, `slot ${slot} in round ${round}`);
      }
    }
    assert.ok(arena.array.length < 40 * 100 * 13, 'holes are reused rather than the array growing without end');
  });
});

describe('detected claims for the index', () => {
  it('keep the detection’s exact text and a path#start-end id', () => {
    const document = '“😀 We will not cede an inch,” she said. ' + 'More text. '.repeat(1000);
    const text = document.slice(0, 31);
    const [claim] = documentClaims('a.md', [], [{ start: 0, end: 31, text, kind: 'quote', speaker: 'Ilona' }]);
    assert.equal(claim!.text, text);
    assert.equal(claim!.id, 'a.md#0-31');
  });

  it('copy any text exactly, surrogate pairs and empty text included', () => {
    for (const text of ['', 'a', '😀', '😀x', 'x😀', '\ud83d', 'déjà “vu”']) assert.equal(detachedCopy(text), text);
  });
});
