// Crash-safety harness shared by `npm run stress` and the unit tier: writer processes edit
// sidecars through the real store and are SIGKILLed at random moments; after every kill the
// sidecar must be a complete version, byte for byte one that existed before or that a writer
// meant to write, and it must parse and validate.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { serializeSidecar } from '../../src/core/store/serialize';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { hashBytes } from '../../src/core/text/hash';

export interface KillCampaignOptions {
  readonly kills: number;
  readonly sidecars?: number;
  /** Writers alive at once (each on its own sidecar). */
  readonly parallel?: number;
  /** A kill lands uniformly within this many milliseconds after the writer is ready. */
  readonly maxDelayMs?: number;
  readonly random?: () => number;
}

export interface KillCampaignResult {
  readonly kills: number;
  /** Kills after which the sidecar held a complete version (must equal `kills`). */
  readonly intact: number;
  /** Kills after which the sidecar was still the version from before that writer started. */
  readonly unchangedByVictim: number;
  /** Kills that landed between "about to write" and the finished rename. */
  readonly duringWrite: number;
  /** Versions written in total by all writers. */
  readonly writes: number;
  /** Temporary files write-file-atomic left behind, and locks abandoned by killed writers. */
  readonly leftoverTemporaryFiles: number;
  readonly abandonedLocks: number;
  readonly failures: readonly string[];
  readonly elapsedMs: number;
}

/** Bundles the writer into one CommonJS file, so each of the many processes starts fast. */
export async function bundleWriter(outDir: string): Promise<string> {
  const outfile = join(outDir, 'sidecar-writer.cjs');
  await esbuild.build({
    entryPoints: [join(__dirname, 'sidecar-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  return outfile;
}

function initialSidecar(): string {
  return serializeSidecar({ version: 2, document: 'report.txt', textHash: '', annotations: [] });
}

interface Writer {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  output(): string;
}

export function startWriter(script: string, args: readonly string[]): Writer {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', () => reject(new Error(`writer exited before it was ready: ${stderr}`)));
  });
  ready.catch(() => undefined);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, ready, exited, output: () => stdout + stderr };
}

/** Hashes the writer intended (lines "W <hash>") and whether the log ends inside a write. */
function readIntents(log: string): { hashes: string[]; open: boolean } {
  const hashes: string[] = [];
  let open = false;
  for (const line of log.split('\n')) {
    if (line.startsWith('W sha256:') && line.length === 73) {
      hashes.push(line.slice(2));
      open = true;
    } else if (line === 'D') open = false;
  }
  return { hashes, open };
}

export async function runKillCampaign(options: KillCampaignOptions): Promise<KillCampaignResult> {
  const started = Date.now();
  const random = options.random ?? Math.random;
  const sidecarCount = options.sidecars ?? 8;
  const parallel = Math.min(options.parallel ?? 4, sidecarCount);
  const maxDelayMs = options.maxDelayMs ?? 60;
  const root = await mkdtemp(join(tmpdir(), 'marginalia-kill-'));
  const failures: string[] = [];
  let kills = 0;
  let intact = 0;
  let unchangedByVictim = 0;
  let duringWrite = 0;
  let writes = 0;
  let abandonedLocks = 0;
  try {
    const script = await bundleWriter(root);
    const folder = join(root, 'corpus');
    await mkdir(folder);
    const sidecars = Array.from({ length: sidecarCount }, (_, i) => join(folder, `report-${i}.txt.annotations.json`));
    const known = new Map<string, Set<string>>();
    for (const path of sidecars) {
      const bytes = new TextEncoder().encode(initialSidecar());
      await writeFile(path, bytes);
      known.set(path, new Set([hashBytes(bytes)]));
    }

    let next = 0;
    const lane = async (): Promise<void> => {
      while (kills + parallelInFlight() < options.kills) {
        const path = sidecars[next++ % sidecars.length]!;
        if (busy.has(path)) continue;
        busy.add(path);
        try {
          await killOnce(path);
        } finally {
          busy.delete(path);
        }
      }
    };
    const busy = new Set<string>();
    const parallelInFlight = () => busy.size;

    const killOnce = async (path: string): Promise<void> => {
      const before = hashBytes(await readFile(path));
      const intents = `${path}.intents-${kills}-${Math.floor(random() * 1e9)}.log`;
      const writer = startWriter(script, ['--sidecar', path, '--intents', intents]);
      await writer.ready;
      await new Promise((resolve) => setTimeout(resolve, random() * maxDelayMs));
      writer.child.kill('SIGKILL');
      await writer.exited;
      kills++;
      const log = readIntents(await readFile(intents, 'utf8').catch(() => ''));
      await rm(intents, { force: true });
      const versions = known.get(path)!;
      for (const hash of log.hashes) versions.add(hash);
      writes += log.hashes.length;
      if (log.open) duringWrite++;

      const bytes = await readFile(path);
      const hash = hashBytes(bytes);
      const parsed = parseSidecar(new TextDecoder().decode(bytes), path);
      if (!versions.has(hash)) failures.push(`kill ${kills}: ${path} is not a version any writer wrote (${bytes.length} bytes)`);
      else if (!parsed.ok) failures.push(`kill ${kills}: ${path} does not parse: ${parsed.problem.message}`);
      else intact++;
      if (hash === before) unchangedByVictim++;
    };

    await Promise.all(Array.from({ length: parallel }, () => lane()));

    const leftovers = (await readdir(folder)).filter((name) => !name.endsWith('.annotations.json'));
    abandonedLocks = leftovers.filter((name) => name.endsWith('.lock')).length;
    return {
      kills,
      intact,
      unchangedByVictim,
      duringWrite,
      writes,
      leftoverTemporaryFiles: leftovers.length - abandonedLocks,
      abandonedLocks,
      failures,
      elapsedMs: Date.now() - started,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export interface RaceOptions {
  /** Annotations each of the two writers adds. */
  readonly perWriter: number;
  /** Run the writers without the cross-process lock (to show what the lock prevents). */
  readonly withoutLock?: boolean;
}

export interface RaceResult {
  readonly written: number;
  readonly refused: number;
  /** Annotations a writer saved successfully that are not in the final file. */
  readonly lost: readonly string[];
  readonly finalCount: number;
}

/** Two writers adding different annotations to one sidecar at the same time. */
export async function runTwoWriterRace(options: RaceOptions): Promise<RaceResult> {
  const root = await mkdtemp(join(tmpdir(), 'marginalia-race-'));
  try {
    const script = await bundleWriter(root);
    const path = join(root, 'report.txt.annotations.json');
    await writeFile(path, initialSidecar());
    const writers = ['left', 'right'].map((tag) =>
      startWriter(script, ['--sidecar', path, '--intents', join(root, `${tag}.log`), '--tag', tag, '--count', String(options.perWriter), ...(options.withoutLock ? ['--no-lock'] : [])]),
    );
    await Promise.all(writers.map((w) => w.exited));
    const reports = writers.map((w) => {
      const line = w.output().split('\n').find((l) => l.startsWith('{'));
      if (!line) throw new Error(`a writer did not finish: ${w.output()}`);
      return JSON.parse(line) as { added: string[]; refused: number };
    });
    const parsed = parseSidecar(await readFile(path, 'utf8'), path);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const present = new Set(parsed.value.annotations.map((a) => a.id));
    const added = reports.flatMap((r) => r.added);
    return {
      written: added.length,
      refused: reports.reduce((sum, r) => sum + r.refused, 0),
      lost: added.filter((id) => !present.has(id)),
      finalCount: present.size,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
