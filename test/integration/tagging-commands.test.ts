import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { removeFolder, until, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { openEditor, placeCursor, readSidecar, removeThemes, ScriptedTagging, select } from './tagging-fixtures';

const document = 'tagging-test/velmora-calm.txt';
const text = [
  'Velmora mayor: no need to panic over tap water',
  '',
  '„Nobody needs to panic, and nobody needs to buy up bottled water“, the mayor said at City Hall. She said she would be boiling water for her own two children that evening.',
  '',
  'The health ministry’s chief medical officer, Henrik Saarvik, struck a more cautious tone. He said: “Boiling kills bacteria. It does nothing to microcystin.”',
  '',
  'Parents should use bottled water for infant formula until further notice, Saarvik said.',
  '',
].join('\n');

describe('Tag Statement with Themes and the claim editing commands', () => {
  let api: MarginaliaApi;
  const script = new ScriptedTagging();
  const created: string[] = [];

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.ready();
    writeDocument(document, text);
    script.install(api);
  });

  after(async () => {
    script.restore(api);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    await removeThemes(api, created);
    removeFolder('tagging-test');
  });

  it('tags the selection with existing and new themes, creating the new ones in the codebook with palette colours', async () => {
    await api.codebook.apply({ type: 'add-theme', theme: { id: 'tagging-health', label: 'Tagging health', color: '#30a46c' } });
    created.push('tagging-health');
    const editor = await openEditor(document);
    select(editor, 'Parents should use bottled water for infant formula until further notice');
    script.themeAnswers.push({ themeIds: ['tagging-health'], newLabels: ['Tagging advice'] });
    await vscode.commands.executeCommand('marginalia.tagStatement');
    await api.annotations.whenIdle();

    const advice = api.codebook.themes.find((t) => t.label === 'Tagging advice');
    assert.ok(advice, 'the new theme is in the codebook');
    created.push(advice.id);
    assert.match(advice.color, /^#[0-9a-f]{6}$/);
    const [claim] = readSidecar(document).annotations;
    assert.equal(claim?.target.selector[0].exact, 'Parents should use bottled water for infant formula until further notice');
    assert.deepEqual(claim?.themes, ['tagging-health', advice.id]);
    assert.equal(claim?.speaker, 'Henrik Saarvik', 'the speaker the claim detector attributes the statement to (“Saarvik said”)');
    assert.ok(script.requests[0]?.themes.some((t) => t.theme.id === 'tagging-health'));
    assert.deepEqual(script.requests[0]?.selected, []);
  });

  it('offers the most recently used themes first', async () => {
    const editor = await openEditor(document);
    placeCursor(editor, 'Boiling kills');
    script.themeAnswers.push(undefined);
    await vscode.commands.executeCommand('marginalia.tagStatement');
    const ids = script.requests.at(-1)!.themes.map((t) => t.theme.id);
    const advice = created[1]!;
    assert.deepEqual(ids.slice(0, 2), ['tagging-health', advice]);
    assert.equal(readSidecar(document).annotations.length, 1, 'a cancelled pick writes nothing');
  });

  it('tags the quotation under the cursor without a selection (text inside the marks)', async () => {
    const editor = await openEditor(document);
    placeCursor(editor, 'nobody needs to buy');
    script.themeAnswers.push({ themeIds: ['tagging-health'], newLabels: [] });
    await vscode.commands.executeCommand('marginalia.tagStatement');
    await api.annotations.whenIdle();
    const exacts = readSidecar(document).annotations.map((a) => a.target.selector[0].exact);
    assert.ok(exacts.includes('Nobody needs to panic, and nobody needs to buy up bottled water'), exacts.join(' | '));
    assert.equal(editor.document.getText(editor.selection), 'Nobody needs to panic, and nobody needs to buy up bottled water');
    const quote = readSidecar(document).annotations.find((a) => a.target.selector[0].exact.startsWith('Nobody needs'));
    assert.equal(quote?.speaker, undefined, '“the mayor said” names nobody here: no speaker is guessed');
  });

  it('tags the sentence under the cursor when it is not in quotation marks', async () => {
    const editor = await openEditor(document);
    placeCursor(editor, 'struck a more cautious');
    script.themeAnswers.push({ themeIds: [], newLabels: [] });
    await vscode.commands.executeCommand('marginalia.tagStatement');
    await api.annotations.whenIdle();
    const exacts = readSidecar(document).annotations.map((a) => a.target.selector[0].exact);
    assert.ok(exacts.includes('The health ministry’s chief medical officer, Henrik Saarvik, struck a more cautious tone.'), exacts.join(' | '));
  });

  it('edits the themes of a claim that is selected again, with its themes pre-selected', async () => {
    const editor = await openEditor(document);
    select(editor, 'Parents should use bottled water for infant formula until further notice');
    script.themeAnswers.push({ themeIds: ['tagging-health'], newLabels: [] });
    await vscode.commands.executeCommand('marginalia.tagStatement');
    await api.annotations.whenIdle();
    assert.deepEqual(script.requests.at(-1)?.selected, ['tagging-health', created[1]]);
    const claims = readSidecar(document).annotations.filter((a) => a.target.selector[0].exact.startsWith('Parents'));
    assert.equal(claims.length, 1, 'no second claim on the same text');
    assert.deepEqual(claims[0]?.themes, ['tagging-health']);
  });

  it('Undo Last Tag restores the previous themes, then removes an added claim', async () => {
    await openEditor(document);
    const before = readSidecar(document).annotations.length;
    await vscode.commands.executeCommand('marginalia.undoLastTag');
    await api.annotations.whenIdle();
    const parents = () => readSidecar(document).annotations.find((a) => a.target.selector[0].exact.startsWith('Parents'));
    assert.deepEqual(parents()?.themes, ['tagging-health', created[1]]);
    await vscode.commands.executeCommand('marginalia.undoLastTag');
    await api.annotations.whenIdle();
    const exacts = readSidecar(document).annotations.map((a) => a.target.selector[0].exact);
    assert.equal(exacts.length, before - 1);
    assert.ok(!exacts.some((e) => e.startsWith('The health ministry')), 'the sentence claim was removed');
  });

  it('sets the note and the speaker of the claim under the cursor, offering speakers of the corpus', async () => {
    const editor = await openEditor(document);
    placeCursor(editor, 'Parents should use', 3);
    script.noteAnswers.push('Check with the ministry’s written advice.');
    await vscode.commands.executeCommand('marginalia.editNote');
    script.speakerAnswers.push('Henrik Saarvik');
    await vscode.commands.executeCommand('marginalia.setSpeaker');
    await api.annotations.whenIdle();
    const claim = readSidecar(document).annotations.find((a) => a.target.selector[0].exact.startsWith('Parents'));
    assert.equal(claim?.note, 'Check with the ministry’s written advice.');
    assert.equal(claim?.speaker, 'Henrik Saarvik');
    assert.ok(Array.isArray(script.knownSpeakers[0]));
  });

  it('takes (documentUri, claimId) arguments, as the Claims view and hovers pass them, and clears with null / empty', async () => {
    const claim = readSidecar(document).annotations.find((a) => a.target.selector[0].exact.startsWith('Parents'))!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uri = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, ...document.split('/')))).uri.toString();
    script.speakerAnswers.push(null);
    await vscode.commands.executeCommand('marginalia.setSpeaker', uri, claim.id);
    script.noteAnswers.push('');
    await vscode.commands.executeCommand('marginalia.editNote', uri, claim.id);
    script.themeAnswers.push({ themeIds: [created[1]!], newLabels: [] });
    await vscode.commands.executeCommand('marginalia.editThemes', uri, claim.id);
    await api.annotations.whenIdle();
    const after = readSidecar(document).annotations.find((a) => a.id === claim.id)!;
    assert.equal('speaker' in after, false);
    assert.equal('note' in after, false);
    assert.deepEqual(after.themes, [created[1]]);
    // Undo goes back through these edits one by one.
    await vscode.commands.executeCommand('marginalia.undoLastTag');
    await api.annotations.whenIdle();
    assert.deepEqual(readSidecar(document).annotations.find((a) => a.id === claim.id)?.themes, ['tagging-health', created[1]]);
  });

  it('ignores malformed arguments instead of acting on some other claim', async () => {
    const before = JSON.stringify(readSidecar(document));
    await vscode.commands.executeCommand('marginalia.editNote', 42, { id: 'x' });
    await vscode.commands.executeCommand('marginalia.setSpeaker', 'file:///nowhere.txt', 'no-such-claim');
    await api.annotations.whenIdle();
    assert.equal(JSON.stringify(readSidecar(document)), before);
  });

  it('moves the selection to the next and previous claim, wrapping around', async () => {
    const editor = await openEditor(document);
    await until(async () => ((await api.annotations.sessionFor(editor.document))?.annotations.length ?? 0) >= 2, 'claims to load');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('marginalia.nextClaim');
    assert.match(editor.document.getText(editor.selection), /^Nobody needs to panic/);
    await vscode.commands.executeCommand('marginalia.nextClaim');
    assert.match(editor.document.getText(editor.selection), /^Parents should use/);
    await vscode.commands.executeCommand('marginalia.nextClaim');
    assert.match(editor.document.getText(editor.selection), /^Nobody needs to panic/, 'wraps to the first claim');
    await vscode.commands.executeCommand('marginalia.previousClaim');
    assert.match(editor.document.getText(editor.selection), /^Parents should use/, 'wraps to the last claim');
    await vscode.commands.executeCommand('marginalia.previousClaim');
    assert.match(editor.document.getText(editor.selection), /^Nobody needs to panic/);
  });

  it('guesses the speaker with the reporting cues of marginalia.detection.cues, as the suggestions do', async () => {
    const quip = 'tagging-test/harbour-quip.txt';
    writeDocument(quip, 'Harbour levy doubles overnight\n\nThe port authority doubled its levy on Monday.\n\n“This is a tax on thirst,” Dagny Brekke harrumphed outside the harbour office.\n');
    const config = vscode.workspace.getConfiguration('marginalia');
    const tagQuote = async (): Promise<string | undefined> => {
      const editor = await openEditor(quip);
      select(editor, 'This is a tax on thirst,');
      script.themeAnswers.push({ themeIds: ['tagging-health'], newLabels: [] });
      await vscode.commands.executeCommand('marginalia.tagStatement');
      await api.annotations.whenIdle();
      const claim = readSidecar(quip).annotations.find((a) => a.target.selector[0].exact === 'This is a tax on thirst,');
      assert.ok(claim, 'the quote is tagged');
      await vscode.commands.executeCommand('marginalia.undoLastTag');
      await api.annotations.whenIdle();
      return claim.speaker;
    };
    assert.equal(await tagQuote(), undefined, '“harrumphed” is no built-in cue');
    try {
      await config.update('detection.cues', ['harrumphed'], vscode.ConfigurationTarget.Workspace);
      assert.equal(await tagQuote(), 'Dagny Brekke');
    } finally {
      await config.update('detection.cues', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
