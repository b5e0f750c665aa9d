import { strict as assert } from 'node:assert';
import {
  crossReferencesOf,
  crossReferenceSummary,
  nextStop,
  normalizeRelation,
  relationLabel,
} from '../../src/features/cross-references/cross-reference-list';
import { LinkGraph, withLink } from '../../src/features/cross-references/link-graph';

describe('cross-references: the link graph', () => {
  const graph = (): LinkGraph => {
    const g = new LinkGraph();
    g.replaceDocument('north.md', [
      { id: 'n1', links: [{ target: 'm1', document: 'meridian.txt', relation: 'same-statement' }] },
      { id: 'n2' },
    ]);
    g.replaceDocument('meridian.txt', [{ id: 'm1', links: [{ target: 'n2', document: 'north.md', relation: 'contradicts' }] }, { id: 'm2' }]);
    return g;
  };

  it('keeps backlinks: the claims whose links point at a claim', () => {
    const g = graph();
    assert.deepEqual(g.incoming('m1').map((e) => e.from), ['n1']);
    assert.deepEqual(g.incoming('n2').map((e) => [e.from, e.fromDocument, e.link.relation]), [['m1', 'meridian.txt', 'contradicts']]);
    assert.deepEqual(g.incoming('m2'), []);
    assert.equal(g.documentOfClaim('m2'), 'meridian.txt');
  });

  it('replaces one document without touching the others, dropping its old backlinks', () => {
    const g = graph();
    g.replaceDocument('north.md', [{ id: 'n1' }, { id: 'n2' }]);
    assert.deepEqual(g.incoming('m1'), [], 'n1 no longer links to m1');
    assert.deepEqual(g.incoming('n2').map((e) => e.from), ['m1'], 'the link stored in meridian.txt is still there');
  });

  it('reports a link whose target claim was deleted, by source document, and keeps it', () => {
    const g = graph();
    g.replaceDocument('meridian.txt', [{ id: 'm2' }]); // m1 deleted
    assert.deepEqual(g.brokenLinks(), new Map([['north.md', [{ from: 'n1', fromDocument: 'north.md', link: { target: 'm1', document: 'meridian.txt', relation: 'same-statement' } }]]]));
    assert.deepEqual(g.brokenLinksOf('n1').map((e) => e.link.target), ['m1']);
    assert.equal(g.outgoing('n1').length, 1, 'the link is not dropped');
    g.replaceDocument('moved/meridian.txt', [{ id: 'm1' }, { id: 'm2b' }]); // the claim is back (a move keeps ids)
    assert.deepEqual(g.brokenLinks(), new Map());
    assert.deepEqual(g.brokenLinksOf('n1'), []);
  });

  it('removing a document forgets its claims and its links', () => {
    const g = graph();
    g.removeDocument('meridian.txt');
    assert.equal(g.has('m1'), false);
    assert.deepEqual(g.incoming('n2'), []);
    assert.deepEqual([...g.brokenLinks().keys()], ['north.md']);
  });

  it('withLink adds a link and replaces an earlier link to the same target', () => {
    const first = withLink(undefined, { target: 'a', relation: 'supports' });
    const both = withLink(first, { target: 'b', relation: 'elaborates' });
    assert.deepEqual(withLink(both, { target: 'a', relation: 'contradicts' }), [
      { target: 'b', relation: 'elaborates' },
      { target: 'a', relation: 'contradicts' },
    ]);
  });
});

describe('cross-references: the list of a claim', () => {
  const documents: Record<string, string> = { n1: 'north.md', n2: 'north.md', m1: 'meridian.txt', m2: 'meridian.txt', t1: 'tessaly.txt' };

  it('lists links, then backlinks, then suggestions, each claim once, without broken links or itself', () => {
    const references = crossReferencesOf(
      'n1',
      [
        { from: 'n1', fromDocument: 'north.md', link: { target: 'm1', relation: 'same-statement' } },
        { from: 'n1', fromDocument: 'north.md', link: { target: 'gone', relation: 'supports' } },
      ],
      [
        { from: 't1', fromDocument: 'tessaly.txt', link: { target: 'n1', relation: 'responds to' } },
        { from: 'm1', fromDocument: 'meridian.txt', link: { target: 'n1', relation: 'supports' } },
      ],
      [
        { id: 'm1', path: 'meridian.txt', score: 0.9, reason: 'near-identical' },
        { id: 'n1', path: 'north.md', score: 1, reason: 'itself' },
        { id: 'm2', path: 'meridian.txt', score: 0.5, reason: 'same speaker' },
      ],
      (id) => documents[id],
    );
    assert.deepEqual(
      references.map((r) => [r.id, r.source, r.label]),
      [
        ['m1', 'link', 'same statement'],
        ['t1', 'backlink', 'responds to'],
        ['m2', 'suggestion', 'same speaker'],
      ],
    );
    assert.equal(crossReferenceSummary(references), '3 cross-references in 2 documents');
    assert.equal(crossReferenceSummary(references.slice(0, 1)), '1 cross-reference in 1 document');
  });

  it('normalises relations: standard labels become their ids, custom ones are trimmed', () => {
    assert.equal(normalizeRelation('  Same statement '), 'same-statement');
    assert.equal(normalizeRelation('responds   to'), 'responds to');
    assert.equal(normalizeRelation('   '), undefined);
    assert.equal(relationLabel('same-statement'), 'same statement');
    assert.equal(relationLabel('responds to'), 'responds to');
  });

  it('walks a ring: the claim, then its cross-references, and back', () => {
    assert.equal(nextStop(3, 0, 1), 1);
    assert.equal(nextStop(3, 2, 1), 0);
    assert.equal(nextStop(3, 0, -1), 2);
    assert.equal(nextStop(3, -1, -1), 2);
    assert.equal(nextStop(0, 0, 1), -1);
  });
});
