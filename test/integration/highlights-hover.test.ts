import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { hoverCommands } from '../../src/features/highlights/claim-hover';
import { removeFolder, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { openEditor, removeThemes } from './tagging-fixtures';

const document = 'highlights-test/hostile-interview.md';
const hostile = 'Click <img src=x onerror=alert(1)> or [x](command:workbench.action.quit) now';
const text = [
  '# Interview',
  '',
  `The source wrote: “${hostile}” and left.`,
  '',
  'The mayor said "water first, blame later" at City Hall, and “nobody panicked”.',
  '',
  '```',
  'const quote = "not a quotation";',
  '```',
  '',
].join('\n');

function offsetsOf(editor: vscode.TextEditor, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((r) => editor.document.getText(r));
}

describe('Inline highlights and the claim hover', () => {
  let api: MarginaliaApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.ready();
    await api.codebook.apply(
      { type: 'add-theme', theme: { id: 'hl-red', label: 'HL <b>Red</b> [x](command:workbench.action.quit)', color: '#e5484d' } },
      { type: 'add-theme', theme: { id: 'hl-custom', label: 'HL Custom', color: '#123456' } },
    );
    writeDocument(document, text, [
      { exact: 'The mayor said "water first, blame later" at City Hall', themes: ['hl-custom'] },
      { exact: 'water first, blame later', themes: ['hl-red', 'hl-custom'], speaker: 'Mayor <script>', note: 'Note with **bold** and <i>tags</i>' },
      { exact: hostile, themes: ['hl-red'], speaker: '[me](command:workbench.action.quit)' },
    ]);
    editor = await openEditor(document);
    await api.annotations.whenIdle();
    await api.highlights.whenIdle();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    await removeThemes(api, ['hl-red', 'hl-custom']);
    removeFolder('highlights-test');
  });

  it('draws the innermost claim’s first theme as the background, per style, in one set of ranges', () => {
    const drawn = api.highlights.computed(editor.document.uri);
    assert.deepEqual(offsetsOf(editor, drawn.get('background:#e5484d')), [hostile, 'water first, blame later']);
    assert.deepEqual(offsetsOf(editor, drawn.get('background:#123456')), ['The mayor said "', '" at City Hall']);
  });

  it('marks every theme of every claim in the overview ruler and the gutter', () => {
    const drawn = api.highlights.computed(editor.document.uri);
    assert.deepEqual(offsetsOf(editor, drawn.get('ruler:#123456|1')), ['water first, blame later']);
    assert.equal(drawn.get('ruler:#123456|0')?.length, 1);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('The mayor'));
    assert.deepEqual(drawn.get('gutter:#123456,#e5484d')?.map((r) => r.start.line), [line]);
  });

  it('gives untagged quotations the subtle quotation background, but not quotes in code', () => {
    const drawn = api.highlights.computed(editor.document.uri);
    assert.deepEqual(offsetsOf(editor, drawn.get('quote')), ['“', '”', '“nobody panicked”']);
  });

  it('updates after an edit and after a claim is removed', async () => {
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Updated.\n\n'));
    await api.highlights.whenIdle();
    assert.deepEqual(offsetsOf(editor, api.highlights.computed(editor.document.uri).get('background:#e5484d')), [hostile, 'water first, blame later']);
    const session = await api.annotations.sessionFor(editor.document);
    const outer = session!.annotations.find((a) => a.annotation.themes[0] === 'hl-custom')!;
    await api.annotations.removeClaim(editor.document, outer.annotation.id);
    await api.highlights.whenIdle();
    assert.equal(api.highlights.computed(editor.document.uri).has('background:#123456'), false);
  });

  it('escapes document and annotation text in the hover and links only Marginalia commands', async () => {
    const at = editor.document.getText().indexOf('onerror');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('Claim'));
    assert.equal(ours.length, 1, 'one claim under the mouse');
    const value = ours[0]!.value.replace(/&nbsp;/g, ' ');
    assert.ok(!value.includes('<img'), value);
    assert.ok(value.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'), value);
    assert.ok(!value.includes('[x](command:workbench'), 'the quoted link is not live');
    assert.ok(!value.includes('[me](command:'), 'the speaker link is not live');
    assert.ok(!value.includes('<b>'), 'theme labels are escaped');
    const commands = [...value.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]!);
    for (const command of ['marginalia.editNote', 'marginalia.editThemes', 'marginalia.setSpeaker']) assert.ok(commands.includes(command), command);
    // Cross-references of the claim, if any, link only to Marginalia's own allow-listed commands.
    assert.ok(commands.every((c) => (hoverCommands as readonly string[]).includes(c)), commands.join());
  });

  it('builds a hover whose trust is limited to Marginalia’s own commands and has no HTML', async () => {
    const session = await api.annotations.sessionFor(editor.document);
    const inner = session!.annotations.find((a) => a.annotation.speaker === 'Mayor <script>')!;
    const markdown = api.highlights.hover.describe(editor.document.uri, inner.annotation);
    const shown = markdown.value.replace(/&nbsp;/g, ' ');
    assert.equal(markdown.supportHtml, false);
    assert.deepEqual(markdown.isTrusted, { enabledCommands: [...hoverCommands] });
    assert.ok(hoverCommands.every((c) => c.startsWith('marginalia.')));
    assert.ok(shown.includes('Mayor &lt;script&gt;'));
    assert.ok(shown.includes('Note with \\*\\*bold\\*\\* and &lt;i&gt;tags&lt;/i&gt;'), markdown.value);
    assert.match(markdown.value, /!\[\]\(data:image\/svg\+xml;base64,/);
  });
});
