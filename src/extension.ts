import type * as vscode from 'vscode';
import { activateAnnotations, type AnnotationService } from './features/annotations';
import { activateClaimCommands } from './features/claim-commands';
import { activateClaimsView, type ClaimsViewApi } from './features/claims-view';
import { activateCodebook, type CodebookService } from './features/codebook';
import { activateConflicts } from './features/conflicts';
import { activateCorpus, type CorpusService } from './features/corpus';
import { activateCrossReferences, type CrossReferencesApi } from './features/cross-references';
import { activateDocumentation } from './features/documentation';
import { activateExchange } from './features/exchange';
import { activateHighlights, type HighlightsApi } from './features/highlights';
import { activateReports, type ReportsApi } from './features/reports';
import { activateTagging, type TaggingService } from './features/tagging';
import { activateThemesView, type ThemesApi } from './features/themes-view';
import { activateStatusBar, type ClaimCountApi } from './features/status-bar';
import { activateSuggestions, type SuggestionsApi } from './features/suggestions';
import { activateWorkspaceFiles, type WorkspaceFilesApi } from './features/workspace-files';
import { DetectorThread } from './host/detector-thread';

/** What the extension hands to other extensions and to its integration tests. */
export interface MarginaliaApi {
  readonly version: string;
  readonly annotations: AnnotationService;
  readonly codebook: CodebookService;
  readonly corpus: CorpusService;
  readonly claimsView: ClaimsViewApi;
  readonly claimCount: ClaimCountApi;
  readonly workspaceFiles: WorkspaceFilesApi;
  readonly themes: ThemesApi;
  readonly tagging: TaggingService;
  readonly highlights: HighlightsApi;
  readonly suggestions: SuggestionsApi;
  readonly crossReferences: CrossReferencesApi;
  readonly reports: ReportsApi;
}

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const annotations = activateAnnotations(context);
  const codebook = activateCodebook(context);
  const corpus = activateCorpus(context, annotations);
  activateClaimCommands(context, annotations);
  const claimsView = activateClaimsView(context, { annotations, codebook, corpus });
  const claimCount = activateStatusBar(context, annotations);
  const workspaceFiles = activateWorkspaceFiles(context);
  activateDocumentation(context);
  activateConflicts(context);
  const themes = activateThemesView(context, { annotations, codebook, corpus });
  const detector = new DetectorThread(context.asAbsolutePath('dist/detection-worker.js'));
  context.subscriptions.push(detector);
  const suggestions = activateSuggestions(context, { annotations, corpus, claimsView, detector });
  const tagging = activateTagging(context, { annotations, codebook, corpus, detection: suggestions.detection });
  const highlights = activateHighlights(context, { annotations, codebook, quotations: suggestions.detection });
  const crossReferences = activateCrossReferences(context, { annotations, corpus, claimsView, hover: highlights.hover });
  activateExchange(context, { annotations, codebook, corpus });
  const reports = activateReports(context, { corpus, codebook });
  const version = String(context.extension.packageJSON.version);
  return { version, annotations, codebook, corpus, claimsView, claimCount, workspaceFiles, themes, tagging, highlights, suggestions, crossReferences, reports };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
