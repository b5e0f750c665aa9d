// The test entry VS Code loads into the extension host (`extensionTestsPath`), both under
// code-server (test/host/run-tests.ts) and under @vscode/test-electron (test/host/run-electron.ts).
// It runs mocha over the *.test.js bundles that esbuild.mjs put beside it: MARGINALIA_TEST_SUITE
// (set by the harness) picks the suite, `multi-root` for those under multi-root/ (they need a
// two-folder workspace), `restricted` for those under restricted/ (an untrusted folder), `scale`
// for those under scale/ (a generated 10,000-document corpus), `virtual` for those under virtual/
// (a corpus held in memory behind a `memfs:` file system) and, by default, every other one
// (they expect one trusted folder).
// MARGINALIA_TEST_GREP narrows the run to matching test titles while working on one feature.
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { tagConsoleOutput } from './support/host-output';

/** Passes whose test files sit in a folder of that name (each needs its own workspace). */
const passFolders = ['multi-root', 'restricted', 'scale', 'virtual'];

export async function run(): Promise<void> {
  const untag = tagConsoleOutput(Mocha.reporters.Base);
  try {
    await runMocha();
  } finally {
    untag();
  }
}

async function runMocha(): Promise<void> {
  console.log(`[integration] running in ${vscode.env.appName} ${vscode.version} (${vscode.env.appHost}, ${vscode.env.remoteName ?? 'local'})`);
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 20_000,
    forbidOnly: Boolean(process.env.CI),
    ...(process.env.MARGINALIA_TEST_GREP ? { grep: process.env.MARGINALIA_TEST_GREP } : {}),
  });
  const suite = process.env.MARGINALIA_TEST_SUITE ?? 'single-folder';
  if (suite !== 'single-folder' && !passFolders.includes(suite)) throw new Error(`unknown MARGINALIA_TEST_SUITE=${suite}`);
  const folderOf = (file: string) => passFolders.find((folder) => file.startsWith(`${folder}${sep}`)) ?? 'single-folder';
  const testFiles = readdirSync(__dirname, { recursive: true })
    .filter((file): file is string => typeof file === 'string' && file.endsWith('.test.js'))
    .filter((file) => folderOf(file) === suite)
    .sort();
  for (const file of testFiles) mocha.addFile(join(__dirname, file));
  if (testFiles.length === 0) throw new Error(`no ${suite} *.test.js files next to ${__filename}: run \`npm run build\``);
  console.log(`[integration] ${suite} suite: ${testFiles.length} test files`);

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
