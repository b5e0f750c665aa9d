// Runs only in the harness's scale pass (MARGINALIA_TEST_SUITE=scale): the workspace is a corpus of
// 10,000 documents made by the benchmark generator (test/bench/corpus). No assertion is about time;
// `npm run bench` owns timing. These check that a large corpus loads, shows and stays live.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Sidecar } from '../../../src/core/model/sidecar';
import { hashText } from '../../../src/core/text/hash';
import type { LoadProgress } from '../../../src/features/corpus';
import type { MarginaliaApi } from '../../../src/extension';
import { childrenOf, itemsOf, labelOf, nodeAt, until } from '../claims-view-fixtures';
import { activatedMarginalia } from '../support/extension';

const documents = 10_000;

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri.fsPath;
}

function sidecarsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true }).filter((file): file is string => typeof file === 'string' && file.endsWith('.annotations.json'));
}

/** An annotated document whose sidecar matches its text, small, with a themed first claim. */
function annotatedDocument(): { path: string; sidecar: Sidecar } {
  for (const file of sidecarsUnder(root()).sort()) {
    const path = join(root(), file.slice(0, -'.annotations.json'.length));
    const sidecar = JSON.parse(readFileSync(join(root(), file), 'utf8')) as Sidecar;
    const text = readFileSync(path, 'utf8');
    if (text.length < 8000 && sidecar.textHash === hashText(text) && sidecar.annotations[0]!.themes.length > 0) return { path, sidecar };
  }
  throw new Error('the generated corpus has no small annotated document with themes');
}

describe('a generated corpus of 10,000 documents', function () {
  this.timeout(5 * 60_000);
  let api: MarginaliaApi;

  before(async () => {
    api = await activatedMarginalia();
  });

  it('reads the corpus with a progress report that finishes, and the Claims view fills', async () => {
    const reports: LoadProgress[] = [];
    const subscription = api.corpus.onDidReportLoadProgress((report) => reports.push(report));
    const started = Date.now();
    try {
      await api.corpus.reload();
      console.log(`      (read ${api.corpus.index.size} documents in ${((Date.now() - started) / 1000).toFixed(1)} s; for information, not asserted)`);
    } finally {
      subscription.dispose();
    }
    const steps = reports.filter((r) => !r.finished);
    assert.ok(steps.length > 0, 'progress was reported while reading');
    assert.ok(steps.every((r) => r.done > 0 && r.done <= r.total), JSON.stringify(steps.slice(0, 3)));
    assert.equal(steps.at(-1)!.done, steps.at(-1)!.total, 'the last step is the last annotated document');
    assert.equal(reports.at(-1)!.finished, true, 'the load reported that it finished');
    assert.equal(api.corpus.index.size, documents);

    await api.claimsView.provider.whenRefreshed();
    const sidecars = sidecarsUnder(root());
    const outlets = [...new Set(sidecars.map((file) => file.split(/[\\/]/)[0]!))].sort();
    const roots = (await itemsOf(api, await childrenOf(api))).map(labelOf).sort();
    assert.deepEqual(roots, outlets);
    // A wire service's flat archive is the largest folder: one row per annotated document.
    const wire = outlets.find((outlet) => outlet.endsWith('-wire'))!;
    const annotatedInWire = sidecars.filter((file) => file.split(/[\\/]/)[0] === wire && file.split(/[\\/]/).length === 2).length;
    const rows = await childrenOf(api, await nodeAt(api, wire));
    assert.equal(rows.length, annotatedInWire);
  });

  it('still updates the decorations of an annotated document as it is typed in', async () => {
    const { path, sidecar } = annotatedDocument();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(path));
    const color = api.codebook.theme(sidecar.annotations[0]!.themes[0]!)?.color.toLowerCase();
    assert.ok(color, 'the theme of the first claim is in the codebook');
    const starts = () => (api.highlights.computed(editor.document.uri).get(`background:${color}`) ?? []).map((range) => editor.document.offsetAt(range.start));
    await until(() => starts().length > 0, 'the first claim to be highlighted', 60_000);
    const before = starts();

    const typed = 'Updated: ';
    for (const character of typed) {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), character));
    }
    await until(async () => {
      await api.annotations.whenIdle();
      await api.highlights.whenIdle();
      return JSON.stringify(starts()) === JSON.stringify(before.map((start) => start + typed.length));
    }, 'the highlights to move with the typed text', 60_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
