import { commands } from './commands';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), commands, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`marginalia: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
