import * as vscode from 'vscode';
import { renderStandaloneReport } from '../../core/reports';
import type { ReportPrompts } from './claim-opener';
import { currentReport, workspaceTitle, type ReportServices } from './report-source';

/**
 * Writes the report as one self-contained HTML file, through VS Code's file system (so it works
 * in remote and virtual workspaces). Returns where it was written, or undefined when cancelled.
 */
export async function exportReport(services: ReportServices, prompts: ReportPrompts, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const destination = target ?? (await prompts.saveLocation(folder && vscode.Uri.joinPath(folder.uri, 'marginalia-report.html')));
  if (!destination) return undefined;
  const report = await currentReport(services);
  const subtitle = workspaceTitle();
  const html = renderStandaloneReport(report, { generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), ...(subtitle ? { subtitle } : {}) });
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
  return destination;
}
