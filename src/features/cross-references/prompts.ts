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

/** Questions the cross-reference commands ask; integration tests replace them. */
export interface CrossReferencePrompts {
  /** Returns the chosen claim's id. */
  pickLinkTarget(sourceQuote: string, choices: readonly ClaimChoice[]): Promise<string | undefined>;
  /** Returns a relation id (standard or custom). */
  pickRelation(): Promise<string | undefined>;
  pickComparison(choices: readonly ClaimChoice[]): Promise<string | undefined>;
}

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
