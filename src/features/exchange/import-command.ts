import { inertText } from '../../core/text/inert-text';
import * as vscode from 'vscode';
import { describeCodebookMerge, planCodebookMerge } from '../../core/exchange/codebook-merge';
import { planProjectImport, type ProjectImportPlan, type UnmatchedCoding } from '../../core/exchange/project-import';
import { readQdc } from '../../core/exchange/refi-codebook';
import { readQdpx } from '../../core/exchange/refi-read';
import { XmlInputError } from '../../core/exchange/xml';
import { ZipInputError } from '../../core/exchange/zip';
import { createIdFactory } from '../../core/model/ids';
import { decodeDocumentText } from '../../core/text/decode';
import type { AnnotationService } from '../annotations';
import { exchangeInput, type ExchangeServices } from './corpus-input';

export interface ImportServices extends ExchangeServices {
  readonly annotations: AnnotationService;
  readonly output: () => vscode.OutputChannel;
}

/** Arguments for running the command without prompts (tests). `confirm: true` skips the confirmation. */
export interface ImportRequest {
  readonly source?: vscode.Uri;
  readonly confirm?: boolean;
}

export interface ImportResult {
  readonly applied: boolean;
  readonly themesAdded: number;
  readonly themesChanged: number;
  readonly claimsAdded: number;
  readonly alreadyPresent: number;
  readonly links: number;
  readonly unmatched: readonly UnmatchedCoding[];
}

/** Largest file the command reads. */
const maxImportBytes = 512 * 1024 * 1024;
const newId = createIdFactory();

/** "Marginalia: Import Codebook or Project…": previews what changes, asks, then writes through the services. */
export async function importCodebookOrProject(services: ImportServices, request: ImportRequest = {}): Promise<ImportResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showErrorMessage('Marginalia: this folder is open in Restricted Mode; trust it to import.');
    return undefined;
  }
  const source = request.source ?? (await pickFile());
  if (!source) return undefined;
  try {
    const size = (await vscode.workspace.fs.stat(source)).size;
    if (size > maxImportBytes) throw new XmlInputError(`the file is larger than ${maxImportBytes / 1024 / 1024} MB`);
    const bytes = await vscode.workspace.fs.readFile(source);
    return /\.qdc$/i.test(source.path) ? await importCodebook(services, bytes, request) : await importProject(services, bytes, request);
  } catch (error) {
    const known = error instanceof XmlInputError || error instanceof ZipInputError;
    void vscode.window.showErrorMessage(inertText(`Marginalia: cannot import ${basename(source)}: ${known ? error.message : String((error as Error).message ?? error)}`));
    return undefined;
  }
}

async function importCodebook(services: ImportServices, bytes: Uint8Array, request: ImportRequest): Promise<ImportResult | undefined> {
  const codes = readQdc(decodeDocumentText(bytes));
  await services.codebook.ready();
  const plan = planCodebookMerge(services.codebook.codebook, codes);
  const result = (applied: boolean): ImportResult => ({ applied, themesAdded: plan.added.length, themesChanged: plan.changed.length, claimsAdded: 0, alreadyPresent: 0, links: 0, unmatched: [] });
  if (plan.operations.length === 0) {
    void vscode.window.showInformationMessage(inertText(`Marginalia: the codebook already has all ${plan.unchanged.length} theme(s) of this file; nothing to change.`));
    return result(false);
  }
  const preview = describeCodebookMerge(plan, services.codebook.themes);
  if (!(await confirm(request, 'Import this codebook?', preview, 'Import Themes'))) return result(false);
  await services.codebook.apply(...plan.operations);
  return result(true);
}

async function importProject(services: ImportServices, bytes: Uint8Array, request: ImportRequest): Promise<ImportResult | undefined> {
  const project = readQdpx(bytes);
  const input = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Reading the corpus for the import' }, (progress) =>
    exchangeInput(services, '', progress),
  );
  if (!input) return undefined;
  const plan = planProjectImport(project, { codebook: input.codebook, documents: input.documents, newId, now: new Date().toISOString() });
  const claims = [...plan.claims.values()].reduce((n, list) => n + list.length, 0);
  const summary: ImportResult = {
    applied: false,
    themesAdded: plan.codebook.added.length,
    themesChanged: plan.codebook.changed.length,
    claimsAdded: claims,
    alreadyPresent: plan.alreadyPresent,
    links: plan.links,
    unmatched: plan.unmatched,
  };
  report(services.output(), plan, input.codebook.themes);
  if (plan.codebook.operations.length === 0 && claims === 0 && plan.linkUpdates.length === 0) {
    void showUnmatched(plan.unmatched, services.output(), `Marginalia: nothing new to import (${plan.alreadyPresent} coding(s) already present).`);
    return summary;
  }
  const detail =
    `Codebook: ${describeCodebookMerge(plan.codebook, input.codebook.themes)}\n` +
    `Claims: ${claims} new in ${plan.claims.size} document(s), ${plan.alreadyPresent} already present, ${plan.links} link(s).\n` +
    (plan.unmatched.length > 0 ? `${plan.unmatched.length} coding(s) match no document or no longer anchor and will not be imported (listed in the output).` : '');
  if (!(await confirm(request, 'Import the codings of this project?', detail, 'Import'))) return summary;

  if (plan.codebook.operations.length > 0) await services.codebook.apply(...plan.codebook.operations);
  for (const [path, annotations] of plan.claims) {
    const uri = services.corpus.uriOf(path);
    if (!uri) continue;
    await services.annotations.addAnnotations(await vscode.workspace.openTextDocument(uri), annotations);
  }
  for (const update of plan.linkUpdates) {
    const uri = services.corpus.uriOf(update.documentPath);
    if (uri) await services.annotations.updateClaim(await vscode.workspace.openTextDocument(uri), update.annotationId, { links: update.links });
  }
  void showUnmatched(plan.unmatched, services.output(), `Marginalia: imported ${claims} claim(s) and ${plan.links} link(s).`);
  return { ...summary, applied: true };
}

async function confirm(request: ImportRequest, message: string, detail: string, action: string): Promise<boolean> {
  if (request.confirm !== undefined) return request.confirm;
  return (await vscode.window.showInformationMessage(inertText(message), { modal: true, detail }, action)) === action;
}

function report(output: vscode.OutputChannel, plan: ProjectImportPlan, themes: Parameters<typeof describeCodebookMerge>[1]): void {
  output.appendLine(`Import plan (${new Date().toISOString()})`);
  output.appendLine(`Codebook: ${describeCodebookMerge(plan.codebook, themes)}`);
  for (const match of plan.matchedSources) output.appendLine(`Source "${match.source}" → ${match.document}${match.by === 'text' ? ' (same text)' : ''}`);
  for (const u of plan.unmatched) output.appendLine(`Not imported: ${u.source} ${u.start}–${u.end}${u.quote ? ` "${u.quote.replace(/\s+/g, ' ').slice(0, 80)}"` : ''}: ${u.reason}`);
  for (const warning of plan.warnings) output.appendLine(`Note: ${warning}`);
}

async function showUnmatched(unmatched: readonly UnmatchedCoding[], output: vscode.OutputChannel, message: string): Promise<void> {
  if (unmatched.length === 0) {
    void vscode.window.showInformationMessage(inertText(message));
    return;
  }
  const show = 'Show Details';
  const choice = await vscode.window.showWarningMessage(inertText(`${message} ${unmatched.length} coding(s) were not imported: no matching document or text.`), show);
  if (choice === show) output.show();
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import Codebook or Project',
    openLabel: 'Preview Import',
    canSelectMany: false,
    filters: { 'REFI-QDA Codebook or Project': ['qdc', 'qdpx'] },
  });
  return picked?.[0];
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
