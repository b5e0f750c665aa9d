import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { ClaimsViewApi } from '../claims-view';
import type { CorpusService } from '../corpus';
import { BrokenLinkReporter } from './broken-links';
import { CrossReferenceCommands } from './cross-reference-commands';
import { CrossReferenceCodeLensProvider, CrossReferenceDefinitionProvider, peekCommand } from './cross-reference-providers';
import { CrossReferenceService } from './cross-reference-service';
import type { CrossReferencePrompts } from './prompts';

export { CrossReferenceService } from './cross-reference-service';
export type { CrossReferencePrompts, ClaimChoice } from './prompts';

/** What the cross-references feature exposes (to tests and other extensions). */
export interface CrossReferencesApi {
  readonly service: CrossReferenceService;
  readonly commands: CrossReferenceCommands;
  readonly brokenLinks: BrokenLinkReporter;
  /** The questions the commands ask; tests replace them. */
  prompts: CrossReferencePrompts;
}

export interface CrossReferencesServices {
  readonly annotations: AnnotationService;
  readonly corpus: CorpusService;
  readonly claimsView: ClaimsViewApi;
}

/** Corpus documents are Markdown or plain text; the providers answer nothing for others (no session). */
const corpusDocuments: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

export function activateCrossReferences(context: vscode.ExtensionContext, services: CrossReferencesServices): CrossReferencesApi {
  const { annotations, corpus, claimsView } = services;
  const service = new CrossReferenceService(corpus);
  const commands = new CrossReferenceCommands(annotations, corpus, service);
  const brokenLinks = new BrokenLinkReporter(corpus, service);
  const codeLenses = new CrossReferenceCodeLensProvider(annotations, service);
  claimsView.provider.claimNotes = (claim) => brokenLinks.notesFor(claim);

  const run =
    (action: (args: readonly unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      try {
        return await action(args);
      } catch (error) {
        void vscode.window.showErrorMessage(`Marginalia: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    };

  context.subscriptions.push(
    service,
    brokenLinks,
    codeLenses,
    vscode.languages.registerDefinitionProvider(corpusDocuments, new CrossReferenceDefinitionProvider(annotations, commands)),
    vscode.languages.registerCodeLensProvider(corpusDocuments, codeLenses),
    vscode.commands.registerCommand('marginalia.linkClaim', run((args) => commands.linkClaim(args))),
    vscode.commands.registerCommand(peekCommand, run((args) => commands.peek(args))),
    vscode.commands.registerCommand('marginalia.nextCrossReference', run(() => commands.step(1))),
    vscode.commands.registerCommand('marginalia.previousCrossReference', run(() => commands.step(-1))),
    vscode.commands.registerCommand('marginalia.compareWith', run((args) => commands.compare(args))),
  );
  return {
    service,
    commands,
    brokenLinks,
    get prompts() {
      return commands.prompts;
    },
    set prompts(prompts: CrossReferencePrompts) {
      commands.prompts = prompts;
    },
  };
}
