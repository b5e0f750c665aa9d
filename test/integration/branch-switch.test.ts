// A `git checkout` that rewrites hundreds of documents and sidecars at once, while documents are
// open and one holds moved anchors that were never saved: everything must reload from the new
// files, nothing Marginalia holds in memory may be written over them, and the views must show them.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { refreshSelectors } from '../../src/core/anchor';
import type { Annotation } from '../../src/core/model/annotation';
import { parseSidecar } from '../../src/core/store/sidecar-format';
import { serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import { childrenOf, itemsOf, labelOf, nodeAt, until, workspaceUri } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';

const root = 'branch-switch';
/** Documents on both branches; `main` has `removed` more, `rewrite` has `added` more. */
const shared = 280;
const removed = 10;
const added = 15;
const dirty = 'report-001.txt';
const clean = 'report-002.txt';
const deletedOpen = `report-${pad(shared + 1)}.txt`;

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

function idOf(n: number): string {
  return `01JBRANCHSW${pad(n).padStart(15, '0')}`;
}

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Marginalia Test', '-c', 'user.email=test@marginalia.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: workspaceUri(root).fsPath,
    encoding: 'utf8',
  });
}

/** One document and its sidecar as a branch has them: `rewrite` adds a lead paragraph (every anchor moves) and new notes. */
function writeVersion(n: number, branch: 'main' | 'rewrite'): void {
  const lead = branch === 'rewrite' ? `Correction (${n}): an earlier version misstated the date.\n\n` : '';
  const text = `${lead}Report ${n}. “The river gauge ${n} is steady,” said engineer Mara Holt.\nOfficials said on Tuesday that crossing ${n} will reopen soon.\n`;
  const exact = `“The river gauge ${n} is steady,”`;
  const at = text.indexOf(exact);
  const index = CodePointIndex.of(text);
  const annotation: Annotation = {
    id: idOf(n),
    target: refreshSelectors(text, index.toCodePointRange({ start: at, end: at + exact.length }), index),
    speaker: 'Mara Holt',
    themes: [],
    note: `${branch} note ${n}`,
    created: '2026-03-20T10:00:00.000Z',
    modified: branch === 'main' ? '2026-03-20T10:00:00.000Z' : '2026-03-21T10:00:00.000Z',
  };
  const name = `report-${pad(n)}.txt`;
  const path = workspaceUri(`${root}/${name}`).fsPath;
  writeFileSync(path, text);
  writeFileSync(`${path}.annotations.json`, serializeSidecar({ version: 2, document: name, textHash: hashText(text), annotations: [annotation] }));
}

function sidecarsOnDisk(): Map<string, readonly Annotation[]> {
  const folder = workspaceUri(root).fsPath;
  const found = new Map<string, readonly Annotation[]>();
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.annotations.json')) continue;
    const parsed = parseSidecar(readFileSync(`${folder}/${file}`, 'utf8'), file);
    assert.ok(parsed.ok, `${file} parses`);
    found.set(file.slice(0, -'.annotations.json'.length), parsed.value.annotations);
  }
  return found;
}

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(`${root}/${name}`));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

describe('Branch switch: a checkout rewrites hundreds of documents and sidecars', function () {
  this.timeout(120_000);
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    rmSync(workspaceUri(root).fsPath, { recursive: true, force: true });
    mkdirSync(workspaceUri(root).fsPath, { recursive: true });
    git('init', '--quiet', '--initial-branch=main');
    for (let n = 1; n <= shared + removed; n++) writeVersion(n, 'main');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'main');
    git('checkout', '--quiet', '-b', 'rewrite');
    for (let n = 1; n <= shared; n++) writeVersion(n, 'rewrite');
    for (let n = shared + 1; n <= shared + removed; n++) {
      rmSync(workspaceUri(`${root}/report-${pad(n)}.txt`).fsPath);
      rmSync(workspaceUri(`${root}/report-${pad(n)}.txt.annotations.json`).fsPath);
    }
    for (let n = shared + removed + 1; n <= shared + removed + added; n++) writeVersion(n, 'rewrite');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'rewrite');
    git('checkout', '--quiet', 'main');
    await api.corpus.reload();
    await api.claimsView.provider.whenRefreshed();
  });

  after(async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(workspaceUri(root), dirty));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    rmSync(workspaceUri(root).fsPath, { recursive: true, force: true });
    await api.corpus.reload();
  });

  it('reloads every document and sidecar, writes nothing over the new files, and the views show the new branch', async () => {
    const dirtyDocument = await open(dirty);
    const cleanDocument = await open(clean);
    const deletedDocument = await open(deletedOpen);
    await api.annotations.whenIdle();
    const before = await api.annotations.sessionFor(dirtyDocument);
    assert.equal(before?.annotations[0]?.annotation.note, 'main note 1');
    // Typing moves the anchor in memory; the move is written only on save, which never comes.
    const editor = await vscode.window.showTextDocument(dirtyDocument);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED — '));
    await api.annotations.whenIdle();
    assert.ok(dirtyDocument.isDirty);
    assert.equal(before?.annotations[0]?.start, dirtyDocument.getText().indexOf('“The river gauge 1'));

    git('checkout', '--quiet', 'rewrite');
    const expected = sidecarsOnDisk();
    assert.equal(expected.size, shared + added);

    // Open documents: the clean one takes the new text and sidecar, the dirty one keeps its buffer but takes the new sidecar.
    // (A checkout of hundreds of files reaches the file watcher over seconds on a loaded machine: the
    // same allowance as for the index below.)
    await until(async () => cleanDocument.getText().startsWith('Correction (2)'), 'the clean document to reload from disk', 30_000);
    await until(async () => (await api.annotations.sessionFor(cleanDocument))?.annotations[0]?.annotation.note === 'rewrite note 2', 'the clean document’s new sidecar', 30_000);
    await until(async () => (await api.annotations.sessionFor(dirtyDocument))?.annotations[0]?.annotation.note === 'rewrite note 1', 'the dirty document’s new sidecar', 30_000);
    await api.annotations.whenIdle();
    const cleanLive = (await api.annotations.sessionFor(cleanDocument))!.annotations[0]!;
    assert.equal(cleanLive.state, 'anchored');
    assert.equal(cleanDocument.getText().slice(cleanLive.start, cleanLive.end), '“The river gauge 2 is steady,”');
    const dirtyLive = (await api.annotations.sessionFor(dirtyDocument))!.annotations[0]!;
    assert.ok(dirtyDocument.isDirty, 'the unsaved edit is kept');
    assert.equal(dirtyDocument.getText().slice(dirtyLive.start, dirtyLive.end), '“The river gauge 1 is steady,”');
    assert.equal((await api.annotations.sessionFor(deletedDocument))?.annotations.length, 0, 'the deleted document’s sidecar is gone');

    // The Claims view and the index: every document of the new branch with its new claims, none of the old one.
    const expectedPaths = [...expected.keys()].map((name) => `${root}/${name}`).sort();
    await until(
      () => JSON.stringify([...api.corpus.index.children(root).documents].sort()) === JSON.stringify(expectedPaths),
      'the index to list exactly the new branch’s documents',
      30_000,
    );
    for (const [name, annotations] of expected) {
      await until(() => {
        const claims = api.corpus.index.get(`${root}/${name}`)?.claims ?? [];
        return claims.length === annotations.length && claims.every((c, i) => c.annotation.note === annotations[i]!.note && c.status === 'anchored');
      }, `${name} to show the new branch’s claims`);
    }
    await api.claimsView.provider.whenRefreshed();
    const labels = (await itemsOf(api, await childrenOf(api, await nodeAt(api, root)))).map(labelOf);
    assert.equal(labels.length, shared + added);
    assert.ok(labels.includes(`report-${pad(shared + removed + added)}.txt`), 'a document the checkout added is listed');
    assert.ok(!labels.includes(`report-${pad(shared + 1)}.txt`), 'a document the checkout removed is gone');

    // Nothing written: no sidecar changed, no temporary or lock file left, even after the quiet times have passed.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await api.annotations.whenIdle();
    assert.equal(git('status', '--porcelain', '--untracked-files=all'), '', 'the working tree is exactly the checked-out branch');
    for (const [name, annotations] of sidecarsOnDisk()) assert.deepEqual(annotations, expected.get(name), name);
  });
});
