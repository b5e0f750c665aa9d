import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { refreshSelectors } from '../../src/core/anchor/selectors';
import { parseCsv, readQdpx } from '../../src/core/exchange';
import type { Annotation } from '../../src/core/model/annotation';
import { serializeSidecar } from '../../src/core/store/serialize';
import type { ExportResult } from '../../src/features/exchange/export-command';
import type { ImportResult } from '../../src/features/exchange/import-command';
import type { MarginaliaApi } from '../../src/extension';
import { activatedMarginalia } from './support/extension';
import { until } from './support/until';

const folder = 'exchange-it';
const documents = {
  walkout: { from: 'rail-strike/northgate-2026-03-16-rail-walkout.md', to: `${folder}/walkout.md` },
  called: { from: 'rail-strike/meridian-2026-03-18-strike-suspended.md', to: `${folder}/suspended.md` },
};
const theme = { id: 'exchange-it-labour', label: 'Labour (exchange test)', color: '#30a46c', description: 'Strikes & <unions>' };

function workspaceUri(relative: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0];
  assert.ok(root, 'a workspace folder is open');
  return vscode.Uri.joinPath(root.uri, ...relative.split('/'));
}

/** Claims on the first sentences in quotation marks of a text. */
function claimsOn(text: string, prefix: string): Annotation[] {
  const quotes = [...text.matchAll(/“[^”]{12,}”|"[^"]{12,}"/g)].slice(0, 3);
  assert.ok(quotes.length >= 2, 'the sample has quotations');
  return quotes.map((match, i) => {
    const start = Array.from(text.slice(0, match.index)).length;
    return {
      id: `${prefix}${i}`,
      target: refreshSelectors(text, { start, end: start + Array.from(match[0]).length }),
      kind: 'quote',
      speaker: 'Union spokesperson',
      themes: [theme.id],
      ...(i === 0 ? { note: 'Check "=SUM" & <tags>' } : {}),
      ...(i === 1 ? { links: [{ target: `${prefix}0`, relation: 'repeats' }] } : {}),
      created: '2026-03-16T09:00:00.000Z',
      modified: '2026-03-16T09:00:00.000Z',
    };
  });
}

describe('Export and import of annotations', () => {
  let api: MarginaliaApi;
  let out: string;
  const claimCount = () => Object.values(documents).reduce((n, d) => n + (api.corpus.index.get(d.to)?.claims.length ?? 0), 0);

  before(async () => {
    api = await activatedMarginalia();
    out = mkdtempSync(join(tmpdir(), 'marginalia-exchange-'));
    await api.codebook.ready();
    await api.codebook.apply({ type: 'add-theme', theme });
    mkdirSync(workspaceUri(folder).fsPath, { recursive: true });
    for (const [name, { from, to }] of Object.entries(documents)) {
      copyFileSync(workspaceUri(from).fsPath, workspaceUri(to).fsPath);
      const text = readFileSync(workspaceUri(to).fsPath, 'utf8');
      writeFileSync(
        workspaceUri(`${to}.annotations.json`).fsPath,
        serializeSidecar({ version: 2, document: to.split('/').pop()!, textHash: '', annotations: claimsOn(text, `01EXCHANGE${name.toUpperCase()}`) }),
      );
    }
    // Files written behind VS Code's back are not announced as created: read the corpus again.
    await api.corpus.reload();
    await until(() => claimCount() === 6, 'the corpus index to hold the test claims');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    rmSync(workspaceUri(folder).fsPath, { recursive: true, force: true });
    if (api.codebook.theme(theme.id)) await api.codebook.apply({ type: 'remove-theme', id: theme.id });
    rmSync(out, { recursive: true, force: true });
  });

  it('export: Export Annotations writes a REFI-QDA project and a CSV of one corpus folder', async () => {
    const target = vscode.Uri.file(join(out, 'folder.qdpx'));
    const result = await vscode.commands.executeCommand<ExportResult | undefined>('marginalia.exportAnnotations', { format: 'qdpx', folder, target });
    assert.ok(result, 'the export ran');
    assert.equal(result.summary?.claims, 6);
    assert.equal(result.summary?.links, 2);
    const project = readQdpx(readFileSync(target.fsPath));
    assert.deepEqual(project.sources.map((s) => s.name).sort(), [documents.called.to, documents.walkout.to]);
    assert.equal(project.sources.reduce((n, s) => n + s.selections.length, 0), 6);
    assert.ok(project.codes.some((c) => c.name === theme.label && c.description === theme.description));

    const csvTarget = vscode.Uri.file(join(out, 'folder.csv'));
    await vscode.commands.executeCommand('marginalia.exportAnnotations', { format: 'csv', folder, target: csvTarget });
    const rows = parseCsv(readFileSync(csvTarget.fsPath, 'utf8'));
    assert.equal(rows.length, 7);
    assert.ok(rows.slice(1).every((r) => r[0]!.startsWith(`${folder}/`) && r[5] === theme.label));
  });

  it('import: Import Codebook or Project adds the codings through the annotation service and reports the ones it cannot place', async () => {
    const source = vscode.Uri.file(join(out, 'folder.qdpx'));
    assert.ok(existsSync(source.fsPath), 'the export test wrote the project');
    for (const { to } of Object.values(documents)) rmSync(workspaceUri(`${to}.annotations.json`).fsPath);
    writeFileSync(workspaceUri(documents.called.to).fsPath, 'This report was withdrawn by the publisher.\n');
    await until(() => claimCount() === 0, 'the claims to leave the index');

    const result = await vscode.commands.executeCommand<ImportResult | undefined>('marginalia.importCodebookOrProject', { source, confirm: true });
    assert.ok(result?.applied, 'the import was applied');
    assert.equal(result.claimsAdded, 3, 'the claims of the unchanged document');
    assert.equal(result.unmatched.length, 3, 'the claims of the replaced document are reported');
    assert.ok(result.unmatched.every((u) => u.source === documents.called.to && /not found/.test(u.reason)));
    assert.equal(result.links, 1);
    await api.annotations.whenIdle();

    const sidecar = JSON.parse(readFileSync(workspaceUri(`${documents.walkout.to}.annotations.json`).fsPath, 'utf8')) as { annotations: Annotation[] };
    assert.equal(sidecar.annotations.length, 3);
    assert.ok(sidecar.annotations.every((a) => a.themes.includes(theme.id) && a.speaker === 'Union spokesperson' && a.kind === 'quote'));
    assert.equal(sidecar.annotations.find((a) => a.note)?.note, 'Check "=SUM" & <tags>');
    assert.equal(sidecar.annotations.filter((a) => a.links?.length).length, 1);
    const session = await api.annotations.sessionFor(await vscode.workspace.openTextDocument(workspaceUri(documents.walkout.to)));
    assert.equal(session?.annotations.filter((a) => a.state === 'anchored').length, 3);
    assert.ok(!existsSync(workspaceUri(`${documents.called.to}.annotations.json`).fsPath), 'nothing was guessed into the replaced document');
  });

  it('import: a codebook (.qdc) brings back a theme with its colour and description', async () => {
    const target = vscode.Uri.file(join(out, 'codes.qdc'));
    await vscode.commands.executeCommand('marginalia.exportAnnotations', { format: 'qdc', target });
    await api.codebook.apply({ type: 'remove-theme', id: theme.id });
    const result = await vscode.commands.executeCommand<ImportResult | undefined>('marginalia.importCodebookOrProject', { source: target, confirm: true });
    assert.equal(result?.themesAdded, 1);
    const restored = api.codebook.themes.find((t) => t.label === theme.label);
    assert.equal(restored?.color, theme.color);
    assert.equal(restored?.description, theme.description);
    if (restored && restored.id !== theme.id) await api.codebook.apply({ type: 'remove-theme', id: restored.id });
  });
});
