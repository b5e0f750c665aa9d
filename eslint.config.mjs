import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impureModules = ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'sample-corpus/**', 'src/core/store/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impureModules.map((name) => ({
            name,
            message: 'src/core is pure: it must not depend on VS Code or the file system. Pass data or an interface in from an adapter.',
          })),
        },
      ],
    },
  },
  {
    // The extension reaches files through vscode.workspace.fs (virtual and remote workspaces); only
    // src/host/vscode-file-port.ts uses Node's file system, for local files (fsync, cross-process lock),
    // and src/host/local-links.ts, to resolve symbolic links in local folders.
    files: ['src/features/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: impureModules.filter((name) => name !== 'vscode').map((name) => ({ name, message: 'Use vscode.workspace.fs (see src/host/vscode-file-port.ts).' })),
          patterns: [{ group: ['**/host/node-*', '**/host/file-lock', '**/host/corpus-files', '**/host/symlink-boundary', '**/host/stale-temporaries'], message: 'Node-only file access belongs to the CLI; the extension uses src/host/vscode-file-port.ts.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
