import { realpath } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import { findCorpusRoot } from './corpus-files';

/** What the CLI says about a file it will not read because a symbolic link leads out of the corpus. */
export const outsideCorpusMessage = 'a symbolic link to a place outside the corpus; not followed';

/**
 * Whether reading `path` would leave the corpus through a symbolic link: the file itself, or a
 * folder on the way (`.marginalia` included), links to a place outside the corpus root (the
 * nearest folder holding `.marginalia`) or, outside any corpus, outside the file's own folder.
 * A path that does not exist (a dangling link too) does not leave: reading it simply fails.
 */
export async function leavesCorpus(path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return false;
  const folder = dirname(path);
  const root = (await findCorpusRoot(folder).catch(() => undefined)) ?? folder;
  const realRoot = await realpath(root).catch(() => undefined);
  if (realRoot === undefined) return true;
  return real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}
