import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate';

/** `npm run corpus:generate -- --docs N --out DIR [--seed S] [--annotated SHARE]`: writes a generated corpus. */
function main(): void {
  const { values } = parseArgs({
    options: { docs: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, annotated: { type: 'string' } },
  });
  const docs = Number(values.docs);
  const seed = Number(values.seed);
  const annotatedShare = values.annotated === undefined ? undefined : Number(values.annotated);
  if (!values.out || !Number.isInteger(docs) || docs < 1 || !Number.isInteger(seed) || (annotatedShare !== undefined && !(annotatedShare >= 0 && annotatedShare <= 1))) {
    process.stderr.write('Usage: npm run corpus:generate -- --docs N --out DIR [--seed S] [--annotated 0..1]\n');
    process.exitCode = 2;
    return;
  }
  const out = resolve(values.out);
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of generateCorpus({ docs, seed, ...(annotatedShare === undefined ? {} : { annotatedShare }) })) {
    const target = join(out, ...file.path.split('/'));
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.content);
    files++;
    bytes += Buffer.byteLength(file.content);
  }
  process.stdout.write(`corpus: ${docs} documents, ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${out}\n`);
}

main();
