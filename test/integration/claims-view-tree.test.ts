import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { childrenOf, itemsOf, labelOf, nodeAt, reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';

const root = 'claims-tree-fixture';
const notes = `${root}/harbour-notes.md`;
const notesText = [
  '---',
  'title: Harbour notes',
  'date: 2026-03-21',
  '---',
  '',
  '# Harbour notes 🛳️',
  '',
  'PORT CADDON, March 21 — “We will keep the North Mole open,” said harbour master Ada Okafor. 🐟',
  'Later she added: “No vessel leaves without inspection.”',
  '',
].join('\n');
const claimCount = 1234;
const themes = [
  { id: 'claims-tree-test-access', label: 'Harbour access', color: '#d81b60' },
  { id: 'claims-tree-test-safety', label: 'Safety', color: '#1e88e5' },
];

describe('Claims view: tree contents', function () {
  this.timeout(60_000);
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.apply(...themes.map((theme) => ({ type: 'add-theme' as const, theme })));
    writeDocument(notes, notesText, [
      { exact: '“We will keep the North Mole open,”', speaker: 'Ada Okafor', themes: [themes[0]!.id] },
      {
        exact: '“No vessel leaves without inspection.”',
        speaker: 'Ada Okafor',
        themes: [themes[1]!.id, themes[0]!.id],
        note: 'Compare [quit](command:workbench.action.quit) <img src=x onerror=alert(1)> $(zap)',
      },
    ]);
    const lines = Array.from({ length: claimCount }, (_, i) => `Line ${i + 1}: statement number ${i + 1}.`);
    writeDocument(
      `${root}/big/transcript.txt`,
      `${lines.join('\n')}\n`,
      lines.map((_, i) => ({ exact: `statement number ${i + 1}.`, speaker: `Speaker ${(i % 7) + 1}` })),
    );
    writeDocument(`${root}/orphans/lost.txt`, 'The council met on Tuesday. Nothing was decided.\n', [
      { exact: 'Zyxwvut qponm lkjih gfedcba', orphanAt: 4, speaker: 'Clerk' },
    ]);
    for (let i = 1; i <= 1005; i++) writeDocument(`${root}/wire/r${i}.txt`, `Wire report ${i}.\n`);
    await reloadCorpus(api);
  });

  after(async () => {
    await vscode.commands.executeCommand('marginalia.claimsView.clearFilter');
    await vscode.commands.executeCommand('marginalia.claimsView.unfollow');
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeFolder(root);
    await api.codebook.apply(...themes.map((theme) => ({ type: 'remove-theme' as const, id: theme.id })));
    await reloadCorpus(api);
  });

  it('lists a folder’s subfolders, then its documents, each with claim counts', async () => {
    const folder = await nodeAt(api, root);
    const items = await itemsOf(api, await childrenOf(api, folder));
    assert.deepEqual(items.map(labelOf), ['big', 'orphans', 'harbour-notes.md'], 'documents without claims (wire/) are hidden by default');
    assert.deepEqual(items.map((item) => item.description), [`1,234 claims`, '1 claim · 1 not found', '2 claims']);
    const folderItem = await api.claimsView.provider.getTreeItem(folder);
    assert.equal(folderItem.description, `${(claimCount + 3).toLocaleString('en-US')} claims · 1 not found`);
    assert.equal(items[2]!.resourceUri?.toString(), workspaceUri(notes).toString());
  });

  it('shows each claim with its quote, speaker and themes, in text order, with its first theme’s colour', async () => {
    const claims = await childrenOf(api, await nodeAt(api, root, 'harbour-notes.md'));
    const items = await itemsOf(api, claims);
    assert.deepEqual(items.map(labelOf), ['“We will keep the North Mole open,”', '“No vessel leaves without inspection.”']);
    assert.deepEqual(items.map((item) => item.description), ['Ada Okafor · Harbour access', 'Ada Okafor · Safety, Harbour access']);
    assert.deepEqual(items.map((item) => item.contextValue), ['claim', 'claim']);
    const icon = items[1]!.iconPath;
    assert.ok(icon instanceof vscode.Uri, `the icon is a swatch file, not ${String(icon)}`);
    assert.ok(icon.path.endsWith('/1e88e5.svg'), icon.path);
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(icon));
    assert.match(svg, /fill="#1e88e5"/);
    assert.ok(new Set(items.map((item) => item.id)).size === 2 && items.every((item) => item.id?.startsWith('claim:')));
  });

  it('puts the full quote, speaker, themes and note in an untrusted tooltip with every annotation text escaped', async () => {
    const claims = await childrenOf(api, await nodeAt(api, root, 'harbour-notes.md'));
    const item = await api.claimsView.provider.getTreeItem(claims[1]!);
    const resolved = api.claimsView.provider.resolveTreeItem(item, claims[1]!);
    const tooltip = resolved.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    // appendText keeps spacing with &nbsp;; compare what the reader sees.
    const shown = tooltip.value.replace(/&nbsp;/g, ' ');
    assert.ok(!tooltip.isTrusted, 'the tooltip must not be trusted');
    assert.ok(!tooltip.supportHtml);
    assert.match(shown, /Ada Okafor/);
    assert.match(shown, /Safety, Harbour access/);
    assert.ok(!shown.includes('<img'), 'HTML from the note is escaped');
    assert.ok(!tooltip.value.includes('[quit](command:'), `a link survived: ${tooltip.value}`);
    assert.ok(tooltip.value.includes('\\[quit\\]'), 'the link text is escaped');
    assert.ok(!/(^|[^\\])\$\(zap\)/.test(tooltip.value), 'icon syntax from the note is escaped');
  });

  it('marks a claim whose text is gone, with a warning icon and a re-attach context value', async () => {
    const [orphan] = await childrenOf(api, await nodeAt(api, root, 'orphans', 'lost.txt'));
    const item = await api.claimsView.provider.getTreeItem(orphan!);
    assert.equal(item.description, 'not found in text · Clerk');
    assert.equal(item.contextValue, 'claim-orphaned');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.id === 'warning');
  });

  it('pages a document with more than 1,000 claims, in text order', async () => {
    const document = await nodeAt(api, root, 'big', 'transcript.txt');
    const pages = await childrenOf(api, document);
    assert.deepEqual((await itemsOf(api, pages)).map(labelOf), ['Claims 1–1000', 'Claims 1001–1234']);
    const first = await childrenOf(api, pages[0]);
    const second = await childrenOf(api, pages[1]);
    assert.equal(first.length, 1000);
    assert.equal(second.length, claimCount - 1000);
    assert.deepEqual((await itemsOf(api, [first[0]!, first[999]!, second[0]!])).map(labelOf), [
      'statement number 1.',
      'statement number 1000.',
      'statement number 1001.',
    ]);
    assert.equal(api.claimsView.provider.getParent(second[0]!), pages[1]);
  });

  it('shows documents without claims, paged by name in a large folder, with Show All Documents', async () => {
    await vscode.commands.executeCommand('marginalia.claimsView.showAllDocuments');
    const wire = await nodeAt(api, root, 'wire');
    const pages = await childrenOf(api, wire);
    const items = await itemsOf(api, pages);
    assert.deepEqual(items.map(labelOf), ['r1.txt – r1000.txt', 'r1001.txt – r1005.txt']);
    assert.deepEqual(items.map((item) => item.description), ['1–1000', '1001–1005']);
    const documents = await childrenOf(api, pages[1]);
    const documentItems = await itemsOf(api, documents);
    assert.deepEqual(documentItems.map(labelOf), ['r1001.txt', 'r1002.txt', 'r1003.txt', 'r1004.txt', 'r1005.txt']);
    assert.equal(documentItems[0]!.collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(documentItems[0]!.description, '0 claims');
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
    const shown = (await itemsOf(api, await childrenOf(api, await nodeAt(api, root)))).map(labelOf);
    assert.ok(!shown.includes('wire'), shown.join(', '));
  });

  it('filters by speaker, theme or words, and says so in the view’s description', async () => {
    await vscode.commands.executeCommand('marginalia.claimsView.filter', 'speaker:okafor');
    assert.equal(api.claimsView.view.description, 'filter: speaker:okafor');
    let shown = (await itemsOf(api, await childrenOf(api, await nodeAt(api, root)))).map(labelOf);
    assert.deepEqual(shown, ['harbour-notes.md']);

    await vscode.commands.executeCommand('marginalia.claimsView.filter', 'theme:safety');
    const claims = await childrenOf(api, await nodeAt(api, root, 'harbour-notes.md'));
    assert.deepEqual((await itemsOf(api, claims)).map(labelOf), ['“No vessel leaves without inspection.”']);
    assert.equal((await api.claimsView.provider.getTreeItem(await nodeAt(api, root, 'harbour-notes.md'))).description, '1 of 2 claims');

    await vscode.commands.executeCommand('marginalia.claimsView.filter', '"statement number 1234."');
    const transcript = await childrenOf(api, await nodeAt(api, root, 'big', 'transcript.txt'));
    assert.deepEqual((await itemsOf(api, transcript)).map(labelOf), ['statement number 1234.']);

    await vscode.commands.executeCommand('marginalia.claimsView.clearFilter');
    assert.equal(api.claimsView.view.description, undefined);
    shown = (await itemsOf(api, await childrenOf(api, await nodeAt(api, root)))).map(labelOf);
    assert.deepEqual(shown, ['big', 'orphans', 'harbour-notes.md']);
  });

  it('follows the active editor: only that document’s claims, then the whole corpus again', async () => {
    await vscode.window.showTextDocument(workspaceUri(notes));
    await vscode.commands.executeCommand('marginalia.claimsView.follow');
    assert.deepEqual((await itemsOf(api, await childrenOf(api))).map(labelOf), ['“We will keep the North Mole open,”', '“No vessel leaves without inspection.”']);
    assert.equal(api.claimsView.view.description, 'harbour-notes.md');

    await vscode.window.showTextDocument(workspaceUri(`${root}/orphans/lost.txt`));
    await until(async () => (await childrenOf(api)).length === 1, 'the view to follow lost.txt');
    assert.equal(api.claimsView.view.description, 'lost.txt');

    await vscode.commands.executeCommand('marginalia.claimsView.unfollow');
    const roots = (await itemsOf(api, await childrenOf(api))).map(labelOf);
    assert.ok(roots.includes(root), roots.join(', '));
  });

  it('refreshes a document’s row when its sidecar changes on disk', async () => {
    const before = await api.claimsView.provider.getTreeItem(await nodeAt(api, root, 'harbour-notes.md'));
    assert.equal(before.description, '2 claims');
    const refreshed: unknown[] = [];
    const listener = api.claimsView.provider.onDidChangeTreeData((nodes) => refreshed.push(nodes));
    try {
      writeDocument(notes, notesText, [{ exact: '“We will keep the North Mole open,”', speaker: 'Ada Okafor' }]);
      await until(async () => (await api.claimsView.provider.getTreeItem(await nodeAt(api, root, 'harbour-notes.md'))).description === '1 claim', 'the new count');
      assert.ok(refreshed.length > 0);
    } finally {
      listener.dispose();
    }
  });
});
