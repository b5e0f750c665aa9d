// A document created, renamed or deleted through VS Code is reported twice: by the workspace's
// file events at once and by the file watcher a moment later. The corpus is read once per change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { removeFolder, workspaceUri } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { corpusSettled } from './support/corpus-settled';
import { until } from './support/until';

const folder = 'corpus-reloads-test';
const text = 'VELMORA, March 9 - "The ferry runs on Sunday," the harbour master said.\n';

async function apply(describe: string, change: (edit: vscode.WorkspaceEdit) => void): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  change(edit);
  assert.ok(await vscode.workspace.applyEdit(edit), `${describe} was refused`);
}

describe('Corpus: one read per change made in VS Code', function () {
  this.timeout(90_000);
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    await api.corpus.ensureLoaded();
  });

  after(async () => {
    removeFolder(folder);
    await corpusSettled(api);
  });

  const steps: [string, (edit: vscode.WorkspaceEdit) => void, string, boolean][] = [
    ['creating a document', (edit) => edit.createFile(workspaceUri(`${folder}/ferry.txt`), { contents: new TextEncoder().encode(text) }), `${folder}/ferry.txt`, true],
    ['renaming it', (edit) => edit.renameFile(workspaceUri(`${folder}/ferry.txt`), workspaceUri(`${folder}/ferry-sunday.txt`)), `${folder}/ferry-sunday.txt`, true],
    ['deleting it', (edit) => edit.deleteFile(workspaceUri(`${folder}/ferry-sunday.txt`)), `${folder}/ferry-sunday.txt`, false],
  ];
  for (const [name, change, key, present] of steps) {
    it(`${name} reads the corpus once, although the file watcher reports it too`, async () => {
      await corpusSettled(api);
      const reloads = api.corpus.reloads;
      const batches = api.corpus.diskChangeBatches;
      await apply(name, change);
      await until(() => api.corpus.diskChangeBatches > batches, 'the file watcher to report the change', 20_000);
      await api.corpus.ensureLoaded();
      assert.equal(api.corpus.uriOf(key) !== undefined, present, `${key} is ${present ? '' : 'no longer '}in the corpus`);
      assert.equal(api.corpus.reloads - reloads, 1, 'one read of the corpus');
    });
  }

  it('a document created outside VS Code still makes the corpus read again', async () => {
    await corpusSettled(api);
    const reloads = api.corpus.reloads;
    await vscode.workspace.fs.writeFile(workspaceUri(`${folder}/outside.txt`), new TextEncoder().encode(text));
    await until(() => api.corpus.uriOf(`${folder}/outside.txt`) !== undefined, 'the new document in the corpus', 20_000);
    assert.equal(api.corpus.reloads - reloads, 1);
  });
});

describe('Corpus: an open document is indexed as its session holds it', function () {
  this.timeout(90_000);
  const openFolder = 'corpus-reloads-open-test';
  const key = `${openFolder}/ferry.txt`;
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    await api.corpus.ensureLoaded();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    removeFolder(openFolder);
    await corpusSettled(api);
  });

  it('keeps the claims of an open, edited document where the editor has them when the corpus is read again', async () => {
    await vscode.workspace.fs.writeFile(workspaceUri(key), new TextEncoder().encode(text));
    // Read the corpus at once rather than wait for the file watcher (it may report late, or drop it).
    await api.corpus.reload();
    assert.ok(api.corpus.uriOf(key), 'the new document is in the corpus');
    const editor = await vscode.window.showTextDocument(workspaceUri(key));
    const quoteStart = text.indexOf('The ferry');
    await api.annotations.addClaim(editor.document, new vscode.Range(editor.document.positionAt(quoteStart), editor.document.positionAt(quoteStart + 'The ferry runs on Sunday'.length)));
    await corpusSettled(api);

    const typed = 'UPDATE: ';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), typed)));
    await api.annotations.whenIdle();
    await until(() => api.corpus.index.get(key)?.claims[0]?.start === quoteStart + typed.length, 'the index to follow the edit');

    // The sidecar and the file on disk still have the claim where it was before the edit (unsaved).
    await api.corpus.reload();
    const [claim] = api.corpus.index.get(key)?.claims ?? [];
    assert.equal(claim?.start, quoteStart + typed.length, 'the claim is where the open document has it, not where the disk has it');
    assert.ok(editor.document.isDirty, 'the edit is still unsaved');
  });
});
