import { strict as assert } from 'node:assert';
import { mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { openSidecar } from '../../src/core/store/sidecar-store';
import { nodeFileSystem } from '../../src/host/node-file-system';

const text = 'The mayor said: “Nobody needs to panic.”\n';

describe('temporary files left by killed writers', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-temporaries-'));
    await writeFile(join(dir, 'report.txt'), text);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function addClaim(sidecar: string): Promise<void> {
    const file = await openSidecar(nodeFileSystem, sidecar, { documentPath: join(dir, 'report.txt') });
    file.apply({
      type: 'add',
      annotation: { id: '01JTEMPCLEAN00000000000001', target: refreshSelectors(text, { start: 16, end: 40 }), themes: [], created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
    });
    const outcome = await file.save();
    assert.equal(outcome.status, 'written');
  }

  it('removes the stale ones of that sidecar on its next write, and nothing else', async () => {
    const sidecar = join(dir, 'report.txt.annotations.json');
    const old = new Date(Date.now() - 5 * 60_000);
    const stale = ['report.txt.annotations.json.1234567890', 'report.txt.annotations.json.42'];
    const kept = [
      'report.txt.annotations.json.987654321', // fresh: a writer may still be using it
      'report.txt.annotations.json.bak', // not the pattern
      'report.txt.annotations.json.12345678901', // more digits than a 32-bit hash
      'other.txt.annotations.json.1234567890', // another sidecar's
    ];
    for (const name of [...stale, ...kept]) await writeFile(join(dir, name), '{"half": ');
    for (const name of [...stale, ...kept.slice(1)]) await utimes(join(dir, name), old, old);

    await addClaim(sidecar);

    const left = await readdir(dir);
    for (const name of stale) assert.ok(!left.includes(name), `${name} was removed`);
    for (const name of kept) assert.ok(left.includes(name), `${name} was kept`);
    assert.match(await readFile(sidecar, 'utf8'), /01JTEMPCLEAN00000000000001/);
  });

  it('refuses to write a sidecar that is a symbolic link, leaving its target untouched', async () => {
    const target = join(dir, 'elsewhere.json');
    await writeFile(target, 'not yours');
    const sidecar = join(dir, 'report.txt.annotations.json');
    await symlink(target, sidecar);
    const file = await openSidecar(nodeFileSystem, sidecar, { documentPath: join(dir, 'report.txt') });
    assert.equal(file.problem?.kind !== undefined, true, 'the target is not a sidecar, so it is a problem and never written');
    await rm(sidecar);
    await symlink(join(dir, 'missing', 'x.json'), sidecar);
    await assert.rejects(addClaim(sidecar), /symbolic link; Marginalia does not write through links/);
    assert.equal(await readFile(target, 'utf8'), 'not yours');
  });
});
