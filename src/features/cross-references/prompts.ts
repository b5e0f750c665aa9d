import * as vscode from 'vscode';
import { standardRelations, normalizeRelation } from './cross-reference-list';

/** A claim offered in a pick: a link target, or a cross-reference to compare with. */
export interface ClaimChoice {
  readonly id: string;
  readonly quote: string;
  readonly speaker: string | undefined;
  readonly documentPath: string;
  /** Why it is offered: a similarity score, or a relation. */
  readonly detail: string;
}

/** A cross-reference offered for review; suggestions can be confirmed or dismissed. */
export interface ReviewItem extends ClaimChoice {
  readonly suggested: boolean;
}

/** What the user did in the review: show the claim, or confirm / dismiss a suggestion. */
export interface ReviewChoice {
  readonly action: 'open' | 'confirm' | 'confirm-as' | 'dismiss';
  readonly id: string;
}

/** Questions the cross-reference commands ask; integration tests replace them. */
export interface CrossReferencePrompts {
  /** Returns the chosen claim's id. */
  pickLinkTarget(sourceQuote: string, choices: readonly ClaimChoice[]): Promise<string | undefined>;
  /** Returns a relation id (standard or custom). */
  pickRelation(): Promise<string | undefined>;
  pickComparison(choices: readonly ClaimChoice[]): Promise<string | undefined>;
  reviewCrossReferences(sourceQuote: string, items: readonly ReviewItem[]): Promise<ReviewChoice | undefined>;
}

const reviewButtons: readonly (vscode.QuickInputButton & { action: ReviewChoice['action'] })[] = [
  { action: 'confirm', iconPath: new vscode.ThemeIcon('check'), tooltip: 'Confirm: link as the same statement' },
  { action: 'confirm-as', iconPath: new vscode.ThemeIcon('link'), tooltip: 'Confirm as… (choose the relation)' },
  { action: 'dismiss', iconPath: new vscode.ThemeIcon('close'), tooltip: 'Dismiss: never suggest this pair again' },
];

export const defaultPrompts: CrossReferencePrompts = {
  async pickLinkTarget(sourceQuote, choices) {
    const picked = await vscode.window.showQuickPick(choices.map(itemOf), {
      title: `Link “${oneLine(sourceQuote, 60)}” to…`,
      placeHolder: 'Claims across the corpus, most similar first',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.id;
  },
  async pickRelation() {
    const custom = { label: '$(edit) Custom relation…', id: undefined };
    const items = [...standardRelations.map((r) => ({ label: r.label, id: r.id as string | undefined })), custom];
    const picked = await vscode.window.showQuickPick(items, { title: 'Relation', placeHolder: 'How the claims relate' });
    if (!picked) return undefined;
    if (picked.id !== undefined) return picked.id;
    const typed = await vscode.window.showInputBox({
      title: 'Custom relation',
      prompt: 'A short label, for example “responds to”',
      validateInput: (value) => (normalizeRelation(value) ? undefined : 'Type a label'),
    });
    return typed === undefined ? undefined : normalizeRelation(typed);
  },
  async pickComparison(choices) {
    const picked = await vscode.window.showQuickPick(choices.map(itemOf), { title: 'Compare with…', matchOnDescription: true, matchOnDetail: true });
    return picked?.id;
  },
  reviewCrossReferences(sourceQuote, items) {
    return new Promise((resolve) => {
      const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
      pick.title = `Cross-references of “${oneLine(sourceQuote, 60)}”`;
      pick.placeholder = 'Pick a claim to show it; on a suggestion, ✓ confirms it and ✕ dismisses it';
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      pick.items = items.map((item) => ({ ...itemOf(item), ...(item.suggested ? { buttons: [...reviewButtons] } : {}) }));
      let choice: ReviewChoice | undefined;
      pick.onDidTriggerItemButton((event) => {
        const action = reviewButtons.find((b) => b.tooltip === event.button.tooltip)?.action;
        if (action) choice = { action, id: event.item.id };
        pick.hide();
      });
      pick.onDidAccept(() => {
        const picked = pick.selectedItems[0];
        if (picked) choice = { action: 'open', id: picked.id };
        pick.hide();
      });
      pick.onDidHide(() => {
        pick.dispose();
        resolve(choice);
      });
      pick.show();
    });
  },
};

function itemOf(choice: ClaimChoice): vscode.QuickPickItem & { id: string } {
  return {
    id: choice.id,
    label: oneLine(choice.quote, 100),
    description: choice.speaker ?? 'no speaker',
    detail: `${choice.documentPath} · ${choice.detail}`,
  };
}

export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
