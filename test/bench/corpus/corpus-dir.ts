import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus } from './generate';

/** The generated corpus of `docs` documents in the temp folder, made once and reused by later runs. */
export function benchCorpus(docs: number, seed = 1): string {
  const root = join(tmpdir(), 'marginalia-bench', `corpus-${docs}-seed${seed}`);
  const done = join(root, '.marginalia', 'generated');
  if (existsSync(done)) return root;
  process.stderr.write(`bench: generating ${docs} documents in ${root}…\n`);
  rmSync(root, { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of generateCorpus({ docs, seed })) {
    const target = join(root, ...file.path.split('/'));
    if (!made.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    writeFileSync(target, file.content);
  }
  writeFileSync(done, `${docs} documents, seed ${seed}\n`);
  return root;
}
