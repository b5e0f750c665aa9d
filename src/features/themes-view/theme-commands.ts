import * as vscode from 'vscode';
import { inertText } from '../../core/text/inert-text';
import { nextThemeColor } from '../../core/codebook/palette';
import { codebookOperationsFor, planThemeRewrite, type ThemeRewrite } from '../../core/codebook/theme-rewrite';
import { themeIdFor } from '../../core/codebook/theme-ids';
import { ThemeTree } from '../../core/codebook/theme-tree';
import type { Theme } from '../../core/model/codebook';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import type { ThemePrompts } from './theme-prompts';
import { rewriteSidecars, type RewriteOutcome } from './theme-rewriter';
import type { ThemesNode } from './themes-tree-provider';

/** What a theme command is called with: a tree node (menus), a theme id (palette, tests) or nothing (ask). */
export type ThemeArgument = ThemesNode | string | undefined;

/** Create, rename, recolour, move, merge and delete themes. Renames and recolours only rewrite the codebook: claims refer to stable ids. */
export class ThemeCommands {
  constructor(
    private readonly codebook: CodebookService,
    private readonly corpus: CorpusService,
    private readonly annotations: AnnotationService,
    public prompts: ThemePrompts,
  ) {}

  async newTheme(parentArg?: ThemeArgument): Promise<Theme | undefined> {
    await this.codebook.ready();
    const parent = typeof parentArg === 'object' && parentArg.kind === 'theme' ? parentArg.theme : undefined;
    const label = (await this.prompts.inputLabel(parent ? `New theme under “${parent.label}”` : 'New theme'))?.trim();
    if (!label) return undefined;
    const themes = this.codebook.themes;
    const theme: Theme = {
      id: themeIdFor(label, themes.map((t) => t.id)),
      label,
      color: nextThemeColor(themes.map((t) => t.color)),
      ...(parent ? { parent: parent.id } : {}),
    };
    await this.codebook.apply({ type: 'add-theme', theme });
    return theme;
  }

  async rename(arg: ThemeArgument): Promise<void> {
    const theme = await this.themeFrom(arg, 'Rename which theme?');
    if (!theme) return;
    const label = (await this.prompts.inputLabel(`Rename “${theme.label}”`, theme.label))?.trim();
    if (!label || label === theme.label) return;
    await this.codebook.apply({ type: 'update-theme', id: theme.id, changes: { label } });
  }

  async changeColor(arg: ThemeArgument): Promise<void> {
    const theme = await this.themeFrom(arg, 'Change the colour of which theme?');
    if (!theme) return;
    const color = await this.prompts.pickColor(theme.color);
    if (!color || color === theme.color) return;
    await this.codebook.apply({ type: 'update-theme', id: theme.id, changes: { color } });
  }

  async move(arg: ThemeArgument): Promise<void> {
    const theme = await this.themeFrom(arg, 'Move which theme?');
    if (!theme) return;
    const tree = new ThemeTree(this.codebook.themes);
    const candidates = tree
      .flatten()
      .map((row) => row.theme)
      .filter((t) => t.id !== theme.parent && tree.canMoveUnder(theme.id, t.id))
      .map((t) => ({ theme: t, path: tree.path(t.id) }));
    const picked = await this.prompts.pickTheme(`Move “${theme.label}” under…`, candidates, theme.parent ? 'Top level' : undefined);
    if (!picked) return;
    if (!tree.canMoveUnder(theme.id, picked.id)) throw new Error(`“${theme.label}” cannot move under one of its own sub-themes.`);
    await this.codebook.apply({ type: 'update-theme', id: theme.id, changes: { parent: picked.id } });
  }

  async merge(arg: ThemeArgument): Promise<RewriteOutcome | undefined> {
    const theme = await this.themeFrom(arg, 'Merge which theme?');
    if (!theme) return undefined;
    const tree = new ThemeTree(this.codebook.themes);
    const below = new Set(tree.descendants(theme.id).map((t) => t.id));
    const candidates = tree
      .flatten()
      .map((row) => row.theme)
      .filter((t) => t.id !== theme.id && !below.has(t.id))
      .map((t) => ({ theme: t, path: tree.path(t.id) }));
    const picked = await this.prompts.pickTheme(`Merge “${theme.label}” into…`, candidates);
    const into = picked?.id && this.codebook.theme(picked.id);
    if (!into) return undefined;
    return this.rewrite({ kind: 'merge', from: theme.id, into: into.id }, (claims, documents) => ({
      message: `Merge “${theme.label}” into “${into.label}”?`,
      detail: `${count(claims, 'claim')} in ${count(documents, 'document')} will be tagged “${into.label}” instead. “${theme.label}” is removed from the codebook${tree.children(theme.id).length > 0 ? ` and its sub-themes move under “${into.label}”` : ''}.`,
      action: 'Merge',
    }));
  }

  async delete(arg: ThemeArgument): Promise<RewriteOutcome | undefined> {
    const theme = await this.themeFrom(arg, 'Delete which theme?');
    if (!theme) return undefined;
    const tree = new ThemeTree(this.codebook.themes);
    const parent = theme.parent ? tree.get(theme.parent) : undefined;
    return this.rewrite({ kind: 'delete', id: theme.id }, (claims, documents) => ({
      message: `Delete the theme “${theme.label}”?`,
      detail: `${claims === 0 ? 'No claim carries it.' : `It is removed from ${count(claims, 'claim')} in ${count(documents, 'document')}; the claims stay.`}${tree.children(theme.id).length > 0 ? ` Its sub-themes move up to ${parent ? `“${parent.label}”` : 'the top level'}.` : ''}`,
      action: 'Delete',
    }));
  }

  /** Confirms with the counts, rewrites the sidecars, then the codebook; reports documents it had to skip. */
  private async rewrite(
    rewrite: ThemeRewrite,
    describe: (claims: number, documents: number) => { message: string; detail: string; action: string },
  ): Promise<RewriteOutcome | undefined> {
    if (!vscode.workspace.isTrusted) throw new Error('this folder is open in Restricted Mode; trust it to change the codebook.');
    const operations = codebookOperationsFor(this.codebook.themes, rewrite);
    if (typeof operations === 'string') throw new Error(operations);
    await this.corpus.ensureLoaded();
    const plan = planThemeRewrite(
      [...this.corpus.index.annotatedDocuments()].flatMap((document) =>
        document.claims.map((claim) => ({ documentPath: document.path, claimId: claim.annotation.id, themes: claim.annotation.themes })),
      ),
      rewrite,
    );
    const question = describe(plan.claimCount, plan.documentCount);
    if (!(await this.prompts.confirm(question.message, question.detail, question.action))) return undefined;
    const outcome = await rewriteSidecars(this.annotations, this.corpus, plan.byDocument.keys(), rewrite);
    await this.codebook.apply(...operations);
    if (outcome.skipped.length > 0) {
      const list = outcome.skipped.map((s) => `${s.path}: ${s.reason}`).join('\n');
      const first = outcome.skipped.slice(0, 3).map((s) => `${s.path} (${s.reason})`).join('; ');
      void vscode.window.showWarningMessage(
        inertText(`Marginalia: ${count(outcome.skipped.length, 'document')} could not be changed and still carry the old theme: ${first}${outcome.skipped.length > 3 ? '; …' : ''}`),
      );
      console.warn(`Marginalia: skipped while rewriting themes:\n${list}`);
    }
    return outcome;
  }

  private async themeFrom(arg: ThemeArgument, question: string): Promise<Theme | undefined> {
    await this.codebook.ready();
    if (typeof arg === 'string') {
      const theme = this.codebook.theme(arg);
      if (!theme) throw new Error(`there is no theme “${arg}”.`);
      return theme;
    }
    if (arg && arg.kind === 'theme') return this.codebook.theme(arg.theme.id) ?? arg.theme;
    const tree = new ThemeTree(this.codebook.themes);
    if (this.codebook.themes.length === 0) throw new Error('the codebook has no themes yet.');
    const picked = await this.prompts.pickTheme(question, tree.flatten().map((row) => ({ theme: row.theme, path: tree.path(row.theme.id) })));
    return picked?.id ? this.codebook.theme(picked.id) : undefined;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
