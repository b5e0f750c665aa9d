import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { hashText } from '../../src/core/text/hash';
import { validateCommand } from '../../src/cli/commands/validate';
import { ExitCode } from '../../src/cli/command';
import type { Annotation } from '../../src/core/model/annotation';
import { runCommand, snapshot } from './cli-support';

const report = 'Résumé 😀: the minister said "we will not raise taxes" on Monday.\n';

function annotationOn(text: string, quote: string, id: string, themes: string[] = []): Annotation {
  const at = [...text.slice(0, text.indexOf(quote))].length;
  return {
    id,
    target: refreshSelectors(text, { start: at, end: at + [...quote].length }),
    themes,
    created: '2025-03-01T10:00:00.000Z',
    modified: '2025-03-01T10:00:00.000Z',
  };
}

function run(args: string[], cwd: string) {
  return runCommand(validateCommand, args, cwd);
}

describe('marginalia validate', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-validate-'));
    await mkdir(join(dir, '.marginalia'));
    await mkdir(join(dir, 'news'));
    await writeFile(
      join(dir, '.marginalia', 'codebook.json'),
      serializeCodebook({ version: 1, themes: [{ id: 'tax', label: 'Tax', color: '#aa0000' }] }),
    );
    const edited = 'UPDATE: ' + report;
    await writeFile(join(dir, 'news', 'budget.txt'), '\uFEFF' + edited); // BOM on disk, not counted
    await writeFile(
      join(dir, 'news', 'budget.txt.annotations.json'),
      serializeSidecar({
        version: 2,
        document: 'budget.txt',
        textHash: hashText(report),
        annotations: [annotationOn(report, 'we will not raise taxes', '01JB0000000000000000000001', ['tax'])],
      }),
    );
    await mkdir(join(dir, 'node_modules', 'x'), { recursive: true });
    await writeFile(join(dir, 'node_modules', 'x', 'readme.md.annotations.json'), '{ not json');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('anchors every annotation and prints the documented JSON with code point offsets (exit 0)', async () => {
    const before = await snapshot(dir);
    const { code, out } = await run(['.', '--json'], dir);
    assert.equal(code, ExitCode.ok, out);
    const json = JSON.parse(out);
    const start = [...('UPDATE: ' + report).slice(0, ('UPDATE: ' + report).indexOf('we will'))].length;
    assert.deepEqual(json.documents, [
      {
        path: 'news/budget.txt',
        sidecar: 'news/budget.txt.annotations.json',
        annotations: [{ id: '01JB0000000000000000000001', status: 'anchored', start, end: start + 23 }],
        errors: [],
      },
    ]);
    assert.equal(json.codebook, '.marginalia/codebook.json');
    assert.deepEqual(json.errors, []);
    assert.deepEqual(await snapshot(dir), before, 'validate must not write');
  });

  it('reports orphans, unknown themes, invalid sidecars and missing documents (exit 1) without writing', async () => {
    const text = 'Someone said "nothing of note" here.\n';
    await writeFile(join(dir, 'news', 'gone.md'), 'The quote is not here any more.\n');
    await writeFile(
      join(dir, 'news', 'gone.md.annotations.json'),
      serializeSidecar({ version: 2, document: 'gone.md', textHash: '', annotations: [annotationOn(text, 'nothing of note', 'ORPHAN1', ['nope'])] }),
    );
    await writeFile(join(dir, 'news', 'broken.txt'), text);
    await writeFile(join(dir, 'news', 'broken.txt.annotations.json'), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> x\n');
    await writeFile(
      join(dir, 'news', 'deleted.txt.annotations.json'),
      serializeSidecar({ version: 2, document: 'deleted.txt', textHash: '', annotations: [annotationOn(text, 'nothing of note', 'LOST1')] }),
    );
    const before = await snapshot(dir);
    const { code, out } = await run(['news', '--json'], dir);
    assert.equal(code, ExitCode.problems);
    const json = JSON.parse(out);
    const byPath = new Map(json.documents.map((d: { path: string }) => [d.path, d]));
    const gone = byPath.get('news/gone.md') as { annotations: { status: string; start: number }[]; errors: { message: string }[] };
    assert.equal(gone.annotations[0]!.status, 'orphaned');
    assert.equal(gone.annotations[0]!.start, 14, 'an orphan reports its stored position');
    assert.match(gone.errors[0]!.message, /theme "nope" not in the codebook/);
    const broken = byPath.get('news/broken.txt') as { errors: { file: string; message: string }[] };
    assert.match(broken.errors[0]!.message, /conflict markers/);
    assert.equal(broken.errors[0]!.file, 'news/broken.txt.annotations.json');
    const deleted = byPath.get('news/deleted.txt') as { annotations: { status: string }[]; errors: { message: string }[] };
    assert.match(deleted.errors[0]!.message, /does not exist/);
    assert.equal(deleted.annotations[0]!.status, 'orphaned');
    assert.deepEqual(await snapshot(dir), before, 'validate must not write');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run([join(dir, 'news', 'budget.txt')], dir);
    assert.equal(code, ExitCode.ok);
    assert.match(out, /^DOCUMENT\s+SIDECAR\s+ANCHORED\s+ORPHANED\s+ERRORS\nnews\/budget\.txt\s+news\/budget\.txt\.annotations\.json\s+1\s+0\s+0\n/);
    assert.match(out, /1 document, 1 annotation: 1 anchored, 0 orphaned; 0 errors; codebook \.marginalia\/codebook\.json\./);
  });

  it('reports an invalid codebook (exit 1)', async () => {
    await writeFile(join(dir, '.marginalia', 'codebook.json'), '{"version": 1, "themes": [{"id": "tax"}]}');
    const { code, out } = await run(['--json', 'news'], dir);
    assert.equal(code, ExitCode.problems);
    assert.match(JSON.parse(out).errors[0].message, /codebook\.json does not follow the codebook schema/);
  });

  it('exits 2 on wrong usage', async () => {
    assert.equal((await run([], dir)).code, ExitCode.usage);
    assert.equal((await run(['--frobnicate', '.'], dir)).code, ExitCode.usage);
    const missing = await run(['no-such-folder'], dir);
    assert.equal(missing.code, ExitCode.usage);
    assert.match(missing.err, /no-such-folder does not exist/);
  });
});

describe('marginalia validate on a hostile sidecar', () => {
  it('checks the document its file name implies, never the path in its document field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'marginalia-validate-hostile-'));
    try {
      await writeFile(join(dir, 'report.txt'), report);
      const sidecar = serializeSidecar({ version: 2, document: '../../../../etc/hostname', textHash: hashText(report), annotations: [annotationOn(report, 'we will not raise taxes', '01JB0000000000000000000001')] });
      await writeFile(join(dir, 'report.txt.annotations.json'), sidecar);
      const { out } = await run(['--json', 'report.txt.annotations.json'], dir);
      const parsed = JSON.parse(out) as { documents: { path: string; annotations: { status: string }[] }[] };
      assert.deepEqual(parsed.documents.map((d) => [d.path, d.annotations.map((a) => a.status)]), [['report.txt', ['anchored']]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
