import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSidecar } from '../../src/core/store/serialize';
import { openCodebook, openSidecar } from '../../src/core/store/sidecar-store';
import { nodeFileSystem } from '../../src/host/node-file-system';
import { annotation, MemoryFiles } from './store-helpers';

const path = 'docs/report.txt.annotations.json';
const hash = `sha256:${'0'.repeat(64)}`;

function fileWith(...ids: string[]) {
  return serializeSidecar({
    version: 2,
    document: 'report.txt',
    textHash: hash,
    annotations: ids.map((id, i) => annotation(id, i * 10, `quote ${id}`)),
  });
}

describe('sidecar storage', () => {
  it('creates a missing sidecar on the first save, with the document path relative to it', async () => {
    const port = new MemoryFiles();
    const file = await openSidecar(port, path, { documentPath: 'docs/report.txt' });
    assert.equal(file.exists, false);
    file.apply({ type: 'add', annotation: annotation('A', 0, 'quote A') });
    assert.deepEqual(await file.save(), { status: 'written', merged: false, skipped: [] });
    const written = JSON.parse(port.text(path)!);
    assert.equal(written.document, 'report.txt');
    assert.deepEqual(written.annotations.map((a: { id: string }) => a.id), ['A']);
  });

  it('does not write when nothing changed', async () => {
    const port = new MemoryFiles();
    port.put(path, fileWith('A'));
    const file = await openSidecar(port, path);
    assert.equal((await file.save()).status, 'unchanged');
    const same = file.value.annotations[0]!;
    file.apply({ type: 'relocate', id: 'A', target: same.target });
    assert.equal((await file.save()).status, 'unchanged');
    assert.equal(port.writes, 0);
  });

  it('re-applies its operations when the file changed on disk since it was read: both annotations survive', async () => {
    const port = new MemoryFiles();
    port.put(path, fileWith('A'));
    const file = await openSidecar(port, path);
    file.apply({ type: 'add', annotation: annotation('C', 50, 'quote C') });
    file.apply({ type: 'update', id: 'A', changes: { note: 'mine' }, modified: '2025-03-02T00:00:00.000Z' });
    port.put(path, fileWith('A', 'B')); // another coder (or git pull) wrote meanwhile
    const outcome = await file.save();
    assert.deepEqual(outcome, { status: 'written', merged: true, skipped: [] });
    const written = JSON.parse(port.text(path)!);
    assert.deepEqual(written.annotations.map((a: { id: string }) => a.id), ['A', 'B', 'C']);
    assert.equal(written.annotations[0].note, 'mine');
  });

  it('reports operations that no longer apply after a merge', async () => {
    const port = new MemoryFiles();
    port.put(path, fileWith('A', 'B'));
    const file = await openSidecar(port, path);
    const update = { type: 'update', id: 'B', changes: { note: 'x' }, modified: '2025-03-02T00:00:00.000Z' } as const;
    file.apply(update);
    port.put(path, fileWith('A')); // B was deleted elsewhere
    const outcome = await file.save();
    // Nothing else changed, so the merged result is the file as it is now: no write.
    assert.ok(outcome.status === 'unchanged');
    assert.deepEqual(outcome.skipped, [update]);
    assert.equal(port.writes, 0);
    assert.equal(file.pending.length, 0);
  });

  it('never writes to a file with conflict markers, keeps edits pending, and saves them once it is fixed', async () => {
    const port = new MemoryFiles();
    const conflicted = `<<<<<<< HEAD\n${fileWith('A')}=======\n${fileWith('B')}>>>>>>> theirs\n`;
    port.put(path, conflicted);
    const file = await openSidecar(port, path);
    assert.equal(file.problem?.kind, 'conflict');
    file.apply({ type: 'add', annotation: annotation('C', 50, 'quote C') });
    const outcome = await file.save();
    assert.equal(outcome.status, 'blocked');
    assert.equal(port.text(path), conflicted);
    assert.equal(port.writes, 0);

    port.put(path, fileWith('A', 'B'));
    assert.equal(await file.reload(), undefined);
    assert.equal((await file.save()).status, 'written');
    assert.deepEqual(JSON.parse(port.text(path)!).annotations.map((a: { id: string }) => a.id), ['A', 'B', 'C']);
  });

  it('never writes to a file of a newer version or with bad JSON', async () => {
    for (const content of ['{"version": 3, "annotations": []}\n', '{"version": 2,\n']) {
      const port = new MemoryFiles();
      port.put(path, content);
      const file = await openSidecar(port, path);
      file.apply({ type: 'add', annotation: annotation('C', 50, 'quote C') });
      assert.equal((await file.save()).status, 'blocked');
      assert.equal(port.text(path), content);
    }
  });

  it('blocks a save when the file became invalid since it was read', async () => {
    const port = new MemoryFiles();
    port.put(path, fileWith('A'));
    const file = await openSidecar(port, path);
    file.apply({ type: 'remove', id: 'A' });
    port.put(path, '{ broken');
    const outcome = await file.save();
    assert.ok(outcome.status === 'blocked' && outcome.problem.kind === 'json');
    assert.equal(port.text(path), '{ broken');
  });

  it('runs saves one after another', async () => {
    const port = new MemoryFiles();
    const file = await openSidecar(port, path, { documentPath: 'docs/report.txt' });
    file.apply({ type: 'add', annotation: annotation('A', 0, 'quote A') });
    const first = file.save();
    file.apply({ type: 'add', annotation: annotation('B', 10, 'quote B') });
    const second = file.save();
    await Promise.all([first, second]);
    assert.deepEqual(JSON.parse(port.text(path)!).annotations.map((a: { id: string }) => a.id), ['A', 'B']);
  });

  it('edits the codebook the same way', async () => {
    const port = new MemoryFiles();
    const codebook = await openCodebook(port, '.marginalia/codebook.json');
    codebook.apply({ type: 'add-theme', theme: { id: 'tax', label: 'Tax', color: '#aa0000' } });
    assert.equal((await codebook.save()).status, 'written');
    assert.equal(port.text('.marginalia/codebook.json'), '{\n  "version": 1,\n  "themes": [\n    {\n      "id": "tax",\n      "label": "Tax",\n      "color": "#aa0000"\n    }\n  ]\n}\n');
  });

  it('notices a change written while the file was being read (a checkout), and reads the new file next time', async () => {
    const port = new MemoryFiles();
    port.put(path, fileWith('A'));
    const file = await openSidecar(port, path);
    port.put(path, fileWith('B'));
    // The checkout writes again just after the reload has read the bytes above.
    port.afterNextRead = () => port.put(path, fileWith('C', 'D'));
    await file.reload();
    assert.deepEqual(file.value.annotations.map((a) => a.id), ['B']);
    assert.equal(await file.changedOnDisk(), true, 'the write after the read is still to be read');
    await file.reload();
    assert.deepEqual(file.value.annotations.map((a) => a.id), ['C', 'D']);
    assert.equal(await file.changedOnDisk(), false);
  });

  it('writes atomically through the Node adapter and notices outside changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marginalia-store-'));
    try {
      const target = join(dir, 'nested', 'a.txt.annotations.json');
      const file = await openSidecar(nodeFileSystem, target, { documentPath: join(dir, 'nested', 'a.txt') });
      file.apply({ type: 'add', annotation: annotation('A', 0, 'quote A') });
      assert.equal((await file.save()).status, 'written');
      assert.equal(JSON.parse(await readFile(target, 'utf8')).document, 'a.txt');
      assert.equal(await file.changedOnDisk(), false);
      await writeFile(target, fileWith('A', 'B') + '\n\n');
      assert.equal(await file.changedOnDisk(), true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
