import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import type { ThemePrompts, ThemesNode } from '../../src/features/themes-view';
import { labelOf, reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia, manifest } from './support/extension';
import { openEditor, readSidecar, removeThemes, ScriptedThemePrompts } from './tagging-fixtures';

const openDocument = 'themes-test/open-report.txt';
const closedDocument = 'themes-test/closed-report.txt';
const brokenDocument = 'themes-test/broken-report.txt';
const openText = 'The minister said "we will not cede an inch" and "talks resume on Monday". Officials said "the crew is safe".\n';
const closedText = 'The agency said "the transponder was off" before the seizure, and "the boat was in our waters".\n';

describe('Themes view (codebook)', () => {
  let api: MarginaliaApi;
  let saved: ThemePrompts;
  let prompts: ScriptedThemePrompts;
  const ids = ['tv-sovereignty', 'tv-fishing', 'tv-safety', 'tv-talks', 'tv-new'];

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.ready();
    saved = api.themes.commands.prompts;
    await api.codebook.apply(
      { type: 'add-theme', theme: { id: 'tv-sovereignty', label: 'TV Sovereignty', color: '#3e63dd' } },
      { type: 'add-theme', theme: { id: 'tv-fishing', label: 'TV Fishing', color: '#12a594', parent: 'tv-sovereignty' } },
      { type: 'add-theme', theme: { id: 'tv-safety', label: 'TV Safety', color: '#e5484d' } },
      { type: 'add-theme', theme: { id: 'tv-talks', label: 'TV Talks', color: '#f76b15' } },
    );
    writeDocument(openDocument, openText, [
      { exact: 'we will not cede an inch', themes: ['tv-sovereignty', 'tv-fishing'] },
      { exact: 'talks resume on Monday', themes: ['tv-talks'] },
      { exact: 'the crew is safe', themes: ['tv-safety', 'tv-fishing'] },
    ]);
    writeDocument(closedDocument, closedText, [
      { exact: 'the transponder was off', themes: ['tv-fishing'] },
      { exact: 'the boat was in our waters', themes: ['tv-sovereignty'], note: 'keep this note', speaker: 'Agency' },
    ]);
    writeDocument(brokenDocument, 'A "broken" sidecar.\n', [{ exact: 'broken', themes: ['tv-fishing'] }]);
    await reloadCorpus(api);
    await openEditor(openDocument);
  });

  beforeEach(() => {
    prompts = new ScriptedThemePrompts();
    api.themes.commands.prompts = prompts;
  });

  after(async () => {
    api.themes.commands.prompts = saved;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    await removeThemes(api, ids);
    removeFolder('themes-test');
  });

  async function themeRow(id: string): Promise<{ node: ThemesNode; item: vscode.TreeItem }> {
    const queue: (ThemesNode | undefined)[] = [undefined];
    while (queue.length > 0) {
      const children = await api.themes.tree.getChildren(queue.shift());
      for (const node of children) {
        if (node.kind !== 'theme') continue;
        if (node.theme.id === id) return { node, item: await api.themes.tree.getTreeItem(node) };
        queue.push(node);
      }
    }
    throw new Error(`theme ${id} is not in the tree`);
  }

  const usage = (id: string) => api.corpus.index.themeUsage().get(id)?.claims ?? 0;

  it('is contributed below the Claims view with its commands in the title and context menus', () => {
    const contributes = manifest().contributes as unknown as {
      views: Record<string, { id: string }[]>;
      menus: Record<string, { command: string; when?: string }[]>;
    };
    const views = contributes.views.marginalia!.map((v) => v.id);
    assert.ok(views.indexOf('marginalia.themes') > views.indexOf('marginalia.claims'));
    const itemMenu = contributes.menus['view/item/context']!.filter((m) => m.when?.includes('view == marginalia.themes')).map((m) => m.command);
    for (const command of ['marginalia.renameTheme', 'marginalia.changeThemeColor', 'marginalia.moveTheme', 'marginalia.mergeTheme', 'marginalia.deleteTheme']) {
      assert.ok(itemMenu.includes(command), `${command} is in the theme context menu`);
    }
  });

  it('shows the hierarchy with swatch icons and claim counts, and lists a theme’s claims across the corpus', async () => {
    await until(() => usage('tv-fishing') === 4, 'the corpus index to count the fixtures');
    const roots = await api.themes.tree.getChildren();
    const rootIds = roots.flatMap((n) => (n.kind === 'theme' ? [n.theme.id] : []));
    assert.ok(rootIds.includes('tv-sovereignty') && !rootIds.includes('tv-fishing'), 'TV Fishing is under TV Sovereignty');
    const { node, item } = await themeRow('tv-fishing');
    assert.equal(labelOf(item), 'TV Fishing');
    assert.equal(item.description, '4 claims');
    assert.ok(item.iconPath instanceof vscode.Uri && item.iconPath.path.endsWith('swatch-12a594.svg'), String(item.iconPath));
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(item.iconPath as vscode.Uri));
    assert.match(svg, /fill="#12a594"/);
    const claims = await api.themes.tree.getChildren(node);
    const quotes = await Promise.all(claims.map(async (c) => labelOf(await api.themes.tree.getTreeItem(c))));
    assert.deepEqual(quotes.sort(), ['broken', 'the crew is safe', 'the transponder was off', 'we will not cede an inch']);
    const first = await api.themes.tree.getTreeItem(claims[0]!);
    assert.equal(first.command?.command, 'marginalia.themes.openClaim');
  });

  it('creates a theme with the next free palette colour', async () => {
    prompts.labels.push('TV New');
    await vscode.commands.executeCommand('marginalia.newTheme');
    const theme = api.codebook.theme('tv-new');
    assert.equal(theme?.label, 'TV New');
    assert.match(theme!.color, /^#[0-9a-f]{6}$/);
  });

  it('renames a theme in the codebook only: claims keep its stable id', async () => {
    const before = readFileSync(`${workspaceUri(closedDocument).fsPath}.annotations.json`, 'utf8');
    prompts.labels.push('TV Maritime safety');
    await vscode.commands.executeCommand('marginalia.renameTheme', 'tv-safety');
    assert.equal(api.codebook.theme('tv-safety')?.label, 'TV Maritime safety');
    assert.equal(readFileSync(`${workspaceUri(closedDocument).fsPath}.annotations.json`, 'utf8'), before);
    assert.equal(labelOf((await themeRow('tv-safety')).item), 'TV Maritime safety');
  });

  it('changes a theme’s colour', async () => {
    prompts.colors.push('#ad7f58');
    await vscode.commands.executeCommand('marginalia.changeThemeColor', 'tv-talks');
    assert.equal(api.codebook.theme('tv-talks')?.color, '#ad7f58');
  });

  it('moves a theme under another, never under its own sub-theme, and back to the top level', async () => {
    prompts.themePicks.push({ id: 'tv-fishing' });
    await vscode.commands.executeCommand('marginalia.moveTheme', 'tv-sovereignty');
    assert.ok(!prompts.offered[0]!.includes('tv-fishing'), 'a sub-theme is not offered as the new parent');
    assert.equal(api.codebook.theme('tv-sovereignty')?.parent, undefined, 'the cycle was refused');
    prompts.themePicks.push({ id: 'tv-talks' });
    await vscode.commands.executeCommand('marginalia.moveTheme', 'tv-safety');
    assert.equal(api.codebook.theme('tv-safety')?.parent, 'tv-talks');
    prompts.themePicks.push({ id: undefined });
    await vscode.commands.executeCommand('marginalia.moveTheme', 'tv-safety');
    assert.equal(api.codebook.theme('tv-safety')?.parent, undefined);
  });

  it('merges a theme after confirming the counts, rewriting open and closed sidecars and skipping a broken one', async () => {
    prompts.themePicks.push({ id: 'tv-sovereignty' });
    prompts.confirmations.push(true);
    // While the question is open, someone's merge leaves conflict markers in one sidecar: it must be skipped, not lost.
    prompts.beforeAnswer = () =>
      writeFileSync(`${workspaceUri(brokenDocument).fsPath}.annotations.json`, '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n');
    const outcome = await api.themes.commands.merge('tv-fishing');
    assert.match(prompts.asked[0]!.detail, /^4 claims in 3 documents will be tagged “TV Sovereignty” instead/);
    assert.deepEqual(outcome && { claims: outcome.claims, documents: outcome.documents }, { claims: 3, documents: 2 });
    assert.deepEqual(outcome?.skipped.map((s) => s.path), [brokenDocument]);
    assert.equal(api.codebook.theme('tv-fishing'), undefined);
    const open = readSidecar(openDocument).annotations;
    assert.deepEqual(open.find((a) => a.target.selector[0].exact === 'we will not cede an inch')?.themes, ['tv-sovereignty']);
    assert.deepEqual(open.find((a) => a.target.selector[0].exact === 'the crew is safe')?.themes, ['tv-safety', 'tv-sovereignty']);
    const closed = readSidecar(closedDocument).annotations;
    assert.deepEqual(closed.map((a) => a.themes), [['tv-sovereignty'], ['tv-sovereignty']]);
    const kept = closed.find((a) => a.note === 'keep this note');
    assert.equal(kept?.speaker, 'Agency', 'other fields of the sidecar are kept');
    assert.match(readFileSync(`${workspaceUri(brokenDocument).fsPath}.annotations.json`, 'utf8'), /^<<<<<<< HEAD/, 'the broken sidecar is untouched');
  });

  it('does nothing when the merge or delete is not confirmed', async () => {
    prompts.confirmations.push(false);
    const before = readFileSync(`${workspaceUri(closedDocument).fsPath}.annotations.json`, 'utf8');
    await api.themes.commands.delete('tv-sovereignty');
    assert.ok(api.codebook.theme('tv-sovereignty'));
    assert.equal(readFileSync(`${workspaceUri(closedDocument).fsPath}.annotations.json`, 'utf8'), before);
  });

  it('deletes a theme after confirming the counts; its claims stay without it', async () => {
    await until(() => usage('tv-sovereignty') === 4, 'the index to see the merged sidecars');
    prompts.confirmations.push(true);
    const outcome = await api.themes.commands.delete('tv-sovereignty');
    assert.match(prompts.asked[0]!.detail, /removed from 4 claims in 2 documents; the claims stay/);
    assert.equal(outcome?.claims, 4);
    assert.equal(api.codebook.theme('tv-sovereignty'), undefined);
    assert.deepEqual(readSidecar(closedDocument).annotations.map((a) => a.themes), [[], []]);
    assert.equal(readSidecar(closedDocument).annotations.length, 2);
    assert.deepEqual(readSidecar(openDocument).annotations.map((a) => a.themes), [[], ['tv-talks'], ['tv-safety']]);
  });
});
