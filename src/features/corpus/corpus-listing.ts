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
  const visit = async (uri: vscode.Uri, relative: string, type: vscode.FileType): Promise<string | undefined> => {
    const isDirectory = (type & vscode.FileType.Directory) !== 0;
    if (type & vscode.FileType.SymbolicLink) {
      if (folder.uri.scheme !== 'file') {
        listing.linksLeftOut.push({ uri, relativePath: relative });
        return undefined;
      }
      const link = await resolvedPlace(uri.fsPath, folder.uri.fsPath);
      if (link.kind === 'outside') listing.linksLeftOut.push({ uri, relativePath: relative, target: link.target });
      if (link.kind !== 'inside' || isDirectory) return undefined;
    }
    if (isDirectory) {
      const name = relative.slice(relative.lastIndexOf('/') + 1);
      const skip = neverListed.has(name) || (isExcluded(relative) && !mayHoldSidecars(relative));
      return skip ? undefined : relative;
    }
    if (type & vscode.FileType.File) addFile(uri, relative);
    return undefined;
  };

  let pending: string[] = [''];
  while (pending.length > 0) {
    const next: string[] = [];
    for (let start = 0; start < pending.length; start += readsInFlight) {
      const batch = pending.slice(start, start + readsInFlight);
      const entries = await Promise.all(batch.map((relative) => readFolder(folder, relative)));
      const visits = batch.flatMap((parent, i) =>
        entries[i]!.map(([name, type]) => {
          const relative = parent ? `${parent}/${name}` : name;
          return visit(vscode.Uri.joinPath(folder.uri, ...relative.split('/')), relative, type);
        }),
      );
      for (const folderToRead of await Promise.all(visits)) if (folderToRead !== undefined) next.push(folderToRead);
    }
    pending = next;
  }
  return listing;
}

async function readFolder(folder: vscode.WorkspaceFolder, relative: string): Promise<[string, vscode.FileType][]> {
  const uri = relative ? vscode.Uri.joinPath(folder.uri, ...relative.split('/')) : folder.uri;
  try {
    return await vscode.workspace.fs.readDirectory(uri);
  } catch {
    // Removed while being listed, or unreadable: it holds nothing Marginalia can show.
    return [];
  }
}
