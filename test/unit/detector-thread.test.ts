import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { detectClaims, type DetectOptions } from '../../src/core/detect';
import { DetectorThread } from '../../src/host/detector-thread';

const sampleCorpus = join(__dirname, '..', '..', 'sample-corpus');

async function sampleDocuments(): Promise<{ path: string; text: string; options: DetectOptions }[]> {
  const documents = [];
  for (const path of (await readdir(sampleCorpus, { recursive: true })).sort()) {
    if (!/\.(txt|md)$/.test(path)) continue;
    documents.push({ path, text: await readFile(join(sampleCorpus, path), 'utf8'), options: { format: path.endsWith('.md') ? 'markdown' : 'plain' } as const });
  }
  return documents;
}

describe('claim detection on a worker thread', function () {
  this.timeout(60_000);
  let dir: string;
  let workerFile: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-detector-thread-'));
    workerFile = join(dir, 'detection-worker.js');
    await build({ entryPoints: [join(__dirname, '..', '..', 'src', 'host', 'detection-worker.ts')], bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], outfile: workerFile, logLevel: 'warning' });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('returns what the detector returns in-process, for every sample document, requests answered in order', async () => {
    const thread = new DetectorThread(workerFile);
    try {
      const documents = await sampleDocuments();
      assert.ok(documents.length >= 15);
      const answers = await Promise.all(documents.map((d) => thread.detect(d.text, d.options)));
      assert.equal(thread.mode, 'thread');
      let claims = 0;
      for (const [i, d] of documents.entries()) {
        assert.deepEqual(answers[i], detectClaims(d.text, d.options), d.path);
        claims += answers[i]!.length;
      }
      assert.ok(claims > 100);
      const cues = await thread.detect('The mayor mused: the water is safe to drink now.', { extraCues: ['mused'] });
      assert.deepEqual(cues, detectClaims('The mayor mused: the water is safe to drink now.', { extraCues: ['mused'] }));
    } finally {
      thread.dispose();
    }
  });

  it('detects in-process when the thread cannot start, so no document goes without suggestions', async () => {
    const thread = new DetectorThread(join(dir, 'missing-worker.js'));
    const text = '"We will rebuild the pier," the mayor said on Monday.';
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      assert.deepEqual(await thread.detect(text, {}), detectClaims(text, {}));
      assert.equal(thread.mode, 'in-process');
      assert.deepEqual(await thread.detect(text, {}), detectClaims(text, {}));
      assert.match(String(errors[0]), /claim detection runs in the extension host \(its thread did not start: /);
    } finally {
      console.error = log;
      thread.dispose();
    }
  });

  it('fails the requests it holds when stopped, with a message', async () => {
    const thread = new DetectorThread(workerFile);
    const pending = thread.detect('"Yes," she said.'.repeat(20_000), {});
    thread.dispose();
    await assert.rejects(pending, /the detector was stopped/);
  });
});
