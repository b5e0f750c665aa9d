import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { ExitCode } from '../../src/cli/command';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { scanCommand } from '../../src/cli/commands/scan';
import { speakersCommand } from '../../src/cli/commands/speakers';
import { statsCommand } from '../../src/cli/commands/stats';
import { validateCommand } from '../../src/cli/commands/validate';
import { xrefCommand } from '../../src/cli/commands/xref';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { sidecarLayoutFromSettings } from '../../src/core/store/settings-layout';
import { runCommand, snapshot } from './cli-support';
import { writeAnnotatedCorpus } from './exchange-fixture';

const mirrorSettings = `{
  // sidecars out of the way of the documents
  "editor.wordWrap": "on",
  "marginalia.sidecars.location": "folder",
  "marginalia.sidecars.folder": "notes/annotations",
}
`;

/** Moves every sidecar of `root` under `folder`, keeping the documents' relative paths, and sets the layout. */
async function mirrorSidecars(root: string, folder: string, settings: string): Promise<number> {
  let moved = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.annotations.json')) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(root, folder, relative(root, from));
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    moved += 1;
  }
  await mkdir(join(root, '.vscode'), { recursive: true });
  await writeFile(join(root, '.vscode', 'settings.json'), settings);
  return moved;
}

async function sidecarsUnder(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.annotations.json')) found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return found.sort();
}

describe('sidecar layout from .vscode/settings.json', () => {
  it('reads the layout as VS Code does: comments, trailing commas, defaults', () => {
    assert.deepEqual(sidecarLayoutFromSettings(mirrorSettings), { ok: true, layout: { kind: 'mirror', folder: 'notes/annotations' } });
    assert.deepEqual(sidecarLayoutFromSettings('{ "marginalia.sidecars.location": "folder" }'), {
      ok: true,
      layout: { kind: 'mirror', folder: '.marginalia/annotations' },
    });
    assert.deepEqual(sidecarLayoutFromSettings('// nothing set\n{}'), { ok: true, layout: { kind: 'beside' } });
    assert.deepEqual(sidecarLayoutFromSettings(''), { ok: true, layout: { kind: 'beside' } });
    assert.deepEqual(sidecarLayoutFromSettings('{"__proto__": {"marginalia.sidecars.location": "folder"}}'), { ok: true, layout: { kind: 'beside' } });
  });

  it('refuses settings the editor could not use, naming the file and the problem', () => {
    const cases: [string, RegExp][] = [
      ['{ "marginalia.sidecars.location": "folder", ', /^x\/settings\.json: not valid JSON \(/],
      ['[1, 2]', /settings must be a JSON object/],
      ['{ "marginalia.sidecars.location": "elsewhere" }', /must be "beside" or "folder", not "elsewhere"/],
      ['{ "marginalia.sidecars.location": "folder", "marginalia.sidecars.folder": "../outside" }', /must be a folder inside the corpus, not "\.\.\/outside"/],
      ['{ "marginalia.sidecars.location": "folder", "marginalia.sidecars.folder": 7 }', /"marginalia\.sidecars\.folder" must be a string/],
    ];
    for (const [text, expected] of cases) {
      const result = sidecarLayoutFromSettings(text, 'x/settings.json');
      assert.equal(result.ok, false, text);
      if (!result.ok) assert.match(result.message, expected);
    }
  });
});

describe('the command line with sidecars in a folder', () => {
  let dir: string;
  let beside: string;
  let mirrored: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-layout-'));
    beside = join(dir, 'beside');
    mirrored = join(dir, 'mirrored');
    await writeAnnotatedCorpus(beside);
    await writeAnnotatedCorpus(mirrored);
    assert.ok((await mirrorSidecars(mirrored, 'notes/annotations', mirrorSettings)) > 5);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('scan, stats, xref, speakers and export read the same annotations as with sidecars beside the documents', async () => {
    const commands: [typeof scanCommand, string[]][] = [
      [scanCommand, ['--json', '.']],
      [statsCommand, ['--json', '.']],
      [xrefCommand, ['--json', '.']],
      [speakersCommand, ['--json', '.']],
      [exportCommand, ['--format', 'csv', '--out', '-']],
    ];
    for (const [command, args] of commands) {
      const expected = await runCommand(command, args, beside);
      const actual = await runCommand(command, args, mirrored);
      assert.equal(actual.code, expected.code, `${command.name}: ${actual.err}`);
      assert.equal(actual.out, expected.out, command.name);
    }
    const scanned = JSON.parse((await runCommand(scanCommand, ['--json', '.'], mirrored)).out) as { documents: { claims: { status: string }[] }[] };
    assert.ok(scanned.documents.flatMap((d) => d.claims).filter((c) => c.status === 'annotated').length > 100, 'the mirrored sidecars were read');
  });

  it('validate finds each sidecar in the folder, for the corpus, a subfolder or a document', async () => {
    const all = await runCommand(validateCommand, ['--json', '.'], mirrored);
    assert.equal(all.code, ExitCode.ok, all.out);
    const report = JSON.parse(all.out) as { documents: { path: string; sidecar: string; annotations: unknown[] }[] };
    assert.ok(report.documents.length > 5);
    for (const document of report.documents) {
      assert.equal(document.sidecar, `notes/annotations/${document.path}.annotations.json`);
      assert.ok(document.annotations.length > 0);
    }
    const besideReport = JSON.parse((await runCommand(validateCommand, ['--json', '.'], beside)).out) as typeof report;
    assert.deepEqual(
      report.documents.map((d) => [d.path, d.annotations]),
      besideReport.documents.map((d) => [d.path, d.annotations]),
    );

    const [first] = report.documents;
    const subfolder = first!.path.split('/')[0]!;
    const sub = JSON.parse((await runCommand(validateCommand, ['--json', subfolder], mirrored)).out) as typeof report;
    assert.deepEqual(sub.documents.map((d) => d.path), report.documents.filter((d) => d.path.startsWith(`${subfolder}/`)).map((d) => d.path));
    const one = JSON.parse((await runCommand(validateCommand, ['--json', first!.path], mirrored)).out) as typeof report;
    assert.equal(one.documents[0]!.sidecar, first!.sidecar);
  });

  it('validate names a sidecar left beside its document when the corpus keeps them in a folder (exit 1)', async () => {
    const [document] = (await sidecarsUnder(join(mirrored, 'notes', 'annotations'))).map((s) => s.slice(0, -'.annotations.json'.length));
    const stray = join(mirrored, `${document}.annotations.json`);
    await writeFile(stray, await readFile(join(mirrored, 'notes', 'annotations', `${document}.annotations.json`)));
    try {
      const { code, out } = await runCommand(validateCommand, ['.'], mirrored);
      assert.equal(code, ExitCode.problems);
      assert.match(out, new RegExp(`${document!.replace(/[.]/g, '\\.')}\\.annotations\\.json: not read: this corpus keeps sidecars under notes/annotations/`));
    } finally {
      await rm(stray);
    }
  });

  it('import writes new sidecars into the folder, never beside the documents', async () => {
    const target = join(dir, 'import-target');
    await writeAnnotatedCorpus(target, false);
    await mkdir(join(target, '.vscode'));
    await writeFile(join(target, '.vscode', 'settings.json'), mirrorSettings);
    const project = join(dir, 'project.qdpx');
    assert.equal((await runCommand(exportCommand, ['--format', 'qdpx', '--out', project], beside)).code, ExitCode.ok);

    const { code, err } = await runCommand(importCommand, [project], target);
    assert.equal(code, ExitCode.ok, err);
    const written = await sidecarsUnder(target);
    assert.ok(written.length > 5);
    assert.deepEqual(written.filter((path) => !path.startsWith('notes/annotations/')), []);
    for (const path of written) {
      const parsed = parseSidecar(await readFile(join(target, path), 'utf8'), path);
      assert.ok(parsed.ok, path);
      const documentPath = path.slice('notes/annotations/'.length, -'.annotations.json'.length);
      assert.equal(parsed.value.document, relative(dirname(join(target, path)), join(target, documentPath)).split(sep).join('/'), 'the document field points at the document');
    }
    const validated = await runCommand(validateCommand, ['.'], target);
    assert.equal(validated.code, ExitCode.ok, validated.out);
  });

  it('a settings file that cannot be read stops every command with a message naming it, and nothing is written', async () => {
    const broken = join(dir, 'broken');
    await writeAnnotatedCorpus(broken);
    await mirrorSidecars(broken, 'notes/annotations', '{ "marginalia.sidecars.location": "folder", oops }');
    const project = join(dir, 'project-for-broken.qdpx');
    assert.equal((await runCommand(exportCommand, ['--format', 'qdpx', '--out', project], beside)).code, ExitCode.ok);
    const before = await snapshot(broken);
    for (const [command, args] of [
      [validateCommand, ['.']],
      [scanCommand, ['.']],
      [statsCommand, ['.']],
      [importCommand, [project]],
    ] as const) {
      const { code, err } = await runCommand(command, args, broken);
      assert.equal(code, ExitCode.problems, command.name);
      assert.match(err, /\.vscode\/settings\.json: not valid JSON \(.*\); it says where the sidecars are, so nothing was read/, command.name);
    }
    assert.deepEqual(await snapshot(broken), before);
  });
});
