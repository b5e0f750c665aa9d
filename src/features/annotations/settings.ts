import * as vscode from 'vscode';
import type { SidecarLayout } from '../../core/store/paths';
import { defaultSidecarFolder } from '../../core/store/settings-layout';

export const section = 'marginalia';

export function sidecarLayout(scope?: vscode.ConfigurationScope): SidecarLayout {
  const config = vscode.workspace.getConfiguration(section, scope);
  return config.get<string>('sidecars.location') === 'folder'
    ? { kind: 'mirror', folder: config.get<string>('sidecars.folder') || defaultSidecarFolder }
    : { kind: 'beside' };
}

export function corpusGlobs(scope?: vscode.ConfigurationScope): { include: string; exclude: string } {
  const config = vscode.workspace.getConfiguration(section, scope);
  return {
    include: config.get<string>('corpus.include') || '**/*.{txt,md,markdown}',
    exclude: config.get<string>('corpus.exclude') || '**/{node_modules,.git,.marginalia}/**',
  };
}

/** Who is recorded as the author of new annotations; empty means not recorded. */
export function annotationAuthor(): string | undefined {
  return vscode.workspace.getConfiguration(section).get<string>('author')?.trim() || undefined;
}
