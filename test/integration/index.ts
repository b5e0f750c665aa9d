// The test entry VS Code loads into the extension host (`extensionTestsPath`), both under
// code-server (test/host/run-tests.ts) and under @vscode/test-electron (test/host/run-electron.ts).
// It runs mocha over every *.test.js bundle that esbuild.mjs put beside it.
// MARGINALIA_TEST_GREP narrows the run to matching test titles while working on one feature.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { tagConsoleOutput } from './support/host-output';

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
  const testFiles = readdirSync(__dirname, { recursive: true })
    .filter((file): file is string => typeof file === 'string' && file.endsWith('.test.js'))
    .sort();
  for (const file of testFiles) mocha.addFile(join(__dirname, file));
  if (testFiles.length === 0) throw new Error(`no *.test.js files next to ${__filename}: run \`npm run build\``);

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
