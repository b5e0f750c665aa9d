import * as vscode from 'vscode';
import { globMatcher } from '../../core/corpus/glob';
import { normalizeRelative, sidecarSuffix, type SidecarLayout } from '../../core/store/paths';
import { resolvedPlace } from '../../host/local-links';

/** A symbolic link the listing did not follow, because it leads out of the workspace folder (or cannot be checked). */
export interface LinkLeftOut {
  readonly uri: vscode.Uri;
  /** The link's path in its workspace folder, '/'-separated. */
  readonly relativePath: string;
  /** Where it leads (a local real path), when that could be resolved. */
  readonly target?: string;
}

export interface FolderListing {
  readonly documents: vscode.Uri[];
  readonly sidecars: vscode.Uri[];
  readonly linksLeftOut: LinkLeftOut[];
}

export interface ListingRules {
  readonly include: string;
  readonly exclude: string;
  readonly layout: SidecarLayout;
}

/** Folders that never hold documents or sidecars, and are often huge. */
const neverListed = new Set(['node_modules', '.git']);
/** Folders read at once (each read is a round trip to the file system provider). */
const readsInFlight = 16;

/**
 * Lists a workspace folder's corpus documents and sidecars through `vscode.workspace.fs`, which
 * works for every scheme (`workspace.findFiles` needs a search provider, which virtual file
 * systems seldom have). Symbolic links are followed only when they stay inside the folder:
 * links to files there are listed, links to folders there are not (their documents are listed
 * where they really are, and a link to a parent cannot loop). Links leading out of the folder,
 * and links on other schemes (which cannot be resolved here), are left out and returned.
 */
export async function listCorpusFolder(folder: vscode.WorkspaceFolder, rules: ListingRules): Promise<FolderListing> {
  const isIncluded = globMatcher(rules.include);
  const isExcluded = globMatcher(rules.exclude);
  const sidecarFolder = rules.layout.kind === 'mirror' ? normalizeRelative(rules.layout.folder) : undefined;
  // An excluded folder is still read when mirrored sidecars live in or under it.
  const mayHoldSidecars = (relative: string) =>
    sidecarFolder !== undefined && (relative === sidecarFolder || sidecarFolder.startsWith(`${relative}/`) || relative.startsWith(`${sidecarFolder}/`));
  const listing: FolderListing = { documents: [], sidecars: [], linksLeftOut: [] };
  const addFile = (uri: vscode.Uri, relative: string) => {
    if (relative.endsWith(sidecarSuffix)) listing.sidecars.push(uri);
    else if (isIncluded(relative) && !isExcluded(relative)) listing.documents.push(uri);
  };
  const isListedFolder = (relative: string) => {
    const name = relative.slice(relative.lastIndexOf('/') + 1);
    return !neverListed.has(name) && (!isExcluded(relative) || mayHoldSidecars(relative));
  };
  /** Follows a link only to a file inside the folder; the others are left out, and reported when they lead outside. */
  const visitLink = async (uri: vscode.Uri, relative: string, type: vscode.FileType) => {
    if (folder.uri.scheme !== 'file') {
      listing.linksLeftOut.push({ uri, relativePath: relative });
      return;
    }
    const place = await resolvedPlace(uri.fsPath, folder.uri.fsPath);
    if (place.kind === 'outside') listing.linksLeftOut.push({ uri, relativePath: relative, target: place.target });
    else if (place.kind === 'inside' && type & vscode.FileType.File) addFile(uri, relative);
  };

  // A pool of folder reads: each read folder queues its subfolders.
  const pending: { relative: string; uri: vscode.Uri }[] = [{ relative: '', uri: folder.uri }];
  const links: Promise<void>[] = [];
  const readNext = async (): Promise<void> => {
    for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
      for (const [name, type] of await readFolder(parent.uri)) {
        const relative = parent.relative ? `${parent.relative}/${name}` : name;
        const uri = vscode.Uri.joinPath(parent.uri, name);
        if (type & vscode.FileType.SymbolicLink) links.push(visitLink(uri, relative, type));
        else if (type & vscode.FileType.Directory) {
          if (isListedFolder(relative)) pending.push({ relative, uri });
        } else if (type & vscode.FileType.File) addFile(uri, relative);
      }
    }
  };
  // Workers stop when the queue is empty; those still reading may refill it, so go again until all is read.
  while (pending.length > 0) await Promise.all(Array.from({ length: readsInFlight }, readNext));
  await Promise.all(links);
  return listing;
}

async function readFolder(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(uri);
  } catch {
    // Removed while being listed, or unreadable: it holds nothing Marginalia can show.
    return [];
  }
}
