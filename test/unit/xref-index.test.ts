import { strict as assert } from 'node:assert';
import { XrefIndex, documentClaims, linkedPairs, type XrefClaim } from '../../src/core/xref';
import type { Annotation } from '../../src/core/model/annotation';

function claimsOf(path: string, texts: [string, XrefClaim['kind'], string | null][]): XrefClaim[] {
  let offset = 0;
  return texts.map(([text, kind, speaker], i) => {
    const start = offset;
    offset += [...text].length + 10;
    return { id: `${path}#${i}`, path, start, end: start + [...text].length, text, kind, speaker };
  });
}

const lede = 'a.md';
const outlet = 'b.md';
const rail = 'c.md';

function corpus(): XrefIndex {
  const index = new XrefIndex();
  index.replaceDocument(lede, claimsOf(lede, [
    ['Marevia will not surrender its claim to the Caddon Shoals', 'reported', 'Ilona Márkvart'],
    ['Marevia will not cede an inch of the Caddon Shoals, not today and not at any negotiating table,', 'quote', 'Ilona Márkvart'],
  ]));
  index.replaceDocument(outlet, claimsOf(outlet, [
    ['Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,', 'quote', 'Ilona Márkvart'],
    ['The law applies to every boat, whatever flag it flies,', 'quote', 'Tomas Brennick'],
  ]));
  index.replaceDocument(rail, claimsOf(rail, [
    ['We have been patient for three years', 'quote', 'Matthias Krenn'],
    ['Rail workers will walk out for 48 hours from March 23', 'reported', 'Matthias Krenn'],
  ]));
  return index;
}

describe('xref index', () => {
  it('ranks a claim’s top k, best first, without the claim itself', () => {
    const index = corpus();
    const top = index.query(`${outlet}#0`, 2);
    assert.deepEqual(top.map((m) => m.claim.id), [`${lede}#1`, `${lede}#0`]);
    assert.ok(top[0]!.score > top[1]!.score);
    assert.equal(index.query(`${outlet}#0`, 1).length, 1);
    assert.ok(index.query(`${outlet}#0`, 10).every((m) => m.claim.id !== `${outlet}#0`));
  });

  it('lists corpus-wide pairs above a threshold once each, best first', () => {
    const pairs = corpus().pairs(0.5);
    const keys = pairs.map((p) => [p.a.id, p.b.id].join(' '));
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys[0], `${lede}#1 ${outlet}#0`);
    assert.ok(pairs.every((p, i) => i === 0 || pairs[i - 1]!.score >= p.score));
    assert.ok(!keys.some((k) => k.includes(rail)), 'the rail strike shares nothing with the harbour dispute');
  });

  it('replaces one document’s claims without a rebuild, and the answers follow', () => {
    const index = corpus();
    index.replaceDocument(rail, claimsOf(rail, [['The law applies to every boat, whatever flag it flies', 'quote', 'Tomas Brennick']]));
    assert.equal(index.size, 5);
    assert.equal(index.claim(`${rail}#1`), undefined, 'the old claims are gone');
    assert.equal(index.query(`${rail}#0`, 1)[0]!.claim.id, `${outlet}#1`);
    assert.deepEqual(index.query(`${outlet}#1`, 1).map((m) => m.claim.id), [`${rail}#0`]);
  });

  it('gives the same answers after updates as an index built from scratch', () => {
    const updated = corpus();
    updated.removeDocument(outlet);
    updated.replaceDocument(lede, claimsOf(lede, [['will not cede an inch', 'quote', 'Ilona Márkvart']]));
    updated.replaceDocument(outlet, claimsOf(outlet, [['Marevia will not cede an inch of the Caddon Shoals', 'quote', 'Ilona Márkvart']]));
    const fresh = new XrefIndex();
    for (const path of [lede, outlet, rail]) fresh.replaceDocument(path, updated.claimsOf(path));
    for (const path of [lede, outlet, rail]) {
      for (const c of updated.claimsOf(path)) assert.deepEqual(updated.query(c.id, 5), fresh.query(c.id, 5));
    }
    assert.deepEqual(updated.pairs(0.3), fresh.pairs(0.3));
  });

  it('removes a document entirely, and an empty replacement removes it too', () => {
    const index = corpus();
    index.removeDocument(lede);
    index.replaceDocument(rail, []);
    assert.deepEqual([...index.documents], [outlet]);
    assert.equal(index.size, 2);
    assert.throws(() => index.query(`${lede}#0`, 3), /unknown claim/);
  });

  it('refuses duplicate ids and claims filed under another document', () => {
    const index = corpus();
    assert.throws(() => index.replaceDocument('d.md', claimsOf(lede, [['x', 'quote', null]])), /belongs to a\.md/);
    assert.throws(() => index.replaceDocument('d.md', [{ ...claimsOf('d.md', [['x', 'quote', null]])[0]!, id: `${outlet}#0` }]), /duplicate claim id/);
  });
});

function annotation(id: string, start: number, end: number, links: Annotation['links'] = undefined): Annotation {
  return {
    id,
    target: {
      selector: [
        { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    kind: 'quote',
    speaker: 'Ilona Márkvart',
    themes: [],
    ...(links ? { links } : {}),
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
  };
}

describe('xref claims from sidecars and links', () => {
  it('takes annotations over the detections they cover and keeps the others', () => {
    const a = annotation('01A', 10, 40);
    const claims = documentClaims('a.md', [{ annotation: a, start: 10, end: 40, text: 'not an inch of the Shoals' }], [
      { start: 12, end: 40, text: 'an inch of the Shoals', kind: 'quote', speaker: null },
      { start: 60, end: 90, text: 'the talks will resume', kind: 'reported', speaker: 'Ilona Márkvart' },
    ]);
    assert.deepEqual(claims.map((c) => c.id), ['01A', 'a.md#60-90']);
    assert.equal(claims[0]!.speaker, 'Ilona Márkvart');
  });

  it('reports stored links as pairs (once for a link and its reverse) and links to missing claims as broken', () => {
    const first = annotation('01A', 0, 20, [{ target: '01B', document: 'b.md', relation: 'same-statement' }, { target: '01GONE', relation: 'contradicts' }]);
    const second = annotation('01B', 0, 20, [{ target: '01A', document: 'a.md', relation: 'same-statement' }]);
    const index = new XrefIndex();
    index.replaceDocument('a.md', documentClaims('a.md', [{ annotation: first, start: 0, end: 20, text: 'We will not cede an inch' }], []));
    index.replaceDocument('b.md', documentClaims('b.md', [{ annotation: second, start: 0, end: 20, text: 'we will not cede one inch' }], []));
    const { pairs, broken } = linkedPairs(index, [first, second]);
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0]!.reason, 'linked: same-statement');
    assert.ok(pairs[0]!.score > 0.5);
    assert.deepEqual(broken.map((b) => [b.from.id, b.link.target]), [['01A', '01GONE']]);
  });
});
