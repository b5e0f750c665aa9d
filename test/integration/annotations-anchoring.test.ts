import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { activatedMarginalia } from './support/extension';
import { until } from './support/until';

const documentPath = 'water-advisory/meridian-2026-03-12-mayor-health-chief-at-odds.md';
const quote = 'I would rather be cautious for a week than sorry for a year.';

function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

async function openAndSelect(relative: string, text: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  const editor = await vscode.window.showTextDocument(document);
  const start = document.getText().indexOf(text);
  assert.ok(start >= 0, `“${text}” is in ${relative}`);
  editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + text.length));
  return editor;
}

async function claimTexts(api: MarginaliaApi, document: vscode.TextDocument): Promise<string[]> {
  await api.annotations.whenIdle();
  const session = await api.annotations.sessionFor(document);
  assert.ok(session, `${document.uri.path} has an annotation session`);
  return session.annotations.filter((a) => a.state === 'anchored').map((a) => document.getText().slice(a.start, a.end));
}

function readSidecar(relative: string): { document: string; annotations: { target: { selector: [{ exact: string }, { start: number; end: number }] } }[] } {
  return JSON.parse(readFileSync(workspaceUri(`${relative}.annotations.json`).fsPath, 'utf8'));
}

describe('Annotations stay on their text', () => {
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes a new claim to the sidecar beside the document, with quote, context and code-point position', async () => {
    const editor = await openAndSelect(documentPath, quote);
    await vscode.commands.executeCommand('marginalia.addClaim');
    const sidecar = readSidecar(documentPath);
    assert.equal(sidecar.document, 'meridian-2026-03-12-mayor-health-chief-at-odds.md', 'the document field is relative to the sidecar');
    assert.equal(sidecar.annotations.length, 1);
    const [quoteSelector, position] = sidecar.annotations[0]!.target.selector;
    assert.equal(quoteSelector.exact, quote);
    const text = editor.document.getText();
    assert.equal(Array.from(text).slice(position.start, position.end).join(''), quote);
    assert.deepEqual(await claimTexts(api, editor.document), [quote]);
  });

  it('keeps the claim on its quote while text is typed above it, and saves the new position', async () => {
    const editor = await openAndSelect(documentPath, quote);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED 14:05 — adds council session\n\n'));
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Corrects the date of the inquiry. 🗳️\n\n'));
    assert.deepEqual(await claimTexts(api, editor.document), [quote]);
    await editor.document.save();
    // The save event can reach the extension after save() resolves, so whenIdle() alone may come too early.
    const savedQuote = () => {
      const [, position] = readSidecar(documentPath).annotations[0]!.target.selector;
      return Array.from(editor.document.getText()).slice(position.start, position.end).join('');
    };
    await api.annotations.whenIdle();
    await until(() => savedQuote() === quote, 'the sidecar to record the position after the save');
    assert.equal(savedQuote(), quote);
  });

  it('finds the claim again when the document is rewritten on disk behind the editor’s back', async () => {
    const uri = workspaceUri(documentPath);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const before = readFileSync(uri.fsPath, 'utf8');
    // A re-download of the article: a new paragraph on top and the quote's paragraph re-wrapped.
    const rewritten = `Editor's note: this story was updated.\n\n${before.replace(' "I would rather', '\n"I would rather')}`;
    writeFileSync(uri.fsPath, rewritten);
    await until(() => document.getText() === rewritten, 'VS Code to load the new file content');
    assert.deepEqual(await claimTexts(api, document), [quote]);
  });

  it('still finds the claim after the document is closed and reopened', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openAndSelect(documentPath, quote);
    assert.deepEqual(await claimTexts(api, editor.document), [quote]);
  });

  it('reports an orphan instead of guessing, keeps it in the sidecar, and re-attaches it to a selection', async () => {
    const relative = 'rail-strike/northgate-2026-03-16-rail-walkout.md';
    const sidecarUri = workspaceUri(`${relative}.annotations.json`);
    const orphan = {
      version: 2,
      document: 'northgate-2026-03-16-rail-walkout.md',
      // No hash: positions are not trusted, so the quote is searched for (and not found).
      textHash: '',
      annotations: [
        {
          id: '01JB0000000000000000000000',
          target: {
            selector: [
              { type: 'TextQuoteSelector', exact: 'The harbour will reopen to all shipping on Monday morning', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 10, end: 67 },
            ],
          },
          themes: [],
          created: '2026-03-16T09:00:00.000Z',
          modified: '2026-03-16T09:00:00.000Z',
        },
      ],
    };
    writeFileSync(sidecarUri.fsPath, `${JSON.stringify(orphan, null, 2)}\n`);
    const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
    const editor = await vscode.window.showTextDocument(document);
    await api.annotations.whenIdle();
    const session = await api.annotations.sessionFor(document);
    assert.deepEqual(session?.annotations.map((a) => a.state), ['orphaned'], JSON.stringify(session?.annotations));
    await until(() => vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'orphaned-claim'), 'the orphan diagnostic');
    assert.match(readFileSync(sidecarUri.fsPath, 'utf8'), /The harbour will reopen/);

    const target = document.getText().split('\n').find((line) => line.length > 40) ?? '';
    const start = document.getText().indexOf(target);
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 20));
    await api.annotations.reattachClaim(document, '01JB0000000000000000000000', editor.selection);
    assert.deepEqual(await claimTexts(api, document), [target.slice(0, 20)]);
    assert.equal(session?.orphans.length, 0);
  });
});

describe('A sidecar Marginalia cannot read is reported and never written', () => {
  const relative = 'harbour-dispute/northgate-2026-03-07-crew-released.md';
  let sidecarPath: string;
  const conflicted = [
    '{',
    '  "version": 2,',
    '<<<<<<< HEAD',
    '  "document": "northgate-2026-03-07-crew-released.md",',
    '=======',
    '  "document": "crew-released.md",',
    '>>>>>>> colleague',
    '  "textHash": "sha256:0",',
    '  "annotations": []',
    '}',
    '',
  ].join('\n');

  before(() => {
    sidecarPath = workspaceUri(`${relative}.annotations.json`).fsPath;
    writeFileSync(sidecarPath, conflicted);
  });

  after(() => {
    if (existsSync(sidecarPath)) unlinkSync(sidecarPath);
  });

  it('opens the document, names the sidecar and the problem in the Problems panel, and leaves the file byte-identical', async () => {
    const api = await activatedMarginalia();
    const editor = await openAndSelect(relative, 'crew');
    await api.annotations.whenIdle();
    const sidecarUri = vscode.Uri.file(sidecarPath);
    await until(() => vscode.languages.getDiagnostics(sidecarUri).length > 0, 'a diagnostic on the sidecar');
    const [diagnostic] = vscode.languages.getDiagnostics(sidecarUri);
    assert.equal(diagnostic?.code, 'conflict');
    assert.match(diagnostic?.message ?? '', /crew-released\.md\.annotations\.json/);
    assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);

    await vscode.commands.executeCommand('marginalia.addClaim');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'));
    await editor.document.save();
    await api.annotations.whenIdle();
    assert.equal(readFileSync(sidecarPath, 'utf8'), conflicted);
  });
});
