import { strict as assert } from 'node:assert';
import { CorpusIndex, type ClaimStatus, type IndexedClaim } from '../../src/core/corpus/corpus-index';
import { makeTarget, type Annotation } from '../../src/core/model/annotation';
import { parseClaimFilter, type ThemeLookup } from '../../src/features/claims-view/claim-filter';
import { claimDescription, claimLabel, documentDescription, pageLabel } from '../../src/features/claims-view/claim-labels';
import { ClaimsTreeModel, type ClaimsNode, type PageNode } from '../../src/features/claims-view/claims-tree-model';

const themes: Record<string, { label: string; parent?: string }> = {
  sov: { label: 'Sovereignty' },
  rights: { label: 'Historic rights', parent: 'sov' },
  health: { label: 'Public health' },
};
const lookup: ThemeLookup = { label: (id) => themes[id]?.label, parent: (id) => themes[id]?.parent };

function claim(documentPath: string, id: string, start: number, extra: Partial<Annotation> = {}, status: ClaimStatus = 'anchored'): IndexedClaim {
  const exact = (extra as { exact?: string }).exact ?? `quote ${id}`;
  const annotation: Annotation = {
    id,
    target: makeTarget({ exact, prefix: '', suffix: '' }, { start, end: start + exact.length }),
    themes: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
  return { annotation, documentPath, status, start, end: start + exact.length };
}

function sampleIndex(): CorpusIndex {
  const index = new CorpusIndex();
  index.setMany([
    { path: 'harbour/a.md', claims: [claim('harbour/a.md', 'A2', 90, { speaker: 'Ilona Márkvart', themes: ['rights'] }), claim('harbour/a.md', 'A1', 10, { themes: ['sov', 'health'] })] },
    { path: 'harbour/b.txt', claims: [] },
    { path: 'harbour/deep/c.txt', claims: [claim('harbour/deep/c.txt', 'C1', 5, { speaker: 'Tomas Brennick', note: 'contradicts the minister' }, 'orphaned')] },
    { path: 'water/d.md', claims: [] },
    { path: 'top.txt', claims: [claim('top.txt', 'T1', 0, { themes: ['health'] })] },
  ]);
  return index;
}

function names(nodes: readonly ClaimsNode[]): string[] {
  return nodes.map((node) => (node.kind === 'claim' ? node.claim.annotation.id : node.kind === 'page' ? `page ${node.start}-${node.end}` : 'path' in node ? node.path : node.id));
}

function child(model: ClaimsTreeModel, nodes: readonly ClaimsNode[], path: string): ClaimsNode {
  const found = nodes.find((node) => 'path' in node && node.path === path);
  assert.ok(found, `${path} is not among ${names(nodes).join(', ')}`);
  return found;
}

describe('Claims tree model', () => {
  it('shows only folders and documents with claims by default, folders first, claims in text order', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    const roots = model.roots();
    assert.deepEqual(names(roots), ['harbour', 'top.txt']);
    const harbour = model.children(child(model, roots, 'harbour'));
    assert.deepEqual(names(harbour), ['harbour/deep', 'harbour/a.md']);
    assert.deepEqual(names(model.children(child(model, harbour, 'harbour/a.md'))), ['A1', 'A2']);
    assert.equal(model.folderClaimCount('harbour'), 3);
    assert.equal(model.folderClaimCount(''), 4);
  });

  it('shows every document, empty folders included, with Show All Documents', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    model.showAll = true;
    assert.deepEqual(names(model.roots()), ['harbour', 'water', 'top.txt']);
    assert.deepEqual(names(model.children(model.folderNode('harbour'))), ['harbour/deep', 'harbour/a.md', 'harbour/b.txt']);
  });

  it('pages a document with more claims than a node may hold, and the pages hold them all in order', () => {
    const index = new CorpusIndex();
    const many = Array.from({ length: 2345 }, (_, i) => claim('big.txt', `c${String(i).padStart(4, '0')}`, i * 10));
    index.set({ path: 'big.txt', claims: many.reverse() });
    const model = new ClaimsTreeModel(index, lookup);
    const pages = model.children(model.documentNode('big.txt'));
    assert.deepEqual(names(pages), ['page 0-1000', 'page 1000-2000', 'page 2000-2345']);
    assert.deepEqual(pages.map((page) => pageLabel(page as PageNode).label), ['Claims 1–1000', 'Claims 1001–2000', 'Claims 2001–2345']);
    const all = pages.flatMap((page) => model.children(page));
    assert.equal(all.length, 2345);
    assert.deepEqual(names(all).slice(998, 1002), ['c0998', 'c0999', 'c1000', 'c1001']);
    for (const node of [model.documentNode('big.txt'), ...pages]) assert.ok(model.children(node).length <= 1000);
    const last = all[all.length - 1]!;
    assert.equal(model.parentOf(last), pages[2], 'a claim on the third page has that page as parent');
  });

  it('pages a folder with more documents than a node may hold, named by first and last entry', () => {
    const index = new CorpusIndex();
    index.setMany(Array.from({ length: 1500 }, (_, i) => ({ path: `wire/r${i + 1}.txt`, claims: [claim(`wire/r${i + 1}.txt`, `x${i}`, 0)] })));
    const model = new ClaimsTreeModel(index, lookup, 1000);
    const pages = model.children(model.folderNode('wire')) as PageNode[];
    assert.equal(pages.length, 2);
    assert.deepEqual(pageLabel(pages[0]!), { label: 'r1.txt – r1000.txt', description: '1–1000' });
    assert.deepEqual(pageLabel(pages[1]!), { label: 'r1001.txt – r1500.txt', description: '1001–1500' });
    assert.equal(model.children(pages[1]!).length, 500);
    assert.equal(model.parentOf(model.documentNode('wire/r1200.txt')), pages[1]);
  });

  it('filters by words, speaker and theme (a parent theme matches its sub-themes), ignoring case and accents', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    model.filter = parseClaimFilter('speaker:markvart');
    assert.deepEqual(names(model.roots()), ['harbour']);
    assert.deepEqual(names(model.children(model.documentNode('harbour/a.md'))), ['A2']);
    assert.deepEqual(model.counts('harbour/a.md'), { shown: 1, total: 2, orphaned: 0 });
    assert.equal(documentDescription(model.counts('harbour/a.md'), true), '1 of 2 claims');

    model.filter = parseClaimFilter('theme:sovereignty');
    assert.deepEqual(names(model.children(model.documentNode('harbour/a.md'))), ['A1', 'A2'], 'Historic rights sits under Sovereignty');
    model.filter = parseClaimFilter('theme:"public health"');
    assert.deepEqual(names(model.roots()), ['harbour', 'top.txt']);
    assert.deepEqual(names(model.children(model.folderNode('harbour'))), ['harbour/a.md']);
    model.filter = parseClaimFilter('CONTRADICTS');
    assert.deepEqual(names(model.children(model.folderNode('harbour'))), ['harbour/deep'], 'words match the note too');
    model.filter = parseClaimFilter('nothing-matches-this');
    assert.deepEqual(model.roots(), []);
  });

  it('follows the active document: its claims are the roots', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    model.following = true;
    model.activeDocument = 'harbour/a.md';
    assert.deepEqual(names(model.roots()), ['A1', 'A2']);
    assert.equal(model.parentOf(model.roots()[0]!), undefined);
    model.activeDocument = 'harbour/b.txt';
    assert.deepEqual(model.roots(), []);
    model.activeDocument = undefined;
    assert.deepEqual(model.roots(), []);
  });

  it('labels claims with the quote, and describes speaker, themes and lost text', () => {
    const index = sampleIndex();
    const orphan = index.get('harbour/deep/c.txt')!.claims[0]!;
    assert.equal(claimDescription(orphan, []), 'not found in text · Tomas Brennick');
    const tagged = index.get('harbour/a.md')!.claims[1]!;
    assert.equal(claimDescription(tagged, ['Historic rights']), 'Ilona Márkvart · Historic rights');
    const long = claim('x.md', 'L', 0, { exact: `“${'word '.repeat(40)}”\n  end` } as Partial<Annotation>);
    const label = claimLabel(long);
    assert.ok(label.length <= 48 && label.endsWith('…') && !label.includes('\n'), label);
    assert.equal(documentDescription({ shown: 3, total: 3, orphaned: 1 }, false), '3 claims · 1 not found');
    assert.equal(documentDescription({ shown: 1, total: 1, orphaned: 0 }, false), '1 claim');
  });

  it('merges suggested claims into a document in text order, as their own kind', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    model.suggestions = { suggestionsFor: (path) => (path === 'harbour/a.md' ? [{ start: 50, end: 60, exact: 'perhaps a claim' }] : []) };
    const rows = model.children(model.documentNode('harbour/a.md'));
    assert.deepEqual(rows.map((row) => row.kind), ['claim', 'suggestion', 'claim']);
  });

  it('asks for a full refresh only when the set of shown documents changes', () => {
    const index = sampleIndex();
    const model = new ClaimsTreeModel(index, lookup);
    const harbour = model.children(model.roots()[0]!);
    const a = child(model, harbour, 'harbour/a.md');
    model.children(a);
    // A new claim in a shown document: that document and its folders' counts.
    index.set({ path: 'harbour/a.md', claims: [...index.get('harbour/a.md')!.claims, claim('harbour/a.md', 'A3', 200)] });
    const change = model.changed(['harbour/a.md']);
    assert.equal(change.full, false);
    assert.ok(change.nodes.includes(model.documentNode('harbour/a.md')));
    assert.ok(change.nodes.includes(model.folderNode('harbour')));
    // A first claim in a document that was hidden: the tree's shape changes.
    index.set({ path: 'water/d.md', claims: [claim('water/d.md', 'D1', 0)] });
    assert.equal(model.changed(['water/d.md']).full, true);
    assert.deepEqual(names(model.roots()), ['harbour', 'water', 'top.txt']);
  });

  it('keeps the same node objects for folders and documents, so single rows can be refreshed', () => {
    const model = new ClaimsTreeModel(sampleIndex(), lookup);
    const first = model.roots()[0];
    assert.equal(model.roots()[0], first);
    assert.equal(model.children(first!)[1], model.documentNode('harbour/a.md'));
  });

  it('marks workspace folders of a multi-root workspace as roots', () => {
    const index = new CorpusIndex();
    index.setMany([
      { path: 'newsroom/a.md', claims: [claim('newsroom/a.md', 'N1', 0)] },
      { path: 'archive/old/b.md', claims: [claim('archive/old/b.md', 'B1', 0)] },
    ]);
    const model = new ClaimsTreeModel(index, lookup);
    model.setWorkspaceFolders(['newsroom', 'archive']);
    const roots = model.roots();
    assert.deepEqual(names(roots), ['archive', 'newsroom']);
    assert.ok(roots.every((node) => node.kind === 'folder' && node.isWorkspaceFolder));
    assert.equal((model.children(roots[0]!)[0] as { isWorkspaceFolder: boolean }).isWorkspaceFolder, false);
  });
});
