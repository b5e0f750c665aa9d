import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../../src/extension';

export const extensionId = 'marginalia.marginalia';

export interface Manifest {
  readonly activationEvents?: string[];
  readonly contributes: {
    readonly commands: { command: string; title: string; category?: string }[];
    readonly viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    readonly views: Record<string, { id: string; name: string }[]>;
  };
}

export function marginalia(): vscode.Extension<MarginaliaApi> {
  const extension = vscode.extensions.getExtension<MarginaliaApi>(extensionId);
  if (extension === undefined) throw new Error(`${extensionId} is not loaded in this extension host`);
  return extension;
}

export async function activatedMarginalia(): Promise<MarginaliaApi> {
  return marginalia().activate();
}

export function manifest(): Manifest {
  return marginalia().packageJSON as Manifest;
}
