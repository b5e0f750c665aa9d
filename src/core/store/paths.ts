import { posix } from 'node:path';

/**
 * Where sidecars live. All paths here are workspace-relative and '/'-separated (no leading
 * '/', no '..'), so the functions are pure and behave the same on every platform.
 */
export type SidecarLayout =
  /** `path/to/report.txt` → `path/to/report.txt.annotations.json` (the default). */
  | { readonly kind: 'beside' }
  /** `path/to/report.txt` → `<folder>/path/to/report.txt.annotations.json`, e.g. `.marginalia/annotations`. */
  | { readonly kind: 'mirror'; readonly folder: string };

export const sidecarSuffix = '.annotations.json';
export const besideLayout: SidecarLayout = { kind: 'beside' };
export const codebookPath = '.marginalia/codebook.json';

export function sidecarPathFor(documentPath: string, layout: SidecarLayout = besideLayout): string {
  const document = normalizeRelative(documentPath);
  const file = `${document}${sidecarSuffix}`;
  return layout.kind === 'beside' ? file : `${normalizeRelative(layout.folder)}/${file}`;
}

/** The document a sidecar path belongs to under a layout, or undefined if it is not one. */
export function documentPathForSidecar(sidecarPath: string, layout: SidecarLayout = besideLayout): string | undefined {
  let path = normalizeRelative(sidecarPath);
  if (!path.endsWith(sidecarSuffix) || path.length === sidecarSuffix.length) return undefined;
  if (layout.kind === 'mirror') {
    const folder = `${normalizeRelative(layout.folder)}/`;
    if (!path.startsWith(folder)) return undefined;
    path = path.slice(folder.length);
  }
  return path.slice(0, -sidecarSuffix.length) || undefined;
}

/** The sidecar's `document` field: the document relative to the sidecar's folder. */
export function documentFieldFor(sidecarPath: string, documentPath: string): string {
  return posix.relative(posix.dirname(normalizeRelative(sidecarPath)), normalizeRelative(documentPath));
}

/** Resolves a sidecar's `document` field against the sidecar's own path. */
export function resolveDocumentField(sidecarPath: string, documentField: string): string {
  return posix.normalize(posix.join(posix.dirname(normalizeRelative(sidecarPath)), documentField));
}

/** Workspace-relative form: '/' separators, no leading './' or '/', no '.' segments. Rejects '..'. */
export function normalizeRelative(path: string): string {
  const normalized = posix.normalize(path.replace(/\\/g, '/')).replace(/^\/+/, '').replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new RangeError(`${path} leaves the workspace`);
  }
  return normalized === '.' ? '' : normalized;
}
