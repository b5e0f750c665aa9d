import { strict as assert } from 'node:assert';
import { runCli, mainUsage } from '../../src/cli/run-cli';
import { ExitCode, UsageError, type CliCommand } from '../../src/cli/command';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: '/' }, out, err };
}

const echo: CliCommand = {
  name: 'echo',
  summary: 'Print its arguments',
  usage: 'Usage: marginalia echo <words>\n',
  async run(args, io) {
    if (args.length === 0) throw new UsageError('echo needs at least one word');
    io.stdout(args.join(' '));
    return ExitCode.ok;
  },
};

describe('marginalia CLI', () => {
  it('prints usage listing every command for --help and exits 0', async () => {
    const { io, out } = capture();
    assert.equal(await runCli(['--help'], [echo], io), ExitCode.ok);
    assert.match(out.join(''), /Usage: marginalia <command>/);
    assert.match(out.join(''), /echo\s+Print its arguments/);
  });

  it('exits 2 with usage when called without a command', async () => {
    const { io, out } = capture();
    assert.equal(await runCli([], [echo], io), ExitCode.usage);
    assert.equal(out.join(''), mainUsage([echo]));
  });

  it('names an unknown command on stderr and exits 2', async () => {
    const { io, err } = capture();
    assert.equal(await runCli(['frobnicate'], [echo], io), ExitCode.usage);
    assert.match(err.join(''), /unknown command 'frobnicate'/);
  });

  it('shows a command’s own help for `<command> --help` and `help <command>`', async () => {
    for (const argv of [['echo', '--help'], ['help', 'echo']]) {
      const { io, out } = capture();
      assert.equal(await runCli(argv, [echo], io), ExitCode.ok);
      assert.equal(out.join(''), echo.usage);
    }
  });

  it('turns a UsageError into exit 2 with a pointer to the command’s help', async () => {
    const { io, err } = capture();
    assert.equal(await runCli(['echo'], [echo], io), ExitCode.usage);
    assert.match(err.join(''), /echo needs at least one word/);
    assert.match(err.join(''), /marginalia echo --help/);
  });

  it('runs the command with the remaining arguments', async () => {
    const { io, out } = capture();
    assert.equal(await runCli(['echo', 'a', 'b'], [echo], io), ExitCode.ok);
    assert.equal(out.join(''), 'a b');
  });
});
