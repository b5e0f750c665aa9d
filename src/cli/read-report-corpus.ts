import { anchoredClaims } from '../core/corpus/sidecar-claims';
import type { SpeakerAlias, Theme } from '../core/model/codebook';
import type { ReportDocument, ReportInput } from '../core/reports';
import { collectDocuments } from '../host/node-corpus-reader';
import { displayPathFrom } from './arguments';
import { UsageError, type CliIo } from './command';
import { readCorpusCodebooks, readSidecarAnnotations } from './corpus-reading';
import { SidecarFiles } from './sidecar-files';
import { documentTexts } from './document-texts';

export interface ReadCorpus {
  readonly input: ReportInput;
  /** The codebook read, as displayed, or null when there is none. */
  readonly codebook: string | null;
  /** Something could not be read (already told on stderr). */
  readonly problems: boolean;
}

/**
 * The documents named or found under folders with the claims of their sidecars (beside them),
 * anchored against their current text, and the codebook of the corpus roots above the paths.
 * Paths in the result are as the command prints them: relative to where it was run.
 */
export async function readReportCorpus(paths: readonly string[], io: CliIo, command: string): Promise<ReadCorpus> {
  const display = displayPathFrom(io.cwd);
  let problems = false;
  const complain = (message: string): void => {
    io.stderr(`marginalia ${command}: ${message}\n`);
    problems = true;
  };
  const collected = await collectDocuments(paths, io.cwd);
  if (collected.notDocuments.length > 0) {
    throw new UsageError(`${collected.notDocuments.join(', ')}: not a document (.txt, .md, .markdown) or a folder`);
  }
  for (const problem of collected.problems) complain(`${problem.path}: ${problem.message}`);

  const sidecars = new SidecarFiles();
  const documents: ReportDocument[] = [];
  const reports = { skipped: (message: string) => io.stderr(`marginalia ${command}: ${message}\n`), problem: complain };
  for await (const { document, path, text } of documentTexts(collected.documents, display, reports)) {
    documents.push({ path, claims: anchoredClaims(path, text, await readSidecarAnnotations(sidecars, document, text, display, complain)) });
  }

  const codebook = await readCodebook(paths, io.cwd, display, complain);
  return { input: { themes: codebook.themes, speakerAliases: codebook.aliases, documents }, codebook: codebook.file, problems };
}

/** Themes and speaker aliases of the codebooks of the corpus roots above the given paths. */
async function readCodebook(
  paths: readonly string[],
  cwd: string,
  display: (path: string) => string,
  complain: (message: string) => void,
): Promise<{ themes: Theme[]; aliases: SpeakerAlias[]; file: string | null }> {
  const found = await readCorpusCodebooks(paths, cwd, display, complain);
  const themes: Theme[] = [];
  const aliases: SpeakerAlias[] = [];
  for (const { codebook } of found) {
    if (!codebook) continue;
    const known = new Set(themes.map((t) => t.id));
    themes.push(...codebook.themes.filter((t) => !known.has(t.id)));
    aliases.push(...(codebook.speakers ?? []));
  }
  return { themes, aliases, file: found[0]?.file ?? null };
}
