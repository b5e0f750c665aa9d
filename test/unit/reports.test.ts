import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { computeReport, type CorpusReport, type ReportTable } from '../../src/core/reports';
import { maxOverlapPairs } from '../../src/core/reports/cooccurrence';
import { doc } from './report-support';

const themes = [
  { id: 'sov', label: 'Sovereignty', color: '#3e63dd' },
  { id: 'safety', label: 'Safety', color: '#e5484d' },
  { id: 'fish', label: 'Fishing', color: '#12a594', parent: 'sov' },
  { id: 'unused', label: 'Unused', color: '#ffb224' },
];

/** Counts of a table as rows of numbers, for exact comparisons. */
const counts = (table: ReportTable): number[][] => table.cells.map((row) => row.map((cell) => cell.count));
const ids = (table: ReportTable, row: number, column: number): string[] => table.cells[row]![column]!.claims.map((c) => c.id);

describe('reports: counts over a corpus', () => {
  let report: CorpusReport;

  before(() => {
    report = computeReport({
      themes,
      documents: [
        doc('news/c.txt', { id: 'c7', at: [0, 10], themes: ['safety'] }, { id: 'c8', at: [0, 10], themes: ['sov', 'ghost'], links: [{ target: 'c1', document: 'news/a.txt', relation: 'repeats' }, { target: 'c7', relation: 'contradicts' }] }),
        doc('empty.txt'),
        doc(
          'news/a.txt',
          { id: 'c3', at: [20, 30], themes: ['sov'] },
          { id: 'c1', at: [0, 10], themes: ['sov', 'fish', 'sov'], speaker: 'Ilona Markvart' },
          { id: 'c2', at: [5, 15], themes: ['safety'], speaker: 'Markvart' },
        ),
        doc(
          'news/b.md',
          { id: 'c4', at: [0, 10], themes: ['fish', 'safety'], speaker: 'Agency', status: 'orphaned' },
          { id: 'c5', at: [2, 8], themes: ['sov'], speaker: 'Agency' },
          { id: 'c6', at: [20, 25], speaker: ' Agency ' },
        ),
      ],
    });
  });

  it('sums up documents, claims, orphans, themes, speakers and links', () => {
    assert.deepEqual(report.summary, {
      documents: 4,
      annotatedDocuments: 3,
      claims: 8,
      annotated: 7,
      orphaned: 1,
      themes: 4,
      themesUsed: 4,
      unknownThemes: ['ghost'],
      speakers: 2,
      links: 2,
    });
  });

  it('counts themes by document: used themes in hierarchy order, unknown ids, then claims without a theme', () => {
    const t = report.documents;
    assert.deepEqual(t.rows.map((r) => r.key), ['news/a.txt', 'news/b.md', 'news/c.txt']);
    assert.deepEqual(t.columns.map((c) => [c.kind, c.key]), [['theme', 'sov'], ['theme', 'fish'], ['theme', 'safety'], ['unknown-theme', 'ghost'], ['no-theme', '']]);
    assert.equal(t.columns[1]!.detail, 'Sovereignty › Fishing');
    assert.deepEqual(counts(t), [
      [2, 1, 1, 0, 0],
      [1, 1, 1, 0, 1],
      [1, 0, 1, 1, 0],
    ]);
    assert.deepEqual(t.rowTotals, [3, 3, 2]);
    assert.equal(t.max, 2);
    assert.deepEqual(ids(t, 0, 0), ['c1', 'c3'], 'text order, a repeated theme counted once');
    assert.deepEqual(t.cells[1]![4]!.claims, [{ id: 'c6', documentPath: 'news/b.md', quote: 'quote c6', speaker: 'Agency', status: 'anchored' }]);
    assert.equal(t.cells[1]![1]!.claims[0]!.status, 'orphaned');
  });

  it('counts co-occurrence from claims sharing themes and from overlapping claims, symmetric', () => {
    const t = report.cooccurrence;
    assert.deepEqual(t.rows.map((r) => r.key), ['sov', 'fish', 'safety', 'ghost']);
    assert.deepEqual(counts(t), [
      [4, 1, 2, 1],
      [1, 2, 2, 0],
      [2, 2, 3, 1],
      [1, 0, 1, 1],
    ]);
    // Sovereignty & Safety: no claim has both; c1 (sov) overlaps c2 (safety) and c8 (sov) overlaps c7 (safety).
    assert.deepEqual({ same: t.cells[0]![2]!.sameClaim, overlapping: t.cells[0]![2]!.overlapping }, { same: 0, overlapping: 2 });
    assert.deepEqual(ids(t, 0, 2), ['c1', 'c2', 'c7', 'c8']);
    // Fishing & Safety: c4 has both (orphaned still counts), and c1 (fish) overlaps c2 (safety).
    assert.deepEqual({ same: t.cells[1]![2]!.sameClaim, overlapping: t.cells[1]![2]!.overlapping }, { same: 1, overlapping: 1 });
    assert.deepEqual(ids(t, 2, 1), ['c1', 'c2', 'c4']);
    // c4 is orphaned, so its stored position overlapping c5 counts for nothing: Fishing & Sovereignty is c1 alone.
    assert.deepEqual(ids(t, 0, 1), ['c1']);
    assert.equal(t.max, 2, 'the diagonal does not set the scale');
    assert.deepEqual(t.rowTotals, [4, 2, 3, 1]);
    assert.equal(t.overlapsTruncated, false);
  });

  it('counts speakers by theme with name variants merged and claims without a speaker last', () => {
    const t = report.speakers;
    assert.deepEqual(t.rows.map((r) => [r.kind, r.label]), [['speaker', 'Agency'], ['speaker', 'Ilona Markvart'], ['no-speaker', 'No speaker']]);
    assert.deepEqual(counts(t), [
      [1, 1, 1, 0, 1],
      [1, 1, 1, 0, 0],
      [2, 0, 1, 1, 0],
    ]);
    assert.deepEqual(t.rowTotals, [3, 2, 3]);
    assert.deepEqual(ids(t, 1, 2), ['c2'], 'Markvart is Ilona Markvart');
  });

  it('merges speakers the codebook lists as aliases', () => {
    const aliased = computeReport({
      themes,
      speakerAliases: [{ name: 'Kestish Fisheries Protection Agency', aliases: ['Agency', 'KFPA'] }],
      documents: [doc('a.txt', { id: 'x', at: [0, 3], speaker: 'KFPA', themes: ['sov'] }, { id: 'y', at: [5, 9], speaker: 'Agency', themes: ['sov'] })],
    });
    assert.deepEqual(aliased.speakers.rows.map((r) => r.label), ['Kestish Fisheries Protection Agency']);
    assert.deepEqual(counts(aliased.speakers), [[2]]);
  });

  it('is empty but well formed for a corpus without claims', () => {
    const empty = computeReport({ themes, documents: [doc('a.txt'), doc('b.txt')] });
    assert.equal(empty.summary.documents, 2);
    assert.equal(empty.summary.claims, 0);
    for (const table of [empty.documents, empty.cooccurrence, empty.speakers]) {
      assert.equal(table.rows.length, 0);
      assert.equal(table.max, 0);
    }
  });

  it('stops pairing overlaps at its bound on a hostile corpus of identical ranges', function () {
    this.timeout(20_000);
    const n = 800; // 319,600 overlapping pairs
    const many = Array.from({ length: n }, (_, i) => ({ id: `k${i}`, at: [0, 50] as [number, number], themes: [i % 2 ? 'sov' : 'safety'] }));
    const started = Date.now();
    const hostile = computeReport({ themes, documents: [doc('a.txt', ...many)] });
    assert.ok(Date.now() - started < 10_000);
    assert.equal(hostile.cooccurrence.overlapsTruncated, true);
    const [sovSafety] = [hostile.cooccurrence.cells[0]![1]!];
    assert.ok(sovSafety.overlapping > 0 && sovSafety.overlapping <= maxOverlapPairs);
  });
});

describe('reports: properties over random corpora', () => {
  const themeIds = ['a', 'b', 'c', 'd'];
  const claimArb = fc.record({
    start: fc.nat({ max: 60 }),
    length: fc.integer({ min: 0, max: 20 }),
    themes: fc.subarray(themeIds),
    speaker: fc.option(fc.constantFrom('Ann', 'Bo', 'Cy'), { nil: undefined }),
    orphaned: fc.boolean(),
  });
  const corpusArb = fc.array(fc.array(claimArb, { maxLength: 8 }), { minLength: 1, maxLength: 4 });

  it('co-occurrence is symmetric, each column of themes × documents sums to the theme’s claims, and speakers account for every claim', () => {
    fc.assert(
      fc.property(corpusArb, (documents) => {
        let next = 0;
        const report = computeReport({
          themes: themeIds.map((id) => ({ id, label: id.toUpperCase(), color: '#123456' })),
          documents: documents.map((claims, d) =>
            doc(`d${d}.txt`, ...claims.map((c) => ({ id: `id${next++}`, at: [c.start, c.start + c.length] as [number, number], themes: c.themes, ...(c.speaker ? { speaker: c.speaker } : {}), status: c.orphaned ? ('orphaned' as const) : ('anchored' as const) }))),
          ),
        });
        const co = report.cooccurrence;
        co.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            assert.equal(cell.count, co.cells[c]![r]!.count);
            assert.deepEqual(cell.claims, co.cells[c]![r]!.claims);
            assert.equal(cell.count, cell.sameClaim + cell.overlapping);
          }),
        );
        const all = documents.flat();
        co.columns.forEach((column, c) => {
          const withTheme = all.filter((claim) => claim.themes.includes(column.key)).length;
          assert.equal(report.documents.cells.reduce((n, row) => n + row[c]!.count, 0), withTheme);
          assert.equal(co.cells[c]![c]!.count, withTheme);
        });
        assert.equal(report.speakers.rowTotals.reduce((n, t) => n + t, 0), all.length);
        assert.equal(report.summary.claims, all.length);
      }),
      { numRuns: 300 },
    );
  });
});
