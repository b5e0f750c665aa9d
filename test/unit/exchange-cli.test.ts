import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode } from '../../src/cli/command';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { validateCommand } from '../../src/cli/commands/validate';
import { parseCsv, readQdc, readQdpx } from '../../src/core/exchange';
import { readZip } from '../../src/core/exchange/zip';
import { parseCodebook } from '../../src/core/store/codebook-format';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { runCommand, snapshot } from './cli-support';
import { writeAnnotatedCorpus } from './exchange-fixture';
import { refiSchemas, xmllintErrors } from './refi-schemas';

describe('marginalia export', () => {
  let dir: string;
  let claims: number;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-export-'));
    const input = await writeAnnotatedCorpus(join(dir, 'corpus'));
    claims = input.documents.reduce((n, d) => n + d.annotations.length, 0);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const corpus = () => join(dir, 'corpus');

  it('exports the whole corpus as a REFI-QDA project with every claim (exit 0, summary on stderr)', async () => {
    const { code, err } = await runCommand(exportCommand, ['--format', 'qdpx', '--out', '../out/all.qdpx'], corpus());
    assert.equal(code, ExitCode.ok, err);
    assert.match(err, new RegExp(`exported 17 document\\(s\\), ${claims} claim\\(s\\)`));
    const project = readQdpx(await readFile(join(dir, 'out', 'all.qdpx')));
    assert.equal(project.sources.length, 17);
    assert.equal(project.sources.reduce((n, s) => n + s.selections.length, 0), claims);
    assert.ok(project.sources.some((s) => s.name === 'rail-strike/northgate-2026-03-16-rail-walkout.md'));
    const qde = new TextDecoder().decode(readZip(await readFile(join(dir, 'out', 'all.qdpx'))).get('project.qde'));
    assert.match(qde, /<Project xmlns="urn:QDA-XML:project:1.0" name="corpus" origin="Marginalia \d/);
    const schemas = refiSchemas();
    if ('skip' in schemas) console.log(`      skipped schema validation: ${schemas.skip}`);
    else assert.equal(xmllintErrors(schemas.folder, 'Project-mrt2019.xsd', qde), undefined);
  });

  it('exports a codebook that validates, and from a sub-folder finds the corpus root', async function () {
    const { code } = await runCommand(exportCommand, ['--format', 'qdc', '--out', join(dir, 'codes.qdc')], join(corpus(), 'interviews'));
    assert.equal(code, ExitCode.ok);
    const xml = await readFile(join(dir, 'codes.qdc'), 'utf8');
    assert.equal(readQdc(xml).length, 4);
    const schemas = refiSchemas();
    if ('skip' in schemas) {
      console.log(`      skipped schema validation: ${schemas.skip}`);
      this.skip();
    }
    assert.equal(xmllintErrors(schemas.folder, 'Codebook.xsd', xml), undefined);
  });

  it('exports one folder as CSV, and W3C JSON-LD to standard output with --out -', async () => {
    const csv = await runCommand(exportCommand, ['--format', 'csv', '--out', join(dir, 'rail.csv'), 'rail-strike'], corpus());
    assert.equal(csv.code, ExitCode.ok, csv.err);
    const rows = parseCsv(await readFile(join(dir, 'rail.csv'), 'utf8'));
    assert.ok(rows.length > 1);
    assert.ok(rows.slice(1).every((r) => r[0]!.startsWith('rail-strike/')), 'only the folder');
    const w3c = await runCommand(exportCommand, ['--format', 'w3c', '--out', '-'], corpus());
    assert.equal(w3c.code, ExitCode.ok);
    const collection = JSON.parse(w3c.out) as { type: string; first: { items: { motivation: string }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.first.items.filter((i) => i.motivation !== 'linking').length, claims);
  });

  it('reports progress on stderr for a large corpus', async () => {
    const work = await mkdtemp(join(tmpdir(), 'marginalia-export-many-'));
    try {
      for (let i = 0; i < 150; i++) await writeFile(join(work, `doc-${String(i).padStart(3, '0')}.txt`), `Document ${i}: "We will see," she said.\n`);
      const { code, err } = await runCommand(exportCommand, ['--format', 'csv', '--out', 'out.csv'], work);
      assert.equal(code, ExitCode.ok);
      assert.match(err, /reading documents 0\/150\n.*reading documents 100\/150\n/s);
      assert.match(err, /exported 150 document\(s\), 0 claim\(s\)/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('exits 2 on wrong usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--out', 'x.csv'], /--format is required/],
      [['--format', 'pdf', '--out', 'x'], /unknown format 'pdf'/],
      [['--format', 'csv'], /--out FILE is required/],
      [['--format', 'qdpx', '--out', '-'], /only for csv and w3c/],
      [['--format', 'csv', '--out', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
      [['--format', 'csv', '--out', 'x.csv', '.marginalia/codebook.json'], /not a document/],
      [['--format', 'csv', '--out', 'x.csv', '..'], /outside the corpus/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await runCommand(exportCommand, args, corpus());
      assert.equal(code, ExitCode.usage, args.join(' '));
      assert.match(err, message);
      assert.match(err, /Run 'marginalia export --help'/);
    }
    const help = await runCommand(exportCommand, ['--help'], corpus());
    assert.equal(help.code, ExitCode.ok);
    assert.match(help.out, /Usage: marginalia export --format qdpx\|qdc\|w3c\|csv --out FILE/);
  });

  it('exits 1 when a sidecar cannot be read or the output cannot be written, still exporting the rest', async () => {
    const work = await mkdtemp(join(tmpdir(), 'marginalia-export-bad-'));
    try {
      await writeAnnotatedCorpus(work);
      await writeFile(join(work, 'rail-strike', 'northgate-2026-03-16-rail-walkout.md.annotations.json'), '{ not json');
      await rm(join(work, 'interviews', 'okonkwo-lund-interview-2026-03-13.md.annotations.json'));
      await mkdir(join(work, 'interviews', 'okonkwo-lund-interview-2026-03-13.md.annotations.json'));
      const { code, err } = await runCommand(exportCommand, ['--format', 'csv', '--out', 'out.csv'], work);
      assert.equal(code, ExitCode.problems);
      assert.match(err, /northgate-2026-03-16-rail-walkout\.md\.annotations\.json/);
      assert.match(err, /okonkwo-lund-interview-2026-03-13\.md\.annotations\.json: EISDIR/);
      assert.ok(parseCsv(await readFile(join(work, 'out.csv'), 'utf8')).length > 10, 'the other documents were exported');
      const blocked = await runCommand(exportCommand, ['--format', 'csv', '--out', 'interviews'], work);
      assert.equal(blocked.code, ExitCode.problems);
      assert.match(blocked.err, /cannot write interviews/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('marginalia import', () => {
  let dir: string;
  let claims: number;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-import-'));
    const input = await writeAnnotatedCorpus(join(dir, 'source'));
    claims = input.documents.reduce((n, d) => n + d.annotations.length, 0);
    const exported = await runCommand(exportCommand, ['--format', 'qdpx', '--out', join(dir, 'project.qdpx')], join(dir, 'source'));
    assert.equal(exported.code, ExitCode.ok);
    await runCommand(exportCommand, ['--format', 'qdc', '--out', join(dir, 'codes.qdc')], join(dir, 'source'));
    await writeAnnotatedCorpus(join(dir, 'bare'), false);
    await rm(join(dir, 'bare', '.marginalia', 'codebook.json'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function sidecarClaims(root: string): Promise<number> {
    let total = 0;
    for (const entry of await snapshot(root)) {
      const [path] = entry;
      if (!path.endsWith('.annotations.json')) continue;
      const parsed = parseSidecar(await readFile(path, 'utf8'), path);
      assert.ok(parsed.ok, path);
      total += parsed.value.annotations.length;
    }
    return total;
  }

  it('--dry-run prints the codebook plan and writes nothing', async () => {
    const bare = join(dir, 'bare');
    const before = await snapshot(bare);
    const { code, out } = await runCommand(importCommand, [join(dir, 'codes.qdc'), '--dry-run'], bare);
    assert.equal(code, ExitCode.ok);
    assert.match(out, /Codebook: 4 new themes, 0 changed, 0 unchanged\./);
    assert.match(out, /\+ Policy "quoted" \(#f76b15, under Politics\)/);
    assert.match(out, /Dry run: nothing was written/);
    assert.deepEqual(await snapshot(bare), before);
  });

  it('imports a codebook into the corpus codebook', async () => {
    const bare = join(dir, 'bare');
    const { code } = await runCommand(importCommand, [join(dir, 'codes.qdc')], bare);
    assert.equal(code, ExitCode.ok);
    const codebook = parseCodebook(await readFile(join(bare, '.marginalia', 'codebook.json'), 'utf8'), 'codebook.json');
    assert.ok(codebook.ok);
    assert.deepEqual(codebook.value.themes.map((t) => t.label), ['Politics', 'Policy "quoted"', 'Safety 😀', '=HYPERLINK("x")']);
  });

  it('round trip: a project exported from one copy and imported into a bare copy brings back every claim, which validate anchors', async () => {
    const bare = join(dir, 'bare');
    const { code, out, err } = await runCommand(importCommand, [join(dir, 'project.qdpx')], bare);
    assert.equal(code, ExitCode.ok, err);
    assert.match(out, new RegExp(`Codings: ${claims} new claim\\(s\\), 0 already present, 0 not imported; 40 link\\(s\\)\\.`));
    assert.equal(await sidecarClaims(bare), claims);
    console.log(`      CLI round trip: ${claims} claims exported, ${await sidecarClaims(bare)} in the imported sidecars`);
    const validated = await runCommand(validateCommand, ['.'], bare);
    assert.equal(validated.code, ExitCode.ok, validated.out);

    const again = await runCommand(importCommand, [join(dir, 'project.qdpx')], bare);
    assert.equal(again.code, ExitCode.ok);
    assert.match(again.out, new RegExp(`Codings: 0 new claim\\(s\\), ${claims} already present`));
    assert.equal(await sidecarClaims(bare), claims, 'importing twice adds nothing');
  });

  it('lists codings whose document changed and exits 1, importing the rest', async () => {
    const bare = join(dir, 'bare');
    const file = join(bare, 'rail-strike', 'tessaly-2026-03-16-rail-strike-called.txt');
    await writeFile(file, 'This report was replaced by a correction.\n');
    const { code, out } = await runCommand(importCommand, [join(dir, 'project.qdpx')], bare);
    assert.equal(code, ExitCode.problems);
    assert.match(out, /Not imported \(nothing was guessed\):/);
    assert.match(out, /rail-strike\/tessaly-2026-03-16-rail-strike-called\.txt \d+–\d+ ".*": not found in/);
    assert.ok((await sidecarClaims(bare)) > 0);
  });

  it('exits 2 on wrong usage and 1 for files it cannot read', async () => {
    const bare = join(dir, 'bare');
    for (const [args, message] of [
      [[], /name exactly one/],
      [['a.qdc', 'b.qdc'], /name exactly one/],
      [['notes.txt'], /neither a \.qdc codebook nor a \.qdpx project/],
      [['x.qdc', '--force'], /Unknown option '--force'/],
    ] as [string[], RegExp][]) {
      const { code, err } = await runCommand(importCommand, args, bare);
      assert.equal(code, ExitCode.usage, args.join(' '));
      assert.match(err, message);
    }
    await writeFile(join(dir, 'broken.qdpx'), 'not a zip');
    await writeFile(join(dir, 'broken.qdc'), '<CodeBook><Codes>');
    await mkdir(join(dir, 'folder.qdc'));
    const before = await snapshot(bare);
    for (const [file, message] of [
      ['missing.qdc', /missing\.qdc: no such file/],
      [join(dir, 'folder.qdc'), /folder\.qdc: not a file/],
      [join(dir, 'broken.qdpx'), /not a readable zip archive/],
      [join(dir, 'broken.qdc'), /not well-formed XML/],
    ] as [string, RegExp][]) {
      const { code, err } = await runCommand(importCommand, [file], bare);
      assert.equal(code, ExitCode.problems, file);
      assert.match(err, message);
    }
    assert.deepEqual(await snapshot(bare), before, 'nothing written');
    const help = await runCommand(importCommand, ['--help'], bare);
    assert.match(help.out, /Usage: marginalia import <file\.qdc \| file\.qdpx> \[--dry-run\]/);
  });
});
