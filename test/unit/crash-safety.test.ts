import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeSidecar } from '../../src/core/store/serialize';
import { openSidecar } from '../../src/core/store/sidecar-store';
import { withFileLock } from '../../src/host/file-lock';
import { nodeFileSystem } from '../../src/host/node-file-system';
import { runKillCampaign, runTwoWriterRace } from '../stress/kill-campaign';
import { annotation } from './store-helpers';

describe('crash safety of sidecar writes', function () {
  this.timeout(60_000);

  it('leaves a complete old or new version of every sidecar when writers are SIGKILLed at random moments', async () => {
    const kills = Number(process.env.MARGINALIA_KILLS ?? 50);
    const result = await runKillCampaign({ kills, sidecars: 4, parallel: 2 });
    console.log(
      `      ${result.kills} kills (${result.duringWrite} inside a write), ${result.intact} sidecars complete, ${result.writes} versions written, ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(result.failures, []);
    assert.equal(result.kills, kills);
    assert.equal(result.intact, kills);
    assert.ok(result.writes > 0, 'the writers wrote something before they were killed');
  });

  it('keeps the annotations of two processes writing one sidecar at once', async () => {
    const race = await runTwoWriterRace({ perWriter: 25 });
    assert.deepEqual(race.lost, []);
    assert.equal(race.written + race.refused, 50);
    assert.equal(race.finalCount, race.written);
  });
});

describe('guarded saves across store instances', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('merges two stores that read the same version and save at the same moment', async () => {
    const path = join(dir, 'report.txt.annotations.json');
    await writeFile(path, serializeSidecar({ version: 2, document: 'report.txt', textHash: '', annotations: [annotation('A', 0, 'quote A')] }));
    const editor = await openSidecar(nodeFileSystem, path);
    const cli = await openSidecar(nodeFileSystem, path);
    editor.apply({ type: 'add', annotation: annotation('B', 10, 'quote B') });
    cli.apply({ type: 'add', annotation: annotation('C', 20, 'quote C') });
    const outcomes = await Promise.all([editor.save(), cli.save()]);
    assert.deepEqual(outcomes.map((o) => o.status), ['written', 'written']);
    assert.ok(outcomes.some((o) => o.status === 'written' && o.merged), 'the second writer merged');
    const ids = JSON.parse(await readFile(path, 'utf8')).annotations.map((a: { id: string }) => a.id);
    assert.deepEqual(ids, ['A', 'B', 'C']);
  });

  it('refuses, naming the file, while another live writer holds it', async () => {
    const path = join(dir, 'report.txt.annotations.json');
    await writeFile(`${path}.lock`, `${process.pid} ${hostname()} someone-else`);
    let ran = false;
    await assert.rejects(
      withFileLock(path, async () => (ran = true), { timeoutMs: 100 }),
      (error: Error) => error.message.includes(path) && /another Marginalia window or the CLI/.test(error.message),
    );
    assert.equal(ran, false);
  });

  it('takes over a lock left by a writer that was killed', async () => {
    const path = join(dir, 'report.txt.annotations.json');
    await writeFile(`${path}.lock`, `999999999 ${hostname()} killed-writer`);
    assert.equal(await withFileLock(path, async () => 'ran', { timeoutMs: 100 }), 'ran');
    await assert.rejects(readFile(`${path}.lock`), /ENOENT/, 'the lock is released afterwards');
  });
});
