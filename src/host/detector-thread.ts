import { Worker } from 'node:worker_threads';
import { detectClaims, type DetectOptions, type Detection } from '../core/detect';
import type { DetectionReply, DetectionRequest } from './detection-worker';

/** Crashes after which the thread is given up and detection runs on the calling thread. */
const maxCrashes = 3;

interface Pending {
  readonly text: string;
  readonly options: DetectOptions;
  resolve(detections: readonly Detection[]): void;
  reject(error: Error): void;
}

/**
 * Runs the claim detector in a worker thread (the bundle `workerFile`, built from
 * detection-worker.ts), one request at a time in order. If the thread cannot start, or crashes
 * repeatedly, detection falls back to the calling thread: slower for the host, never lost.
 */
export class DetectorThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private crashes = 0;
  private disposed = false;

  constructor(private readonly workerFile: string) {}

  /** Where the last detection ran: on the worker thread or, after a failure to start it, in-process. */
  get mode(): 'thread' | 'in-process' {
    return this.crashes >= maxCrashes ? 'in-process' : 'thread';
  }

  detect(text: string, options: DetectOptions): Promise<readonly Detection[]> {
    const worker = this.mode === 'thread' && !this.disposed ? this.started() : undefined;
    if (!worker) return Promise.resolve(detectClaims(text, options));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text, options, resolve, reject });
      worker.ref();
      worker.postMessage({ id, text, options: { ...options, extraCues: [...(options.extraCues ?? [])] } } satisfies DetectionRequest);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.failAll(new Error('the detector was stopped'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch (error) {
      this.crashes = maxCrashes;
      console.error(`Marginalia: claim detection runs in the extension host (its thread did not start: ${(error as Error).message})`);
      return undefined;
    }
    let online = false;
    worker.on('message', (reply: DetectionReply) => {
      if ('ready' in reply) online = true;
      else this.receive(reply);
    });
    worker.on('error', (error) => this.crashed(worker, error, online));
    worker.on('exit', (code) => this.crashed(worker, new Error(`the detection thread stopped (exit code ${code})`), online));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private receive(reply: Exclude<DetectionReply, { ready: true }>): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.detections);
  }

  /**
   * A thread that never started (its bundle missing or unloadable) hands its requests to the
   * calling thread for good. One that stopped while detecting fails the requests it held (the text
   * may be what broke it; the next request starts a new thread) and is given up after a few such stops.
   */
  private crashed(worker: Worker, error: Error, online: boolean): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (this.disposed) return;
    if (!online) {
      this.crashes = maxCrashes;
      console.error(`Marginalia: claim detection runs in the extension host (its thread did not start: ${error.message})`);
      const pending = [...this.pending.values()];
      this.pending.clear();
      for (const p of pending) {
        try {
          p.resolve(detectClaims(p.text, p.options));
        } catch (detectError) {
          p.reject(detectError as Error);
        }
      }
      return;
    }
    this.crashes++;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}
