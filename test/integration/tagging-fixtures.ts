// Helpers shared by the tagging, themes and highlights integration tests.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import type { MarginaliaApi } from '../../src/extension';
import type { TaggingPrompts } from '../../src/features/tagging';
import type { ThemeChoice, ThemePickRequest } from '../../src/features/tagging/theme-picker';
import type { ThemePrompts } from '../../src/features/themes-view';
import { workspaceUri } from './claims-view-fixtures';

export function readSidecar(relative: string): { annotations: Annotation[] } {
  return JSON.parse(readFileSync(`${workspaceUri(relative).fsPath}.annotations.json`, 'utf8')) as { annotations: Annotation[] };
}

export async function openEditor(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

export function select(editor: vscode.TextEditor, text: string, occurrence = 0): vscode.Range {
  const source = editor.document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(text, at + 1);
  assert.ok(at >= 0, `“${text}” is in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  return range;
}

export function placeCursor(editor: vscode.TextEditor, before: string, offsetInside = 1): void {
  const at = editor.document.getText().indexOf(before);
  assert.ok(at >= 0, `“${before}” is in the document`);
  const position = editor.document.positionAt(at + offsetInside);
  editor.selection = new vscode.Selection(position, position);
}

/** Answers the tagging questions in order; records what the theme pick was shown. */
export class ScriptedTagging {
  readonly requests: ThemePickRequest[] = [];
  readonly themeAnswers: (ThemeChoice | undefined)[] = [];
  readonly noteAnswers: (string | undefined)[] = [];
  readonly speakerAnswers: (string | null | undefined)[] = [];
  readonly knownSpeakers: (readonly string[])[] = [];
  private saved: TaggingPrompts | undefined;

  install(api: MarginaliaApi): void {
    this.saved = api.tagging.prompts;
    api.tagging.prompts = {
      pickThemes: async (request) => {
        this.requests.push(request);
        assert.ok(this.themeAnswers.length > 0, `unexpected theme pick “${request.title}”`);
        return this.themeAnswers.shift();
      },
      inputNote: async () => {
        assert.ok(this.noteAnswers.length > 0, 'unexpected note prompt');
        return this.noteAnswers.shift();
      },
      pickSpeaker: async (known) => {
        this.knownSpeakers.push(known);
        assert.ok(this.speakerAnswers.length > 0, 'unexpected speaker prompt');
        return this.speakerAnswers.shift();
      },
    };
  }

  restore(api: MarginaliaApi): void {
    if (this.saved) api.tagging.prompts = this.saved;
  }
}

/** Answers the codebook commands' questions in order. */
export class ScriptedThemePrompts implements ThemePrompts {
  readonly labels: (string | undefined)[] = [];
  readonly colors: (string | undefined)[] = [];
  readonly themePicks: ({ id: string | undefined } | undefined)[] = [];
  readonly confirmations: boolean[] = [];
  readonly asked: { message: string; detail: string }[] = [];
  readonly offered: string[][] = [];
  /** Runs when a confirmation is asked, before it is answered. */
  beforeAnswer: (() => void) | undefined;

  async inputLabel(): Promise<string | undefined> {
    assert.ok(this.labels.length > 0, 'unexpected label prompt');
    return this.labels.shift();
  }

  async pickColor(): Promise<string | undefined> {
    assert.ok(this.colors.length > 0, 'unexpected colour prompt');
    return this.colors.shift();
  }

  async pickTheme(_title: string, candidates: readonly { theme: { id: string } }[]): Promise<{ id: string | undefined } | undefined> {
    this.offered.push(candidates.map((c) => c.theme.id));
    assert.ok(this.themePicks.length > 0, 'unexpected theme pick');
    return this.themePicks.shift();
  }

  async confirm(message: string, detail: string): Promise<boolean> {
    this.asked.push({ message, detail });
    this.beforeAnswer?.();
    assert.ok(this.confirmations.length > 0, 'unexpected confirmation');
    return this.confirmations.shift()!;
  }
}

/** Removes themes a test added, so other test files see the codebook as they left it. */
export async function removeThemes(api: MarginaliaApi, ids: readonly string[]): Promise<void> {
  const present = ids.filter((id) => api.codebook.theme(id));
  if (present.length > 0) await api.codebook.apply(...present.map((id) => ({ type: 'remove-theme' as const, id })));
}
