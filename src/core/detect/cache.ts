import { CodePointIndex } from '../text/code-points';
import { detectClaims } from './detect';
import type { DetectOptions, Detection } from './types';

/** Detections with `start`/`end` converted from UTF-16 to code points (for sidecars and the CLI). */
export function toCodePointDetections(text: string, detections: readonly Detection[]): Detection[] {
  const index = CodePointIndex.of(text);
  if (index.isIdentity) return [...detections];
  return detections.map((d) => ({ ...d, ...index.toCodePointRange(d) }));
}

interface Entry {
  readonly version: string | number;
  readonly options: string;
  readonly detections: readonly Detection[];
}

/**
 * Detection results per document, keyed by the caller's document version (VS Code's
 * `TextDocument.version`, or a content hash). The extension calls `get` from a debounced handler;
 * an unchanged version returns the cached result without re-parsing.
 */
export class DetectionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 200) {}

  get(uri: string, version: string | number, text: string, options: DetectOptions = {}): readonly Detection[] {
    const cached = this.peek(uri, version, options);
    if (cached) return cached;
    const detections = detectClaims(text, options);
    this.store(uri, version, options, detections);
    return detections;
  }

  /** The cached detections of this version, if any (for callers that detect elsewhere, e.g. on a worker thread). */
  peek(uri: string, version: string | number, options: DetectOptions = {}): readonly Detection[] | undefined {
    const entry = this.entries.get(uri);
    if (!entry || entry.version !== version || entry.options !== optionsKey(options)) return undefined;
    // Refresh recency.
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    return entry.detections;
  }

  store(uri: string, version: string | number, options: DetectOptions, detections: readonly Detection[]): void {
    this.entries.delete(uri);
    this.entries.set(uri, { version, options: optionsKey(options), detections });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}

function optionsKey(options: DetectOptions): string {
  return JSON.stringify([options.format ?? 'plain', options.extraCues ?? [], options.minConfidence ?? null]);
}
