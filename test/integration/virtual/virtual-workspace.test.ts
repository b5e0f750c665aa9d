// Runs in a virtual workspace: the only folder is `memfs:/corpus`, a copy of sample-corpus/ (plus a
// codebook and one sidecar) held in memory by the test extension in test/fixtures/memfs-extension/.
// Nothing of it exists on the local disk, so every read and write Marginalia makes has to go
// through vscode.workspace.fs for these tests to pass.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/model/annotation';
import type { Codebook } from '../../../src/core/model/codebook';
import { refreshSelectors } from '../../../src/core/anchor/selectors';
import { serializeSidecar } from '../../../src/core/store/serialize';
import type { MarginaliaApi } from '../../../src/extension';
import type { ExportResult } from '../../../src/features/exchange/export-command';
import type { ResolveResult } from '../../../src/features/conflicts/resolve-conflict';
import type { MemFsApi } from '../../fixtures/memfs-extension/extension';
import { childrenOf, itemsOf, labelOf, nodeAt } from '../claims-view-fixtures';
import { activatedMarginalia, marginalia } from '../support/extension';
import { until } from '../support/until';
import { ScriptedTagging, select } from '../tagging-fixtures';
import { seededClaim } from './seeded-claim';

const memfsExtensionId = 'marginalia-tests.memfs';
/** The .txt and .md files of sample-corpus/. */
const sampleDocuments = 17;
const decoder = new TextDecoder();

function corpusUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(uri))) as T;
}

async function openEditor(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(corpusUri(relative)));
}

/** The text ranges of a highlight key, as the text they cover. */
function textsOf(editor: vscode.TextEditor, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((range) => editor.document.getText(range));
}

describe('Virtual workspace: a corpus held in memory (memfs:)', function () {
  this.timeout(60_000);
  let api: MarginaliaApi;
  let memfs: MemFsApi;
  let activatedByView = false;

  before(async () => {
    const extension = vscode.extensions.getExtension<MemFsApi>(memfsExtensionId);
    assert.ok(extension, `${memfsExtensionId} (the test file system) is loaded`);
    memfs = await extension.activate();
    // The Node extension host checks `workspaceContains:` on the local disk only, so in a virtual
    // folder Marginalia starts when its view is opened (or one of its commands is run).
    const activeBefore = marginalia().isActive;
    await vscode.commands.executeCommand('workbench.view.extension.marginalia');
    activatedByView = await until(() => marginalia().isActive, 'Marginalia to activate', 20_000).then(
      () => true,
      () => false,
    );
    console.log(`      (Marginalia was ${activeBefore ? 'already' : 'not yet'} active before its view opened)`);
    api = await activatedMarginalia();
    await api.codebook.ready();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a virtual folder, with Marginalia active and declaring limited support with the reason', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()), ['memfs:/corpus']);
    assert.ok(activatedByView, 'opening the Marginalia view activated the extension');
    const capabilities = (marginalia().packageJSON as { capabilities: Record<string, { supported: unknown; description: string }> }).capabilities;
    assert.equal(capabilities.virtualWorkspaces!.supported, 'limited');
    assert.match(capabilities.virtualWorkspaces!.description, /virtual workspaces.*VS Code's file system/);
    assert.equal(capabilities.untrustedWorkspaces!.supported, 'limited');
    // The corpus is not on the local disk: reading it there would find nothing.
    assert.equal(existsSync(corpusUri(seededClaim.documentPath).fsPath), false);
  });

  it('loads the codebook through the file system provider', () => {
    assert.deepEqual(
      api.codebook.themes.map((t) => [t.id, t.label]),
      [[seededClaim.theme, 'Public health']],
    );
  });

  it('lists every document and the stored claim in the Claims view', async () => {
    await api.corpus.ensureLoaded();
    await api.claimsView.provider.whenRefreshed();
    assert.equal(api.corpus.index.size, sampleDocuments);
    const claims = api.corpus.index.get(seededClaim.documentPath)?.claims ?? [];
    assert.deepEqual(claims.map((c) => [c.annotation.id, c.status, c.annotation.themes]), [[seededClaim.id, 'anchored', [seededClaim.theme]]]);

    // The view shows annotated documents by default: so far only the seeded one.
    const topLevel = (await itemsOf(api, await childrenOf(api))).map(labelOf);
    assert.ok(topLevel.includes('water-advisory'), `water-advisory in ${topLevel.join(', ')}`);
    const documentName = seededClaim.documentPath.split('/')[1]!;
    const claimItems = await itemsOf(api, await childrenOf(api, await nodeAt(api, 'water-advisory', documentName)));
    assert.ok(
      claimItems.some((item) => `${labelOf(item)} ${String(item.description ?? '')}`.includes('Boiling kills bacteria')),
      `the claim under its document (got ${claimItems.map(labelOf).join(' | ')})`,
    );
  });

  it('highlights an opened document’s claim from its sidecar', async () => {
    const editor = await openEditor(seededClaim.documentPath);
    await api.annotations.whenIdle();
    const session = await api.annotations.sessionFor(editor.document);
    assert.deepEqual(session?.annotations.map((a) => [a.annotation.id, a.state]), [[seededClaim.id, 'anchored']]);
    await api.highlights.whenIdle();
    assert.deepEqual(textsOf(editor, api.highlights.computed(editor.document.uri).get('background:#30a46c')), [seededClaim.quote]);
  });

  it('writes a new claim to its sidecar through the provider, never to the local disk', async () => {
    const relative = 'rail-strike/northgate-2026-03-16-rail-walkout.md';
    const editor = await openEditor(relative);
    const range = select(editor, 'We have been patient for three years');
    await api.annotations.addClaim(editor.document, range, { speaker: 'Matthias Krenn', themes: [seededClaim.theme] });
    await api.annotations.whenIdle();

    const sidecar = corpusUri(`${relative}.annotations.json`);
    const stored = await readJson<{ document: string; annotations: Annotation[] }>(sidecar);
    assert.equal(stored.document, 'northgate-2026-03-16-rail-walkout.md');
    assert.deepEqual(stored.annotations.map((a) => [a.target.selector[0].exact, a.speaker, a.themes]), [['We have been patient for three years', 'Matthias Krenn', [seededClaim.theme]]]);
    assert.ok(memfs.writes.includes(sidecar.path), `the provider wrote ${sidecar.path} (writes: ${memfs.writes.join(', ')})`);
    assert.equal(existsSync(sidecar.fsPath), false, 'nothing was written at the same path on the local disk');
    await api.corpus.ensureLoaded();
    assert.equal(api.corpus.index.get(relative)?.claims.length, 1, 'the Claims view has the new claim');
  });

  it('tags a statement with a new theme: the claim and the codebook are written through the provider', async () => {
    const script = new ScriptedTagging();
    script.install(api);
    try {
      const relative = 'interviews/okonkwo-lund-interview-2026-03-13.md';
      const editor = await openEditor(relative);
      const text = editor.document.getText();
      const quote = text.match(/[“"]([^”"\n]{20,80})[”"]/)?.[1];
      assert.ok(quote, 'the interview has a quotation to tag');
      select(editor, quote);
      script.themeAnswers.push({ themeIds: [seededClaim.theme], newLabels: ['Virtual trust'] });
      await vscode.commands.executeCommand('marginalia.tagStatement');
      await api.annotations.whenIdle();

      const codebook = await readJson<Codebook>(corpusUri('.marginalia/codebook.json'));
      const created = codebook.themes.find((t) => t.label === 'Virtual trust');
      assert.ok(created, `the new theme is in the stored codebook (got ${codebook.themes.map((t) => t.label).join(', ')})`);
      const stored = await readJson<{ annotations: Annotation[] }>(corpusUri(`${relative}.annotations.json`));
      assert.deepEqual(stored.annotations.map((a) => [a.target.selector[0].exact, a.themes]), [[quote, [seededClaim.theme, created.id]]]);
      assert.ok(memfs.writes.includes('/corpus/.marginalia/codebook.json'));
    } finally {
      script.restore(api);
    }
  });

  it('resolves a conflicted sidecar, reading and writing it through the provider', async () => {
    const relative = 'interviews/krenn-radio-transcript-2026-03-17.txt';
    const text = decoder.decode(await vscode.workspace.fs.readFile(corpusUri(relative)));
    const claimOn = (id: string, exact: string): Annotation => {
      const at = text.indexOf(exact);
      assert.ok(at >= 0, `“${exact}” is in the transcript`);
      const start = Array.from(text.slice(0, at)).length;
      return { id, target: refreshSelectors(text, { start, end: start + Array.from(exact).length }), themes: [], created: '2026-03-17T09:00:00.000Z', modified: '2026-03-17T09:00:00.000Z' };
    };
    const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{6,}$/.test(w));
    assert.ok(words.length >= 2);
    const name = relative.split('/')[1]!;
    const ours = serializeSidecar({ version: 2, document: name, textHash: '', annotations: [claimOn('01VIRTUALOURS', words[0]!)] });
    const theirs = serializeSidecar({ version: 2, document: name, textHash: '', annotations: [claimOn('01VIRTUALTHEIRS', words[1]!)] });
    const sidecar = corpusUri(`${relative}.annotations.json`);
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(`<<<<<<< HEAD\n${ours}=======\n${theirs}>>>>>>> other\n`));

    const result = await vscode.commands.executeCommand<ResolveResult | undefined>('marginalia.resolveAnnotationConflict', sidecar, { confirmed: true });
    assert.ok(result, 'the conflict was resolved');
    const merged = await readJson<{ annotations: Annotation[] }>(sidecar);
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['01VIRTUALOURS', '01VIRTUALTHEIRS']);
  });

  it('exports the annotations to a file in the virtual workspace', async () => {
    const target = corpusUri('exports/claims.csv');
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('marginalia.exportAnnotations', { format: 'csv', folder: '', target });
    assert.ok(result, 'the export ran');
    const csv = decoder.decode(await vscode.workspace.fs.readFile(target));
    assert.match(csv, /Boiling kills bacteria\./);
    assert.match(csv, /We have been patient for three years/);
    assert.equal(existsSync(target.fsPath), false);
  });
});
