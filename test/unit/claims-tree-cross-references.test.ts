import { strict as assert } from 'node:assert';
import { CorpusIndex, type IndexedClaim } from '../../src/core/corpus/corpus-index';
import { makeTarget } from '../../src/core/model/annotation';
import { crossReferenceLabels } from '../../src/features/claims-view/claim-labels';
import { ClaimsTreeModel, type ClaimCrossReference, type ClaimNode, type CrossReferenceSource } from '../../src/features/claims-view/claims-tree-model';

function claim(documentPath: string, id: string, start: number, exact: string): IndexedClaim {
  const annotation = {
    id,
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start, end: start + exact.length }),
    themes: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
  return { annotation, documentPath, status: 'anchored', start, end: start + exact.length };
}

const linked: ClaimCrossReference = {
  claimId: 'M1',
  status: 'linked',
  label: 'same statement',
  target: { documentPath: 'harbour/meridian.txt', quote: 'Marevia will not cede an inch', speaker: 'Ilona Márkvart', start: 4, end: 33 },
};
const suggested: ClaimCrossReference = {
  claimId: 'M2',
  status: 'suggested',
  label: 'quote repeated in part, same speaker',
  score: 0.931,
  target: { documentPath: 'harbour/meridian.txt', quote: 'will not cede an inch', start: 0, end: 21 },
};
const broken: ClaimCrossReference = { claimId: 'GONE', status: 'broken', label: 'supports', documentHint: 'harbour/gone.md' };

describe('Claims tree: cross-references under a claim', () => {
  const setup = () => {
    const index = new CorpusIndex();
    index.setMany([{ path: 'harbour/north.md', claims: [claim('harbour/north.md', 'N1', 10, 'Marevia will not cede an inch of the Shoals'), claim('harbour/north.md', 'N2', 80, 'The law applies')] }]);
    const model = new ClaimsTreeModel(index, { label: () => undefined, parent: () => undefined });
    const asked: string[] = [];
    const source: CrossReferenceSource = {
      hasCrossReferences: (id) => id === 'N1',
      crossReferencesOf: (id) => {
        asked.push(id);
        return id === 'N1' ? [linked, broken, suggested] : [];
      },
    };
    const document = model.roots().find((n) => n.kind === 'folder')!;
    const rows = model.children(model.children(document)[0]!) as ClaimNode[];
    return { model, source, rows, asked };
  };

  it('has no children and does not expand without a source', () => {
    const { model, rows } = setup();
    assert.deepEqual(model.children(rows[0]!), []);
    assert.equal(model.hasCrossReferences(rows[0]!), false);
  });

  it('lists the source’s cross-references, in its order, only when a claim row is expanded', () => {
    const { model, source, rows, asked } = setup();
    model.crossReferences = source;
    assert.deepEqual(asked, [], 'nothing asked while only the claim rows show');
    assert.equal(model.hasCrossReferences(rows[0]!), true);
    assert.equal(model.hasCrossReferences(rows[1]!), false);
    const children = model.children(rows[0]!);
    assert.deepEqual(asked, ['N1']);
    assert.deepEqual(
      children.map((n) => (n.kind === 'crossReference' ? [n.id, n.reference.status] : n.kind)),
      [
        ['claim:harbour/north.md#N1>M1', 'linked'],
        ['claim:harbour/north.md#N1>GONE', 'broken'],
        ['claim:harbour/north.md#N1>M2', 'suggested'],
      ],
    );
    assert.ok(children.every((n) => model.parentOf(n) === rows[0]));
    assert.deepEqual(model.children(children[0]!), [], 'a cross-reference has no children of its own');
  });

  it('labels a link by quote with relation and document, a suggestion with score and reason, a broken link as missing', () => {
    assert.deepEqual(crossReferenceLabels(linked), { label: 'Marevia will not cede an inch', description: 'same statement · meridian.txt' });
    assert.deepEqual(crossReferenceLabels(suggested), {
      label: 'will not cede an inch',
      description: 'suggested 0.93 · quote repeated in part, same speaker · meridian.txt',
    });
    assert.deepEqual(crossReferenceLabels(broken), { label: 'missing claim GONE', description: 'broken link · supports · harbour/gone.md' });
  });
});
