import { strict as assert } from 'node:assert';
import type { Annotation } from '../../src/core/model/annotation';
import type { Codebook } from '../../src/core/model/codebook';
import { describeMerge, mergeConflictedCodebook, mergeConflictedSidecar, splitConflictSides } from '../../src/core/store/conflict-merge';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { annotation } from './store-helpers';

const file = 'report.txt.annotations.json';

function sidecarText(annotations: Annotation[]): string {
  return serializeSidecar({ version: 2, document: 'report.txt', textHash: '', annotations });
}

/** The file git writes when both sides changed the whole body: one conflict hunk per differing line run. */
function conflicted(ours: string, theirs: string, base?: string): string {
  return [
    '<<<<<<< HEAD',
    ours.trimEnd(),
    ...(base !== undefined ? ['||||||| merged common ancestors', base.trimEnd()] : []),
    '=======',
    theirs.trimEnd(),
    '>>>>>>> feature/interviews',
    '',
  ].join('\n');
}

const t1 = '2025-03-01T10:00:00.000Z';
const t2 = '2025-03-05T10:00:00.000Z';

describe('git conflict merge of sidecars', () => {
  it('keeps the annotations of both sides', () => {
    const text = conflicted(sidecarText([annotation('A', 0, 'quote A'), annotation('B', 10, 'quote B')]), sidecarText([annotation('A', 0, 'quote A'), annotation('C', 20, 'quote C')]));
    const outcome = mergeConflictedSidecar(text, file);
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.annotations.map((a) => a.id), ['A', 'B', 'C']);
    assert.deepEqual([outcome.summary.fromOurs, outcome.summary.fromTheirs, outcome.summary.identical], [['B'], ['C'], 1]);
    assert.equal(outcome.summary.oursLabel, 'HEAD');
    assert.equal(outcome.summary.theirsLabel, 'feature/interviews');
    assert.ok(parseSidecar(outcome.text, file).ok);
  });

  it('merges a real git-style file whose hunks cover only the lines that differ', () => {
    const ours = sidecarText([annotation('A', 0, 'quote A', { note: 'ours' })]).split('\n');
    const theirs = sidecarText([annotation('A', 0, 'quote A', { note: 'theirs', modified: t2 })]).split('\n');
    // Build hunks line by line where the two differ (same line count here).
    const lines: string[] = [];
    ours.forEach((line, i) => {
      if (line === theirs[i]) lines.push(line);
      else lines.push('<<<<<<< HEAD', line, '=======', theirs[i]!, '>>>>>>> other');
    });
    const outcome = mergeConflictedSidecar(lines.join('\n'), file);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    assert.equal(outcome.value.annotations[0]!.note, 'theirs');
  });

  it('keeps the later modified version of an annotation both sides changed', () => {
    const text = conflicted(
      sidecarText([annotation('A', 0, 'quote A', { note: 'old', modified: t1 })]),
      sidecarText([annotation('A', 0, 'quote A', { note: 'new', modified: t2 })]),
    );
    const outcome = mergeConflictedSidecar(text, file);
    assert.ok(outcome.ok);
    assert.equal(outcome.value.annotations[0]!.note, 'new');
    assert.deepEqual(outcome.summary.decisions, [{ id: 'A', kept: 'theirs', why: 'newer' }]);
    assert.deepEqual(outcome.summary.conflicts, []);
  });

  it('lists real conflicts (same id, same modified, different content) and keeps the preferred side', () => {
    const text = conflicted(sidecarText([annotation('A', 0, 'quote A', { note: 'mine' })]), sidecarText([annotation('A', 0, 'quote A', { note: 'yours' })]));
    const ours = mergeConflictedSidecar(text, file);
    assert.ok(ours.ok);
    assert.deepEqual(ours.summary.conflicts, [{ id: 'A', kept: 'ours', why: 'conflict' }]);
    assert.equal(ours.value.annotations[0]!.note, 'mine');
    const theirs = mergeConflictedSidecar(text, file, { prefer: 'theirs' });
    assert.ok(theirs.ok);
    assert.equal(theirs.value.annotations[0]!.note, 'yours');
    assert.ok(describeMerge(ours.summary, { one: 'annotation', many: 'annotations' }).some((line) => line.startsWith('CONFLICT annotation A')));
  });

  it('does not call a difference of anchor alone a conflict', () => {
    const moved = annotation('A', 5, 'quote A');
    const text = conflicted(sidecarText([annotation('A', 0, 'quote A')]), sidecarText([moved]));
    const outcome = mergeConflictedSidecar(text, file);
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.summary.decisions, [{ id: 'A', kept: 'ours', why: 'anchor-only' }]);
    assert.deepEqual(outcome.summary.conflicts, []);
  });

  it('does not mistake marker-like text inside quoted strings for markers', () => {
    const tricky = annotation('A', 0, '<<<<<<< HEAD', { note: '=======\n>>>>>>> main\n||||||| base' });
    const text = conflicted(sidecarText([tricky]), sidecarText([tricky, annotation('B', 30, 'quote B')]));
    const outcome = mergeConflictedSidecar(text, file);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    assert.deepEqual(outcome.value.annotations[0], tricky);
    assert.deepEqual(outcome.value.annotations.map((a) => a.id), ['A', 'B']);
  });

  it('uses the diff3 base: a deletion on one side wins over an unchanged copy, a change over a deletion', () => {
    const base = sidecarText([annotation('A', 0, 'quote A'), annotation('B', 10, 'quote B'), annotation('C', 20, 'quote C')]);
    const ours = sidecarText([annotation('B', 10, 'quote B'), annotation('C', 20, 'quote C', { note: 'edited', modified: t2 })]);
    const theirs = sidecarText([annotation('A', 0, 'quote A'), annotation('B', 10, 'quote B'), annotation('D', 30, 'quote D')]);
    const outcome = mergeConflictedSidecar(conflicted(ours, theirs, base), file);
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.annotations.map((a) => a.id), ['B', 'C', 'D']);
    assert.equal(outcome.value.annotations[1]!.note, 'edited');
    assert.deepEqual(outcome.summary.decisions, [
      { id: 'C', kept: 'ours', why: 'changed-and-deleted' },
      { id: 'A', kept: 'removed', why: 'deleted-on-one-side' },
    ]);
  });

  it('uses the diff3 base to keep the side that changed when modified times are equal', () => {
    const base = sidecarText([annotation('A', 0, 'quote A')]);
    const ours = sidecarText([annotation('A', 0, 'quote A')]);
    const theirs = sidecarText([annotation('A', 0, 'quote A', { speaker: 'the mayor' })]);
    const outcome = mergeConflictedSidecar(conflicted(ours, theirs, base), file);
    assert.ok(outcome.ok);
    assert.equal(outcome.value.annotations[0]!.speaker, 'the mayor');
    assert.deepEqual(outcome.summary.conflicts, []);
  });

  it('handles CRLF line endings', () => {
    const text = conflicted(sidecarText([annotation('A', 0, 'quote A')]), sidecarText([annotation('B', 9, 'quote B')])).replace(/\n/g, '\r\n');
    const outcome = mergeConflictedSidecar(text, file);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
    assert.deepEqual(outcome.value.annotations.map((a) => a.id), ['A', 'B']);
  });

  it('refuses text without complete markers, and a side that is not a valid sidecar', () => {
    assert.equal(splitConflictSides(sidecarText([])), undefined);
    assert.equal(splitConflictSides('<<<<<<< HEAD\n{}\n=======\n'), undefined);
    const broken = mergeConflictedSidecar(conflicted('{ "version": 2, ', sidecarText([])), file);
    assert.equal(broken.ok, false);
    assert.match((broken as { message: string }).message, /HEAD side of the conflict/);
  });

  it('keeps dismissed suggestions of both sides', () => {
    const side = (exact: string) => serializeSidecar({ version: 2, document: 'report.txt', textHash: '', annotations: [], dismissed: [{ exact, prefix: '', suffix: '' }] });
    const outcome = mergeConflictedSidecar(conflicted(side('one'), side('two')), file);
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.dismissed?.map((d) => d.exact), ['one', 'two']);
  });
});

describe('git conflict merge of the codebook', () => {
  const codebook = (themes: Codebook['themes'], speakers?: Codebook['speakers']) => serializeCodebook({ version: 1, themes, ...(speakers ? { speakers } : {}) });
  const theme = (id: string, label = id, parent?: string) => ({ id, label, color: '#e5484d', ...(parent ? { parent } : {}) });

  it('unites themes by id and speakers by name', () => {
    const text = conflicted(
      codebook([theme('health'), theme('water', 'water', 'health')], [{ name: 'Mayor Ruiz', aliases: ['the mayor'] }]),
      codebook([theme('health'), theme('budget')], [{ name: 'Mayor Ruiz', aliases: ['Ruiz'] }]),
    );
    const outcome = mergeConflictedCodebook(text, '.marginalia/codebook.json');
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.themes.map((t) => t.id), ['health', 'water', 'budget']);
    assert.deepEqual(outcome.value.speakers, [{ name: 'Mayor Ruiz', aliases: ['the mayor', 'Ruiz'] }]);
  });

  it('lists a theme both sides renamed differently as a conflict', () => {
    const outcome = mergeConflictedCodebook(conflicted(codebook([theme('health', 'Health')]), codebook([theme('health', 'Public health')])), 'codebook.json', { prefer: 'theirs' });
    assert.ok(outcome.ok);
    assert.equal(outcome.value.themes[0]!.label, 'Public health');
    assert.deepEqual(outcome.summary.conflicts, [{ id: 'health', kept: 'theirs', why: 'conflict' }]);
  });

  it('refuses a merge that would leave a theme under a parent the other side deleted', () => {
    const base = codebook([theme('health')]);
    const outcome = mergeConflictedCodebook(conflicted(codebook([]), codebook([theme('health'), theme('water', 'water', 'health')]), base), 'codebook.json');
    assert.equal(outcome.ok, false);
    assert.match((outcome as { message: string }).message, /parent "health"/);
  });
});
