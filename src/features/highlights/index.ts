import * as vscode from 'vscode';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import { ClaimHoverProvider } from './claim-hover';
import { Highlighter, type QuotationSpanSource } from './highlighter';
import { SwatchIcons } from './swatch-icons';

export { SwatchIcons } from './swatch-icons';
export type { QuotationSpanSource } from './highlighter';

/** What the highlights feature exposes to tests (VS Code cannot read decorations back). */
export interface HighlightsApi {
  computed(uri: vscode.Uri): ReadonlyMap<string, readonly vscode.Range[]>;
  whenIdle(): Promise<void>;
  readonly hover: ClaimHoverProvider;
}

export function activateHighlights(
  context: vscode.ExtensionContext,
  services: { annotations: AnnotationService; codebook: CodebookService; quotations?: QuotationSpanSource },
): HighlightsApi {
  const highlighter = new Highlighter(services.annotations, services.codebook, new SwatchIcons(context.globalStorageUri), services.quotations);
  const hover = new ClaimHoverProvider(services.annotations, services.codebook);
  context.subscriptions.push(
    highlighter,
    vscode.languages.registerHoverProvider([{ language: 'markdown' }, { language: 'plaintext' }], hover),
  );
  return { computed: (uri) => highlighter.computed(uri), whenIdle: () => highlighter.whenIdle(), hover };
}
