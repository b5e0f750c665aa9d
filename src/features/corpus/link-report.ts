import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { LinkLeftOut } from './corpus-listing';

/** Links named in one warning; the rest are counted. */
const namedAtMost = 3;

/**
 * Tells the user, once per link and session, which symbolic links the corpus listing left out and
 * why: Marginalia reads and writes annotations only inside the workspace folders.
 */
export class LinkReport {
  private readonly reported = new Set<string>();
  private readonly shown: string[] = [];

  /** The warnings shown so far, oldest first. */
  get messages(): readonly string[] {
    return this.shown;
  }

  add(links: readonly LinkLeftOut[]): void {
    const fresh = links.filter((link) => !this.reported.has(link.uri.toString()));
    if (fresh.length === 0) return;
    for (const link of fresh) this.reported.add(link.uri.toString());
    this.shown.push(inertText(linkWarning(fresh)));
    void vscode.window.showWarningMessage(inertText(linkWarning(fresh)));
  }
}

export function linkWarning(links: readonly LinkLeftOut[]): string {
  const named = links.slice(0, namedAtMost).map(describe).join('; ');
  const more = links.length > namedAtMost ? `; and ${links.length - namedAtMost} more` : '';
  const subject = links.length === 1 ? 'this symbolic link' : `${links.length} symbolic links`;
  return `Marginalia does not follow ${subject}: ${named}${more}. Documents and annotations are read only inside the workspace folders; open the target as a workspace folder to annotate it.`;
}

function describe(link: LinkLeftOut): string {
  const where = vscode.workspace.getWorkspaceFolder(link.uri);
  const name = (vscode.workspace.workspaceFolders?.length ?? 0) > 1 && where ? `${where.name}/${link.relativePath}` : link.relativePath;
  return link.target === undefined
    ? `"${name}" (a link in a ${link.uri.scheme}: workspace, which cannot be checked)`
    : `"${name}" leads to ${link.target}, outside the workspace folder`;
}
