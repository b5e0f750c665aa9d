import { relative, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments: its options plus files or folders, at least one unless
 * `missingPaths` is left out. Every mistake becomes a UsageError (exit 2, with a pointer to the
 * command's help).
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O, missingPaths?: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (missingPaths !== undefined && parsed.positionals.length === 0) throw new UsageError(missingPaths);
  return parsed;
}

/** How a command prints a path: relative to where it was run, with '/' on every platform. */
export function displayPathFrom(cwd: string): (absolute: string) => string {
  return (absolute) => relative(cwd, absolute).split(sep).join('/') || '.';
}
