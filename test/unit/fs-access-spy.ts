// Records the paths the code under test reads or writes through node:fs/promises, to prove that
// hostile input never makes it read outside a folder or write at all. The functions are wrapped
// on the shared module object (CommonJS callers see the wrapper at call time) and the ES module
// bindings are synced, so both kinds of importers are observed.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(__filename);
const fsPromises = require('node:fs/promises') as Record<string, unknown>;

const reads = ['readFile', 'readdir', 'opendir', 'open'] as const;
const writes = ['writeFile', 'appendFile', 'rename', 'unlink', 'rm', 'rmdir', 'mkdir', 'copyFile', 'symlink', 'truncate'] as const;

export interface FsAccess {
  readonly reads: string[];
  readonly writes: string[];
}

let current: FsAccess | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  for (const [names, kind] of [
    [reads, 'reads'],
    [writes, 'writes'],
  ] as const) {
    for (const name of names) {
      const original = fsPromises[name] as (...args: unknown[]) => unknown;
      fsPromises[name] = function (this: unknown, ...args: unknown[]) {
        if (current) current[kind].push(String(args[0]));
        return original.apply(this, args);
      };
    }
  }
  syncBuiltinESMExports();
}

/** Runs `task` and returns what it read and wrote (paths as given to node:fs/promises). */
export async function recordFsAccess<T>(task: () => Promise<T>): Promise<{ result: T; access: FsAccess }> {
  install();
  const access: FsAccess = { reads: [], writes: [] };
  current = access;
  try {
    return { result: await task(), access };
  } finally {
    current = undefined;
  }
}
