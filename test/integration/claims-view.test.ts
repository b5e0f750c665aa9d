import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedMarginalia, manifest } from './support/extension';

describe('Claims view', () => {
  before(async () => {
    await activatedMarginalia();
  });

  it('is contributed in the Marginalia activity-bar container', () => {
    const { viewsContainers, views } = manifest().contributes;
    assert.ok(viewsContainers.activitybar.some((container) => container.id === 'marginalia'));
    // The Claims view comes first; other Marginalia views (Themes) follow it.
    assert.equal((views.marginalia ?? [])[0]?.id, 'marginalia.claims');
  });

  it('opens its container through the workbench command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.view.extension.marginalia'), 'the container has no open command');
    await vscode.commands.executeCommand('workbench.view.extension.marginalia');
  });

  it('can be focused, which the workbench only allows for a registered view', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('marginalia.claims.focus'), 'marginalia.claims.focus is not registered');
    await vscode.commands.executeCommand('marginalia.claims.focus');
  });
});
