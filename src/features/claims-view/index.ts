import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import { ClaimActions, type ClaimRef, type ClaimsViewPrompts } from './claim-actions';
import { ClaimsTreeProvider } from './claims-tree-provider';
import type { CrossReferenceSource, SuggestionSource } from './claims-tree-model';
import { pickClaimFilter } from './filter-picker';
import { SwatchIcons } from './swatch-icons';
import { revealClaimCommand } from './tree-items';

export type { ClaimCrossReference, ClaimsNode, CrossReferenceNode, CrossReferenceSource, SuggestedClaim, SuggestionSource } from './claims-tree-model';

/** The Claims view as the extension API exposes it (to tests, and to the detector later). */
export interface ClaimsViewApi {
  readonly provider: ClaimsTreeProvider;
  readonly view: vscode.TreeView<unknown>;
  /** The questions the view asks; tests replace them. */
  prompts: ClaimsViewPrompts;
  /** Shows suggested claims (issue 9) among each document's claims. */
  setSuggestionSource(source: SuggestionSource | undefined): void;
  /** Tells the view that the suggestions of these documents changed. */
  suggestionsChanged(paths: readonly string[]): void;
  /** Shows each claim's cross-references as its children. */
  setCrossReferenceSource(source: CrossReferenceSource | undefined): void;
}

export interface ClaimsViewServices {
  readonly annotations: AnnotationService;
  readonly codebook: CodebookService;
  readonly corpus: CorpusService;
}

const followKey = 'marginalia.claims.following';
const showAllKey = 'marginalia.claims.showAll';
/** Commands of the tagging feature, called with (document URI string, claim id). */
const delegatedCommands = { editThemes: 'marginalia.editThemes', editNote: 'marginalia.editNote', setSpeaker: 'marginalia.setSpeaker' };

export function activateClaimsView(context: vscode.ExtensionContext, services: ClaimsViewServices): ClaimsViewApi {
  const { annotations, codebook, corpus } = services;
  const icons = new SwatchIcons(context.globalStorageUri);
  const provider = new ClaimsTreeProvider(corpus, codebook, icons);
  const actions = new ClaimActions(annotations, corpus);
  const view = vscode.window.createTreeView('marginalia.claims', { treeDataProvider: provider, showCollapseAll: true });
  const describe = (): void => {
    view.description = provider.describe() || undefined;
  };
  const activeKey = (): string | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor ? corpus.keyOf(editor.document.uri) : undefined;
  };
  provider.setActiveDocument(activeKey());
  provider.setShowAll(context.workspaceState.get<boolean>(showAllKey, false));
  provider.setFollowing(context.workspaceState.get<boolean>(followKey, false), activeKey());

  const withClaim =
    (action: (ref: ClaimRef) => Promise<unknown>) =>
    async (target?: unknown, id?: unknown): Promise<unknown> => {
      const ref = actions.resolve(target, id);
      if (!ref) {
        void vscode.window.showInformationMessage('Marginalia: choose a claim in the Claims view first.');
        return undefined;
      }
      try {
        return await action(ref);
      } catch (error) {
        void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
        return undefined;
      }
    };
  const setFollowing = async (following: boolean): Promise<void> => {
    provider.setFollowing(following, activeKey() ?? provider.model.activeDocument);
    await context.workspaceState.update(followKey, following);
  };
  const setShowAll = async (showAll: boolean): Promise<void> => {
    provider.setShowAll(showAll);
    await context.workspaceState.update(showAllKey, showAll);
  };
  const register = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);

  context.subscriptions.push(
    view,
    provider,
    provider.onDidChangeState(describe),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) provider.setActiveDocument(corpus.keyOf(editor.document.uri));
    }),
    register('marginalia.refresh', () => corpus.reload().then(() => provider.refresh())),
    register(revealClaimCommand, (uri: vscode.Uri | string, start?: number, end?: number) => actions.reveal(uri, start, end)),
    register('marginalia.claimsView.filter', async (query?: string) => {
      const next = typeof query === 'string' ? query : await pickClaimFilter(provider.filterQuery, corpus.index, codebook, icons);
      if (next !== undefined) provider.setFilter(next);
    }),
    register('marginalia.claimsView.clearFilter', () => provider.setFilter('')),
    register('marginalia.claimsView.follow', () => setFollowing(true)),
    register('marginalia.claimsView.unfollow', () => setFollowing(false)),
    register('marginalia.claimsView.showAllDocuments', () => setShowAll(true)),
    register('marginalia.claimsView.showAnnotatedDocuments', () => setShowAll(false)),
    register('marginalia.showActiveDocumentClaims', async () => {
      await setFollowing(true);
      await vscode.commands.executeCommand('marginalia.claims.focus');
    }),
    register('marginalia.claimsView.copyWithCitation', withClaim((ref) => actions.copyWithCitation(ref))),
    register('marginalia.claimsView.remove', withClaim((ref) => actions.remove(ref))),
    register('marginalia.claimsView.reattachToSelection', withClaim((ref) => actions.reattachToSelection(ref))),
    ...Object.entries(delegatedCommands).map(([name, upstream]) =>
      register(
        `marginalia.claimsView.${name}`,
        withClaim(async (ref) => vscode.commands.executeCommand(upstream, ref.uri.toString(), ref.claim.annotation.id)),
      ),
    ),
  );
  describe();

  return {
    provider,
    view: view as vscode.TreeView<unknown>,
    get prompts() {
      return actions.prompts;
    },
    set prompts(prompts: ClaimsViewPrompts) {
      actions.prompts = prompts;
    },
    setSuggestionSource(source) {
      provider.model.suggestions = source;
      provider.refresh();
    },
    suggestionsChanged(paths) {
      provider.suggestionsChanged(paths);
    },
    setCrossReferenceSource(source) {
      provider.model.crossReferences = source;
      provider.refresh();
    },
  };
}
