import type * as vscode from 'vscode';
import { activateAnnotations, type AnnotationService } from './features/annotations';
import { activateClaimCommands } from './features/claim-commands';
import { activateClaimsView } from './features/claims-view';
import { activateCodebook, type CodebookService } from './features/codebook';
import { activateCorpus, type CorpusService } from './features/corpus';
import { activateDocumentation } from './features/documentation';

/** What the extension hands to other extensions and to its integration tests. */
export interface MarginaliaApi {
  readonly version: string;
  readonly annotations: AnnotationService;
  readonly codebook: CodebookService;
  readonly corpus: CorpusService;
}

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const annotations = activateAnnotations(context);
  const codebook = activateCodebook(context);
  const corpus = activateCorpus(context, annotations);
  activateClaimCommands(context, annotations);
  activateClaimsView(context);
  activateDocumentation(context);
  return { version: String(context.extension.packageJSON.version), annotations, codebook, corpus };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
