/* global performance */
// One cold activation of the bundled extension in a fresh plain-Node process (no TypeScript
// loader, so the bundle is evaluated as VS Code would) with a stubbed `vscode` module. Prints
// {"loadMs", "activateMs", "subscriptions"}: time to evaluate dist/extension.js, time in `activate`.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bundle = join(root, 'dist', 'extension.js');

/**
 * A callable, constructible stub whose every property is another stub; it iterates as empty and
 * converts to 0 or ''. It does no work, so what `activate` costs is Marginalia's own work.
 */
function stub() {
  const cache = new Map();
  return new Proxy(function stubbed() {}, {
    get(_, key) {
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (key === 'then' || key === 'length') return key === 'length' ? 0 : undefined;
      if (!cache.has(key)) cache.set(key, stub());
      return cache.get(key);
    },
    set(_, key, value) {
      cache.set(key, value);
      return true;
    },
    apply: () => stub(),
    construct: () => stub(),
    has: () => false,
  });
}

/** A plain object (bundlers copy its own properties) with a stub for every name the bundle uses. */
function vscodeModule() {
  const vscode = {};
  for (const [, name] of readFileSync(bundle, 'utf8').matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)) vscode[name] = stub();
  const disposable = { dispose() {} };
  vscode.workspace = Object.assign(stub(), {
    workspaceFolders: undefined,
    textDocuments: [],
    isTrusted: true,
    getConfiguration: () => ({ get: (_key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => undefined }),
  });
  vscode.window = Object.assign(stub(), { visibleTextEditors: [], activeTextEditor: undefined, tabGroups: { all: [], onDidChangeTabs: () => disposable } });
  vscode.version = '1.139.1';
  return vscode;
}

const vscode = vscodeModule();
const load = Module._load;
Module._load = (request, parent, isMain) => (request === 'vscode' ? vscode : load(request, parent, isMain));

const subscriptions = [];
const noState = { get: (_key, fallback) => fallback, update: async () => undefined, keys: () => [] };
const context = {
  subscriptions,
  extension: { packageJSON: { version: '0.0.0-bench' } },
  extensionUri: { fsPath: root, path: root, scheme: 'file' },
  extensionPath: root,
  globalState: noState,
  workspaceState: noState,
  storageUri: undefined,
  asAbsolutePath: (path) => join(root, path),
};

const require = createRequire(import.meta.url);
const loadStart = performance.now();
const extension = require(bundle);
const loadMs = performance.now() - loadStart;
const activateStart = performance.now();
extension.activate(context);
const activateMs = performance.now() - activateStart;
process.stdout.write(`${JSON.stringify({ loadMs, activateMs, subscriptions: subscriptions.length })}\n`);
process.exit(0);
