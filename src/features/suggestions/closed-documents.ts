import * as vscode from 'vscode';
import { parseSidecar } from '../../core/store/sidecar-format';
import { locationOf } from '../annotations/corpus-location';

const decoder = new TextDecoder('utf-8', { ignoreBOM: false });

/**
 * The texts dismissed in the sidecar of a document that is not open (open documents have them in
 * their session). A missing or unreadable sidecar dismisses nothing; the annotations feature reports
 * broken sidecars.
 */
export async function dismissedTextsOf(documentUri: vscode.Uri): Promise<ReadonlySet<string>> {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  const location = folder && locationOf(folder, documentUri);
  if (!location) return new Set();
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(location.sidecarUri);
  } catch {
    return new Set();
  }
  const parsed = parseSidecar(decoder.decode(bytes), vscode.workspace.asRelativePath(location.sidecarUri));
  return parsed.ok ? new Set((parsed.value.dismissed ?? []).map((d) => d.exact)) : new Set();
}
