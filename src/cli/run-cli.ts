import { CorpusError, ExitCode, UsageError, type CliCommand, type CliIo } from './command';

export const cliVersion = '0.1.0';

export function mainUsage(commands: readonly CliCommand[]): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const list = commands.length
    ? commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')
    : '  (none yet)';
  return [
    'Usage: marginalia <command> [options]',
    '',
    'Work with a Marginalia corpus from the command line: the same core as the VS Code extension.',
    '',
    'Commands:',
    list,
    '',
    'Options:',
    '  -h, --help     Show help (also: marginalia <command> --help)',
    '  -v, --version  Print the version',
    '',
    'Sidecars (<document>.annotations.json) are read beside their documents or, when the corpus',
    'root\'s .vscode/settings.json sets "marginalia.sidecars.location": "folder", under the folder',
    '"marginalia.sidecars.folder" names (default .marginalia/annotations), as in the editor.',
    '',
    'Exit codes: 0 success, 1 problems found, 2 wrong usage.',
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], commands: readonly CliCommand[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.usage : mainUsage(commands));
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${cliVersion}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`marginalia: unknown command '${first}'. Run 'marginalia --help' for the list.\n`);
    return ExitCode.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`marginalia ${command.name}: ${error.message}\nRun 'marginalia ${command.name} --help' for usage.\n`);
      return ExitCode.usage;
    }
    if (error instanceof CorpusError) {
      io.stderr(`marginalia ${command.name}: ${error.message}\n`);
      return ExitCode.problems;
    }
    throw error;
  }
}
