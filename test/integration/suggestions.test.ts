import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { detectClaims } from '../../src/core/detect';
import type { Annotation, DismissedSuggestion } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import type { ClaimsNode, SuggestedClaim } from '../../src/features/claims-view';
import type { MarginaliaApi } from '../../src/extension';
import { childrenOf, itemsOf, labelOf, nodeAt, reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { openEditor } from './tagging-fixtures';

// Copies of sample documents under a folder of this test's own, so other tests' documents stay untouched.
const root = 'suggestions-test';
const mayorSource = 'water-advisory/halden-2026-03-10-velmora-mayor-calm.txt';
const pressSource = 'water-advisory/vwa-2026-03-11-press-release.md';
const mayor = 'mayor-calm.txt';
const mayorTwin = 'mayor-calm-twin.txt';
const press = 'press-release.md';
const cues = 'cues.txt';
const mayorQuote = 'Nobody needs to panic, and nobody needs to buy up bottled water';

type SuggestionNode = Extract<ClaimsNode, { kind: 'suggestion' }>;

interface StoredSidecar {
  annotations: Annotation[];
  dismissed?: DismissedSuggestion[];
}

function readText(relative: string): string {
  return readFileSync(workspaceUri(relative).fsPath, 'utf8');
}

function readSidecar(relative: string): StoredSidecar {
  return JSON.parse(readFileSync(`${workspaceUri(relative).fsPath}.annotations.json`, 'utf8')) as StoredSidecar;
}

/** The detector's own output for a text, in code points, as the CLI would print it. */
function detectedTexts(text: string, format: 'plain' | 'markdown'): { exact: string; speaker: string | null; start: number; end: number }[] {
  const index = CodePointIndex.of(text);
  return detectClaims(text, { format }).map((d) => ({ exact: d.text, speaker: d.speaker, ...index.toCodePointRange(d) }));
}

function sliceCodePoints(text: string, span: { start: number; end: number }): string {
  return Array.from(text).slice(span.start, span.end).join('');
}

describe('Suggestions from claim detection', function () {
  this.timeout(60_000);
  let api: MarginaliaApi;

  /** A document's rows once its suggestions are detected (asking for its children requests them). */
  async function rowsOf(name: string): Promise<ClaimsNode[]> {
    await childrenOf(api, await nodeAt(api, root, name));
    await settle();
    return childrenOf(api, await nodeAt(api, root, name));
  }

  async function settle(): Promise<void> {
    await api.suggestions.detection.whenIdle();
    await api.annotations.whenIdle();
    await api.suggestions.detection.whenIdle();
    await api.claimsView.provider.whenRefreshed();
  }

  function suggestionsIn(rows: readonly ClaimsNode[]): SuggestedClaim[] {
    return rows.filter((row): row is SuggestionNode => row.kind === 'suggestion').map((row) => row.suggestion);
  }

  async function setEnabled(enabled: boolean | undefined): Promise<void> {
    await vscode.workspace.getConfiguration('marginalia').update('suggestions.enabled', enabled, vscode.ConfigurationTarget.Workspace);
    await until(() => api.suggestions.detection.enabled === (enabled ?? true), 'the suggestions setting to apply');
  }

  before(async () => {
    api = await activatedMarginalia();
    writeDocument(`${root}/${mayor}`, readText(mayorSource));
    writeDocument(`${root}/${press}`, readText(pressSource));
    await reloadCorpus(api);
    await vscode.commands.executeCommand('marginalia.claimsView.showAllDocuments');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
    await setEnabled(undefined);
    await api.annotations.whenIdle();
    removeFolder(root);
    await reloadCorpus(api);
  });

  it('lists a document’s detected claims as suggestions, with their speakers, before it is opened', async () => {
    const text = readText(`${root}/${mayor}`);
    const rows = await rowsOf(mayor);
    const suggestions = suggestionsIn(rows);
    const expected = detectedTexts(text, 'plain');
    assert.ok(expected.length > 0, 'the detector finds claims in the sample document');
    assert.deepEqual(
      suggestions.map((s) => [s.exact, s.speaker ?? null, s.start, s.end]),
      expected.map((d) => [d.exact, d.speaker, d.start, d.end]),
    );
    for (const suggestion of suggestions) assert.equal(sliceCodePoints(text, suggestion), suggestion.exact, 'spans are code points into the file');
    assert.equal(api.suggestions.detector.mode, 'thread', 'the detector ran on its worker thread, not in the extension host');
    const quote = suggestions.find((s) => s.exact === mayorQuote);
    assert.equal(quote?.speaker, 'Beatriz Okonkwo-Lund');

    const items = await itemsOf(api, rows);
    const item = items[rows.findIndex((row) => row.kind === 'suggestion' && row.suggestion.exact === mayorQuote)]!;
    const label = labelOf(item);
    assert.ok(label === mayorQuote || (label.endsWith('…') && mayorQuote.startsWith(label.slice(0, -1))), `the row shows the quote (trimmed): ${label}`);
    assert.equal(item.description, 'suggested · Beatriz Okonkwo-Lund');
    assert.equal(item.contextValue, 'suggestion');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === workspaceUri(`${root}/${mayor}`).toString()), 'detection did not open the document');

    // A document with suggestions but no claims stays in the view when only documents with claims show.
    await vscode.commands.executeCommand('marginalia.claimsView.showAnnotatedDocuments');
    const documentItem = await api.claimsView.provider.getTreeItem(await nodeAt(api, root, mayor));
    assert.equal(documentItem.description, '0 claims');
    assert.equal(documentItem.tooltip, `${root}/${mayor}\n${expected.length} suggested claims`);
    await vscode.commands.executeCommand('marginalia.claimsView.showAllDocuments');
  });

  it('accepts a suggestion as an annotation with its kind, speaker and exact span', async () => {
    const text = readText(`${root}/${mayor}`);
    const node = (await rowsOf(mayor)).find((row): row is SuggestionNode => row.kind === 'suggestion' && row.suggestion.exact === mayorQuote);
    assert.ok(node, 'the quote is suggested');
    await vscode.commands.executeCommand('marginalia.acceptSuggestion', node);
    await settle();

    const [annotation, ...others] = readSidecar(`${root}/${mayor}`).annotations;
    assert.equal(others.length, 0);
    assert.equal(annotation?.kind, 'quote');
    assert.equal(annotation?.speaker, 'Beatriz Okonkwo-Lund');
    const [quote, position] = annotation!.target.selector;
    assert.equal(quote.exact, mayorQuote);
    assert.deepEqual([position.start, position.end], [node.suggestion.start, node.suggestion.end]);
    assert.equal(sliceCodePoints(text, position), mayorQuote);

    const rows = await rowsOf(mayor);
    assert.ok(!suggestionsIn(rows).some((s) => s.exact === mayorQuote), 'an accepted suggestion is no longer suggested');
    assert.ok(rows.some((row) => row.kind === 'claim' && row.claim.annotation.id === annotation!.id), 'it shows as a claim');
  });

  it('remembers a dismissed suggestion in the sidecar; it is not suggested again, open or not', async () => {
    const [node] = suggestionsIn(await rowsOf(mayor)).filter((s) => s.exact !== mayorQuote);
    assert.ok(node);
    const row = (await rowsOf(mayor)).find((r): r is SuggestionNode => r.kind === 'suggestion' && r.suggestion.exact === node.exact)!;
    await vscode.commands.executeCommand('marginalia.dismissSuggestion', row);
    await settle();

    const sidecar = readSidecar(`${root}/${mayor}`);
    assert.equal(sidecar.dismissed?.length, 1);
    assert.equal(sidecar.dismissed[0]!.exact, node.exact);
    assert.equal(sidecar.annotations.length, 1, 'dismissing adds no annotation');
    assert.ok(!suggestionsIn(await rowsOf(mayor)).some((s) => s.exact === node.exact));

    // After a reload, and for a document never opened whose sidecar carries the same dismissal.
    const text = readText(`${root}/${mayor}`);
    writeDocument(`${root}/${mayorTwin}`, text);
    writeFileSync(
      `${workspaceUri(`${root}/${mayorTwin}`).fsPath}.annotations.json`,
      serializeSidecar({ version: 2, document: mayorTwin, textHash: '', annotations: [], dismissed: sidecar.dismissed }),
    );
    api.suggestions.detection.forgetClosed();
    await reloadCorpus(api);
    const twin = suggestionsIn(await rowsOf(mayorTwin));
    assert.equal(twin.length, detectedTexts(text, 'plain').length - 1);
    assert.ok(!twin.some((s) => s.exact === node.exact));
    assert.ok(!suggestionsIn(await rowsOf(mayor)).some((s) => s.exact === node.exact));
  });

  it('accepts all suggestions of a document at once', async () => {
    const text = readText(`${root}/${press}`);
    const expected = detectedTexts(text, 'markdown');
    assert.ok(expected.length > 1);
    assert.equal(suggestionsIn(await rowsOf(press)).length, expected.length);
    await vscode.commands.executeCommand('marginalia.acceptAllSuggestions', await nodeAt(api, root, press));
    await settle();

    const annotations = readSidecar(`${root}/${press}`).annotations;
    assert.deepEqual(
      annotations.map((a) => [a.target.selector[0].exact, a.speaker ?? null, a.target.selector[1].start, a.target.selector[1].end]),
      expected.map((d) => [d.exact, d.speaker, d.start, d.end]),
    );
    const rows = await rowsOf(press);
    assert.equal(suggestionsIn(rows).length, 0);
    assert.equal(rows.filter((row) => row.kind === 'claim').length, expected.length);
  });

  it('highlights detected claims (reported ones too) instead of bare quotation marks, and types without waiting', async () => {
    const editor = await openEditor(`${root}/${mayor}`);
    const { document } = editor;
    await settle();
    await api.highlights.whenIdle();
    const quoted = (api.highlights.computed(document.uri).get('quote') ?? []).map((range) => document.getText(range));
    assert.ok(quoted.includes('she would be boiling water for her own two children that evening'), `reported speech is highlighted: ${quoted.join(' | ')}`);
    assert.ok(quoted.includes('„within five to seven days“') || quoted.some((q) => q.includes('within five to seven days')), quoted.join(' | '));

    // An edit resolves while the detection of its text is still pending; the detection follows.
    const versionBefore = document.version;
    const end = document.positionAt(document.getText().length);
    const started = Date.now();
    assert.ok(await editor.edit((edit) => edit.insert(end, '\n“The pipes were never at risk,” said Ada Okafor, the works manager.\n')));
    const editMs = Date.now() - started;
    assert.ok(api.suggestions.detection.isPending(document), 'detection has not run yet when the edit resolves');
    assert.equal(api.suggestions.detection.detectedVersion(document), versionBefore);
    await settle();
    assert.equal(api.suggestions.detection.detectedVersion(document), document.version);
    const fresh = suggestionsIn(await rowsOf(mayor)).find((s) => s.exact === 'The pipes were never at risk,');
    assert.equal(fresh?.speaker, 'Ada Okafor', `the new quote is suggested (edit took ${editMs} ms)`);
  });

  it('extends the reporting cues with marginalia.detection.cues, live', async () => {
    writeDocument(`${root}/${cues}`, 'The harbour reopened on Sunday. “The cranes stay idle until April,” grumbled Ada Okafor, the harbour master.\n');
    await reloadCorpus(api);
    assert.deepEqual(suggestionsIn(await rowsOf(cues)), [], 'an unknown verb attributes nothing');
    const config = vscode.workspace.getConfiguration('marginalia');
    try {
      await config.update('detection.cues', ['grumbled'], vscode.ConfigurationTarget.Workspace);
      await until(async () => suggestionsIn(await rowsOf(cues)).length > 0, 'the new cue to apply');
      const [suggestion] = suggestionsIn(await rowsOf(cues));
      assert.equal(suggestion?.exact, 'The cranes stay idle until April,');
      assert.equal(suggestion?.speaker, 'Ada Okafor');
    } finally {
      await config.update('detection.cues', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(async () => suggestionsIn(await rowsOf(cues)).length === 0, 'the cue to be gone again');
  });

  it('removes suggestions and falls back to quotation marks when the setting is off, and brings them back', async () => {
    const { document } = await openEditor(`${root}/${mayor}`);
    assert.ok(suggestionsIn(await rowsOf(mayor)).length > 0);
    await setEnabled(false);
    await settle();
    assert.equal(suggestionsIn(await rowsOf(mayor)).length, 0);
    await api.highlights.whenIdle();
    const quoted = (api.highlights.computed(document.uri).get('quote') ?? []).map((range) => document.getText(range));
    assert.ok(!quoted.some((q) => q.includes('she would be boiling water')), 'reported speech is not highlighted without detection');
    assert.ok(quoted.includes('„within five to seven days“'), quoted.join(' | '));

    await setEnabled(true);
    await settle();
    assert.ok(suggestionsIn(await rowsOf(mayor)).length > 0);
  });
});
