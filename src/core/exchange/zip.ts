import { unzipSync, zipSync, type Zippable } from 'fflate';

/** Limits for reading an archive someone else made. */
export const zipLimits = {
  /** Entries in one archive. */
  maxEntries: 20_000,
  /** Uncompressed size of one entry. */
  maxEntryBytes: 256 * 1024 * 1024,
  /** Uncompressed size of all entries together. */
  maxTotalBytes: 1024 * 1024 * 1024,
};

export class ZipInputError extends Error {}

/** A fixed time for every entry, so the same content always gives the same archive bytes. */
const fixedTime = new Date(Date.UTC(2020, 0, 1));

/** A deflated zip of the files, in the given order, with fixed times. */
export function writeZip(files: readonly { readonly path: string; readonly bytes: Uint8Array }[]): Uint8Array {
  const zippable: Zippable = {};
  for (const file of files) zippable[file.path] = [file.bytes, { mtime: fixedTime, level: 6 }];
  return zipSync(zippable);
}

/**
 * Entry name → bytes. Refuses entries that could escape a folder if extracted (absolute paths,
 * drive letters, `..` segments) and archives over the size limits, checked on the sizes the
 * archive declares before anything is inflated.
 */
export function readZip(bytes: Uint8Array, limits = zipLimits): Map<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  let refused: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (refused) return false;
        entries += 1;
        total += file.originalSize;
        if (!isSafeEntryName(file.name)) refused = `the archive holds an entry with an unsafe path (${file.name})`;
        else if (entries > limits.maxEntries) refused = `the archive holds more than ${limits.maxEntries} entries`;
        else if (file.originalSize > limits.maxEntryBytes) refused = `${file.name} is larger than ${limits.maxEntryBytes / 1024 / 1024} MB`;
        else if (total > limits.maxTotalBytes) refused = `the archive unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MB`;
        return !refused && !file.name.endsWith('/');
      },
    });
  } catch (error) {
    throw new ZipInputError(`not a readable zip archive: ${(error as Error).message}`);
  }
  if (refused) throw new ZipInputError(refused);
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    // The declared size was checked above; a lying header cannot make an entry bigger than that.
    if (data.byteLength > limits.maxEntryBytes) throw new ZipInputError(`${name} is larger than declared`);
    out.set(name, data);
  }
  return out;
}

export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\0')) return false;
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return false;
  return !path.split('/').some((segment) => segment === '..');
}
