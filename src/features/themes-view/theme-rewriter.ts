import * as vscode from 'vscode';
import { rewriteClaimThemes, type ThemeRewrite } from '../../core/codebook/theme-rewrite';
import { openSidecar } from '../../core/store/sidecar-store';
import { vscodeFilePort } from '../../host/vscode-file-port';
import type { AnnotationService } from '../annotations';
import { locationOf } from '../annotations/corpus-location';
import type { CorpusService } from '../corpus';

export interface RewriteOutcome {
  readonly claims: number;
  readonly documents: number;
  /** Documents left unchanged because their sidecar could not be read or written, with the reason. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * Rewrites the theme lists of the claims in the given documents. Open documents go through their
 * annotation session (so live anchors and pending edits stay consistent); closed ones through the
 * guarded sidecar store, which re-applies the change on top of whatever is on disk and never writes
 * a file with a problem. Each document's current sidecar decides what changes, not the index.
 */
export async function rewriteSidecars(
  annotations: AnnotationService,
  corpus: CorpusService,
  documentPaths: Iterable<string>,
  rewrite: ThemeRewrite,
): Promise<RewriteOutcome> {
  let claims = 0;
  let documents = 0;
  const skipped: { path: string; reason: string }[] = [];
  for (const path of documentPaths) {
    try {
      const changed = await rewriteDocument(annotations, corpus, path, rewrite);
      if (changed > 0) {
        claims += changed;
        documents++;
      }
    } catch (error) {
      skipped.push({ path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { claims, documents, skipped };
}

async function rewriteDocument(annotations: AnnotationService, corpus: CorpusService, path: string, rewrite: ThemeRewrite): Promise<number> {
  const uri = corpus.uriOf(path);
  if (!uri) throw new Error('the document is no longer in the corpus.');
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const session = await annotations.sessionFor(open);
    if (!session) throw new Error('the document is not part of the corpus.');
    if (session.file.problem) throw new Error(session.file.problem.message);
    let changed = 0;
    for (const { annotation } of [...session.annotations]) {
      const themes = rewriteClaimThemes(annotation.themes, rewrite);
      if (!themes) continue;
      await annotations.updateClaim(open, annotation.id, { themes });
      changed++;
    }
    return changed;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const location = folder && locationOf(folder, uri);
  if (!location) throw new Error('the document is outside the workspace folders.');
  const file = await openSidecar(vscodeFilePort, location.sidecarUri.toString(), { documentPath: location.documentPath });
  if (file.problem) throw new Error(file.problem.message);
  const modified = new Date().toISOString();
  let changed = 0;
  for (const annotation of file.value.annotations) {
    const themes = rewriteClaimThemes(annotation.themes, rewrite);
    if (!themes) continue;
    file.apply({ type: 'update', id: annotation.id, changes: { themes }, modified });
    changed++;
  }
  if (changed === 0) return 0;
  const outcome = await file.save();
  if (outcome.status === 'blocked') throw new Error(outcome.problem.message);
  return changed;
}
