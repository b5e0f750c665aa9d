// Symbolic links in the workspace copy: those leading outside the workspace folder are not
// followed (their documents are not in the corpus, their sidecars neither read nor written) and
// are named once in a warning; a link to a folder inside does not list its documents twice.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { refreshSelectors } from '../../src/core/anchor';
import { serializeCodebook, serializeSidecar } from '../../src/core/store/serialize';
import { CodePointIndex } from '../../src/core/text/code-points';
import { hashText } from '../../src/core/text/hash';
import type { MarginaliaApi } from '../../src/extension';
import { workspaceUri } from './claims-view-fixtures';
import { activatedMarginalia } from './support/extension';
import { corpusSettled } from './support/corpus-settled';
import { until } from './support/until';

const linkedFolder = 'symlink-test-outside';
const linkedFile = 'symlink-test-outside-note.txt';
const insideLink = 'symlink-test-interviews';
/** A document of the corpus whose sidecar is a link to one outside. */
const linkedSidecarDocument = 'symlink-test-report.txt';
const reportText = 'Harbour report\n\n“The harbour stays closed until Friday,” the harbour master said.\n';
const quote = 'The harbour stays closed until Friday';

function writeOutsideCorpus(folder: string): string {
  const index = CodePointIndex.of(reportText);
  const at = reportText.indexOf(quote);
  const sidecar = serializeSidecar({
    version: 2,
    document: 'report.txt',
    textHash: hashText(reportText),
    annotations: [{ id: '01JSYMLINK0UTSIDE000000001', target: refreshSelectors(reportText, index.toCodePointRange({ start: at, end: at + quote.length }), index), themes: [], created: '2026-03-10T09:00:00.000Z', modified: '2026-03-10T09:00:00.000Z' }],
  });
  writeFileSync(join(folder, 'report.txt'), reportText);
  writeFileSync(join(folder, 'report.txt.annotations.json'), sidecar);
  writeFileSync(join(folder, 'note.txt'), 'A note kept outside the corpus.\n');
  return sidecar;
}

describe('Symbolic links in the corpus folder', function () {
  this.timeout(60_000);
  let api: MarginaliaApi;
  let outside: string;
  let sidecar: string;

  before(async () => {
    api = await activatedMarginalia();
    await api.corpus.ensureLoaded();
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'marginalia-outside-')));
    sidecar = writeOutsideCorpus(outside);
    symlinkSync(outside, workspaceUri(linkedFolder).fsPath, 'dir');
    symlinkSync(join(outside, 'note.txt'), workspaceUri(linkedFile).fsPath, 'file');
    symlinkSync(workspaceUri('interviews').fsPath, workspaceUri(insideLink).fsPath, 'dir');
    writeFileSync(workspaceUri(linkedSidecarDocument).fsPath, reportText);
    symlinkSync(join(outside, 'report.txt.annotations.json'), workspaceUri(`${linkedSidecarDocument}.annotations.json`).fsPath, 'file');
    await api.corpus.reload();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.annotations.whenIdle();
    for (const link of [linkedFolder, linkedFile, insideLink, `${linkedSidecarDocument}.annotations.json`, linkedSidecarDocument]) unlinkSync(workspaceUri(link).fsPath);
    rmSync(outside, { recursive: true, force: true });
    await api.corpus.reload();
    await corpusSettled(api);
  });

  it('leaves out what links outside the workspace lead to, and names each such link once in a warning', async () => {
    const index = api.corpus.index;
    assert.equal(index.get(`${linkedFolder}/report.txt`), undefined, 'a document in a linked outside folder is not listed');
    assert.equal(index.get(linkedFile), undefined, 'a linked outside document is not listed');
    assert.ok(index.get('interviews/krenn-radio-transcript-2026-03-17.txt'), 'the corpus is still listed');
    assert.equal(index.get(`${insideLink}/krenn-radio-transcript-2026-03-17.txt`), undefined, 'a link to a folder inside does not list it twice');

    const warnings = api.corpus.linkReport.messages.filter((m) => m.includes('symlink-test'));
    assert.equal(warnings.length, 1, `one warning (got ${JSON.stringify(warnings)})`);
    assert.ok(warnings[0]!.includes(`"${linkedFolder}" leads to ${outside}, outside the workspace folder`), warnings[0]);
    assert.ok(warnings[0]!.includes(`"${linkedFile}" leads to ${join(outside, 'note.txt')}`), warnings[0]);
    assert.ok(!warnings[0]!.includes(insideLink), 'a link inside the folder is not reported');
    assert.ok(warnings[0]!.includes(`"${linkedSidecarDocument}.annotations.json" leads to`), 'a sidecar linked outside is named');
    assert.deepEqual(index.get(linkedSidecarDocument)?.claims, [], 'its claims are not read');

    await api.corpus.reload();
    assert.equal(api.corpus.linkReport.messages.filter((m) => m.includes('symlink-test')).length, 1, 'reading the corpus again does not repeat the warning');
  });

  it('keeps no session for a document opened through such a link: its sidecar is neither read nor written', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(`${linkedFolder}/report.txt`));
    await vscode.window.showTextDocument(document);
    assert.equal(await api.annotations.sessionFor(document), undefined);
    await assert.rejects(
      api.annotations.addClaim(document, new vscode.Range(0, 0, 0, 7)),
      /reached through a symbolic link that leads outside the workspace folder/,
    );
    await api.annotations.whenIdle();
    assert.equal(readFileSync(join(outside, 'report.txt.annotations.json'), 'utf8'), sidecar, 'the sidecar outside is untouched');
  });

  it('keeps no session for a document whose sidecar is a link to outside the workspace', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(linkedSidecarDocument));
    await vscode.window.showTextDocument(document);
    assert.equal(await api.annotations.sessionFor(document), undefined);
    await assert.rejects(api.annotations.addClaim(document, new vscode.Range(0, 0, 0, 7)), /annotations file that is a symbolic link leading outside the workspace folder/);
    await api.annotations.whenIdle();
    assert.equal(readFileSync(join(outside, 'report.txt.annotations.json'), 'utf8'), sidecar, 'the sidecar outside is untouched');
  });
  it('neither reads nor writes a codebook that is a link out of the workspace folder, and says why', async () => {
    await api.codebook.ready();
    const codebookUri = workspaceUri('.marginalia/codebook.json');
    const codebook = codebookUri.fsPath;
    const original = existsSync(codebook) ? readFileSync(codebook) : undefined;
    const themesBefore = api.codebook.themes.map((t) => t.id);
    const outsideCodebook = join(outside, 'codebook.json');
    const outsideBytes = serializeCodebook({ version: 1, themes: [{ id: 'outside-theme', label: 'Outside', color: '#123456' }] });
    writeFileSync(outsideCodebook, outsideBytes);
    mkdirSync(dirname(codebook), { recursive: true });
    rmSync(codebook, { force: true });
    symlinkSync(outsideCodebook, codebook, 'file');
    const problem = () => vscode.languages.getDiagnostics(codebookUri).find((d) => d.code === 'outside-link');
    try {
      await until(() => problem() !== undefined, 'the codebook link reported', 20_000);
      assert.match(problem()!.message, /\.marginalia\/codebook\.json leads outside the workspace folder through a symbolic link, so Marginalia neither reads nor writes it/);
      assert.ok(!api.codebook.themes.some((t) => t.id === 'outside-theme'), 'the linked codebook is not read');
      await assert.rejects(
        api.codebook.apply({ type: 'add-theme', theme: { id: 'symlink-test-theme', label: 'Symlink test', color: '#654321' } }),
        /leads outside the workspace folder through a symbolic link/,
      );
      assert.equal(readFileSync(outsideCodebook, 'utf8'), outsideBytes, 'the file outside is not written');
    } finally {
      unlinkSync(codebook);
      if (original) writeFileSync(codebook, original);
    }
    await until(() => problem() === undefined, 'the problem cleared once the codebook is a file again', 20_000);
    await until(() => JSON.stringify(api.codebook.themes.map((t) => t.id)) === JSON.stringify(themesBefore), 'the codebook read again', 20_000);
  });
});
