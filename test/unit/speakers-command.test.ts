import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode } from '../../src/cli/command';
import { commands } from '../../src/cli/commands';
import { speakersCommand } from '../../src/cli/commands/speakers';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { hashText } from '../../src/core/text/hash';
import { runCommand, snapshot } from './cli-support';

const budget = [
  'Budget talks resume',
  '',
  'Finance Minister Yevgeny Petrov said on Monday that taxes would not rise.',
  '',
  '"We will balance the budget," Petrov said.',
  '',
  '"The roads come first," said Councillor Ruth Anselm.',
  '',
  'Officials described the plan as a "fresh start".',
  '',
].join('\n');

const water = [
  '# Water and money',
  '',
  '"There is no other way," said Evgeny Petrov.',
  '',
  'The Velmora Water Authority said the pipes were safe.',
  '',
  '"Nothing changes for customers," Mr Petrov told reporters.',
  '',
].join('\n');

function annotationOn(text: string, quote: string, id: string, speaker: string): Annotation {
  const at = [...text.slice(0, text.indexOf(quote))].length;
  return {
    id,
    target: refreshSelectors(text, { start: at, end: at + [...quote].length }),
    speaker,
    themes: [],
    created: '2025-03-01T10:00:00.000Z',
    modified: '2025-03-01T10:00:00.000Z',
  };
}

function run(args: string[], cwd: string) {
  return runCommand(speakersCommand, args, cwd);
}

describe('marginalia speakers', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-speakers-'));
    await mkdir(join(dir, '.marginalia'));
    await mkdir(join(dir, 'news'));
    await writeFile(
      join(dir, '.marginalia', 'codebook.json'),
      serializeCodebook({ version: 1, themes: [], speakers: [{ name: 'Evgeny Petrov', aliases: ['Yevgeny Petrov'] }] }),
    );
    await writeFile(join(dir, 'news', 'budget.txt'), budget);
    await writeFile(
      join(dir, 'news', 'budget.txt.annotations.json'),
      serializeSidecar({
        version: 2,
        document: 'budget.txt',
        textHash: hashText(budget),
        annotations: [annotationOn(budget, 'The roads come first,', '01JB0000000000000000000001', 'Councillor Anselm')],
        dismissed: [{ exact: 'taxes would not rise', prefix: 'Monday that ', suffix: '.' }],
      }),
    );
    await writeFile(join(dir, 'news', 'water.md'), water);
    await writeFile(
      join(dir, 'news', 'water.md.annotations.json'),
      serializeSidecar({
        version: 2,
        document: 'water.md',
        textHash: hashText(water),
        annotations: [annotationOn(water, 'the pipes were safe', '01JB0000000000000000000002', 'VWA')],
      }),
    );
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is a command of the CLI', () => {
    assert.ok(commands.includes(speakersCommand));
  });

  it('merges variants across documents and counts detected and annotated claims (exit 0, writes nothing)', async () => {
    const before = await snapshot(dir);
    const { code, out, err } = await run(['.', '--json'], dir);
    assert.equal(code, ExitCode.ok, err);
    const json = JSON.parse(out);
    assert.equal(json.codebook, '.marginalia/codebook.json');
    assert.deepEqual(json.speakers, [
      {
        name: 'Evgeny Petrov',
        detected: 3, // the dismissed reported claim is not counted
        annotated: 0,
        documents: 2,
        inCodebook: true,
        variants: [
          { name: 'Evgeny Petrov', detected: 2, annotated: 0 },
          { name: 'Yevgeny Petrov', detected: 1, annotated: 0 },
        ],
        paths: ['news/budget.txt', 'news/water.md'],
      },
      {
        name: 'Ruth Anselm',
        detected: 1,
        annotated: 1,
        documents: 1,
        inCodebook: false,
        variants: [
          { name: 'Councillor Anselm', detected: 0, annotated: 1 },
          { name: 'Ruth Anselm', detected: 1, annotated: 0 },
        ],
        paths: ['news/budget.txt'],
      },
      {
        name: 'Velmora Water Authority',
        detected: 1,
        annotated: 1,
        documents: 1,
        inCodebook: false,
        variants: [
          { name: 'VWA', detected: 0, annotated: 1 },
          { name: 'Velmora Water Authority', detected: 1, annotated: 0 },
        ],
        paths: ['news/water.md'],
      },
    ]);
    assert.deepEqual(await snapshot(dir), before, 'speakers must not write');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run([join(dir, 'news')], dir);
    assert.equal(code, ExitCode.ok);
    const lines = out.split('\n');
    assert.match(lines[0]!, /^SPEAKER\s+DETECTED\s+ANNOTATED\s+DOCUMENTS\s+ALSO WRITTEN AS$/);
    assert.match(lines[1]!, /^Evgeny Petrov \*\s+3\s+0\s+2\s+Yevgeny Petrov$/);
    assert.match(lines[2]!, /^Ruth Anselm\s+1\s+1\s+1\s+Councillor Anselm$/);
    assert.match(out, /3 speakers: 5 detected claims, 2 annotated\. \* = listed in \.marginalia\/codebook\.json\./);
  });

  it('merges the names without the codebook by the automatic rules, keeping separate what they cannot tie', async () => {
    await rm(join(dir, '.marginalia'), { recursive: true });
    const { code, out } = await run(['news/budget.txt', 'news/water.md', '--json'], dir);
    assert.equal(code, ExitCode.ok);
    const petrov = JSON.parse(out).speakers.find((s: { name: string }) => s.name.endsWith('Petrov'));
    assert.equal(petrov.name, 'Evgeny Petrov', 'the spelling used most');
    assert.equal(petrov.inCodebook, false);
    assert.equal(petrov.detected, 3);
    assert.equal(JSON.parse(out).codebook, null);
  });

  it('reports an unreadable sidecar or codebook (exit 1) and still lists the speakers', async () => {
    await writeFile(join(dir, 'news', 'water.md.annotations.json'), '{ not json');
    await writeFile(join(dir, '.marginalia', 'codebook.json'), '{"version": 1, "themes": [], "speakers": [{"name": "X"}]}');
    const { code, out, err } = await run(['news', '--json'], dir);
    assert.equal(code, ExitCode.problems);
    assert.match(err, /water\.md\.annotations\.json/);
    assert.match(err, /codebook\.json does not follow the codebook schema/);
    assert.ok(JSON.parse(out).speakers.some((s: { name: string }) => s.name === 'Velmora Water Authority'));
  });

  it('exits 2 on wrong usage', async () => {
    assert.equal((await run([], dir)).code, ExitCode.usage);
    assert.equal((await run(['--frobnicate', '.'], dir)).code, ExitCode.usage);
    assert.equal((await run(['.marginalia/codebook.json'], dir)).code, ExitCode.usage);
  });
});
