import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { commands } from '../../src/cli/commands';
import { runCli } from '../../src/cli/run-cli';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import { recordFsAccess } from './fs-access-spy';
import { boundedAsync, fuzzParameters } from './fuzz-support';

const secretText = 'SECRET: “Nobody outside may read this,” said the owner.\n';
const documentText = 'The mayor said on Monday: “Nobody needs to panic,” adding that the water was safe.\n';

function claim(text: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const at = Array.from(text.slice(0, text.indexOf(quote))).length;
  return { id: '01JCLIFUZZ0000000000000001', target: refreshSelectors(text, { start: at, end: at + Array.from(quote).length }), themes: [], created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', ...extra };
}

function sidecar(document: string, annotations: Annotation[]): string {
  return serializeSidecar({ version: 2, document, textHash: '', annotations });
}

/**
 * base/outside holds what must never be read; base/root the corpora the CLI is pointed at, with
 * every hostile thing the issue lists: path fields out of the workspace, symbolic links out of
 * it (a document, a folder, a sidecar, a `.marginalia` folder), binary and invalid UTF-8 files,
 * `__proto__`/`constructor` keys, huge numbers, a sidecar that is a folder.
 */
async function buildFixture(base: string): Promise<{ root: string; cwd: string; outside: string }> {
  const outside = join(base, 'outside');
  const root = join(base, 'root');
  const cwd = join(root, 'corpus');
  await mkdir(join(outside, 'dir'), { recursive: true });
  await mkdir(join(outside, 'marginalia'), { recursive: true });
  await writeFile(join(outside, 'secret.txt'), secretText);
  await writeFile(join(outside, 'secret.txt.annotations.json'), sidecar('secret.txt', [claim(secretText, '“Nobody outside may read this,”')]));
  await writeFile(join(outside, 'dir', 'other.txt'), secretText);
  await writeFile(join(outside, 'marginalia', 'codebook.json'), '{"version":1,"themes":[{"id":"secret","label":"Secret","color":"#000000"}]}');

  await mkdir(join(cwd, '.marginalia'), { recursive: true });
  await mkdir(join(cwd, 'notes'), { recursive: true });
  await mkdir(join(cwd, 'sidecar-dir.txt.annotations.json'), { recursive: true });
  await writeFile(
    join(cwd, '.marginalia', 'codebook.json'),
    '{"version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"themes":[{"id":"__proto__","label":"constructor","color":"#e5484d"}],"speakers":[{"name":"toString","aliases":["__proto__"]}]}',
  );
  const quote = '“Nobody needs to panic,”';
  for (const name of ['a.txt', 'b.md', 'notes/c.txt', 'nan.txt', 'mirror.txt', 'sidecar-dir.txt', 'invalid.txt']) await writeFile(join(cwd, name), documentText);
  await writeFile(join(cwd, 'a.txt.annotations.json'), sidecar('../../outside/secret.txt', [claim(documentText, quote, { links: [{ target: 'x', document: join(outside, 'secret.txt'), relation: 'repeats' }] })]));
  await writeFile(join(cwd, 'b.md.annotations.json'), sidecar(join(outside, 'secret.txt'), [claim(documentText, quote, { id: 'constructor', speaker: '__proto__', themes: ['__proto__'] })]));
  await writeFile(
    join(cwd, 'notes', 'c.txt.annotations.json'),
    sidecar('../../../outside/secret.txt', [claim(documentText, quote)]).replace('"version": 2', '"__proto__": {"polluted": true}, "version": 2'),
  );
  await writeFile(join(cwd, 'nan.txt.annotations.json'), sidecar('nan.txt', [claim(documentText, quote)]).replace(/"start": \d+/, `"start": 1e400`).replace(/"end": \d+/, `"end": ${'9'.repeat(400)}`));
  await writeFile(join(cwd, 'binary.txt'), Buffer.from([0x54, 0x68, 0x00, 0xff, 0x00, 0x01, 0x22, 0x0a]));
  await writeFile(join(cwd, 'invalid.txt'), Buffer.concat([Buffer.from('“Bad '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(' bytes,” said Ann.\n')]));
  await writeFile(join(cwd, 'invalid.txt.annotations.json'), Buffer.concat([Buffer.from('{"version":2,"document":"invalid.txt","textHash":"","annotations":[], "x":"'), Buffer.from([0xff, 0xc3]), Buffer.from('"}')]));
  await symlink(join(outside, 'secret.txt'), join(cwd, 'leak.txt'));
  await symlink(join(outside, 'dir'), join(cwd, 'leak-dir'));
  await symlink(join(outside, 'secret.txt.annotations.json'), join(cwd, 'mirror.txt.annotations.json'));

  await mkdir(join(root, 'corpus2'), { recursive: true });
  await symlink(join(outside, 'marginalia'), join(root, 'corpus2', '.marginalia'));
  await writeFile(join(root, 'corpus2', 'd.txt'), documentText);
  await writeFile(join(root, 'loose.md'), `# Loose\n\n${documentText}`);
  return { root, cwd, outside };
}

const namedPaths = [
  '.', '..', 'a.txt', 'b.md', 'notes', 'notes/c.txt', 'nan.txt', 'binary.txt', 'invalid.txt', 'leak.txt', 'leak-dir', 'leak-dir/other.txt',
  'mirror.txt', 'mirror.txt.annotations.json', 'sidecar-dir.txt', 'sidecar-dir.txt.annotations.json', 'a.txt.annotations.json', '.marginalia',
  '.marginalia/codebook.json', '../corpus2', '../corpus2/d.txt', '../corpus2/.marginalia/codebook.json', '../loose.md', 'missing.txt', 'missing',
  '', ' ', './../corpus/./a.txt', 'a.txt/', 'notes/../a.txt', '-', '\u0000', 'a.txt\u0000.md', '~/a.txt', '%2e%2e/a.txt', 'C:\\a.txt', '\\\\server\\share\\a.txt',
];
const options = [
  '--json', '--json=false', '--no-json', '--threshold', '--threshold=0.5', '--threshold=abc', '--threshold=1e309', '--threshold=-0', '--threshold=NaN',
  '--threshold=__proto__', '0.3', '-h', '--help', '-v', '--version', '--unknown', '-j', '--', '--constructor', '--__proto__',
];
const commandNames = [...commands.map((c) => c.name), 'help', '--help', '-h', '-v', '--version', '', 'constructor', '__proto__', 'toString', 'SCAN'];

describe('fuzz: command line arguments', function () {
  this.timeout(180_000);
  let base: string;
  let root: string;
  let cwd: string;
  let realRoot: string;

  before(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'marginalia-fuzz-cli-')));
    ({ root, cwd } = await buildFixture(base));
    realRoot = await realpath(root);
  });

  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const inside = (path: string) => path === realRoot || path.startsWith(`${realRoot}/`);
  const argument = () =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...namedPaths) },
      { weight: 2, arbitrary: fc.constantFrom(...namedPaths).map((p) => join(root, 'corpus', p)) },
      { weight: 3, arbitrary: fc.constantFrom(...options) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    );

  /** One run of the CLI: an exit code with something said, nothing read outside the root, nothing written. */
  async function check(argv: string[]): Promise<void> {
    // Paths that name folders above the root would let the user scan anything: keep those out.
    if (argv.some((a) => !a.startsWith('-') && !inside(resolve(cwd, a.replace(/\\/g, '/'))) && (isAbsolute(a) || a.includes('..')))) return;
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd };
    const { result: code, access } = await boundedAsync(`marginalia ${JSON.stringify(argv)}`, 10_000, () => recordFsAccess(() => runCli(argv, commands, io)));
    assert.ok(code === 0 || code === 1 || code === 2, `exit code ${code}`);
    const said = out.join('') + err.join('');
    assert.ok(said.trim().length > 0, 'the command says something');
    if (code === 2) assert.ok(err.join('').length > 0 || /Usage:/.test(said), `a usage error is explained: ${said}`);
    assert.ok(!said.includes('SECRET'), `nothing from outside the root is shown: ${said}`);
    assert.deepEqual(access.writes, [], 'the CLI writes nothing');
    for (const path of access.reads) {
      let real = resolve(cwd, path);
      try {
        real = realpathSync(real);
      } catch {
        // a path that does not exist was not read
      }
      assert.ok(inside(real), `read ${relative(realRoot, real)} (${path}), outside the root`);
    }
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  }

  it('ends every random argv with exit 0, 1 or 2 and a message, never reading outside the root or writing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commandNames), fc.array(argument(), { maxLength: 6 }), async (name, rest) => check([name, ...rest])),
      fuzzParameters(0.003),
    );
  });

  it('every command on every hostile file, one at a time, names the problem or reports the file', async () => {
    for (const command of commands) {
      for (const path of namedPaths) {
        for (const json of [[], ['--json']]) await check([command.name, ...json, path]);
      }
    }
  });

  it('does not follow symbolic links out of the corpus: a document, a folder, a sidecar and a .marginalia folder', async () => {
    const said = async (argv: string[]) => {
      const out: string[] = [];
      const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), cwd };
      const code = await runCli(argv, commands, io);
      return { code, text: out.join('') };
    };
    const leak = await said(['scan', 'leak.txt']);
    assert.equal(leak.code, 1);
    assert.match(leak.text, /leak\.txt: a symbolic link to a place outside the corpus; not followed/);
    const viaFolder = await said(['validate', 'leak-dir/other.txt']);
    assert.doesNotMatch(viaFolder.text, /SECRET/);
    const mirror = await said(['validate', 'mirror.txt']);
    assert.equal(mirror.code, 1);
    assert.match(mirror.text, /mirror\.txt\.annotations\.json: a symbolic link to a place outside the corpus/);
    const codebook = await said(['speakers', '../corpus2']);
    assert.equal(codebook.code, 1);
    assert.match(codebook.text, /corpus2\/\.marginalia\/codebook\.json: a symbolic link to a place outside the corpus/);
    const whole = await said(['scan', '.']);
    assert.doesNotMatch(whole.text, /leak|other\.txt|SECRET/, 'folder walks skip links');
  });
});
