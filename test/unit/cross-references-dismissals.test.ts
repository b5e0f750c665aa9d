import { strict as assert } from 'node:assert';
import type { Annotation } from '../../src/core/model/annotation';
import { applySidecarOperation } from '../../src/core/model/operations';
import { mergeConflictedSidecar, mergeDismissedLinks } from '../../src/core/store/conflict-merge';
import { serializeSidecar } from '../../src/core/store/serialize';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { dismissedPairKeys, pairKey, XrefIndex } from '../../src/core/xref';
import { LinkGraph, withDismissal, withoutDismissal } from '../../src/features/cross-references/link-graph';
import { annotation } from './store-helpers';

const file = 'report.txt.annotations.json';
const t1 = '2025-03-01T10:00:00.000Z';
const t2 = '2025-03-05T10:00:00.000Z';

function sidecarText(annotations: Annotation[]): string {
  return serializeSidecar({ version: 2, document: 'report.txt', textHash: '', annotations });
}

function conflicted(ours: string, theirs: string, base?: string): string {
  return ['<<<<<<< HEAD', ours.trimEnd(), ...(base !== undefined ? ['||||||| base', base.trimEnd()] : []), '=======', theirs.trimEnd(), '>>>>>>> other', ''].join('\n');
}

describe('dismissed cross-reference suggestions: storage', () => {
  it('round-trips through the sidecar format, sorted by target whatever order they were added in', () => {
    const a = annotation('A', 0, 'quote A', { dismissedLinks: [{ target: 'Z9', document: 'other.md' }, { target: 'B1' }] });
    const text = sidecarText([a]);
    assert.ok(text.indexOf('"B1"') < text.indexOf('"Z9"'), 'B1 is written before Z9');
    // The field sits after links, before author: the documented key order.
    assert.match(text, /"themes": \[\],\n\s+"dismissedLinks": \[\n\s+\{\n\s+"target": "B1"\n\s+\},\n\s+\{\n\s+"target": "Z9",\n\s+"document": "other.md"/);
    const parsed = parseSidecar(text, file);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem.message);
    assert.deepEqual(parsed.value.annotations[0]!.dismissedLinks, [{ target: 'B1' }, { target: 'Z9', document: 'other.md' }]);
    assert.equal(serializeSidecar(parsed.value), text, 'the same set gives the same bytes');
  });

  it('leaves sidecars without the field valid and unchanged', () => {
    const text = sidecarText([annotation('A', 0, 'quote A')]);
    assert.doesNotMatch(text, /dismissedLinks/);
    const parsed = parseSidecar(text, file);
    assert.ok(parsed.ok);
    assert.equal(parsed.value.annotations[0]!.dismissedLinks, undefined);
  });

  it('rejects a dismissal without a target (schema)', () => {
    const text = sidecarText([annotation('A', 0, 'quote A')]).replace('"themes": []', '"themes": [], "dismissedLinks": [{ "document": "x.md" }]');
    const parsed = parseSidecar(text, file);
    assert.equal(parsed.ok, false);
  });

  it('is set and cleared by an update operation, which drops the emptied field', () => {
    const sidecar = { version: 2 as const, document: 'report.txt', textHash: '', annotations: [annotation('A', 0, 'quote A')] };
    const dismissed = applySidecarOperation(sidecar, { type: 'update', id: 'A', changes: { dismissedLinks: withDismissal(undefined, { target: 'B' }) }, modified: t2 });
    assert.deepEqual(dismissed.sidecar.annotations[0]!.dismissedLinks, [{ target: 'B' }]);
    assert.equal(dismissed.sidecar.annotations[0]!.modified, t2);
    const cleared = applySidecarOperation(dismissed.sidecar, { type: 'update', id: 'A', changes: { dismissedLinks: withoutDismissal([{ target: 'B' }], 'B') }, modified: t2 });
    assert.ok(!('dismissedLinks' in cleared.sidecar.annotations[0]!));
  });

  it('keeps one dismissal per target', () => {
    assert.deepEqual(withDismissal([{ target: 'B' }, { target: 'C' }], { target: 'B', document: 'moved.md' }), [{ target: 'C' }, { target: 'B', document: 'moved.md' }]);
    assert.deepEqual(withoutDismissal([{ target: 'B' }, { target: 'C' }], 'B'), [{ target: 'C' }]);
  });
});

describe('dismissed cross-reference suggestions: the link graph', () => {
  it('knows a dismissed pair from either end, and forgets it when the document is replaced without it', () => {
    const g = new LinkGraph();
    g.replaceDocument('north.md', [{ id: 'n1', dismissedLinks: [{ target: 'm1', document: 'meridian.txt' }] }, { id: 'n2' }]);
    g.replaceDocument('meridian.txt', [{ id: 'm1' }]);
    assert.equal(g.isDismissed('n1', 'm1'), true);
    assert.equal(g.isDismissed('m1', 'n1'), true);
    assert.equal(g.isDismissed('n2', 'm1'), false);
    assert.equal(g.dismissedCount('m1'), 1);
    g.replaceDocument('north.md', [{ id: 'n1' }, { id: 'n2' }]);
    assert.equal(g.isDismissed('m1', 'n1'), false);
    assert.equal(g.dismissedCount('m1'), 0);
  });

  it('keeps a pair dismissed while either claim still dismisses it', () => {
    const g = new LinkGraph();
    g.replaceDocument('a.md', [{ id: 'a', dismissedLinks: [{ target: 'b', document: 'b.md' }] }]);
    g.replaceDocument('b.md', [{ id: 'b', dismissedLinks: [{ target: 'a', document: 'a.md' }] }]);
    g.replaceDocument('a.md', [{ id: 'a' }]);
    assert.equal(g.isDismissed('a', 'b'), true);
    g.removeDocument('b.md');
    assert.equal(g.isDismissed('a', 'b'), false);
  });
});

describe('dismissed cross-reference suggestions: git conflict merge', () => {
  it('keeps a dismissal made on one side when the other side edited the same claim later', () => {
    const ours = sidecarText([annotation('A', 0, 'quote A', { modified: t1, dismissedLinks: [{ target: 'B' }] })]);
    const theirs = sidecarText([annotation('A', 0, 'quote A', { modified: t2, note: 'checked' })]);
    const outcome = mergeConflictedSidecar(conflicted(ours, theirs), file);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    const merged = outcome.value.annotations[0]!;
    assert.equal(merged.note, 'checked', 'the later edit wins');
    assert.deepEqual(merged.dismissedLinks, [{ target: 'B' }], 'and the dismissal from the other side survives');
  });

  it('unites dismissals made on both sides', () => {
    const ours = sidecarText([annotation('A', 0, 'quote A', { modified: t2, dismissedLinks: [{ target: 'B' }] })]);
    const theirs = sidecarText([annotation('A', 0, 'quote A', { modified: t1, dismissedLinks: [{ target: 'C', document: 'c.md' }] })]);
    const outcome = mergeConflictedSidecar(conflicted(ours, theirs), file);
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.annotations[0]!.dismissedLinks, [{ target: 'B' }, { target: 'C', document: 'c.md' }]);
  });

  it('honours a dismissal taken back on one side when the base shows it (diff3)', () => {
    const base = sidecarText([annotation('A', 0, 'quote A', { modified: t1, dismissedLinks: [{ target: 'B' }] })]);
    // Ours confirmed the pair (link added, dismissal removed); theirs only edited the note, earlier.
    const ours = sidecarText([annotation('A', 0, 'quote A', { modified: t2, links: [{ target: 'B', relation: 'same-statement' }] })]);
    const theirs = sidecarText([annotation('A', 0, 'quote A', { modified: t1, note: 'n', dismissedLinks: [{ target: 'B' }] })]);
    const outcome = mergeConflictedSidecar(conflicted(ours, theirs, base), file);
    assert.ok(outcome.ok);
    assert.equal(outcome.value.annotations[0]!.dismissedLinks, undefined);
    assert.deepEqual(outcome.value.annotations[0]!.links, [{ target: 'B', relation: 'same-statement' }]);
  });

  it('mergeDismissedLinks: union without a base, base-aware removals with one', () => {
    assert.deepEqual(mergeDismissedLinks([{ target: 'x' }], [{ target: 'y' }], undefined), [{ target: 'x' }, { target: 'y' }]);
    assert.deepEqual(mergeDismissedLinks([{ target: 'x' }], [{ target: 'x' }, { target: 'y' }], [{ target: 'x' }, { target: 'y' }]), [{ target: 'x' }]);
    assert.deepEqual(mergeDismissedLinks(undefined, undefined, undefined), []);
  });
});

describe('dismissed cross-reference suggestions: pairs among indexed claims', () => {
  it('keys the dismissed pairs whose both claims are indexed', () => {
    const index = new XrefIndex();
    const claim = (id: string, path: string, text: string) => ({ id, path, start: 0, end: text.length, text, kind: 'quote' as const, speaker: null });
    index.replaceDocument('a.md', [claim('a', 'a.md', 'the harbour stays closed')]);
    index.replaceDocument('b.md', [claim('b', 'b.md', 'the harbour stays closed to all boats')]);
    const annotations = [
      annotation('a', 0, 'the harbour stays closed', { dismissedLinks: [{ target: 'b', document: 'b.md' }, { target: 'gone' }] }),
    ];
    const keys = dismissedPairKeys(index, annotations);
    assert.deepEqual([...keys], [pairKey(index.claim('a')!, index.claim('b')!)]);
  });
});
