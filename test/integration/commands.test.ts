import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedMarginalia, manifest } from './support/extension';

describe('Contributed commands', () => {
  before(async () => {
    await activatedMarginalia();
  });

  it('are all registered once the extension is active', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = manifest().contributes.commands.map((entry) => entry.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    assert.deepEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
    );
  });

  it('sit under the "Marginalia" category', () => {
    for (const entry of manifest().contributes.commands) {
      assert.equal(entry.category, 'Marginalia', `${entry.command} has category ${entry.category}`);
    }
  });

  it('marginalia.refresh runs without error', async () => {
    await vscode.commands.executeCommand('marginalia.refresh');
  });
});
