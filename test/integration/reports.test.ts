import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ClaimRef, CorpusReport, ReportTable } from '../../src/core/reports';
import type { MarginaliaApi } from '../../src/extension';
import type { ReportPanel, ReportPrompts } from '../../src/features/reports';
import { reloadCorpus, removeFolder, until, workspaceUri, writeDocument } from './claims-view-fixtures';
import { activatedMarginalia, manifest, marginalia } from './support/extension';
import { removeThemes } from './tagging-fixtures';

const hostile = '<img src=x onerror=alert(1)>';
const ferry = 'reports-test/ferry.txt';
const bridge = 'reports-test/bridge.md';
const ferryText = 'The minister said "fares will fall in May" and "the ferry stays public". The union said "we were not asked".\n';
const bridgeText = 'Engineers said "the bridge is safe" although the mayor said "nobody told us".\n';

describe('Reports webview', () => {
  let api: MarginaliaApi;
  let panel: ReportPanel;
  let saved: ReportPrompts;
  const picks: { claims: readonly ClaimRef[]; title: string }[] = [];
  let pickAnswer: (claims: readonly ClaimRef[]) => ClaimRef | undefined = () => undefined;
  let saveAnswer: vscode.Uri | undefined;
  const themeIds = ['rp-fares', 'rp-safety', 'rp-hostile'];

  before(async () => {
    api = await activatedMarginalia();
    await api.codebook.ready();
    await api.codebook.apply(
      { type: 'add-theme', theme: { id: 'rp-fares', label: 'RP Fares', color: '#3e63dd' } },
      { type: 'add-theme', theme: { id: 'rp-safety', label: 'RP Safety', color: '#e5484d' } },
      { type: 'add-theme', theme: { id: 'rp-hostile', label: `RP ${hostile}`, color: '#30a46c' } },
    );
    writeDocument(ferry, ferryText, [
      { exact: 'fares will fall in May', themes: ['rp-fares'], speaker: 'RP Minister' },
      { exact: 'the ferry stays public', themes: ['rp-fares', 'rp-hostile'], speaker: 'RP Minister', note: `[x](command:workbench.action.terminal.new) ${hostile}` },
      { exact: 'we were not asked', themes: ['rp-safety'], speaker: `RP ${hostile}` },
    ]);
    writeDocument(bridge, bridgeText, [{ exact: 'the bridge is safe', themes: ['rp-safety'] }]);
    await reloadCorpus(api);
    saved = api.reports.prompts;
    api.reports.prompts = {
      pickClaim: async (claims, title) => {
        picks.push({ claims, title });
        return pickAnswer(claims);
      },
      saveLocation: async () => saveAnswer,
    };
    await vscode.commands.executeCommand('marginalia.showReports');
    assert.ok(api.reports.panel, 'the command opens the report');
    panel = api.reports.panel;
  });

  after(async () => {
    api.reports.prompts = saved;
    api.reports.panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    await removeThemes(api, themeIds);
    removeFolder('reports-test');
    rmSync(workspaceUri('reports-export.html').fsPath, { force: true });
  });

  const row = (report: CorpusReport | undefined, table: 'documents' | 'speakers', key: string) => {
    const t = report![table];
    const r = t.rows.findIndex((axis) => axis.key === key);
    assert.ok(r >= 0, `${key} is a row of ${table}`);
    return r;
  };
  const column = (table: ReportTable, key: string) => table.columns.findIndex((axis) => axis.key === key);
  const cellMessage = (table: 'documents' | 'speakers' | 'cooccurrence', r: number, c: number) => ({ type: 'openCell', revision: panel.revision, table, row: r, column: c });
  const selectedText = () => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.getText(editor.selection);
  };

  it('is contributed to the palette and the Claims view title menu with localized titles', () => {
    const contributes = manifest().contributes as unknown as { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string }[]> };
    const titles = { 'marginalia.showReports': 'Show Reports', 'marginalia.exportReport': 'Export Report as HTML…' };
    for (const [id, title] of Object.entries(titles)) {
      assert.equal(contributes.commands.find((c) => c.command === id)?.title, title, 'the title comes from package.nls.json');
      assert.ok(contributes.menus['view/title']!.some((m) => m.command === id && m.when === 'view == marginalia.claims'));
      assert.ok(contributes.menus.commandPalette!.some((m) => m.command === id));
    }
  });

  it('opens a webview with scripts limited to the media folder, no command links, and a nonce’d CSP', () => {
    assert.equal(panel.panel.viewType, 'marginalia.report');
    assert.ok(panel.panel.visible);
    const options = panel.panel.webview.options;
    assert.equal(options.enableScripts, true);
    assert.ok(!options.enableCommandUris);
    assert.deepEqual(options.localResourceRoots?.map((uri) => uri.path), [vscode.Uri.joinPath(marginalia().extensionUri, 'media').path]);
    const html = panel.html;
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce && nonce.length >= 16, 'a nonce');
    assert.ok(html.includes(`content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`));
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]!, new RegExp(`nonce="${nonce.replace(/[+/=]/g, '\\$&')}" src="[^"]+/media/report\\.js"`));
    const script = /<script[^>]* src="([^"]+)"/.exec(html)![1]!;
    for (const [address] of html.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'<>;]+/g)) {
      assert.ok(address === script || panel.panel.webview.cspSource.includes(address), `only the webview's own resources: ${address}`);
    }
  });

  it('counts the corpus exactly and shows hostile names as text', () => {
    const report = panel.current!;
    const docs = report.documents;
    const ferryRow = row(report, 'documents', ferry);
    assert.deepEqual(
      ['rp-fares', 'rp-safety', 'rp-hostile'].map((id) => docs.cells[ferryRow]![column(docs, id)]!.count),
      [2, 1, 1],
    );
    assert.equal(docs.cells[row(report, 'documents', bridge)]![column(docs, 'rp-safety')]!.count, 1);
    const co = report.cooccurrence;
    assert.equal(co.cells[column(co, 'rp-fares')]![column(co, 'rp-hostile')]!.sameClaim, 1);
    assert.ok(!panel.html.includes(hostile), 'the raw tag is not in the page');
    assert.ok(panel.html.includes('RP &lt;img src=x onerror=alert(1)&gt;'), 'it is escaped text');
    assert.ok(!/<img\b/i.test(panel.html));
  });

  it('opens a cell’s only claim directly, selected in its document', async () => {
    const report = panel.current!;
    const opened = await panel.receive(cellMessage('documents', row(report, 'documents', bridge), column(report.documents, 'rp-safety')));
    assert.equal(opened?.quote, 'the bridge is safe');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), workspaceUri(bridge).toString());
    assert.equal(selectedText(), 'the bridge is safe');
    assert.equal(picks.length, 0);
  });

  it('offers the claims of a cell with several in a quick pick and opens the chosen one', async () => {
    const report = panel.current!;
    pickAnswer = (claims) => claims[1];
    const opened = await panel.receive(cellMessage('documents', row(report, 'documents', ferry), column(report.documents, 'rp-fares')));
    assert.equal(picks.length, 1);
    assert.deepEqual(picks[0]!.claims.map((c) => c.quote), ['fares will fall in May', 'the ferry stays public']);
    assert.match(picks[0]!.title, /^reports-test\/ferry\.txt · RP Fares: 2 claims$/);
    assert.equal(opened?.quote, 'the ferry stays public');
    assert.equal(selectedText(), 'the ferry stays public');
  });

  it('ignores unknown, malformed and stale messages', async () => {
    const editor = vscode.window.activeTextEditor;
    const selection = editor?.selection;
    const report = panel.current!;
    const r = row(report, 'documents', bridge);
    const c = column(report.documents, 'rp-safety');
    const bad: unknown[] = [
      null,
      'openCell',
      [cellMessage('documents', r, c)],
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { ...cellMessage('documents', r, c), revision: panel.revision + 1 },
      { ...cellMessage('documents', r, c), revision: 0 },
      { ...cellMessage('documents', r, c), row: String(r) },
      { ...cellMessage('documents', r, c), row: -1 },
      { ...cellMessage('documents', r, c), column: 1e9 },
      { ...cellMessage('documents', r, c), table: '__proto__' },
      { ...cellMessage('documents', r, c), extra: 'command:workbench.action.terminal.new' },
      { type: 'export', target: 'file:///etc/passwd' },
    ];
    for (const message of bad) assert.equal(await panel.receive(message), undefined, JSON.stringify(message));
    assert.equal(vscode.window.activeTextEditor, editor, 'nothing else was opened');
    assert.ok(editor && selection && editor.selection.isEqual(selection), 'nor selected');
    assert.equal(picks.length, 1, 'no quick pick was shown');
  });

  it('draws the report again (debounced) when the corpus changes', async () => {
    panel.panel.reveal();
    await until(() => panel.panel.visible, 'the report to be shown again');
    await panel.whenIdle();
    const before = panel.revision;
    writeDocument(bridge, bridgeText, [
      { exact: 'the bridge is safe', themes: ['rp-safety'] },
      { exact: 'nobody told us', themes: ['rp-safety', 'rp-fares'], speaker: 'RP Mayor' },
    ]);
    await until(() => {
      const report = panel.current!;
      const r = report.documents.rows.findIndex((a) => a.key === bridge);
      return r >= 0 && report.documents.rowTotals[r] === 2;
    }, 'the report to count the new claim', 15_000);
    assert.ok(panel.revision > before);
    assert.ok(panel.html.includes(`data-revision="${panel.revision}"`));
    assert.ok(panel.current!.speakers.rows.some((a) => a.label === 'RP Mayor'));
  });

  it('answers a click from the page being replaced by a redraw, but not from renderings long gone', async () => {
    const old = panel.current!;
    const oldRevision = panel.revision;
    const message = { ...cellMessage('speakers', row(old, 'speakers', `RP ${hostile}`), column(old.speakers, 'rp-safety')), revision: oldRevision };
    await panel.redraw();
    assert.equal(panel.revision, oldRevision + 1);
    assert.equal((await panel.receive(message))?.quote, 'we were not asked');
    assert.equal(selectedText(), 'we were not asked');
    await panel.redraw();
    await panel.redraw();
    assert.equal(await panel.receive(message), undefined);
  });

  it('exports a self-contained HTML file through the command and from the page’s button', async () => {
    const target = workspaceUri('reports-export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('marginalia.exportReport', target);
    assert.equal(written?.toString(), target.toString());
    const html = readFileSync(target.fsPath, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    assert.ok(!/<script\b/i.test(html) && !/<img\b/i.test(html));
    assert.ok(html.includes('reports-test/</span>ferry.txt'));
    rmSync(target.fsPath);

    saveAnswer = target;
    await panel.receive({ type: 'export' });
    assert.ok(existsSync(target.fsPath), 'the export button writes where the user chose');
    saveAnswer = undefined;
  });
});
