import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import type { LeftoverSidecar } from '../../src/features/workspace-files';
import { removeFolder, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';

const root = 'workspace-files-fixture';
const text = 'BRIEF. “The vote is on Thursday,” the clerk said.\n';
const quote = '“The vote is on Thursday,”';

function sidecarOf(relative: string): { document: string; annotations: { target: { selector: [{ exact: string }] } }[] } {
  return JSON.parse(readFileSync(workspaceUri(relative).fsPath, 'utf8'));
}

function exists(relative: string): boolean {
  return existsSync(workspaceUri(relative).fsPath);
}

async function rename(from: string, to: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(workspaceUri(from), workspaceUri(to));
  assert.ok(await vscode.workspace.applyEdit(edit), `renaming ${from} was refused`);
}

async function remove(...paths: string[]): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  for (const path of paths) edit.deleteFile(workspaceUri(path), { recursive: true });
  assert.ok(await vscode.workspace.applyEdit(edit), `deleting ${paths.join(', ')} was refused`);
}

async function setSetting(key: string, value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('marginalia').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('Workspace files: sidecars follow their documents', function () {
  this.timeout(30_000);
  let api: MarginaliaApi;
  let defaultPrompts: MarginaliaApi['workspaceFiles']['prompts'];

  before(async () => {
    api = await activatedMarginalia();
    defaultPrompts = api.workspaceFiles.prompts;
  });

  afterEach(async () => {
    api.workspaceFiles.prompts = defaultPrompts;
    await setSetting('sidecars.onDocumentDeleted', undefined);
    await setSetting('sidecars.location', undefined);
  });

  after(() => removeFolder(root));

  it('moves the sidecar when a document is renamed, and updates its `document` field', async () => {
    writeDocument(`${root}/rename/brief.txt`, text, [{ exact: quote }]);
    await rename(`${root}/rename/brief.txt`, `${root}/rename/brief-final.txt`);
    await api.workspaceFiles.whenIdle();
    assert.ok(!exists(`${root}/rename/brief.txt.annotations.json`), 'the old sidecar is gone');
    const moved = sidecarOf(`${root}/rename/brief-final.txt.annotations.json`);
    assert.equal(moved.document, 'brief-final.txt');
    assert.equal(moved.annotations[0]!.target.selector[0].exact, quote);
  });

  it('moves the sidecar when a document moves to another folder', async () => {
    writeDocument(`${root}/move/a/brief.txt`, text, [{ exact: quote }]);
    mkdirSync(workspaceUri(`${root}/move/b`).fsPath, { recursive: true });
    await rename(`${root}/move/a/brief.txt`, `${root}/move/b/brief.txt`);
    await api.workspaceFiles.whenIdle();
    assert.ok(!exists(`${root}/move/a/brief.txt.annotations.json`));
    assert.equal(sidecarOf(`${root}/move/b/brief.txt.annotations.json`).document, 'brief.txt');
  });

  it('keeps sidecars with their documents when a whole folder is renamed', async () => {
    writeDocument(`${root}/folder-old/brief.txt`, text, [{ exact: quote }]);
    await rename(`${root}/folder-old`, `${root}/folder-new`);
    await api.workspaceFiles.whenIdle();
    assert.equal(sidecarOf(`${root}/folder-new/brief.txt.annotations.json`).document, 'brief.txt');
  });

  it('moves mirrored sidecars (sidecars.location = folder) with a renamed document and a renamed folder', async () => {
    await setSetting('sidecars.location', 'folder');
    const document = `${root}/mirror/docs/brief.txt`;
    const mirrored = (path: string) => `.marginalia/annotations/${path}.annotations.json`;
    writeDocument(document, text);
    const sidecar = workspaceUri(mirrored(document)).fsPath;
    mkdirSync(dirname(sidecar), { recursive: true });
    writeFileSync(sidecar, JSON.stringify({ version: 2, document: '../../../../../workspace-files-fixture/mirror/docs/brief.txt', textHash: '', annotations: [] }));

    await rename(document, `${root}/mirror/docs/brief-2.txt`);
    await api.workspaceFiles.whenIdle();
    assert.ok(!existsSync(sidecar));
    assert.equal(sidecarOf(mirrored(`${root}/mirror/docs/brief-2.txt`)).document, '../../../../../workspace-files-fixture/mirror/docs/brief-2.txt');

    await rename(`${root}/mirror/docs`, `${root}/mirror/papers`);
    await api.workspaceFiles.whenIdle();
    assert.equal(sidecarOf(mirrored(`${root}/mirror/papers/brief-2.txt`)).document, '../../../../../workspace-files-fixture/mirror/papers/brief-2.txt');
    removeFolder('.marginalia/annotations');
  });

  it('asks what to do with the sidecar of a deleted document, and keeps it when told to', async () => {
    writeDocument(`${root}/delete/ask.txt`, text, [{ exact: quote }]);
    const asked: LeftoverSidecar[][] = [];
    api.workspaceFiles.prompts = {
      askAboutSidecars: async (leftovers) => {
        asked.push([...leftovers]);
        return 'keep';
      },
    };
    await remove(`${root}/delete/ask.txt`);
    await api.workspaceFiles.whenIdle();
    assert.equal(asked.length, 1);
    assert.deepEqual(
      asked[0]!.map((l) => vscode.workspace.asRelativePath(l.sidecar)),
      [`${root}/delete/ask.txt.annotations.json`],
    );
    assert.ok(exists(`${root}/delete/ask.txt.annotations.json`), 'kept');
  });

  it('deletes the sidecar with its document when the setting says delete, and keeps it for keep', async () => {
    await setSetting('sidecars.onDocumentDeleted', 'delete');
    writeDocument(`${root}/delete/gone.txt`, text, [{ exact: quote }]);
    await remove(`${root}/delete/gone.txt`);
    await api.workspaceFiles.whenIdle();
    assert.ok(!exists(`${root}/delete/gone.txt.annotations.json`), 'deleted with its document');

    await setSetting('sidecars.onDocumentDeleted', 'keep');
    api.workspaceFiles.prompts = {
      askAboutSidecars: () => Promise.reject(new Error('must not ask when the setting says keep')),
    };
    writeDocument(`${root}/delete/kept.txt`, text, [{ exact: quote }]);
    await remove(`${root}/delete/kept.txt`);
    await api.workspaceFiles.whenIdle();
    assert.ok(exists(`${root}/delete/kept.txt.annotations.json`));
  });

  it('does not ask when the document and its sidecar are deleted together', async () => {
    writeDocument(`${root}/delete/both.txt`, text, [{ exact: quote }]);
    let asked = false;
    api.workspaceFiles.prompts = {
      askAboutSidecars: async () => {
        asked = true;
        return 'keep';
      },
    };
    await remove(`${root}/delete/both.txt`, `${root}/delete/both.txt.annotations.json`);
    await api.workspaceFiles.whenIdle();
    assert.equal(asked, false);
  });
});
