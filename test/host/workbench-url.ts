// The workbench URL that opens a folder (`?folder=`) or a multi-root `.code-workspace` file
// (`?workspace=`) with the extension under development loaded and, optionally, runs a test entry
// in the extension host. code-server honours `payload` only when started with
// `--vscode-option enable-smoke-test-driver`, and only for vscode-remote URIs.

interface WorkbenchTargetBase {
  readonly origin: string;
  /** Absolute path of the extension to load (the repo). */
  readonly extensionDevelopmentPath: string;
  /** Absolute path of the compiled test entry (exports `run()`); omit for a plain workbench. */
  readonly extensionTestsPath?: string;
}

export type WorkbenchTarget = WorkbenchTargetBase &
  (
    | {
        /** Absolute path of the folder to open. */
        readonly folder: string;
      }
    | {
        /** Absolute path of the `.code-workspace` file to open. */
        readonly workspaceFile: string;
      }
  );

export function workbenchUrl(target: WorkbenchTarget): string {
  const authority = new URL(target.origin).host;
  const remote = (path: string): string => `vscode-remote://${authority}${encodeURI(path)}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(target.extensionDevelopmentPath)]];
  if (target.extensionTestsPath !== undefined) {
    payload.push(['extensionTestsPath', remote(target.extensionTestsPath)]);
  }
  payload.push(['skipWelcome', 'true']);
  // An absolute path is taken as a path on the server (a vscode-remote URI) for both parameters.
  const opened: [string, string] = 'folder' in target ? ['folder', target.folder] : ['workspace', target.workspaceFile];
  const query = new URLSearchParams([opened, ['payload', JSON.stringify(payload)]]);
  return `${target.origin}/?${query.toString()}`;
}
