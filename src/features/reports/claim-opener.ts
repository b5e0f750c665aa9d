import * as vscode from 'vscode';
import type { ClaimRef } from '../../core/reports';

/** The question the report asks when a cell holds several claims; tests replace it. */
export interface ReportPrompts {
  pickClaim(claims: readonly ClaimRef[], title: string): Promise<ClaimRef | undefined>;
  /** Where to save the exported report; undefined when the user cancels. */
  saveLocation(suggested: vscode.Uri | undefined): Promise<vscode.Uri | undefined>;
}

interface ClaimItem extends vscode.QuickPickItem {
  readonly claim: ClaimRef;
}

export const defaultReportPrompts: ReportPrompts = {
  async pickClaim(claims, title) {
    // Quick pick labels are plain text (no icons or links are parsed from them but $(…) codicons): neutralise those.
    const items = claims.map(
      (claim): ClaimItem => ({
        label: plain(shorten(claim.quote, 120)),
        description: plain(claim.speaker ?? ''),
        detail: plain(`${claim.documentPath}${claim.status === 'orphaned' ? ' · orphaned' : ''}${claim.note ? ` · ${shorten(claim.note, 80)}` : ''}`),
        claim,
      }),
    );
    const picked = await vscode.window.showQuickPick(items, { title: plain(title), placeHolder: 'Open a claim in its document', matchOnDescription: true, matchOnDetail: true });
    return picked?.claim;
  },
  async saveLocation(suggested) {
    return vscode.window.showSaveDialog({ defaultUri: suggested, filters: { HTML: ['html', 'htm'] }, title: 'Export Marginalia Report', saveLabel: 'Export' });
  },
};

/** Opens the claim in its document (selected), through the command the Themes view uses. */
export async function openClaim(claim: ClaimRef): Promise<void> {
  await vscode.commands.executeCommand('marginalia.themes.openClaim', claim.documentPath, claim.id);
}

/** One claim opens directly; several are offered in a quick pick first. */
export async function openClaims(claims: readonly ClaimRef[], title: string, prompts: ReportPrompts): Promise<ClaimRef | undefined> {
  const chosen = claims.length === 1 ? claims[0] : claims.length > 1 ? await prompts.pickClaim(claims, title) : undefined;
  if (chosen) await openClaim(chosen);
  return chosen;
}

/** Quick picks render `$(name)` as an icon: keep the text literal. */
function plain(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
