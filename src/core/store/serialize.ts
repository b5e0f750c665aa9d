import { compareAnnotations, type Annotation } from '../model/annotation';
import type { Codebook } from '../model/codebook';
import type { Sidecar } from '../model/sidecar';

/**
 * Canonical JSON for files that live in git: 2-space indent, a fixed key order for known
 * keys followed by any unknown keys sorted, a trailing newline, and nothing that depends on
 * when or where it was written. The same value always gives the same bytes.
 */

interface KeyOrder {
  readonly keys?: readonly string[];
  readonly children?: Readonly<Record<string, KeyOrder>>;
  /** Order of the items of an array. */
  readonly items?: KeyOrder;
}

const selectorOrder: KeyOrder = { keys: ['type', 'exact', 'prefix', 'suffix', 'start', 'end'] };
const annotationOrder: KeyOrder = {
  keys: ['id', 'target', 'kind', 'speaker', 'themes', 'note', 'links', 'dismissedLinks', 'author', 'created', 'modified'],
  children: {
    target: { keys: ['selector'], children: { selector: { items: selectorOrder } } },
    links: { items: { keys: ['target', 'document', 'relation'] } },
    dismissedLinks: { items: { keys: ['target', 'document'] } },
  },
};
const sidecarOrder: KeyOrder = {
  keys: ['version', 'document', 'textHash', 'annotations', 'dismissed'],
  children: { annotations: { items: annotationOrder }, dismissed: { items: { keys: ['exact', 'prefix', 'suffix'] } } },
};
const codebookOrder: KeyOrder = {
  keys: ['version', 'themes', 'speakers'],
  children: {
    themes: { items: { keys: ['id', 'label', 'color', 'description', 'parent'] } },
    speakers: { items: { keys: ['name', 'aliases'] } },
  },
};

function canonical(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, order?.items));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const known = order?.keys ?? [];
  const unknown = Object.keys(source)
    .filter((key) => !known.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...unknown]) {
    if (!Object.prototype.hasOwnProperty.call(source, key) || source[key] === undefined) continue;
    Object.defineProperty(out, key, {
      value: canonical(source[key], order?.children?.[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function render(value: unknown, order: KeyOrder): string {
  return `${JSON.stringify(canonical(value, order), null, 2)}\n`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serializeSidecar(sidecar: Sidecar): string {
  const annotations: Annotation[] = [...sidecar.annotations].sort(compareAnnotations).map(withSortedDismissals);
  const dismissed = sidecar.dismissed
    ? [...sidecar.dismissed].sort(
        (a, b) => compareText(a.exact, b.exact) || compareText(a.prefix, b.prefix) || compareText(a.suffix, b.suffix),
      )
    : undefined;
  return render({ ...sidecar, annotations, dismissed }, sidecarOrder);
}

/** Dismissed links are a set: written sorted by target, then document, so the same set gives the same bytes. */
function withSortedDismissals(annotation: Annotation): Annotation {
  if (!annotation.dismissedLinks) return annotation;
  const dismissedLinks = [...annotation.dismissedLinks].sort(
    (a, b) => compareText(a.target, b.target) || compareText(a.document ?? '', b.document ?? ''),
  );
  return { ...annotation, dismissedLinks };
}

export function serializeCodebook(codebook: Codebook): string {
  return render(codebook, codebookOrder);
}
