// A writer process for the crash-safety tests: it edits one sidecar through the real guarded
// store on Node's file system (write-file-atomic with fsync, the cross-process lock) until it is
// killed or has made --count changes. Before each write it records the hash of the bytes it is
// about to write ("W <hash>") and after it "D", so the harness knows every version a writer
// intended and whether a kill landed inside a write.
import { openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { makeTarget, type Annotation } from '../../src/core/model/annotation';
import type { FilePort } from '../../src/core/store/file-port';
import { openSidecar } from '../../src/core/store/sidecar-store';
import { hashBytes } from '../../src/core/text/hash';
import { nodeFileSystem } from '../../src/host/node-file-system';

const { values } = parseArgs({
  options: {
    sidecar: { type: 'string' },
    intents: { type: 'string' },
    tag: { type: 'string', default: String(process.pid) },
    count: { type: 'string' },
    'no-lock': { type: 'boolean', default: false },
  },
});
if (!values.sidecar || !values.intents) throw new Error('usage: sidecar-writer --sidecar <file> --intents <log> [--tag t] [--count n] [--no-lock]');
const sidecarPath = values.sidecar;
const log = openSync(values.intents, 'a');
const limit = values.count === undefined ? Infinity : Number(values.count);

const port: FilePort = {
  read: (path) => nodeFileSystem.read(path),
  stat: (path) => nodeFileSystem.stat(path),
  async writeAtomic(path, bytes) {
    writeSync(log, `W ${hashBytes(bytes)}\n`);
    await nodeFileSystem.writeAtomic(path, bytes);
    writeSync(log, 'D\n');
  },
  ...(values['no-lock'] ? {} : { exclusive: (path, task) => nodeFileSystem.exclusive!(path, task) }),
};

function newAnnotation(id: string, n: number): Annotation {
  const exact = `quote ${id} `.repeat(1 + (n % 7));
  const start = (n * 37) % 5000;
  const now = new Date().toISOString();
  return { id, target: makeTarget({ exact, prefix: 'before ', suffix: ' after' }, { start, end: start + exact.length }), themes: [], note: 'x'.repeat(n % 300), created: now, modified: now };
}

async function main(): Promise<void> {
  const file = await openSidecar(port, sidecarPath, { documentPath: 'report.txt' });
  const added: string[] = [];
  let refused = 0;
  process.stdout.write('ready\n');
  for (let n = 0; n < limit; n++) {
    const id = `${values.tag}-${String(n).padStart(5, '0')}`;
    file.apply({ type: 'add', annotation: newAnnotation(id, n) });
    const own = file.value.annotations.filter((a) => a.id.startsWith(`${values.tag}-`));
    // Keep files small, and vary their size, by removing an old annotation of this writer now and then.
    if (limit === Infinity && own.length > 12) file.apply({ type: 'remove', id: own[n % own.length]!.id });
    try {
      const outcome = await file.save();
      if (outcome.status === 'blocked') throw new Error(outcome.problem.message);
      added.push(id);
    } catch (error) {
      refused++;
      process.stderr.write(`refused: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify({ added, refused })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
