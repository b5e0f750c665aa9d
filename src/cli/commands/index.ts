import type { CliCommand } from '../command';
import { scanCommand } from './scan';
import { validateCommand } from './validate';

/** Every subcommand of the `marginalia` CLI, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [validateCommand, scanCommand];
