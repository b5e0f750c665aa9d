import { inertText } from '../../core/text/inert-text';
import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { ClaimsViewApi } from '../claims-view';
import type { CorpusService } from '../corpus';
import { BrokenLinkReporter } from './broken-links';
import { CrossReferenceCommands } from './cross-reference-commands';
import { CrossReferenceCodeLensProvider, CrossReferenceDefinitionProvider, peekCommand } from './cross-reference-providers';
import { CrossReferenceReview } from './cross-reference-review';
import { CrossReferenceService } from './cross-reference-service';
import type { CrossReferencePrompts } from './prompts';
import type { ClaimHoverProvider } from '../highlights/claim-hover';

export { CrossReferenceService } from './cross-reference-service';
export type { CrossReferencePrompts, ClaimChoice, ReviewChoice, ReviewItem } from './prompts';

/** What the cross-references feature exposes (to tests and other extensions). */
export interface CrossReferencesApi {
  readonly service: CrossReferenceService;
  readonly commands: CrossReferenceCommands;
  readonly review: CrossReferenceReview;
  readonly brokenLinks: BrokenLinkReporter;
  /** The questions the commands ask; tests replace them. */
  prompts: CrossReferencePrompts;
}

export interface CrossReferencesServices {
  readonly annotations: AnnotationService;
  readonly corpus: CorpusService;
  readonly claimsView: ClaimsViewApi;
  /** The claim hover, which lists cross-references as command links. */
  readonly hover: ClaimHoverProvider;
}

/** Corpus documents are Markdown or plain text; the providers answer nothing for others (no session). */
const corpusDocuments: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

export function activateCrossReferences(context: vscode.ExtensionContext, services: CrossReferencesServices): CrossReferencesApi {
  const { annotations, corpus, claimsView, hover } = services;
  const service = new CrossReferenceService(corpus);
  const commands = new CrossReferenceCommands(annotations, corpus, service);
  const review = new CrossReferenceReview(annotations, corpus, service, () => commands.prompts);
  const brokenLinks = new BrokenLinkReporter(corpus, service);
  const codeLenses = new CrossReferenceCodeLensProvider(annotations, service);
  claimsView.provider.claimNotes = (claim) => brokenLinks.notesFor(claim);
  claimsView.setCrossReferenceSource({
    hasCrossReferences: (id) => service.hasCrossReferences(id),
    crossReferencesOf: (id) => service.claimCrossReferences(id),
  });
  hover.crossReferences = (id) => service.claimCrossReferences(id);

  const run =
    (action: (args: readonly unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      try {
        return await action(args);
      } catch (error) {
        void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
        return undefined;
      }
    };

  context.subscriptions.push(
    service,
    brokenLinks,
    // A change anywhere can change the suggestions of claims elsewhere: redraw the tree (expanded rows stay expanded).
    service.onDidChange(() => claimsView.provider.refresh()),
    codeLenses,
    vscode.languages.registerDefinitionProvider(corpusDocuments, new CrossReferenceDefinitionProvider(annotations, commands)),
    vscode.languages.registerCodeLensProvider(corpusDocuments, codeLenses),
    vscode.commands.registerCommand('marginalia.linkClaim', run((args) => commands.linkClaim(args))),
    vscode.commands.registerCommand(peekCommand, run((args) => commands.peek(args))),
    vscode.commands.registerCommand('marginalia.nextCrossReference', run(() => commands.step(1))),
    vscode.commands.registerCommand('marginalia.previousCrossReference', run(() => commands.step(-1))),
    vscode.commands.registerCommand('marginalia.compareWith', run((args) => commands.compare(args))),
    vscode.commands.registerCommand('marginalia.reviewCrossReferences', run((args) => review.review(args))),
    vscode.commands.registerCommand('marginalia.confirmCrossReference', run((args) => review.confirm(args))),
    vscode.commands.registerCommand('marginalia.confirmCrossReferenceAs', run((args) => review.confirm(args, true))),
    vscode.commands.registerCommand('marginalia.dismissCrossReference', run((args) => review.dismiss(args))),
    vscode.commands.registerCommand('marginalia.openClaim', run((args) => review.open(args))),
  );
  return {
    service,
    commands,
    review,
    brokenLinks,
    get prompts() {
      return commands.prompts;
    },
    set prompts(prompts: CrossReferencePrompts) {
      commands.prompts = prompts;
    },
  };
}
