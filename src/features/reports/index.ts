import { inertText } from '../../core/text/inert-text';
import * as vscode from 'vscode';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import { defaultReportPrompts, type ReportPrompts } from './claim-opener';
import { exportReport } from './report-export';
import { ReportPanel, reportViewType } from './report-panel';

export type { ReportPrompts } from './claim-opener';
export type { ReportPanel } from './report-panel';

/** What the reports feature exposes to tests: the open panel and the questions it asks. */
export interface ReportsApi {
  readonly panel: ReportPanel | undefined;
  prompts: ReportPrompts;
}

export function activateReports(context: vscode.ExtensionContext, services: { corpus: CorpusService; codebook: CodebookService }): ReportsApi {
  const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media');
  let panel: ReportPanel | undefined;
  const api: ReportsApi = {
    prompts: defaultReportPrompts,
    get panel() {
      return panel;
    },
  };

  const runExport = async (target?: unknown): Promise<vscode.Uri | undefined> => {
    try {
      const written = await exportReport(services, api.prompts, target instanceof vscode.Uri ? target : undefined);
      if (written) void vscode.window.showInformationMessage(inertText(`Marginalia: report exported to ${vscode.workspace.asRelativePath(written)}.`));
      return written;
    } catch (error) {
      void vscode.window.showErrorMessage(inertText(`Marginalia: could not export the report: ${error instanceof Error ? error.message : String(error)}`));
      return undefined;
    }
  };

  const open = async (restored?: vscode.WebviewPanel): Promise<ReportPanel> => {
    panel?.dispose();
    const opened = new ReportPanel(services, mediaRoot, () => api.prompts, () => runExport(), restored);
    panel = opened;
    opened.onDidClose(() => {
      if (panel === opened) panel = undefined;
    });
    await opened.redraw();
    return opened;
  };
  const show = async (): Promise<ReportPanel> => {
    if (!panel) return open();
    panel.panel.reveal();
    return panel;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.showReports', show),
    vscode.commands.registerCommand('marginalia.exportReport', runExport),
    // A report left open is drawn again from the corpus after a reload; it keeps no state of its own.
    vscode.window.registerWebviewPanelSerializer(reportViewType, { deserializeWebviewPanel: async (restored) => void (await open(restored)) }),
    { dispose: () => panel?.dispose() },
  );
  return api;
}
