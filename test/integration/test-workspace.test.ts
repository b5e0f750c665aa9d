import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Guards the harness itself: tests must run on a throwaway copy, never on the repo's corpus.
describe('Test workspace', () => {
  it('is the temporary copy of sample-corpus/ the harness made', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    const expected = process.env.MARGINALIA_TEST_WORKSPACE;
    assert.ok(expected, 'MARGINALIA_TEST_WORKSPACE did not reach the extension host');
    assert.equal(folders[0]?.uri.fsPath, expected);
  });
});
