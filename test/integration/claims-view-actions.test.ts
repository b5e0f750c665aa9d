import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import type { ClaimsNode } from '../../src/features/claims-view';
import { childrenOf, labelOf, nodeAt, reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';

const root = 'claims-actions-fixture';
const report = `${root}/northgate-2026-03-22-quay.md`;
const reportText = [
  '# Quay reopens after storm 🌊',
  '',
  'PORT CADDON, March 22 (Northgate Wire) - The harbour reopened on Sunday. 🐟🐟',
  '',
  '“The quay is safe again,” harbour master Ada Okafor said. “Boats may dock from noon.”',
  '',
].join('\n');
const quotes = ['“The quay is safe again,”', '“Boats may dock from noon.”'];
const lost = `${root}/lost-minutes.txt`;

interface StoredSidecar {
  document: string;
  annotations: { id: string; target: { selector: [{ exact: string }, { start: number; end: number }] } }[];
}

function readSidecar(relative: string): StoredSidecar {
  return JSON.parse(readFileSync(workspaceUri(`${relative}.annotations.json`).fsPath, 'utf8')) as StoredSidecar;
}

/** The claim rows of a document; its suggestion rows (from detection) are left out. */
async function claimNodes(api: MarginaliaApi, ...path: string[]): Promise<ClaimsNode[]> {
  return (await childrenOf(api, await nodeAt(api, ...path))).filter((node) => node.kind === 'claim');
}

describe('Claims view: actions on claims', function () {
  this.timeout(30_000);
  let api: MarginaliaApi;
  let defaultPrompts: MarginaliaApi['claimsView']['prompts'];

  before(async () => {
    api = await activatedMarginalia();
    defaultPrompts = api.claimsView.prompts;
    writeDocument(report, reportText, quotes.map((exact) => ({ exact, speaker: 'Ada Okafor' })));
    writeDocument(lost, 'The council met on Tuesday.\nNothing was decided about the quay.\n', [{ exact: 'Qwertyuiop asdfghjkl zxcvbnm', orphanAt: 3 }]);
    await reloadCorpus(api);
  });

  after(async () => {
    api.claimsView.prompts = defaultPrompts;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeFolder(root);
    await reloadCorpus(api);
  });

  it('selects the claim’s text in the editor when its row is clicked (code points past emoji)', async () => {
    const [, second] = await claimNodes(api, root, 'northgate-2026-03-22-quay.md');
    const item = await api.claimsView.provider.getTreeItem(second!);
    assert.ok(item.command, 'a claim row has a command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), workspaceUri(report).toString());
    assert.equal(editor.document.getText(editor.selection), quotes[1]);
  });

  it('copies the quote with speaker, title, path and date', async () => {
    const [first] = await claimNodes(api, root, 'northgate-2026-03-22-quay.md');
    const copied = await vscode.commands.executeCommand<string>('marginalia.claimsView.copyWithCitation', first);
    const expected = `“The quay is safe again,” — Ada Okafor, “Quay reopens after storm 🌊”, ${report}, 22 March 2026.`;
    assert.equal(copied, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
  });

  it('accepts a document URI and claim id from other commands', async () => {
    const id = readSidecar(report).annotations[0]!.id;
    const copied = await vscode.commands.executeCommand<string>('marginalia.claimsView.copyWithCitation', workspaceUri(report), id);
    assert.match(copied, /^“The quay is safe again,” — Ada Okafor/);
  });

  it('removes a claim only after confirmation, from the sidecar and the tree', async () => {
    const asked: string[] = [];
    let answer = false;
    api.claimsView.prompts = {
      confirmRemove: async (quote, sidecarName) => {
        asked.push(`${quote} | ${sidecarName}`);
        return answer;
      },
    };
    const [, second] = await claimNodes(api, root, 'northgate-2026-03-22-quay.md');
    assert.equal(await vscode.commands.executeCommand('marginalia.claimsView.remove', second), false);
    assert.equal(readSidecar(report).annotations.length, 2, 'declining keeps the claim');

    answer = true;
    assert.equal(await vscode.commands.executeCommand('marginalia.claimsView.remove', second), true);
    await api.annotations.whenIdle();
    assert.deepEqual(asked, [`${quotes[1]} | ${report}.annotations.json`, `${quotes[1]} | ${report}.annotations.json`]);
    assert.deepEqual(readSidecar(report).annotations.map((a) => a.target.selector[0].exact), [quotes[0]]);
    await until(async () => (await claimNodes(api, root, 'northgate-2026-03-22-quay.md')).length === 1, 'the tree to drop the claim');
    const document = await api.claimsView.provider.getTreeItem(await nodeAt(api, root, 'northgate-2026-03-22-quay.md'));
    assert.equal(document.description, '1 claim');
  });

  it('re-attaches a claim that lost its text to the selection', async () => {
    const [orphan] = await claimNodes(api, root, 'lost-minutes.txt');
    assert.equal((await api.claimsView.provider.getTreeItem(orphan!)).contextValue, 'claim-orphaned');
    const document = await vscode.workspace.openTextDocument(workspaceUri(lost));
    const editor = await vscode.window.showTextDocument(document);
    const text = 'Nothing was decided about the quay.';
    const start = document.getText().indexOf(text);
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + text.length));
    assert.equal(await vscode.commands.executeCommand('marginalia.claimsView.reattachToSelection', orphan), true);
    await api.annotations.whenIdle();
    const [stored] = readSidecar(lost).annotations;
    assert.equal(stored!.target.selector[0].exact, text);
    await until(async () => {
      const [row] = await claimNodes(api, root, 'lost-minutes.txt');
      const item = row && (await api.claimsView.provider.getTreeItem(row));
      return item !== undefined && item.contextValue === 'claim' && labelOf(item) === text;
    }, 'the row to show the re-attached claim');
  });
});
