import * as vscode from 'vscode';
import { sidecarPathFor, normalizeRelative } from '../../core/store/paths';
import { corpusGlobs, sidecarLayout } from './settings';

/** Where a corpus document sits in its workspace folder, and where its sidecar is. */
export interface CorpusLocation {
  readonly folder: vscode.WorkspaceFolder;
  /** The document's path relative to the workspace folder, '/'-separated. */
  readonly documentPath: string;
  /** The sidecar's path relative to the workspace folder, '/'-separated. */
  readonly sidecarPath: string;
  readonly sidecarUri: vscode.Uri;
}

/** The corpus location of a document, or undefined when it is not part of a corpus. */
export function corpusLocationOf(document: vscode.TextDocument): CorpusLocation | undefined {
  if (document.isUntitled) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return undefined;
  const { include, exclude } = corpusGlobs(folder);
  if (!vscode.languages.match({ pattern: new vscode.RelativePattern(folder, include) }, document)) return undefined;
  if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, exclude) }, document)) return undefined;
  return locationOf(folder, document.uri);
}

export function locationOf(folder: vscode.WorkspaceFolder, documentUri: vscode.Uri): CorpusLocation | undefined {
  const relative = relativePath(folder.uri, documentUri);
  if (relative === undefined) return undefined;
  const sidecarPath = sidecarPathFor(relative, sidecarLayout(folder));
  return { folder, documentPath: relative, sidecarPath, sidecarUri: vscode.Uri.joinPath(folder.uri, ...sidecarPath.split('/')) };
}

function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return undefined;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  try {
    return normalizeRelative(uri.path.slice(base.length));
  } catch {
    return undefined;
  }
}
