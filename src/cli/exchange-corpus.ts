import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { emptyCodebook, type Codebook } from '../core/model/codebook';
import type { ExchangeDocument } from '../core/exchange/types';
import { parseCodebook } from '../core/store/codebook-format';
import { codebookPath } from '../core/store/paths';
import { findCorpusRoot } from '../host/corpus-files';
import { collectDocuments, readOptionalText } from '../host/node-corpus-reader';
import { UsageError, type CliIo } from './command';
import { readSidecarAnnotations } from './corpus-reading';
import { SidecarFiles } from './sidecar-files';
import { documentTexts } from './document-texts';

export interface LoadedCorpus {
  /** The corpus root: the nearest folder holding `.marginalia`, else the working folder. */
  readonly root: string;
  readonly codebook: Codebook;
  readonly documents: ExchangeDocument[];
  /** Files that could not be read, one message each (already printed on stderr). */
  readonly problems: string[];
}

/** Documents shown with progress when there are more than this many. */
const progressEvery = 100;

/**
 * Reads the documents under `paths` (default: the whole corpus) with their sidecars
 * (`<document>.annotations.json` beside them) and the codebook of the corpus root. Document
 * paths are relative to the root, '/'-separated.
 */
export async function loadCorpus(command: string, paths: readonly string[], io: CliIo): Promise<LoadedCorpus> {
  const root = (await findCorpusRoot(io.cwd).catch(() => undefined)) ?? io.cwd;
  const problems: string[] = [];
  const report = (message: string) => {
    problems.push(message);
    io.stderr(`marginalia ${command}: ${message}\n`);
  };
  const given = paths.length > 0 ? paths : [root];
  for (const path of given) {
    const relativePath = relative(root, resolve(io.cwd, path));
    if (relativePath === '..' || relativePath.startsWith(`..${sep}`)) throw new UsageError(`${path} is outside the corpus folder ${root}`);
  }
  const collected = await collectDocuments(given, io.cwd);
  if (collected.notDocuments.length > 0) {
    throw new UsageError(`${collected.notDocuments.join(', ')}: not a document (.txt, .md, .markdown) or a folder`);
  }
  for (const problem of collected.problems) report(`${problem.path}: ${problem.message}`);

  let codebook = emptyCodebook();
  const codebookFile = resolve(root, codebookPath);
  try {
    const text = await readOptionalText(codebookFile);
    if (text !== undefined) {
      const parsed = parseCodebook(text, codebookPath);
      if (parsed.ok) codebook = parsed.value;
      else report(parsed.problem.message);
    }
  } catch (error) {
    report(`${codebookPath}: ${(error as Error).message}`);
  }

  const sidecars = new SidecarFiles();
  const documents: ExchangeDocument[] = [];
  const fromRoot = (absolute: string) => relative(root, absolute).split(sep).join('/');
  const reports = {
    skipped: (message: string) => io.stderr(`marginalia ${command}: ${message}\n`),
    problem: report,
    reading: (index: number, total: number) => {
      if (total > progressEvery && index % progressEvery === 0) io.stderr(`marginalia ${command}: reading documents ${index}/${total}\n`);
    },
  };
  for await (const { document, path, text } of documentTexts(collected.documents, fromRoot, reports)) {
    documents.push({ path, text, annotations: [...(await readSidecarAnnotations(sidecars, document, text, fromRoot, report))] });
  }
  return { root, codebook, documents, problems };
}

/** The bytes of a file to import, with a clear message when it cannot be read. */
export async function readInputFile(path: string, cwd: string, maxBytes: number): Promise<Uint8Array> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) throw new InputFileError(info.code === 'ENOENT' ? 'no such file' : info.message);
  if (!info.isFile()) throw new InputFileError('not a file');
  if (info.size > maxBytes) throw new InputFileError(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  try {
    return await readFile(absolute);
  } catch (error) {
    throw new InputFileError((error as Error).message);
  }
}

/** A file that exists but cannot be used (unreadable, too large, not the format): exit 1, not 2. */
export class InputFileError extends Error {}
