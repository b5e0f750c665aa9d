// Runs only in the harness's multi-root pass (MARGINALIA_TEST_SUITE=multi-root): a `.code-workspace`
// with two folders, `sample-corpus` (a copy of sample-corpus/) and `wire-desk` (test/host/fixtures/wire-desk).
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/model/annotation';
import type { MarginaliaApi } from '../../../src/extension';
import { childrenOf, itemsOf, labelOf, nodeAt, until } from '../claims-view-fixtures';
import { activatedMarginalia } from '../support/extension';
import { removeThemes, ScriptedTagging, select } from '../tagging-fixtures';

const first = 'sample-corpus';
const second = 'wire-desk';
const bridge = 'transport/kestrel-2026-03-23-bridge-closure.md';
const bridgeQuote = '“Nobody crosses until the divers have seen every pier,”';
const ferry = 'kestrel-2026-03-22-ferry-fares.txt';
const ferryQuote = '“We held the fares for three winters, and we cannot hold them for a fourth,”';
const newThemeLabel = 'Multi-root infrastructure';
const secondFolderThemeId = 'wire-desk-only-theme';

function folder(name: string): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `the workspace has a folder named ${name}`);
  return found;
}

function uriIn(folderName: string, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(folderName).uri, ...relative.split('/'));
}

interface SidecarFile {
  readonly document: string;
  readonly annotations: Annotation[];
}

function sidecarIn(folderName: string, documentPath: string): SidecarFile {
  return JSON.parse(readFileSync(`${uriIn(folderName, documentPath).fsPath}.annotations.json`, 'utf8')) as SidecarFile;
}

function sidecarsUnder(path: string): string[] {
  return readdirSync(path, { recursive: true })
    .filter((file): file is string => typeof file === 'string' && file.endsWith('.annotations.json'))
    .sort();
}

async function openIn(folderName: string, relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriIn(folderName, relative)));
}

describe('Multi-root workspace: two corpus folders', function () {
  this.timeout(30_000);
  let api: MarginaliaApi;
  const script = new ScriptedTagging();
  const createdThemes: string[] = [];

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.ready();
    await api.corpus.ensureLoaded();
    script.install(api);
  });

  after(async () => {
    script.restore(api);
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    await removeThemes(api, createdThemes);
  });

  it('is the harness’s two-folder workspace file', () => {
    assert.ok(process.env.MARGINALIA_TEST_WORKSPACE, 'MARGINALIA_TEST_WORKSPACE did not reach the extension host');
    assert.equal(vscode.workspace.workspaceFile?.fsPath, process.env.MARGINALIA_TEST_WORKSPACE);
    assert.deepEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      [first, second],
    );
  });

  it('keys every document by its folder’s name, and maps keys back to the right folder', () => {
    const { folders } = api.corpus.index.children('');
    assert.deepEqual(folders, [first, second]);
    const lighthouse = 'transport/coastal/kestrel-2026-03-24-lighthouse-keepers.txt';
    assert.equal(api.corpus.keyOf(uriIn(second, lighthouse)), `${second}/${lighthouse}`);
    assert.equal(api.corpus.uriOf(`${second}/${lighthouse}`)?.toString(), uriIn(second, lighthouse).toString());
    assert.deepEqual(api.corpus.index.children(`${second}/transport`), {
      folders: [`${second}/transport/coastal`],
      documents: [`${second}/${bridge}`],
    });
    const harbour = 'harbour-dispute/meridian-2026-03-03-grey-heron.txt';
    assert.equal(api.corpus.keyOf(uriIn(first, harbour)), `${first}/${harbour}`);
    assert.ok(api.corpus.index.get(`${first}/${harbour}`), 'the first folder’s documents are indexed under its name');
  });

  it('shows the two workspace folders as the Claims view’s roots, each with its own subfolders and documents', async () => {
    await vscode.commands.executeCommand('marginalia.claimsView.showAllDocuments');
    await api.claimsView.provider.whenRefreshed();
    const roots = await itemsOf(api, await childrenOf(api));
    assert.deepEqual(roots.map(labelOf), [first, second]);
    assert.deepEqual(
      roots.map((item) => (item.iconPath as vscode.ThemeIcon).id),
      ['root-folder', 'root-folder'],
    );
    const labelsUnder = async (...path: string[]) => (await itemsOf(api, await childrenOf(api, await nodeAt(api, ...path)))).map(labelOf);
    assert.deepEqual(await labelsUnder(second), ['transport', ferry]);
    assert.deepEqual(await labelsUnder(second, 'transport'), ['coastal', 'kestrel-2026-03-23-bridge-closure.md']);
    assert.deepEqual(await labelsUnder(second, 'transport', 'coastal'), ['kestrel-2026-03-24-lighthouse-keepers.txt']);
    assert.deepEqual(await labelsUnder(first), ['harbour-dispute', 'interviews', 'rail-strike', 'water-advisory', 'northgate-briefs-2026-03-20.txt']);
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
  });

  it('tags a statement in the second folder: sidecar beside it there, new theme in the first folder’s codebook, tree and status bar count it', async () => {
    const editor = await openIn(second, bridge);
    select(editor, bridgeQuote);
    script.themeAnswers.push({ themeIds: [], newLabels: [newThemeLabel] });
    await vscode.commands.executeCommand('marginalia.tagStatement');
    await api.annotations.whenIdle();

    const theme = api.codebook.themes.find((t) => t.label === newThemeLabel);
    assert.ok(theme, 'the new theme is in the codebook');
    createdThemes.push(theme.id);
    const sidecar = sidecarIn(second, bridge);
    assert.equal(sidecar.document, 'kestrel-2026-03-23-bridge-closure.md');
    assert.deepEqual(
      sidecar.annotations.map((a) => ({ exact: a.target.selector[0].exact, themes: a.themes })),
      [{ exact: bridgeQuote, themes: [theme.id] }],
    );
    assert.deepEqual(sidecarsUnder(folder(first).uri.fsPath), [], 'nothing is written into the first folder');

    // The codebook is the first folder's (as documented), wherever the claim was tagged.
    assert.equal(api.codebook.uri?.toString(), uriIn(first, '.marginalia/codebook.json').toString());
    const codebook = JSON.parse(readFileSync(uriIn(first, '.marginalia/codebook.json').fsPath, 'utf8')) as { themes: { label: string }[] };
    assert.ok(codebook.themes.some((t) => t.label === newThemeLabel));
    assert.ok(!existsSync(uriIn(second, '.marginalia').fsPath), 'the second folder gets no codebook');

    await api.claimCount.whenUpdated();
    assert.ok(api.claimCount.visible);
    assert.equal(api.claimCount.item.text, '$(quote) 1 claim');

    const key = `${second}/${bridge}`;
    await until(() => api.corpus.index.get(key)?.claims.length === 1, `the index to hold the claim under ${key}`);
    await api.claimsView.provider.whenRefreshed();
    // Folders without claims may still show when detection suggests claims in them (issue 9).
    const roots = new Map((await itemsOf(api, await childrenOf(api))).map((item) => [labelOf(item), item.description]));
    assert.equal(roots.get(second), '1 claim', 'the claim is counted under the second folder');
    assert.ok(!roots.get(first), 'and not under the first');
    const rows = await childrenOf(api, await nodeAt(api, second, 'transport', 'kestrel-2026-03-23-bridge-closure.md'));
    const claims = rows.flatMap((row) => (row.kind === 'claim' ? [row] : []));
    assert.deepEqual(
      claims.map((row) => [row.documentPath, row.claim.annotation.target.selector[0].exact]),
      [[key, bridgeQuote]],
      'the claim row, keyed by folder name, among the document’s suggested claims',
    );
  });

  it('adds a claim in the second folder’s top level with Add Claim, counted per document', async () => {
    const editor = await openIn(second, ferry);
    select(editor, ferryQuote);
    await vscode.commands.executeCommand('marginalia.addClaim');
    await api.annotations.whenIdle();
    assert.deepEqual(
      sidecarIn(second, ferry).annotations.map((a) => a.target.selector[0].exact),
      [ferryQuote],
    );
    await api.claimCount.whenUpdated();
    assert.equal(api.claimCount.item.text, '$(quote) 1 claim');
    await until(() => api.corpus.index.get(`${second}/${ferry}`)?.claims.length === 1, 'the index to hold the Add Claim claim');
    await api.claimsView.provider.whenRefreshed();
    const root = await api.claimsView.provider.getTreeItem(await nodeAt(api, second));
    assert.equal(root.description, '2 claims');
  });

  it('ignores a codebook in the second folder: only the first folder’s is read', async () => {
    const secondCodebook = uriIn(second, '.marginalia/codebook.json').fsPath;
    mkdirSync(dirname(secondCodebook), { recursive: true });
    writeFileSync(
      secondCodebook,
      JSON.stringify({ version: 1, themes: [{ id: secondFolderThemeId, label: 'Wire desk only', color: '#8e24aa' }] }),
    );
    // A theme added through the service after that: the themes it then holds, and the file it
    // writes, are the first folder's alone (no waiting on file watchers, which are slow under load).
    await api.codebook.apply({ type: 'add-theme', theme: { id: 'multi-root-after-second-codebook', label: 'After', color: '#00897b' } });
    createdThemes.push('multi-root-after-second-codebook');
    assert.ok(api.codebook.theme('multi-root-after-second-codebook'));
    const written = JSON.parse(readFileSync(uriIn(first, '.marginalia/codebook.json').fsPath, 'utf8')) as { themes: { id: string }[] };
    assert.deepEqual(
      written.themes.map((t) => t.id).sort(),
      api.codebook.themes.map((t) => t.id).sort(),
      'the service holds exactly the first folder’s themes',
    );
    assert.equal(api.codebook.theme(secondFolderThemeId), undefined);
  });

  it('moves the sidecar when a document in the second folder is renamed into its nested subfolder', async () => {
    const renamed = 'transport/coastal/bridge-closure-final.md';
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uriIn(second, bridge), uriIn(second, renamed));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was refused');
    await api.workspaceFiles.whenIdle();

    assert.ok(!existsSync(`${uriIn(second, bridge).fsPath}.annotations.json`), 'the old sidecar is gone');
    const moved = sidecarIn(second, renamed);
    assert.equal(moved.document, 'bridge-closure-final.md');
    assert.deepEqual(moved.annotations.map((a) => a.target.selector[0].exact), [bridgeQuote]);
    assert.deepEqual(sidecarsUnder(folder(first).uri.fsPath), []);
    const claimCounts = () => [`${second}/${renamed}`, `${second}/${bridge}`].map((key) => api.corpus.index.get(key)?.claims.length);
    await until(() => claimCounts()[0] === 1 && claimCounts()[1] === undefined, 'the index to follow the rename').catch(() => undefined);
    assert.deepEqual(claimCounts(), [1, undefined], 'claims under the new key; the old key is gone');
  });

  it('moves the sidecar into the other folder when a document moves across workspace folders', async () => {
    const target = 'wire/kestrel-ferry-fares.txt';
    mkdirSync(join(folder(first).uri.fsPath, 'wire'), { recursive: true });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uriIn(second, ferry), uriIn(first, target));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the move was refused');
    await api.workspaceFiles.whenIdle();

    assert.ok(!existsSync(`${uriIn(second, ferry).fsPath}.annotations.json`), 'the sidecar left the second folder');
    const moved = sidecarIn(first, target);
    assert.equal(moved.document, 'kestrel-ferry-fares.txt');
    assert.deepEqual(moved.annotations.map((a) => a.target.selector[0].exact), [ferryQuote]);
    await until(() => api.corpus.index.get(`${first}/${target}`)?.claims.length === 1, 'the index to list the moved claim under the first folder');
  });
});
