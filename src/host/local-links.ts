import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';

/** Where a local path really is, once every symbolic link on the way is followed. */
export type ResolvedPlace =
  | { readonly kind: 'inside'; readonly target: string }
  | { readonly kind: 'outside'; readonly target: string }
  /** Missing, dangling or unreadable: nothing can be read through it. */
  | { readonly kind: 'unresolved' };

/**
 * Resolves `path` (a link, or a path through linked folders) and tells whether it stays inside the
 * real location of `rootPath`. The extension calls it for `file:` URIs only: other schemes are
 * never resolved on the local disk.
 */
export async function resolvedPlace(path: string, rootPath: string): Promise<ResolvedPlace> {
  const [target, root] = await Promise.all([realpath(path).catch(() => undefined), realpath(rootPath).catch(() => undefined)]);
  if (target === undefined || root === undefined) return { kind: 'unresolved' };
  const inside = target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
  return { kind: inside ? 'inside' : 'outside', target };
}

/** Whether a local file (that exists) is really somewhere else than in its workspace folder, through a symbolic link. */
export async function leavesFolder(
  uri: { readonly scheme: string; readonly fsPath: string },
  folder: { readonly uri: { readonly scheme: string; readonly fsPath: string } },
): Promise<boolean> {
  if (uri.scheme !== 'file' || folder.uri.scheme !== 'file') return false;
  return (await resolvedPlace(uri.fsPath, folder.uri.fsPath)).kind === 'outside';
}
