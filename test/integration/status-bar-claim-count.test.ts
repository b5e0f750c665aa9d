import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { childrenOf, itemsOf, labelOf, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';

const root = 'status-bar-fixture';
const text = 'Minutes. “We accept the offer,” the union said. “The strike is off.”\n';

async function show(api: MarginaliaApi, relative: string): Promise<void> {
  await vscode.window.showTextDocument(workspaceUri(relative));
  await api.annotations.whenIdle();
  await api.claimCount.whenUpdated();
}

describe('Status bar: claim count of the active document', function () {
  this.timeout(30_000);
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    writeDocument(`${root}/two.txt`, text, [{ exact: '“We accept the offer,”' }, { exact: '“The strike is off.”' }]);
    writeDocument(`${root}/one-lost.txt`, text, [{ exact: '“We accept the offer,”' }, { exact: 'Plover quagmire zenith', orphanAt: 1 }]);
    writeDocument(`${root}/none.md`, '# Nothing quoted here\n');
    writeDocument(`${root}/data.json`, '{ "not": "a corpus document" }\n');
  });

  after(async () => {
    await vscode.commands.executeCommand('marginalia.claimsView.unfollow');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeFolder(root);
  });

  it('counts the claims of a corpus document', async () => {
    await show(api, `${root}/two.txt`);
    assert.equal(api.claimCount.visible, true);
    assert.equal(api.claimCount.item.text, '$(quote) 2 claims');
    assert.equal(api.claimCount.item.command, 'marginalia.showActiveDocumentClaims');
  });

  it('says how many claims were not found in the text', async () => {
    await show(api, `${root}/one-lost.txt`);
    assert.equal(api.claimCount.item.text, '$(quote) 2 claims · 1 not found');
    assert.match(String(api.claimCount.item.tooltip), /1 not found in the text/);
  });

  it('shows zero for a corpus document without claims and hides for other files', async () => {
    await show(api, `${root}/none.md`);
    assert.equal(api.claimCount.visible, true);
    assert.equal(api.claimCount.item.text, '$(quote) 0 claims');
    await show(api, `${root}/data.json`);
    assert.equal(api.claimCount.visible, false);
  });

  it('follows a new claim added in the editor', async () => {
    await show(api, `${root}/none.md`);
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 2, 0, 9);
    await vscode.commands.executeCommand('marginalia.addClaim');
    await api.annotations.whenIdle();
    await until(() => api.claimCount.item.text === '$(quote) 1 claim', 'the count to reach 1');
  });

  it('opens the Claims view on the active document when clicked', async () => {
    await show(api, `${root}/two.txt`);
    await vscode.commands.executeCommand(api.claimCount.item.command as string);
    assert.equal(api.claimsView.view.description, 'two.txt');
    const labels = (await itemsOf(api, await childrenOf(api))).map(labelOf);
    assert.deepEqual(labels, ['“We accept the offer,”', '“The strike is off.”']);
  });
});
