import { findQuotations } from '../../../src/core/text/quotation-marks';
import { ClaimsTreeModel, type ClaimsNode, type FolderNode } from '../../../src/features/claims-view/claims-tree-model';
import { planHighlights, type ClaimSpan } from '../../../src/features/highlights/highlight-plan';
import { unmark } from '../../fixtures/edit-corpus/marked-text';
import { benchCorpus } from '../corpus/corpus-dir';
import { indexCorpus, listCorpus } from '../corpus/index-corpus';
import { medianTime, type BenchOptions, type BenchRow, type BenchSuite } from '../harness';
import { generateNewsDocument } from './news-document';

const decorationTargetMs = 16;
const treeTargetMs = 50;
const colors = ['#e5484d', '#0090ff', '#30a46c', '#ffb224'];

function decorationRows(runs: number): BenchRow[] {
  const { text, spans } = unmark(generateNewsDocument(1_000_000, 5000, 3).marked);
  const claims: ClaimSpan[] = [...spans].map(([id, span], k) => ({
    id,
    start: span.start,
    end: span.end,
    colors: k % 7 === 0 ? [] : k % 5 === 0 ? [colors[k % 4]!, colors[(k + 1) % 4]!] : [colors[k % 4]!],
  }));
  const quotations = findQuotations(text).map((q) => ({ start: q.start, end: q.end }));
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  // Every edit and redraw plans again, so the planner runs warm in the editor: measure it warm too.
  const planRuns = Math.max(runs, 15);
  const planMs = medianTime(() => planHighlights(claims, quotations, lineOf), planRuns);
  const sortMs = medianTime(() => [...claims].sort((a, b) => a.start - b.start), planRuns);
  return [
    {
      name: `decorations planned, ${(text.length / 1e6).toFixed(1)} MB document, ${claims.length} claims, ${quotations.length} quotations`,
      median: planMs,
      baseline: sortMs,
      baselineName: 'sorting the claims',
      ratio: planMs / sortMs,
      unit: 'ms',
      note: `highlight-plan (pure); ${planMs < decorationTargetMs ? 'meets' : 'MISSES'} < ${decorationTargetMs} ms per update`,
    },
  ];
}

function treeRows(docs: number, runs: number): BenchRow[] {
  const listing = listCorpus(benchCorpus(docs));
  const { corpus } = indexCorpus(listing, { detect: false });
  const model = new ClaimsTreeModel(corpus, { label: () => undefined, parent: () => undefined });
  model.showAll = true;
  let largest = '';
  let size = -1;
  const visit = (folder: string) => {
    const { folders, documents } = corpus.children(folder);
    if (folders.length + documents.length > size) [largest, size] = [folder, folders.length + documents.length];
    folders.forEach(visit);
  };
  visit('');
  const node: FolderNode = model.folderNode(largest);
  // getChildren of the node, then of each page when it is paged: everything the view asks for to show it all.
  const expand = (): ClaimsNode[] => model.children(node).flatMap((child) => (child.kind === 'page' ? model.children(child) : [child]));
  const shown = expand().length;
  const warmMs = medianTime(expand, Math.max(runs, 5));
  // The default view (annotated documents only) needs the corpus's claim counts, summarised afresh after any change.
  const coldMs = medianTime(() => {
    model.showAll = false;
    model.invalidate();
    return expand();
  }, Math.max(runs, 5));
  const names = [...corpus.children(largest).documents];
  const sortMs = medianTime(() => [...names].sort(), Math.max(runs, 5));
  return [
    {
      name: `Claims view getChildren, largest folder (${shown} entries of ${docs.toLocaleString('en')} docs, show all)`,
      median: warmMs,
      baseline: sortMs,
      baselineName: 'sorting its names',
      ratio: warmMs / sortMs,
      unit: 'ms',
      note: `${warmMs < treeTargetMs ? 'meets' : 'MISSES'} < ${treeTargetMs} ms`,
    },
    {
      name: '  same folder, annotated documents only, counts summarised afresh (after any change)',
      median: coldMs,
      baseline: sortMs,
      baselineName: 'sorting its names',
      ratio: coldMs / sortMs,
      unit: 'ms',
      note: `${coldMs < treeTargetMs ? 'meets' : 'MISSES'} < ${treeTargetMs} ms`,
    },
  ];
}

/** What the editor and the Claims view compute per update, without VS Code. */
export const viewsSuite: BenchSuite = {
  name: 'views',
  run({ runs, scale }: BenchOptions) {
    return [...decorationRows(runs), ...treeRows(scale ? 100_000 : 10_000, runs)];
  },
};
