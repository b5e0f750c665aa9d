import { resolve } from 'node:path';
import type { Annotation } from '../core/model/annotation';
import type { Codebook } from '../core/model/codebook';
import { parseCodebook } from '../core/store/codebook-format';
import { codebookPath } from '../core/store/paths';
import { findCorpusRoot } from '../host/corpus-files';
import { readOptionalText } from '../host/node-corpus-reader';
import type { SidecarFiles } from './sidecar-files';

/**
 * The annotations of the sidecar of `document` (none when it has no sidecar). A sidecar that
 * cannot be read or parsed is reported through `complain` and yields none.
 */
export async function readSidecarAnnotations(
  sidecars: SidecarFiles,
  document: string,
  text: string,
  display: (path: string) => string,
  complain: (message: string) => void,
): Promise<readonly Annotation[]> {
  const read = await sidecars.read(document, text, display);
  if (!read.ok) {
    complain(read.message);
    return [];
  }
  return read.sidecar?.annotations ?? [];
}

/**
 * The codebooks of the corpus roots above the given paths, in root order; `codebook` is missing
 * for one that exists but cannot be used (the problem went to `complain`).
 */
export async function readCorpusCodebooks(
  paths: readonly string[],
  cwd: string,
  display: (path: string) => string,
  complain: (message: string) => void,
): Promise<{ file: string; codebook?: Codebook }[]> {
  const roots = new Set<string>();
  for (const given of paths) {
    const root = await findCorpusRoot(resolve(cwd, given)).catch(() => undefined);
    if (root) roots.add(root);
  }
  const codebooks: { file: string; codebook?: Codebook }[] = [];
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
    const parsed = parseCodebook(text, display(path));
    if (parsed.ok) {
      codebooks.push({ file: display(path), codebook: parsed.value });
    } else {
      codebooks.push({ file: display(path) });
      complain(parsed.problem.message);
    }
  }
  return codebooks;
}
