// The claim detector on its own thread: the extension posts a document's text and gets its
// detections back, so detecting a long document never holds up the extension host.
import { parentPort } from 'node:worker_threads';
import { detectClaims, type DetectOptions } from '../core/detect';

export interface DetectionRequest {
  readonly id: number;
  readonly text: string;
  readonly options: DetectOptions;
}

export type DetectionReply =
  | { readonly id: number; readonly detections: ReturnType<typeof detectClaims> }
  | { readonly id: number; readonly error: string }
  /** Sent once the detector is loaded: the thread works. */
  | { readonly ready: true };

parentPort?.on('message', (request: DetectionRequest) => {
  let reply: DetectionReply;
  try {
    reply = { id: request.id, detections: detectClaims(request.text, request.options) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort?.postMessage({ ready: true } satisfies DetectionReply);
