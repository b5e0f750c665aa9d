import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';

import type { CrossReferencePrompts } from '../../src/features/cross-references';
import type { MarginaliaApi } from '../../src/extension';
import { reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { openEditor, placeCursor, readSidecar } from './tagging-fixtures';
import { findClaimNode, ScriptedPrompts } from './cross-references-fixtures';
import { corpusSettled } from './support/corpus-settled';

const folder = 'cross-references-test';
const north = `${folder}/northgate-trawler-detained.md`;
const meridian = `${folder}/meridian-grey-heron.txt`;

const quotes = {
  northCede: 'Marevia will not cede an inch of the Caddon Shoals, not today and not at any table',
  northLaw: 'The law applies to every boat, whatever flag it flies',
  northFish: 'We are not asking for favours',
  meridianCede: 'Marevia will not cede an inch of the Caddon Shoals - not today, and not at any negotiating table',
  meridianLaw: 'The law applies to every boat, whatever flag it flies',
  meridianCrew: 'fishermen, not criminals',
};

describe('Cross-references: links, definitions, CodeLens, walking and comparing claims', () => {
  let api: MarginaliaApi;
  let saved: CrossReferencePrompts;
  const script = new ScriptedPrompts();
  let northClaims: Annotation[];
  let meridianClaims: Annotation[];
  const id = (claims: Annotation[], exact: string): string => {
    const found = claims.find((a) => a.target.selector[0].exact === exact);
    assert.ok(found, `a claim “${exact}”`);
    return found.id;
  };
  const sample = (name: string): string => readFileSync(workspaceUri(`harbour-dispute/${name}`).fsPath, 'utf8');
  const settle = async (): Promise<void> => {
    await api.annotations.whenIdle();
    await api.crossReferences.service.whenIdle();
    await api.crossReferences.brokenLinks.whenIdle();
  };
  const textAt = async (location: vscode.Location | vscode.LocationLink): Promise<string> => {
    const uri = 'targetUri' in location ? location.targetUri : location.uri;
    const range = 'targetUri' in location ? (location.targetSelectionRange ?? location.targetRange) : location.range;
    return (await vscode.workspace.openTextDocument(uri)).getText(range);
  };

  before(async () => {
    api = await activatedMarginalia();
    saved = api.crossReferences.prompts;
    api.crossReferences.prompts = script;
    northClaims = writeDocument(north, sample('northgate-2026-03-03-trawler-detained.md'), [
      { exact: quotes.northCede, speaker: 'Ilona Márkvart' },
      { exact: quotes.northLaw, speaker: 'Tomas Brennick' },
      { exact: quotes.northFish, speaker: 'Piet Ramaker' },
    ]);
    meridianClaims = writeDocument(meridian, sample('meridian-2026-03-03-grey-heron.txt'), [
      { exact: quotes.meridianCede, speaker: 'Ilona Márkvart' },
      { exact: quotes.meridianLaw, speaker: 'Tomas Brennick' },
      { exact: quotes.meridianCrew, speaker: 'Ilona Márkvart' },
    ]);
    await reloadCorpus(api);
    await settle();
  });

  after(async () => {
    api.crossReferences.prompts = saved;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    removeFolder(folder);
    await reloadCorpus(api);
  });

  it('indexes the claims of the corpus and finds the same statement in the other report', () => {
    const references = api.crossReferences.service.crossReferencesOf(id(northClaims, quotes.northLaw));
    assert.equal(references[0]?.id, id(meridianClaims, quotes.meridianLaw), JSON.stringify(references));
    assert.equal(references[0]?.source, 'suggestion');
  });

  it('updates the index one document at a time while a document is edited (no rebuild)', async () => {
    const editor = await openEditor(north);
    const service = api.crossReferences.service;
    const cede = id(northClaims, quotes.northCede);
    const before = service.claim(cede)!.claim.start;
    let sizeBefore = service.xref.size;
    const updated: string[] = [];
    const replaceDocument = service.xref.replaceDocument.bind(service.xref);
    service.xref.replaceDocument = (path, claims) => {
      updated.push(path);
      replaceDocument(path, claims);
    };
    try {
      // Earlier tests write sidecars and add or remove files; let the index take those in before counting what the edit updates.
      await corpusSettled(api);
      let lastUpdate = updated.length;
      for (let quiet = 0; quiet < 5; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        quiet = updated.length === lastUpdate ? quiet + 1 : 0;
        lastUpdate = updated.length;
      }
      updated.length = 0;
      sizeBefore = service.xref.size;
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Updated. ')));
      await api.annotations.whenIdle();
      await until(() => service.claim(cede)?.claim.start === before + 9, 'the shifted claim in the index');
    } finally {
      Reflect.deleteProperty(service.xref, 'replaceDocument');
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 0, 'Updated. '.length)));
      await editor.document.save();
      await settle();
    }
    assert.ok(updated.length > 0);
    assert.deepEqual(new Set(updated), new Set([api.corpus.keyOf(editor.document.uri)]), 'only the edited document is re-indexed');
    assert.equal(service.xref.size, sizeBefore);
    await until(() => service.claim(cede)?.claim.start === before, 'the claim back in place after undoing the edit');
  });

  it('Link Claim offers claims ranked by similarity and stores the link by id in the source sidecar', async () => {
    const editor = await openEditor(north);
    placeCursor(editor, 'cede an inch');
    script.target = (choices) => choices.find((c) => c.quote === quotes.meridianCede)?.id;
    script.relation = 'same-statement';
    const link = await vscode.commands.executeCommand('marginalia.linkClaim');
    await settle();

    const offered = script.offered.at(-1)!;
    assert.equal(offered[0]?.quote, quotes.meridianCede, 'the most similar claim comes first');
    assert.equal(offered[0]?.speaker, 'Ilona Márkvart');
    assert.match(offered[0]?.documentPath ?? '', /cross-references-test\/meridian-grey-heron\.txt$/);
    assert.ok(!offered.some((c) => c.id === id(northClaims, quotes.northCede)), 'the claim is not offered to itself');
    const expected = { target: id(meridianClaims, quotes.meridianCede), document: meridian, relation: 'same-statement' };
    assert.deepEqual(link, expected);
    const stored = readSidecar(north).annotations.find((a) => a.id === id(northClaims, quotes.northCede));
    assert.deepEqual(stored?.links, [expected]);
  });

  it('Link Claim from a Claims view row stores a custom relation', async () => {
    const crew = id(meridianClaims, quotes.meridianCrew);
    const row = await findClaimNode(api, crew);
    script.target = (choices) => choices.find((c) => c.quote === quotes.northCede)?.id;
    script.relation = 'responds to';
    await vscode.commands.executeCommand('marginalia.linkClaim', row);
    await settle();
    const stored = readSidecar(meridian).annotations.find((a) => a.id === crew);
    assert.deepEqual(stored?.links, [{ target: id(northClaims, quotes.northCede), document: north, relation: 'responds to' }]);
  });

  it('Go to Definition on a claim lists its linked claims first, then backlinks and suggestions', async () => {
    const editor = await openEditor(north);
    const inCede = editor.document.positionAt(editor.document.getText().indexOf('cede an inch') + 2);
    const cede = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, inCede);
    const cedeTexts = await Promise.all(cede.map(textAt));
    assert.equal(cedeTexts[0], quotes.meridianCede, 'the linked claim');
    assert.equal(cedeTexts[1], quotes.meridianCrew, 'the claim linking to it (a backlink)');

    const inLaw = editor.document.positionAt(editor.document.getText().indexOf(quotes.northLaw) + 3);
    const law = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, inLaw);
    const first = law[0]!;
    assert.equal(await textAt(first), quotes.meridianLaw, 'the suggested same statement');
    assert.match(('targetUri' in first ? first.targetUri : first.uri).path, /meridian-grey-heron\.txt$/);

    const outside = editor.document.positionAt(editor.document.getText().indexOf('Grey Heron'));
    const none = await vscode.commands.executeCommand<unknown[]>('vscode.executeDefinitionProvider', editor.document.uri, outside);
    assert.equal(none.length, 0, 'no claim at that position: no definition');
  });

  it('shows a CodeLens above each claim with cross-references, which peeks them', async () => {
    const editor = await openEditor(north);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const cedeLine = editor.document.positionAt(editor.document.getText().indexOf(quotes.northCede)).line;
    const lens = lenses.find((l) => l.range.start.line === cedeLine && l.command?.command === 'marginalia.peekCrossReferences');
    assert.ok(lens, lenses.map((l) => `${l.range.start.line}: ${l.command?.title}`).join('; '));
    const references = api.crossReferences.service.crossReferencesOf(id(northClaims, quotes.northCede));
    assert.ok(references.length >= 2);
    assert.equal(lens.command?.title, `${references.length} cross-references in ${new Set(references.map((r) => r.documentPath)).size} document${new Set(references.map((r) => r.documentPath)).size === 1 ? '' : 's'}`);
    assert.match(lens.command!.title, /^\d+ cross-references? in \d+ documents?$/);
    assert.deepEqual(lens.command?.arguments, [editor.document.uri.toString(), id(northClaims, quotes.northCede)]);
    // The lens's command opens the peek view on the claim's cross-references.
    const peeked = await vscode.commands.executeCommand<vscode.Location[]>(lens.command!.command, ...(lens.command!.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
    assert.deepEqual(
      peeked.map((l) => l.uri.toString()),
      references.map((r) => api.corpus.uriOf(r.documentPath)!.toString()),
    );
  });

  it('Peek Cross-references shows the linked claim, then the backlink, then suggestions, each at its text', async () => {
    const editor = await openEditor(north);
    const cede = id(northClaims, quotes.northCede);
    const peeked = await vscode.commands.executeCommand<vscode.Location[]>('marginalia.peekCrossReferences', editor.document.uri.toString(), cede);
    await vscode.commands.executeCommand('closeReferenceSearch');
    const texts = await Promise.all(peeked.map(textAt));
    assert.deepEqual(texts.slice(0, 2), [quotes.meridianCede, quotes.meridianCrew]);
    const suggested = api.crossReferences.service.crossReferencesOf(cede).filter((r) => r.source === 'suggestion');
    assert.equal(peeked.length, 2 + suggested.length);
    for (const [i, reference] of suggested.entries()) {
      const known = api.crossReferences.service.claim(reference.id)!;
      assert.equal(texts[2 + i], known.claim.annotation.target.selector[0].exact);
    }
    assert.ok(!texts.includes(quotes.northCede), 'not the claim itself');
  });

  it('Next / Previous Cross-reference walk the claim’s cross-references and come back', async () => {
    const editor = await openEditor(north);
    placeCursor(editor, 'cede an inch');
    const cede = id(northClaims, quotes.northCede);
    const ring = [cede, ...api.crossReferences.service.crossReferencesOf(cede).map((r) => r.id)];
    const selected = (): string => {
      const active = vscode.window.activeTextEditor!;
      return active.document.getText(active.selection);
    };
    await vscode.commands.executeCommand('marginalia.nextCrossReference');
    assert.equal(selected(), quotes.meridianCede);
    assert.match(vscode.window.activeTextEditor!.document.uri.path, /meridian-grey-heron\.txt$/);
    await vscode.commands.executeCommand('marginalia.nextCrossReference');
    assert.equal(selected(), quotes.meridianCrew);
    for (let i = 2; i < ring.length; i++) await vscode.commands.executeCommand('marginalia.nextCrossReference');
    assert.equal(selected(), quotes.northCede, 'back at the claim the walk started from');
    assert.match(vscode.window.activeTextEditor!.document.uri.path, /northgate-trawler-detained\.md$/);
    await vscode.commands.executeCommand('marginalia.previousCrossReference');
    await vscode.commands.executeCommand('marginalia.previousCrossReference');
    const expected = api.crossReferences.service.claim(ring[ring.length - 2]!)!;
    assert.equal(selected(), expected.claim.annotation.target.selector[0].exact);
  });

  it('Compare with… opens both documents side by side with both claims selected', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openEditor(north);
    placeCursor(editor, 'applies to every boat');
    script.target = (choices) => choices.find((c) => c.documentPath.endsWith('meridian-grey-heron.txt') && c.quote === quotes.meridianLaw)?.id;
    await vscode.commands.executeCommand('marginalia.compareWith');
    assert.equal(script.offered.at(-1)?.[0]?.quote, quotes.meridianLaw, 'the cross-references are offered, best first');
    await until(() => vscode.window.visibleTextEditors.length === 2, 'two editors');
    const [left, right] = [...vscode.window.visibleTextEditors].sort((a, b) => (a.viewColumn ?? 0) - (b.viewColumn ?? 0));
    assert.ok(left && right);
    assert.notEqual(left.viewColumn, right.viewColumn);
    assert.match(left.document.uri.path, /northgate-trawler-detained\.md$/);
    assert.equal(left.document.getText(left.selection), quotes.northLaw);
    assert.match(right.document.uri.path, /meridian-grey-heron\.txt$/);
    assert.equal(right.document.getText(right.selection), quotes.meridianLaw);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports a link whose target claim was deleted, and keeps it in the sidecar', async () => {
    const law = id(northClaims, quotes.northLaw);
    const gone = id(meridianClaims, quotes.meridianLaw);
    script.target = () => gone;
    script.relation = 'supports';
    await vscode.commands.executeCommand('marginalia.linkClaim', workspaceUri(north).toString(), law);
    await settle();
    const meridianDocument = await vscode.workspace.openTextDocument(workspaceUri(meridian));
    await api.annotations.removeClaim(meridianDocument, gone);
    await settle();

    const northUri = workspaceUri(north);
    await until(() => vscode.languages.getDiagnostics(northUri).some((d) => d.code === 'broken-link'), 'a broken-link diagnostic');
    const [diagnostic] = vscode.languages.getDiagnostics(northUri).filter((d) => d.code === 'broken-link');
    assert.match(diagnostic!.message, new RegExp(`no longer exists \\(${gone} in ${meridian.replace(/[.]/g, '\\.')}\\)`));
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    const northDocument = await vscode.workspace.openTextDocument(northUri);
    assert.equal(northDocument.getText(diagnostic!.range), quotes.northLaw, 'on the linking claim');
    assert.deepEqual(
      readSidecar(north).annotations.find((a) => a.id === law)?.links,
      [{ target: gone, document: meridian, relation: 'supports' }],
      'the link is not dropped',
    );

    const row = await findClaimNode(api, law);
    const item = api.claimsView.provider.resolveTreeItem(await api.claimsView.provider.getTreeItem(row), row);
    const tooltip = (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip)).replace(/&nbsp;/g, ' ');
    assert.match(tooltip, /points to a claim that no longer exists/);
    assert.ok(!api.crossReferences.service.crossReferencesOf(law).some((r) => r.id === gone));
  });

  it('keeps links by id when the linked document is moved', async () => {
    const moved = `${folder}/moved/meridian-grey-heron.txt`;
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(workspaceUri(meridian), workspaceUri(moved), { overwrite: false });
    assert.ok(await vscode.workspace.applyEdit(edit), 'the move was applied');
    await api.workspaceFiles.whenIdle();
    const target = id(meridianClaims, quotes.meridianCede);
    await until(() => api.crossReferences.service.claim(target)?.documentPath.endsWith('moved/meridian-grey-heron.txt') === true, 'the moved claims in the index');
    await settle();
    const editor = await openEditor(north);
    const inCede = editor.document.positionAt(editor.document.getText().indexOf('cede an inch') + 2);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, inCede);
    const first = locations[0]!;
    assert.match(('targetUri' in first ? first.targetUri : first.uri).path, /cross-references-test\/moved\/meridian-grey-heron\.txt$/);
    assert.equal(await textAt(first), quotes.meridianCede);
    assert.ok(
      vscode.languages.getDiagnostics(workspaceUri(north)).some((d) => d.code === 'broken-link'),
      'the link to the deleted claim is still reported',
    );
  });
});
