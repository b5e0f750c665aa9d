// Documents and sidecars the Claims view, status bar and workspace-files tests create in the
// shared temporary workspace, under folders of their own that they remove afterwards.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { refreshSelectors } from '../../src/core/anchor';
import type { Annotation } from '../../src/core/model/annotation';
import { createIdFactory } from '../../src/core/model/ids';
import { serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import type { ClaimsNode } from '../../src/features/claims-view';
import type { MarginaliaApi } from '../../src/extension';

const newId = createIdFactory();

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export interface FixtureClaim {
  /** The quoted text; it must occur in the document unless `orphan` is set. */
  readonly exact: string;
  readonly speaker?: string;
  readonly themes?: readonly string[];
  readonly note?: string;
  /** Stored at this code-point position with text that is not in the document. */
  readonly orphanAt?: number;
}

/** Writes a document and, when claims are given, its sidecar (beside it), through the file system. */
export function writeDocument(relative: string, text: string, claims: readonly FixtureClaim[] = []): Annotation[] {
  const path = workspaceUri(relative).fsPath;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (claims.length === 0) return [];
  const index = CodePointIndex.of(text);
  const annotations = claims.map((claim): Annotation => {
    let target;
    if (claim.orphanAt !== undefined) {
      const start = claim.orphanAt;
      target = { selector: [
        { type: 'TextQuoteSelector', exact: claim.exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + Array.from(claim.exact).length },
      ] } as Annotation['target'];
    } else {
      const at = text.indexOf(claim.exact);
      assert.ok(at >= 0, `“${claim.exact}” is in ${relative}`);
      target = refreshSelectors(text, index.toCodePointRange({ start: at, end: at + claim.exact.length }), index);
    }
    return {
      id: newId(),
      target,
      ...(claim.speaker ? { speaker: claim.speaker } : {}),
      themes: [...(claim.themes ?? [])],
      ...(claim.note ? { note: claim.note } : {}),
      created: '2026-03-20T10:00:00.000Z',
      modified: '2026-03-20T10:00:00.000Z',
    };
  });
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  // An orphan is only detected when the text hash differs from the one its positions were stored for.
  const textHash = claims.some((c) => c.orphanAt !== undefined) ? '' : hashText(text);
  writeFileSync(`${path}.annotations.json`, serializeSidecar({ version: 2, document: name, textHash, annotations }));
  return annotations;
}

export function removeFolder(relative: string): void {
  rmSync(workspaceUri(relative).fsPath, { recursive: true, force: true });
}

/** Reads the corpus again (fixtures written through the file system are new to it) and waits for the view. */
export async function reloadCorpus(api: MarginaliaApi): Promise<void> {
  await api.corpus.reload();
  await api.claimsView.provider.whenRefreshed();
}

export async function childrenOf(api: MarginaliaApi, node?: ClaimsNode): Promise<ClaimsNode[]> {
  return api.claimsView.provider.getChildren(node);
}

/** Walks down the tree by labels (folder and document names). */
export async function nodeAt(api: MarginaliaApi, ...labels: string[]): Promise<ClaimsNode> {
  let nodes = await childrenOf(api);
  let found: ClaimsNode | undefined;
  for (const label of labels) {
    const items = await Promise.all(nodes.map(async (node) => ({ node, item: await api.claimsView.provider.getTreeItem(node) })));
    found = items.find(({ item }) => labelOf(item) === label)?.node;
    assert.ok(found, `no “${label}” among ${items.map(({ item }) => labelOf(item)).join(', ')}`);
    nodes = await childrenOf(api, found);
  }
  assert.ok(found);
  return found;
}

export async function itemsOf(api: MarginaliaApi, nodes: readonly ClaimsNode[]): Promise<vscode.TreeItem[]> {
  return Promise.all(nodes.map((node) => api.claimsView.provider.getTreeItem(node)));
}

export function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export { until } from './support/until';
