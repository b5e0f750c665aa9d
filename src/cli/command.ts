/** Exit codes shared by every command: 0 all good, 1 problems found, 2 wrong usage. */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Full help text printed by `marginalia <name> --help`. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}

export class UsageError extends Error {}

/** Something in the corpus stops the command before it starts (exit 1, the message names the file). */
export class CorpusError extends Error {}
