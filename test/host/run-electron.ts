// MARGINALIA_TEST_HOST=electron: the same integration entry in the desktop VS Code, downloaded
// by @vscode/test-electron (needs internet; on a headless Linux box run it under xvfb-run).
// MARGINALIA_VSCODE_VERSION picks the build (default: the latest stable).
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { integrationEntry } from './run-integration';
import { copyOfSampleCorpus, repoRoot } from './workspace';

export async function runInElectron(): Promise<number> {
  const workspace = copyOfSampleCorpus();
  try {
    return await runTests({
      version: process.env.MARGINALIA_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: integrationEntry,
      extensionTestsEnv: { MARGINALIA_TEST_WORKSPACE: workspace.path },
      launchArgs: [workspace.path, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw error;
  } finally {
    workspace.remove();
  }
}
