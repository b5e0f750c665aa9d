import { strict as assert } from 'node:assert';
import { CorpusIndex, type IndexedClaim } from '../../src/core/corpus/corpus-index';
import { makeTarget, type Annotation } from '../../src/core/model/annotation';

function claim(documentPath: string, id: string, start: number, themes: string[] = []): IndexedClaim {
  const annotation: Annotation = {
    id,
    target: makeTarget({ exact: 'x', prefix: '', suffix: '' }, { start, end: start + 1 }),
    themes,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
  return { annotation, documentPath, status: 'anchored', start, end: start + 1 };
}

describe('CorpusIndex', () => {
  it('derives the folder tree from document paths, sorted naturally by name', () => {
    const index = new CorpusIndex();
    index.setMany(['b/report-10.txt', 'b/report-9.txt', 'a/x/deep.md', 'top.md'].map((path) => ({ path, claims: [] })));
    assert.deepEqual(index.children(''), { folders: ['a', 'b'], documents: ['top.md'] });
    assert.deepEqual(index.children('b'), { folders: [], documents: ['b/report-9.txt', 'b/report-10.txt'] });
    assert.deepEqual(index.children('a'), { folders: ['a/x'], documents: [] });
    assert.deepEqual(index.children('a/x'), { folders: [], documents: ['a/x/deep.md'] });
  });

  it('prunes empty folders when their last document goes', () => {
    const index = new CorpusIndex();
    index.setMany([{ path: 'a/x/deep.md', claims: [] }, { path: 'b.md', claims: [] }]);
    index.delete('a/x/deep.md');
    assert.deepEqual(index.children(''), { folders: [], documents: ['b.md'] });
    assert.equal(index.children('a').folders.length, 0);
  });

  it('keeps claims in text order and counts theme usage per claim and document', () => {
    const index = new CorpusIndex();
    index.set({ path: 'one.md', claims: [claim('one.md', 'B', 50, ['t1']), claim('one.md', 'A', 10, ['t1', 't2'])] });
    index.set({ path: 'two.md', claims: [claim('two.md', 'C', 5, ['t1', 't1'])] });
    assert.deepEqual(index.get('one.md')?.claims.map((c) => c.annotation.id), ['A', 'B']);
    assert.deepEqual(Object.fromEntries(index.themeUsage()), { t1: { claims: 3, documents: 2 }, t2: { claims: 1, documents: 1 } });
    assert.deepEqual(index.claimsWithTheme('t2').map((c) => c.annotation.id), ['A']);
  });

  it('tells listeners which paths changed', () => {
    const index = new CorpusIndex();
    const seen: string[][] = [];
    const stop = index.onDidChange((paths) => seen.push([...paths]));
    index.set({ path: 'a.md', claims: [] });
    index.delete('a.md');
    index.delete('missing.md');
    stop();
    index.set({ path: 'b.md', claims: [] });
    assert.deepEqual(seen, [['a.md'], ['a.md']]);
  });
});
