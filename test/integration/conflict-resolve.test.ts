import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import type { ResolveResult } from '../../src/features/conflicts/resolve-conflict';
import { activatedMarginalia } from './support/extension';
import { until } from './support/until';

const sample = 'water-advisory/halden-2026-03-10-velmora-mayor-calm.txt';
const folder = 'conflict-resolve';
const documentPath = `${folder}/velmora-mayor-calm.txt`;

function workspaceUri(relative: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'a workspace folder is open');
  return vscode.Uri.joinPath(root.uri, ...relative.split('/'));
}

function claimOn(text: string, id: string, exact: string, note: string, modified: string): Annotation {
  const at = text.indexOf(exact);
  assert.ok(at >= 0, `“${exact}” is in the sample`);
  const start = Array.from(text.slice(0, at)).length;
  return { id, target: refreshSelectors(text, { start, end: start + Array.from(exact).length }), themes: [], note, created: '2026-03-10T09:00:00.000Z', modified };
}

describe('Resolve Annotation Conflict', () => {
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    mkdirSync(workspaceUri(folder).fsPath, { recursive: true });
    copyFileSync(workspaceUri(sample).fsPath, workspaceUri(documentPath).fsPath);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(workspaceUri(folder).fsPath, { recursive: true, force: true });
  });

  it('merges both sides of a conflicted sidecar by id, offered as a quick fix, and the document reloads', async () => {
    const documentUri = workspaceUri(documentPath);
    const sidecarUri = workspaceUri(`${documentPath}.annotations.json`);
    const text = readFileSync(documentUri.fsPath, 'utf8');
    const shared = (note: string, modified: string) => claimOn(text, '01SHARED', 'Nobody needs to panic', note, modified);
    const ours = serializeSidecar({ version: 2, document: 'velmora-mayor-calm.txt', textHash: '', annotations: [shared('checked', '2026-03-12T08:00:00.000Z'), claimOn(text, '01OURS', 'Parents should use bottled water', '', '2026-03-11T08:00:00.000Z')] });
    const theirs = serializeSidecar({ version: 2, document: 'velmora-mayor-calm.txt', textHash: '', annotations: [shared('first look', '2026-03-11T08:00:00.000Z'), claimOn(text, '01THEIRS', 'struck a more cautious tone', '', '2026-03-11T09:00:00.000Z')] });
    const conflicted = `<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> fact-check\n`;
    writeFileSync(sidecarUri.fsPath, conflicted);

    const document = await vscode.workspace.openTextDocument(documentUri);
    await vscode.window.showTextDocument(document);
    await api.annotations.whenIdle();
    const session = await api.annotations.sessionFor(document);
    assert.ok(session, 'the copy is a corpus document');
    assert.equal(session.file.problem?.kind, 'conflict');
    await until(() => vscode.languages.getDiagnostics(sidecarUri).some((d) => d.code === 'conflict'), 'the conflict diagnostic');

    const diagnostic = vscode.languages.getDiagnostics(sidecarUri).find((d) => d.code === 'conflict')!;
    await vscode.workspace.openTextDocument(sidecarUri); // code actions are asked of an open model
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sidecarUri, diagnostic.range);
    const fix = actions.find((a) => a.command?.command === 'marginalia.resolveAnnotationConflict');
    assert.ok(fix, `a quick fix is offered (got ${actions.map((a) => a.title).join(', ')})`);
    assert.equal(fix.command!.arguments?.[0]?.toString(), sidecarUri.toString());

    const result = await vscode.commands.executeCommand<ResolveResult | undefined>('marginalia.resolveAnnotationConflict', sidecarUri, { confirmed: true });
    assert.ok(result, 'the conflict was resolved');
    assert.deepEqual(result.summary.fromOurs, ['01OURS']);
    assert.deepEqual(result.summary.fromTheirs, ['01THEIRS']);
    assert.deepEqual(result.summary.decisions, [{ id: '01SHARED', kept: 'ours', why: 'newer' }]);

    const written = JSON.parse(readFileSync(sidecarUri.fsPath, 'utf8')) as { annotations: Annotation[] };
    assert.deepEqual(written.annotations.map((a) => a.id).sort(), ['01OURS', '01SHARED', '01THEIRS']);
    assert.equal(written.annotations.find((a) => a.id === '01SHARED')!.note, 'checked');

    await until(() => session.file.problem === undefined && session.annotations.length === 3, 'the session to reload the merged sidecar');
    await api.annotations.whenIdle();
    assert.deepEqual(session.annotations.map((a) => a.state), ['anchored', 'anchored', 'anchored']);
    await until(() => !vscode.languages.getDiagnostics(sidecarUri).some((d) => d.code === 'conflict'), 'the diagnostic to clear');
  });
});
