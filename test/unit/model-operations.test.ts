import { strict as assert } from 'node:assert';
import { decodeTime, isValid } from 'ulid';
import { applySidecarOperations } from '../../src/core/model/operations';
import { createIdFactory } from '../../src/core/model/ids';
import { emptySidecar } from '../../src/core/model/sidecar';
import { makeTarget } from '../../src/core/model/annotation';
import { annotation } from './store-helpers';

describe('annotation model', () => {
  it('mints monotonic ULIDs from an injected clock and random source', () => {
    const newId = createIdFactory({ now: () => 1_700_000_000_000, random: () => 0.5 });
    const a = newId();
    const b = newId();
    assert.ok(isValid(a) && isValid(b));
    assert.equal(decodeTime(a), 1_700_000_000_000);
    assert.ok(b > a);
  });

  it('applies operations, keeping annotations sorted and recording who changed what', () => {
    const start = emptySidecar('report.txt');
    const { sidecar, skipped } = applySidecarOperations(start, [
      { type: 'add', annotation: annotation('B', 20, 'later') },
      { type: 'add', annotation: annotation('A', 5, 'earlier') },
      { type: 'update', id: 'B', changes: { themes: ['tax'], note: 'n' }, modified: '2025-04-01T00:00:00.000Z' },
      { type: 'update', id: 'B', changes: { note: undefined }, modified: '2025-04-02T00:00:00.000Z' },
      { type: 'relocate', id: 'A', target: makeTarget({ exact: 'earlier', prefix: 'p', suffix: 's' }, { start: 30, end: 37 }) },
      { type: 'remove', id: 'missing' },
      { type: 'dismiss', suggestion: { exact: 'x', prefix: '', suffix: '' } },
      { type: 'dismiss', suggestion: { exact: 'x', prefix: '', suffix: '' } },
    ]);
    assert.deepEqual(sidecar.annotations.map((a) => a.id), ['B', 'A']);
    const b = sidecar.annotations[0]!;
    assert.deepEqual(b.themes, ['tax']);
    assert.equal('note' in b, false);
    assert.equal(b.modified, '2025-04-02T00:00:00.000Z');
    assert.equal(sidecar.annotations[1]!.modified, '2025-03-01T10:00:00.000Z', 'relocating is not a person’s edit');
    assert.equal(skipped.length, 1);
    assert.equal(sidecar.dismissed?.length, 1);
  });
});
