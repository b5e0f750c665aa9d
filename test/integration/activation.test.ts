import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedMarginalia, extensionId, manifest, marginalia } from './support/extension';

describe('Extension activation', () => {
  it(`is loaded as ${extensionId}`, () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is missing from vscode.extensions.all`);
    assert.equal(extension.packageJSON.name, 'marginalia');
  });

  it('activates and returns its API with the package version', async () => {
    const api = await activatedMarginalia();
    assert.equal(marginalia().isActive, true);
    assert.equal(api.version, marginalia().packageJSON.version);
    assert.match(api.version, /^\d+\.\d+\.\d+/);
  });

  it('declares no "*" activation (it starts lazily)', () => {
    const events = manifest().activationEvents ?? [];
    assert.ok(!events.includes('*'), `activationEvents: ${JSON.stringify(events)}`);
  });
});
