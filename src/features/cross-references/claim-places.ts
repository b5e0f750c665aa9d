import * as vscode from 'vscode';
import { DocumentOffsets } from '../../host/document-offsets';
import type { AnnotationService } from '../annotations';
import { locationOf as corpusLocationOf } from '../annotations/corpus-location';
import type { CorpusService } from '../corpus';
import { claimsAt, resolveClaimTarget } from '../tagging/claim-target';
import type { KnownClaim } from './cross-reference-service';

/** A claim a command starts from: its open document and annotation id. */
export interface SourceClaim {
  readonly document: vscode.TextDocument;
  readonly id: string;
}

/** Where a known claim is now: its document and range. */
export async function locationOf(corpus: CorpusService, known: KnownClaim): Promise<vscode.Location | undefined> {
  const uri = corpus.uriOf(known.documentPath);
  if (!uri) return undefined;
  const document = await vscode.workspace.openTextDocument(uri);
  return new vscode.Location(uri, rangeOfClaim(document, known.claim.start, known.claim.end));
}

/** A claim's document path relative to its workspace folder, as links and dismissals store it. */
export function storedPathOf(corpus: CorpusService, target: KnownClaim): string {
  const uri = corpus.uriOf(target.documentPath);
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  return (folder && uri && corpusLocationOf(folder, uri)?.documentPath) ?? target.documentPath;
}

/** A claim's range from code points, clamped to the text (a stored position may lie past its end). */
export function rangeOfClaim(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  const { index } = DocumentOffsets.of(document);
  return new vscode.Range(document.positionAt(index.toUtf16Clamped(start)), document.positionAt(index.toUtf16Clamped(end)));
}

/** The innermost anchored claim at a position of a corpus document. */
export async function claimIdAt(annotations: AnnotationService, document: vscode.TextDocument, position: vscode.Position): Promise<string | undefined> {
  if (document.isClosed) return undefined;
  const session = await annotations.sessionFor(document);
  return session && claimsAt(session.annotations, document.offsetAt(position))[0]?.annotation.id;
}

/**
 * The claim a command acts on: a Claims view row, `(document URI, claim id)` from a hover or
 * another command, or the claim under the cursor. Throws a message for the user.
 */
export async function resolveSource(annotations: AnnotationService, corpus: CorpusService, args: readonly unknown[]): Promise<SourceClaim | undefined> {
  const [first] = args;
  if (isClaimRow(first)) {
    const uri = corpus.uriOf(first.documentPath);
    if (!uri) throw new Error(`${first.documentPath} is no longer in the corpus.`);
    return { document: await vscode.workspace.openTextDocument(uri), id: first.claim.annotation.id };
  }
  const target = await resolveClaimTarget(annotations, args.slice(0, 2));
  return target && { document: target.document, id: target.live.annotation.id };
}

/** Opens a claim's document in a column and selects the claim. */
export async function revealLocation(location: vscode.Location, viewColumn?: vscode.ViewColumn, preserveFocus = false): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus, preview: false });
  editor.selection = new vscode.Selection(location.range.start, location.range.end);
  editor.revealRange(location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

interface ClaimRow {
  readonly kind: 'claim';
  readonly documentPath: string;
  readonly claim: { readonly annotation: { readonly id: string } };
}

function isClaimRow(value: unknown): value is ClaimRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<ClaimRow>;
  return row.kind === 'claim' && typeof row.documentPath === 'string' && typeof row.claim?.annotation?.id === 'string';
}
