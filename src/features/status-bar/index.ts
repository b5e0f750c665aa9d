import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import { corpusLocationOf } from '../annotations/corpus-location';

/** The status bar entry as the extension API exposes it to tests. */
export interface ClaimCountApi {
  readonly item: vscode.StatusBarItem;
  /** Whether the item is showing (StatusBarItem has no getter for it). */
  readonly visible: boolean;
  /** Resolves when the item reflects the active editor. */
  whenUpdated(): Promise<void>;
}

/** Set while the active editor's document has claims (the walkthrough's "tag a quote" step completes on it). */
const hasClaimsKey = 'marginalia.activeEditorHasClaims';

/** `$(quote) 5 claims · 1 not found`. */
export function claimCountText(claims: number, notFound: number): string {
  const count = `$(quote) ${claims} claim${claims === 1 ? '' : 's'}`;
  return notFound > 0 ? `${count} · ${notFound} not found` : count;
}

/**
 * The active document's claim count, on the right of the status bar (it describes the file, like
 * the language mode). Shown only for corpus documents; a click shows their claims in the view.
 */
export function activateStatusBar(context: vscode.ExtensionContext, annotations: AnnotationService): ClaimCountApi {
  const item = vscode.window.createStatusBarItem('marginalia.claimCount', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Marginalia Claims';
  item.command = 'marginalia.showActiveDocumentClaims';
  let visible = false;
  let updating: Promise<void> = Promise.resolve();

  const update = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    const session = document && corpusLocationOf(document) ? await annotations.sessionFor(document) : undefined;
    if (document !== vscode.window.activeTextEditor?.document) return;
    if (!session) {
      item.hide();
      visible = false;
      void vscode.commands.executeCommand('setContext', hasClaimsKey, false);
      return;
    }
    const claims = session.annotations.length;
    const notFound = session.orphans.length;
    item.text = claimCountText(claims, notFound);
    const tooltip = `${claims} claim${claims === 1 ? '' : 's'} in this document${notFound > 0 ? `, ${notFound} not found in the text` : ''}. Click to list them in the Claims view.`;
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `Marginalia: ${tooltip}` };
    item.show();
    visible = true;
    void vscode.commands.executeCommand('setContext', hasClaimsKey, claims > 0);
  };
  const schedule = (): void => {
    updating = updating.then(update, update);
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    annotations.onDidChangeAnnotations((uri) => {
      if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) schedule();
    }),
  );
  schedule();
  return {
    item,
    get visible() {
      return visible;
    },
    whenUpdated: () => updating,
  };
}
