import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';

/** Where a symbolic link found in a local workspace folder leads, in real (resolved) paths. */
export type LinkTarget =
  | { readonly kind: 'inside'; readonly target: string }
  | { readonly kind: 'outside'; readonly target: string }
  /** Dangling, or unreadable: nothing can be read through it. */
  | { readonly kind: 'unresolved' };

/**
 * Resolves a symbolic link under `rootPath` (both local paths) and tells whether it stays inside
 * the root's real location. Only the extension's corpus listing calls it, for `file:` URIs: other
 * schemes are never resolved on the local disk.
 */
export async function localLinkTarget(linkPath: string, rootPath: string): Promise<LinkTarget> {
  const [target, root] = await Promise.all([realpath(linkPath).catch(() => undefined), realpath(rootPath).catch(() => undefined)]);
  if (target === undefined || root === undefined) return { kind: 'unresolved' };
  const inside = target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
  return { kind: inside ? 'inside' : 'outside', target };
}
