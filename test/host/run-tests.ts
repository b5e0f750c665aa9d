// `npm run test:host`: the integration suite inside a real VS Code extension host, then the
// Playwright UI tests. MARGINALIA_TEST_HOST=electron runs the integration suite in the desktop
// app through @vscode/test-electron instead (needs internet to download VS Code).
// Pass `integration` or `ui` to run one tier only.
import { cleanupAll } from './cleanup';
import { runInElectron } from './run-electron';
import { runIntegrationTests } from './run-integration';
import { runUiTests } from './run-ui';

async function main(): Promise<number> {
  const started = Date.now();
  const only = process.argv[2];
  const host = process.env.MARGINALIA_TEST_HOST ?? 'code-server';
  let failed = false;

  if (only === undefined || only === 'integration') {
    let code: number;
    if (host === 'electron') {
      code = await runInElectron();
    } else if (host === 'code-server') {
      code = await runIntegrationTests();
    } else {
      throw new Error(`unknown MARGINALIA_TEST_HOST=${host} (use code-server or electron)`);
    }
    failed ||= code !== 0;
  }
  if (only === undefined || only === 'ui') {
    const failures = await runUiTests();
    failed ||= failures > 0;
  }
  console.log(`[host] ${failed ? 'FAILED' : 'passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
  return failed ? 1 : 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error('[host]', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => cleanupAll());
