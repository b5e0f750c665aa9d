import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { describeMerge, mergeConflictedCodebook, mergeConflictedSidecar, type MergeSummary, type Side } from '../../core/store/conflict-merge';
import { codebookPath, sidecarSuffix } from '../../core/store/paths';
import { hashBytes } from '../../core/text/hash';
import { vscodeFilePort } from '../../host/vscode-file-port';

export interface ResolveOptions {
  /** Which side a real conflict keeps; asked in the confirmation when not given. */
  readonly prefer?: Side;
  /** Skips the confirmation dialog (scripts and tests); the summary is still shown afterwards. */
  readonly confirmed?: boolean;
}

export interface ResolveResult {
  readonly file: string;
  readonly summary: MergeSummary;
  readonly lines: readonly string[];
}

const decoder = new TextDecoder('utf-8');

export function isCodebook(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${codebookPath}`);
}

export function isAnnotationFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(sidecarSuffix) || isCodebook(uri);
}

/**
 * Merges both sides of a conflicted sidecar or codebook and writes the result in one atomic
 * step, after the user has seen what will be kept. Returns undefined when nothing was written.
 */
export async function resolveConflict(uri: vscode.Uri, options: ResolveOptions = {}): Promise<ResolveResult | undefined> {
  const name = vscode.workspace.asRelativePath(uri);
  const bytes = await vscode.workspace.fs.readFile(uri);
  const merge = (prefer: Side) =>
    isCodebook(uri) ? mergeConflictedCodebook(decoder.decode(bytes), name, { prefer }) : mergeConflictedSidecar(decoder.decode(bytes), name, { prefer });
  let outcome = merge(options.prefer ?? 'ours');
  if (!outcome.ok) {
    void vscode.window.showErrorMessage(inertText(`Marginalia: ${outcome.message}`));
    return undefined;
  }
  const noun = isCodebook(uri) ? { one: 'theme', many: 'themes' } : { one: 'annotation', many: 'annotations' };
  if (!options.confirmed) {
    const prefer = await confirm(name, outcome.summary, describeMerge(outcome.summary, noun), options.prefer);
    if (!prefer) return undefined;
    outcome = merge(prefer);
    if (!outcome.ok) return undefined;
  }
  const merged = new TextEncoder().encode(outcome.text);
  const expected = hashBytes(bytes);
  const write = async () => {
    // Someone (git, an editor) may have changed the file while the dialog was open.
    const now = await vscodeFilePort.read(uri.toString());
    if (!now || hashBytes(now) !== expected) throw new Error(`${name} changed while the conflict was being resolved; nothing was written. Run the command again.`);
    await vscodeFilePort.writeAtomic(uri.toString(), merged);
  };
  await (vscodeFilePort.exclusive ? vscodeFilePort.exclusive(uri.toString(), write) : write());
  const lines = describeMerge(outcome.summary, noun);
  void vscode.window.showInformationMessage(inertText(`Marginalia: resolved the conflict in ${name}. ${lines.join(' ')}`));
  return { file: name, summary: outcome.summary, lines };
}

async function confirm(name: string, summary: MergeSummary, lines: readonly string[], prefer: Side | undefined): Promise<Side | undefined> {
  const detail = lines.join('\n');
  if (summary.conflicts.length === 0 || prefer) {
    const write = 'Write Merged File';
    const choice = await vscode.window.showInformationMessage(inertText(`Merge both sides of ${name}?`), { modal: true, detail }, write);
    return choice === write ? (prefer ?? 'ours') : undefined;
  }
  const ours = `Keep ${summary.oursLabel} in Conflicts`;
  const theirs = `Keep ${summary.theirsLabel} in Conflicts`;
  const choice = await vscode.window.showWarningMessage(
    inertText(`Merge both sides of ${name}? ${summary.conflicts.length} item(s) were changed differently on both sides at the same time.`),
    { modal: true, detail },
    ours,
    theirs,
  );
  return choice === ours ? 'ours' : choice === theirs ? 'theirs' : undefined;
}
