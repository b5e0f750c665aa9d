import { inertText } from '../../core/text/inert-text';
import * as vscode from 'vscode';
import { ExportError } from '../../core/exchange/refi-codebook';
import { type ExportSummary } from '../../core/exchange/refi-project';
import type { ExchangeInput } from '../../core/exchange/types';
import { writeExport, type ExportFormat } from '../../core/exchange/export-format';
import { corpusFolders, exchangeInput, type ExchangeServices } from './corpus-input';

export type { ExportFormat };

/** Arguments for running the command without prompts (tests, other extensions). */
export interface ExportRequest {
  readonly format?: ExportFormat;
  /** Corpus folder key, '' for the whole corpus. */
  readonly folder?: string;
  readonly target?: vscode.Uri;
}

export interface ExportResult {
  readonly target: vscode.Uri;
  readonly format: ExportFormat;
  readonly summary?: ExportSummary;
}

const formats: readonly { format: ExportFormat; label: string; detail: string; extension: string; filter: string }[] = [
  { format: 'qdpx', label: 'REFI-QDA Project (.qdpx)', detail: 'ATLAS.ti, MAXQDA, NVivo, QualCoder: documents, themes as codes, claims as coded selections, notes, links, speakers', extension: 'qdpx', filter: 'REFI-QDA Project' },
  { format: 'qdc', label: 'REFI-QDA Codebook (.qdc)', detail: 'The themes only, as codes with hierarchy, colours and descriptions', extension: 'qdc', filter: 'REFI-QDA Codebook' },
  { format: 'w3c', label: 'W3C Web Annotation (.jsonld)', detail: 'One AnnotationCollection: quote and position selectors, themes as tags, notes, links', extension: 'jsonld', filter: 'JSON-LD' },
  { format: 'csv', label: 'CSV Table (.csv)', detail: 'One row per claim for spreadsheets, R and pandas', extension: 'csv', filter: 'CSV' },
];

/** "Marginalia: Export Annotations…": format, scope, file; then writes the export with workspace.fs. */
export async function exportAnnotations(services: ExchangeServices, request: ExportRequest = {}): Promise<ExportResult | undefined> {
  const format = request.format ?? (await pickFormat());
  if (!format) return undefined;
  const folder = request.folder ?? (format === 'qdc' ? '' : await pickFolder(services));
  if (folder === undefined) return undefined;
  const spec = formats.find((f) => f.format === format)!;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const baseName = `${folder ? folder.split('/').pop() : 'marginalia'}-annotations.${spec.extension}`;
  const target =
    request.target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Annotations',
      saveLabel: 'Export',
      filters: { [spec.filter]: [spec.extension] },
      ...(root ? { defaultUri: vscode.Uri.joinPath(root, baseName) } : {}),
    }));
  if (!target) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Exporting annotations as ${spec.label}`, cancellable: true },
    async (progress, token) => {
      const input = await exchangeInput(services, folder, progress, token);
      if (!input) return undefined;
      let built: { bytes: Uint8Array; summary?: ExportSummary };
      try {
        built = writeExport(format, input, { origin: 'Marginalia for VS Code', projectName: vscode.workspace.name ?? 'Marginalia export' });
      } catch (error) {
        if (error instanceof ExportError) {
          void vscode.window.showErrorMessage(inertText(`Marginalia: nothing exported: ${error.message}.`));
          return undefined;
        }
        throw error;
      }
      await vscode.workspace.fs.writeFile(target, built.bytes);
      const message = `Marginalia: ${describe(built.summary, input)} → ${vscode.workspace.asRelativePath(target)}.`;
      if (input.unreadable.length === 0) void vscode.window.showInformationMessage(inertText(message));
      else void vscode.window.showWarningMessage(inertText(`${message} Left out: the annotations of ${input.unreadable.join(', ')}, whose sidecar has a problem (see the Problems panel).`));
      return { target, format, ...(built.summary ? { summary: built.summary } : {}) };
    },
  );
}

function describe(summary: ExportSummary | undefined, input: ExchangeInput): string {
  if (!summary) return `exported ${input.codebook.themes.length} theme(s)`;
  const left = summary.orphansSkipped > 0 ? ` (${summary.orphansSkipped} orphaned claim(s) left out)` : '';
  return `exported ${summary.claims} claim(s) from ${summary.documents} document(s), ${summary.links} link(s)${left}`;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    formats.map((f) => ({ label: f.label, detail: f.detail, format: f.format })),
    { title: 'Export Annotations', placeHolder: 'Choose a format' },
  );
  return picked?.format;
}

async function pickFolder(services: ExchangeServices): Promise<string | undefined> {
  await services.corpus.ensureLoaded();
  const folders = corpusFolders(services.corpus);
  if (folders.length === 0) return '';
  const picked = await vscode.window.showQuickPick(
    [{ label: 'Whole corpus', folder: '' }, ...folders.map((f) => ({ label: `$(folder) ${f}`, folder: f }))],
    { title: 'Export Annotations', placeHolder: 'Export the whole corpus or one folder' },
  );
  return picked?.folder;
}
