import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import { hashText } from '../../src/core/text/hash';
import { xrefCommand } from '../../src/cli/commands/xref';
import { ExitCode } from '../../src/cli/command';
import { runCommand } from './cli-support';

const north =
  '# Trawler held 🐟\n\n“Marevia will not cede an inch of the Caddon Shoals, not today and not at any table,” Foreign Minister Ilona Márkvart said on Tuesday.\n\n' +
  'The harbour master said the port would reopen in spring.\n';
const south =
  'VELMORA — "Marevia will not cede an inch of the Caddon Shoals - not today, and not at any negotiating table," Foreign Minister Ilona Márkvart said.\n\n' +
  '"Trains will run on time tomorrow," said Lars Odven, the operator\'s chief executive.\n';

function annotationOn(text: string, quote: string, id: string, links?: Annotation['links']): Annotation {
  const at = [...text.slice(0, text.indexOf(quote))].length;
  return {
    id,
    target: refreshSelectors(text, { start: at, end: at + [...quote].length }),
    kind: 'quote',
    themes: [],
    ...(links ? { links } : {}),
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-01T10:00:00.000Z',
  };
}

function run(args: string[], cwd: string) {
  return runCommand(xrefCommand, args, cwd);
}

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('marginalia xref', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marginalia-xref-'));
    await mkdir(join(dir, 'news'));
    await writeFile(join(dir, 'news', 'north.md'), north);
    await writeFile(join(dir, 'news', 'south.txt'), south);
    const sidecar = (document: string, text: string, annotations: Annotation[]) =>
      serializeSidecar({ version: 2, document, textHash: hashText(text), annotations });
    await writeFile(
      join(dir, 'news', 'north.md.annotations.json'),
      sidecar('north.md', north, [
        annotationOn(north, 'the port would reopen in spring', '01JB0000000000000000000001', [
          { target: '01JB0000000000000000000002', document: 'news/south.txt', relation: 'contradicts' },
          { target: '01JB00000000000000000GONE', document: 'news/gone.txt', relation: 'supports' },
        ]),
      ]),
    );
    await writeFile(join(dir, 'news', 'south.txt.annotations.json'), sidecar('south.txt', south, [annotationOn(south, 'Trains will run on time tomorrow,', '01JB0000000000000000000002')]));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints linked and suggested pairs with code point offsets, sorted by score (--json)', async () => {
    const { code, out, err } = await run(['news', '--json'], dir);
    assert.equal(code, ExitCode.ok, err);
    const json = JSON.parse(out) as { pairs: { a: { path: string; start: number; end: number; text: string }; b: typeof json.pairs[0]['a']; score: number; reason: string; status: string }[] };
    assert.deepEqual(Object.keys(json), ['pairs']);
    for (const pair of json.pairs) {
      assert.deepEqual(Object.keys(pair), ['a', 'b', 'score', 'reason', 'status']);
      assert.deepEqual(Object.keys(pair.a), ['path', 'start', 'end', 'text']);
      assert.ok(pair.score >= 0 && pair.score <= 1);
    }
    assert.ok(json.pairs.every((p, i) => i === 0 || json.pairs[i - 1]!.score >= p.score), 'sorted by score');

    const suggested = json.pairs.filter((p) => p.status === 'suggested');
    assert.equal(suggested.length, 1);
    const quote = suggested[0]!;
    assert.deepEqual([quote.a.path, quote.b.path], ['news/north.md', 'news/south.txt']);
    assert.match(quote.reason, /^near-identical quote|^same quote/);
    assert.ok(quote.score >= 0.8);
    // Offsets count code points: the fish emoji before the quote is one, not two.
    assert.equal(slice(north, quote.a.start, quote.a.end), quote.a.text);
    assert.equal(quote.a.start, [...north.slice(0, north.indexOf('Marevia'))].length);
    assert.equal(slice(south, quote.b.start, quote.b.end), quote.b.text);

    const linked = json.pairs.filter((p) => p.status === 'linked');
    assert.deepEqual(linked.map((p) => [p.a.text, p.b.text, p.reason]), [['the port would reopen in spring', 'Trains will run on time tomorrow,', 'linked: contradicts']]);
    assert.match(err, /links \(supports\) to claim 01JB00000000000000000GONE in news\/gone\.txt, which is not among the claims read/);
  });

  it('lists suggestions down to --threshold, and links whatever their score', async () => {
    type Pair = { score: number; status: string };
    const pairsAt = async (threshold: string) => {
      const { code, out } = await run(['news/north.md', 'news/south.txt', '--json', '--threshold', threshold], dir);
      assert.equal(code, ExitCode.ok);
      return (JSON.parse(out) as { pairs: Pair[] }).pairs;
    };
    const strict = await pairsAt('0.9');
    const loose = await pairsAt('0');
    assert.ok(strict.filter((p) => p.status === 'suggested').every((p) => p.score >= 0.9));
    assert.ok(loose.filter((p) => p.status === 'suggested').length > strict.filter((p) => p.status === 'suggested').length);
    const linked = strict.find((p) => p.status === 'linked');
    assert.ok(linked && linked.score < 0.9, 'the link is listed below the threshold');
    assert.equal(loose.filter((p) => p.status === 'linked').length, 1, 'a linked pair is never listed again as a suggestion');
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['news'], dir);
    assert.equal(code, ExitCode.ok);
    assert.match(out, /suggested\s+(same quote|near-identical quote)/);
    assert.match(out, /news\/north\.md:\d+–\d+ {2}Marevia will not cede/);
    assert.match(out, /2 pairs: 1 linked, 1 suggested\./);
  });

  it('leaves out pairs dismissed in a sidecar, and lists them as "dismissed" with --dismissed', async () => {
    const northQuote = 'Marevia will not cede an inch of the Caddon Shoals, not today and not at any table';
    const southQuote = 'Marevia will not cede an inch of the Caddon Shoals - not today, and not at any negotiating table';
    const write = (document: string, text: string, annotations: Annotation[]) =>
      writeFile(join(dir, 'news', `${document}.annotations.json`), serializeSidecar({ version: 2, document, textHash: hashText(text), annotations }));
    await write('north.md', north, [
      { ...annotationOn(north, northQuote, '01JB0000000000000000000010'), dismissedLinks: [{ target: '01JB0000000000000000000020', document: 'news/south.txt' }] },
    ]);
    await write('south.txt', south, [annotationOn(south, southQuote, '01JB0000000000000000000020')]);
    type Pair = { a: { text: string }; b: { text: string }; status: string };
    const pairsWith = async (...extra: string[]) => {
      const { code, out, err } = await run(['news', '--json', ...extra], dir);
      assert.equal(code, ExitCode.ok, err);
      return (JSON.parse(out) as { pairs: Pair[] }).pairs;
    };
    const isQuotePair = (p: Pair) => p.a.text === northQuote && p.b.text === southQuote;
    assert.equal((await pairsWith()).filter(isQuotePair).length, 0, 'a dismissed pair is not suggested');
    const all = await pairsWith('--dismissed');
    assert.deepEqual(all.filter(isQuotePair).map((p) => p.status), ['dismissed']);
    const table = (await run(['news', '--dismissed'], dir)).out;
    assert.match(table, /dismissed\s+(same quote|near-identical quote)/);
    assert.match(table, /1 dismissed\./);
  });

  it('exits 2 on wrong usage', async () => {
    for (const args of [[], ['news', '--threshold', '2'], ['news', '--threshold', 'high'], ['news', '--threshold', ''], ['news', '--frobnicate'], ['notes.pdf']]) {
      await writeFile(join(dir, 'notes.pdf'), 'x');
      const { code, err } = await run(args, dir);
      assert.equal(code, ExitCode.usage, `${args.join(' ')}: ${err}`);
      assert.match(err, /marginalia xref --help/);
    }
  });

  it('exits 1 for a missing path, an unreadable or invalid sidecar, and still reports the rest', async () => {
    await rm(join(dir, 'news', 'south.txt.annotations.json'));
    await mkdir(join(dir, 'news', 'south.txt.annotations.json')); // a folder where the sidecar should be: cannot be read
    await writeFile(join(dir, 'news', 'north.md.annotations.json'), '{ not json');
    await writeFile(join(dir, 'news', 'blob.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const { code, out, err } = await run(['news', 'missing.md', '--json'], dir);
    assert.equal(code, ExitCode.problems);
    assert.match(err, /missing\.md: no such file or folder/);
    assert.match(err, /south\.txt\.annotations\.json: EISDIR/);
    assert.match(err, /north\.md\.annotations\.json/);
    assert.match(err, /skipped news\/blob\.txt: a binary file/);
    const pairs = (JSON.parse(out) as { pairs: { status: string }[] }).pairs;
    assert.deepEqual(pairs.map((p) => p.status), ['suggested'], 'the detected quotes are still compared');
  });
});
