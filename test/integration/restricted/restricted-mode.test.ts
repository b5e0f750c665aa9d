// Runs in a folder that is not trusted (Workspace Trust on, Restricted Mode): Marginalia reads and
// shows annotations, never writes a file, and says why when asked to change something.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { refreshSelectors } from '../../../src/core/anchor';
import { serializeSidecar } from '../../../src/core/store/serialize';
import { CodePointIndex } from '../../../src/core/text/code-points';
import { hashText } from '../../../src/core/text/hash';
import { activatedMarginalia, manifest } from '../support/extension';

const documentPath = 'water-advisory/halden-2026-03-10-velmora-mayor-calm.txt';

/** Commands that only read or navigate; every other command must need a trusted folder. */
const readOnlyCommands = [
  'marginalia.refresh', 'marginalia.openDocumentation', 'marginalia.claimsView.filter', 'marginalia.claimsView.clearFilter',
  'marginalia.claimsView.follow', 'marginalia.claimsView.unfollow', 'marginalia.claimsView.showAllDocuments',
  'marginalia.claimsView.showAnnotatedDocuments', 'marginalia.showActiveDocumentClaims', 'marginalia.revealClaim',
  'marginalia.claimsView.copyWithCitation', 'marginalia.nextClaim', 'marginalia.previousClaim', 'marginalia.refreshThemes',
  'marginalia.peekCrossReferences', 'marginalia.nextCrossReference', 'marginalia.previousCrossReference', 'marginalia.compareWith',
  'marginalia.reviewCrossReferences', 'marginalia.openClaim',
  // Exports read annotations and write only where the user picks in a save dialog, never in the corpus.
  'marginalia.exportAnnotations', 'marginalia.showReports', 'marginalia.exportReport',
];

function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

describe('Restricted Mode: an untrusted folder', function () {
  this.timeout(60_000);

  it('opens untrusted, and the manifest declares limited support with a reason', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this pass must run in Restricted Mode');
    const packageJson = vscode.extensions.getExtension('marginalia.marginalia')!.packageJSON as { capabilities: { untrustedWorkspaces: { supported: string; description: string } } };
    assert.equal(packageJson.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(packageJson.capabilities.untrustedWorkspaces.description, /Restricted Mode/);
  });

  it('disables every command that writes: all but the reading and navigating ones need a trusted folder', () => {
    const commands = manifest().contributes.commands as { command: string; enablement?: string }[];
    const writing = commands.filter((c) => !readOnlyCommands.includes(c.command));
    assert.ok(writing.length > 10);
    for (const command of writing) assert.match(command.enablement ?? '', /\bisWorkspaceTrusted\b/, `${command.command} is enabled in Restricted Mode`);
  });

  it('shows the claims of a sidecar but never writes it: changes are refused with the reason, saves leave it byte-identical', async () => {
    const api = await activatedMarginalia();
    const uri = workspaceUri(documentPath);
    const text = readFileSync(uri.fsPath, 'utf8');
    const quote = 'Nobody needs to panic';
    const at = text.indexOf(quote);
    assert.ok(at >= 0);
    const index = CodePointIndex.of(text);
    const sidecarPath = `${uri.fsPath}.annotations.json`;
    const sidecar = serializeSidecar({
      version: 2,
      document: documentPath.slice(documentPath.lastIndexOf('/') + 1),
      textHash: hashText(text),
      annotations: [{ id: '01JRESTRICTED0000000000001', target: refreshSelectors(text, index.toCodePointRange({ start: at, end: at + quote.length }), index), themes: [], created: '2026-03-10T09:00:00.000Z', modified: '2026-03-10T09:00:00.000Z' }],
    });
    writeFileSync(sidecarPath, sidecar);

    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await api.annotations.whenIdle();
    const session = await api.annotations.sessionFor(document);
    assert.equal(session?.annotations.length, 1, 'the claim is read and shown');
    assert.equal(session.annotations[0]!.state, 'anchored');

    await assert.rejects(api.annotations.addClaim(document, new vscode.Range(0, 0, 0, 5)), /Restricted Mode; trust it to change annotations/);
    await assert.rejects(api.codebook.apply({ type: 'add-theme', theme: { id: 'restricted-test', label: 'Test', color: '#e5484d' } }), /Restricted Mode; trust it to change the codebook/);

    // Typing above the claim moves it in memory; saving the document does not write the moved anchor.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED\n'));
    await document.save();
    await api.annotations.whenIdle();
    assert.equal(readFileSync(sidecarPath, 'utf8'), sidecar, 'the sidecar is byte-identical');
    assert.equal(document.getText().slice(session.annotations[0]!.start, session.annotations[0]!.end), quote);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
