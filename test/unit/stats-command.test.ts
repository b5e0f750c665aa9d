import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode } from '../../src/cli/command';
import { commands } from '../../src/cli/commands';
import { statsCommand } from '../../src/cli/commands/stats';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { hashText } from '../../src/core/text/hash';
import { runCommand, snapshot } from './cli-support';

const ferry = 'The minister said "fares will fall in May" and "the ferry stays public". The union said "we were not asked".\n';
const bridge = 'Engineers said "the bridge is safe" although the mayor said "nobody told us".\n';

let nextId = 0;
function on(text: string, quote: string, themes: string[], speaker?: string, extra: Partial<Annotation> = {}): Annotation {
  const at = [...text.slice(0, text.indexOf(quote))].length;
  assert.ok(text.includes(quote));
  return {
    id: `01JSTATS${String(nextId++).padStart(18, '0')}`,
    target: refreshSelectors(text, { start: at, end: at + [...quote].length }),
    ...(speaker ? { speaker } : {}),
    themes,
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
    ...extra,
  };
}

function run(args: string[], cwd: string) {
  return runCommand(statsCommand, args, cwd);
}

describe('marginalia stats', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-stats-'));
    await mkdir(join(dir, '.marginalia'));
    await mkdir(join(dir, 'news'));
    await writeFile(
      join(dir, '.marginalia', 'codebook.json'),
      serializeCodebook({
        version: 1,
        themes: [
          { id: 'fares', label: 'Fares', color: '#3e63dd' },
          { id: 'safety', label: 'Safety', color: '#e5484d' },
          { id: 'unused', label: 'Unused', color: '#30a46c' },
        ],
        speakers: [{ name: 'Transport Minister', aliases: ['the minister'] }],
      }),
    );
    await writeFile(join(dir, 'news', 'ferry.txt'), ferry);
    const fares = on(ferry, 'fares will fall in May', ['fares'], 'the minister');
    await writeFile(
      join(dir, 'news', 'ferry.txt.annotations.json'),
      serializeSidecar({
        version: 2,
        document: 'ferry.txt',
        textHash: hashText(ferry),
        annotations: [
          fares,
          on(ferry, 'the ferry stays public', ['fares', 'ownership'], 'Transport Minister', { links: [{ target: fares.id, relation: 'repeats' }] }),
          on(ferry, 'we were not asked', [], 'Seafarers Union'),
        ],
      }),
    );
    await writeFile(join(dir, 'news', 'bridge.md'), bridge);
    const orphan = on(bridge, 'nobody told us', ['safety'], 'Mayor');
    await writeFile(
      join(dir, 'news', 'bridge.md.annotations.json'),
      serializeSidecar({
        version: 2,
        document: 'bridge.md',
        textHash: '',
        annotations: [
          on(bridge, 'the bridge is safe', ['safety']),
          { ...orphan, target: { selector: [{ ...orphan.target.selector[0], exact: 'words that are gone', prefix: 'xx', suffix: 'yy' }, orphan.target.selector[1]] } },
        ],
      }),
    );
    await writeFile(join(dir, 'news', 'plain.txt'), 'No claims here.\n');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is a command of the CLI with its own help', async () => {
    assert.ok(commands.includes(statsCommand));
    const help = await run(['--help'], dir);
    assert.equal(help.code, ExitCode.ok);
    assert.match(help.out, /^Usage: marginalia stats <files or folders…> \[--json\]/);
  });

  it('counts documents, claims, orphans, themes, speakers and links, with both tables (--json, exit 0, writes nothing)', async () => {
    const before = await snapshot(dir);
    const { code, out, err } = await run(['.', '--json'], dir);
    assert.equal(code, ExitCode.ok, err);
    const json = JSON.parse(out);
    assert.deepEqual(json.summary, {
      documents: 3,
      annotatedDocuments: 2,
      claims: 5,
      annotated: 4,
      orphaned: 1,
      themes: 3,
      themesUsed: 3,
      unknownThemes: ['ownership'],
      speakers: 3,
      links: 1,
    });
    assert.equal(json.codebook, '.marginalia/codebook.json');
    const columns = [
      { kind: 'theme', key: 'fares', label: 'Fares' },
      { kind: 'theme', key: 'safety', label: 'Safety' },
      { kind: 'unknown-theme', key: 'ownership', label: 'ownership' },
      { kind: 'no-theme', key: '', label: 'No theme' },
    ];
    assert.deepEqual(json.themesByDocument, {
      columns,
      rows: [
        { key: 'news/bridge.md', label: 'news/bridge.md', claims: 2, counts: [0, 2, 0, 0] },
        { key: 'news/ferry.txt', label: 'news/ferry.txt', claims: 3, counts: [2, 0, 1, 1] },
      ],
    });
    assert.deepEqual(json.speakersByTheme, {
      columns,
      rows: [
        { key: 'Transport Minister', label: 'Transport Minister', claims: 2, counts: [2, 0, 1, 0] },
        { key: 'Mayor', label: 'Mayor', claims: 1, counts: [0, 1, 0, 0] },
        { key: 'Seafarers Union', label: 'Seafarers Union', claims: 1, counts: [0, 0, 0, 1] },
        { key: '', label: 'No speaker', claims: 1, counts: [0, 1, 0, 0] },
      ],
    });
    assert.deepEqual(
      json.cooccurrence.rows.map((r: { counts: number[] }) => r.counts),
      [
        [2, 0, 1],
        [0, 2, 0],
        [1, 0, 1],
      ],
    );
    assert.deepEqual(await snapshot(dir), before, 'stats must not write');
  });

  it('prints readable tables without --json', async () => {
    const { code, out } = await run(['news'], dir);
    assert.equal(code, ExitCode.ok);
    const lines = out.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      'Documents  3 (2 with claims)',
      'Claims     5 (4 annotated, 1 orphaned)',
      'Themes     3 themes in .marginalia/codebook.json, 3 used',
      'Speakers   3',
      'Links      1',
      'Not in the codebook: ownership',
    ]);
    const table = lines.indexOf('Themes by document');
    assert.match(lines[table + 2]!, /^DOCUMENT\s+Fares\s+Safety\s+ownership\?\s+No theme\s+CLAIMS$/);
    assert.match(lines[table + 3]!, /^news\/bridge\.md\s+-\s+2\s+-\s+-\s+2$/);
    assert.match(lines[table + 4]!, /^news\/ferry\.txt\s+2\s+-\s+1\s+1\s+3$/);
    const speakers = lines.indexOf('Speakers by theme');
    assert.match(lines[speakers + 3]!, /^Transport Minister\s+2\s+-\s+1\s+-\s+2$/);
  });

  it('counts a corpus without a codebook or claims', async () => {
    await rm(join(dir, '.marginalia'), { recursive: true });
    const { code, out } = await run(['news/plain.txt'], dir);
    assert.equal(code, ExitCode.ok);
    assert.equal(out, 'Documents  1 (0 with claims)\nClaims     0 (0 annotated, 0 orphaned)\nThemes     no codebook found, 0 used\nSpeakers   0\nLinks      0\n');
  });

  it('exits 2 on wrong usage', async () => {
    for (const args of [[], ['--frobnicate', '.'], ['--json=yes', '.'], ['.marginalia/codebook.json']]) {
      const result = await run(args, dir);
      assert.equal(result.code, ExitCode.usage, args.join(' '));
      assert.match(result.err, /Run 'marginalia stats --help' for usage/);
      assert.equal(result.out, '');
    }
  });

  it('exits 1 for a missing path, an unreadable document or sidecar, an invalid sidecar or codebook, and still counts the rest', async () => {
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'news', 'dangling.txt'));
    await writeFile(join(dir, 'news', 'bridge.md.annotations.json'), '{ not json');
    await rm(join(dir, 'news', 'ferry.txt.annotations.json'));
    await mkdir(join(dir, 'news', 'ferry.txt.annotations.json'));
    await writeFile(join(dir, '.marginalia', 'codebook.json'), '{"version": 1, "themes": [{"id": 3}]}');
    const { code, out, err } = await run(['news', 'news/dangling.txt', 'missing', '--json'], dir);
    assert.equal(code, ExitCode.problems);
    assert.match(err, /missing: no such file or folder/);
    assert.match(err, /dangling\.txt: no such file or folder/);
    assert.match(err, /bridge\.md\.annotations\.json/);
    assert.match(err, /ferry\.txt\.annotations\.json: EISDIR/);
    assert.match(err, /codebook\.json does not follow the codebook schema/);
    const json = JSON.parse(out);
    assert.equal(json.summary.documents, 3);
    assert.equal(json.summary.claims, 0);
  });
});
