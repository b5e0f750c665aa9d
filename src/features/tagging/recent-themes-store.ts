import type * as vscode from 'vscode';
import { recordRecentThemes } from '../../core/codebook/recent-themes';

const key = 'marginalia.recentThemes';

/** The themes used most recently in this workspace (workspaceState), most recent first. */
export class RecentThemesStore {
  constructor(private readonly state: vscode.Memento) {}

  get ids(): string[] {
    const stored = this.state.get<unknown>(key);
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  }

  async record(used: readonly string[]): Promise<void> {
    if (used.length > 0) await this.state.update(key, recordRecentThemes(this.ids, used));
  }
}
