import { resolve } from 'node:path';
import { anchorAnnotations } from '../core/anchor/anchor';
import type { IndexedClaim } from '../core/corpus/corpus-index';
import { positionSelectorOf } from '../core/model/annotation';
import type { SpeakerAlias, Theme } from '../core/model/codebook';
import type { ReportDocument, ReportInput } from '../core/reports';
import { parseCodebook } from '../core/store/codebook-format';
import { codebookPath, sidecarSuffix } from '../core/store/paths';
import { parseSidecar } from '../core/store/sidecar-format';
import { decodeDocumentText } from '../core/text/decode';
import { findCorpusRoot } from '../host/corpus-files';
import { collectDocuments, readDocument, readOptionalText } from '../host/node-corpus-reader';
import { displayPathFrom } from './arguments';
import { UsageError, type CliIo } from './command';

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

  const documents: ReportDocument[] = [];
  for (const document of collected.documents) {
    const path = display(document);
    const read = await readDocument(document);
    if (read.kind === 'binary') {
      io.stderr(`marginalia ${command}: skipped ${path}: a binary file (it contains NUL bytes)\n`);
      continue;
    }
    if (read.kind === 'error') {
      complain(`${path}: ${read.message}`);
      continue;
    }
    const text = decodeDocumentText(read.bytes);
    documents.push({ path, claims: await sidecarClaims(document, path, text, display, complain) });
  }

  const codebook = await readCodebook(paths, io.cwd, display, complain);
  return { input: { themes: codebook.themes, speakerAliases: codebook.aliases, documents }, codebook: codebook.file, problems };
}

async function sidecarClaims(
  document: string,
  path: string,
  text: string,
  display: (path: string) => string,
  complain: (message: string) => void,
): Promise<IndexedClaim[]> {
  const file = document + sidecarSuffix;
  let raw: string | undefined;
  try {
    raw = await readOptionalText(file);
  } catch (error) {
    complain(`${display(file)}: ${(error as Error).message}`);
    return [];
  }
  if (raw === undefined) return [];
  const parsed = parseSidecar(raw, display(file), { documentText: text });
  if (!parsed.ok) {
    complain(parsed.problem.message);
    return [];
  }
  return anchorAnnotations(text, parsed.value.annotations).map(({ annotation, result }): IndexedClaim => {
    if (result.status === 'anchored') return { annotation, documentPath: path, status: 'anchored', start: result.start, end: result.end };
    const stored = positionSelectorOf(annotation);
    return { annotation, documentPath: path, status: 'orphaned', start: stored.start, end: stored.end };
  });
}

/** Themes and speaker aliases of the codebooks of the corpus roots above the given paths. */
async function readCodebook(
  paths: readonly string[],
  cwd: string,
  display: (path: string) => string,
  complain: (message: string) => void,
): Promise<{ themes: Theme[]; aliases: SpeakerAlias[]; file: string | null }> {
  const roots = new Set<string>();
  for (const given of paths) {
    const root = await findCorpusRoot(resolve(cwd, given)).catch(() => undefined);
    if (root) roots.add(root);
  }
  const themes: Theme[] = [];
  const aliases: SpeakerAlias[] = [];
  let file: string | null = null;
  for (const root of [...roots].sort()) {
    const path = resolve(root, codebookPath);
    let text: string | undefined;
    try {
      text = await readOptionalText(path);
    } catch (error) {
      complain(`${display(path)}: ${(error as Error).message}`);
      continue;
    }
    if (text === undefined) continue;
    file ??= display(path);
    const parsed = parseCodebook(text, display(path));
    if (!parsed.ok) {
      complain(parsed.problem.message);
      continue;
    }
    const known = new Set(themes.map((t) => t.id));
    themes.push(...parsed.value.themes.filter((t) => !known.has(t.id)));
    aliases.push(...(parsed.value.speakers ?? []));
  }
  return { themes, aliases, file };
}
