import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { importCommand } from './import';
import { scanCommand } from './scan';
import { speakersCommand } from './speakers';
import { statsCommand } from './stats';
import { validateCommand } from './validate';
import { xrefCommand } from './xref';

/** Every subcommand of the `marginalia` CLI, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [validateCommand, scanCommand, xrefCommand, speakersCommand, statsCommand, exportCommand, importCommand];
