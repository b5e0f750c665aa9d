import * as vscode from 'vscode';
import { nextThemeColor } from '../../core/codebook/palette';
import { orderByRecent } from '../../core/codebook/recent-themes';
import { themeIdFor } from '../../core/codebook/theme-ids';
import { ThemeTree } from '../../core/codebook/theme-tree';
import type { Annotation } from '../../core/model/annotation';
import type { Theme } from '../../core/model/codebook';
import type { AnnotationChanges } from '../../core/model/operations';
import { buildSpeakerIndex, type SpeakerMention } from '../../core/speakers';
import { statementAt } from '../../core/text/statement-at';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import type { CorpusService } from '../corpus';
import type { SwatchIcons } from '../highlights/swatch-icons';
import { resolveClaimTarget, type ClaimTarget } from './claim-target';
import type { RecentThemesStore } from './recent-themes-store';
import type { SpeakerGuesser } from './speaker-guess';
import { TagHistory, type TagAction } from './tag-history';
import { defaultTaggingPrompts, type TaggingPrompts } from './tagging-prompts';
import type { ThemeChoice } from './theme-picker';

/** The context key that lets Ctrl+Z undo a tag made after the last text edit of the active document. */
export const tagUndoableContext = 'marginalia.tagUndoable';

/** Tagging statements with themes and editing claims, with an undo list of these actions. */
export class TaggingService implements vscode.Disposable {
  /** Replaced by tests through the extension API to answer the questions without UI. */
  prompts: TaggingPrompts = defaultTaggingPrompts;
  private readonly history = new TagHistory();
  private readonly times = new WeakMap<TagAction, number>();
  private readonly lastEdit = new Map<string, number>();
  private clock = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly annotations: AnnotationService,
    private readonly codebook: CodebookService,
    private readonly corpus: CorpusService,
    private readonly recent: RecentThemesStore,
    private readonly swatches: SwatchIcons,
    private readonly speakers: SpeakerGuesser,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.lastEdit.set(event.document.uri.toString(), ++this.clock);
        this.updateUndoContext();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateUndoContext()),
    );
  }

  /** Tags the selection, or the quote or sentence at the cursor; edits the themes if it already is a claim. */
  async tagStatement(editor: vscode.TextEditor): Promise<Annotation | undefined> {
    const { document } = editor;
    const session = await this.annotations.sessionFor(document);
    if (!session) throw new Error(`${vscode.workspace.asRelativePath(document.uri)} is not part of the corpus (see the setting marginalia.corpus.include).`);
    const range = this.statementRange(editor);
    if (!range) {
      void vscode.window.showInformationMessage('Marginalia: select the statement to tag, or put the cursor in a quote or sentence.');
      return undefined;
    }
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const existing = session.annotations.find((live) => live.state === 'anchored' && live.start === start && live.end === end);
    if (existing) {
      await this.changeThemes({ document, live: existing });
      return existing.annotation;
    }
    const quote = document.getText(range);
    // Detected while the themes are picked, so the guess adds no wait.
    const guess = this.speakers.speakerOf(document, start, end);
    const choice = await this.prompts.pickThemes(await this.pickRequest(`Tag “${shorten(quote)}” with themes`, []));
    if (!choice) return undefined;
    const themes = await this.themesOf(choice);
    const speaker = await guess;
    const annotation = await this.annotations.addClaim(document, range, { themes, ...(speaker ? { speaker } : {}) });
    this.remember({ kind: 'added', documentUri: document.uri.toString(), claimId: annotation.id, description: `tag “${shorten(quote)}”` });
    await this.recent.record(themes);
    editor.selection = new vscode.Selection(range.start, range.end);
    return annotation;
  }

  async editThemes(args: readonly unknown[]): Promise<void> {
    const target = await resolveClaimTarget(this.annotations, args);
    if (target) await this.changeThemes(target);
  }

  async editNote(args: readonly unknown[]): Promise<void> {
    const target = await resolveClaimTarget(this.annotations, args);
    if (!target) return;
    const { annotation } = target.live;
    const note = await this.prompts.inputNote(annotation.note, shorten(annotation.target.selector[0].exact));
    if (note === undefined || note.trim() === (annotation.note ?? '')) return;
    await this.change(target, { note: note.trim() || undefined }, 'edit the note');
  }

  async setSpeaker(args: readonly unknown[]): Promise<void> {
    const target = await resolveClaimTarget(this.annotations, args);
    if (!target) return;
    const current = target.live.annotation.speaker;
    const speaker = await this.prompts.pickSpeaker(await this.knownSpeakers(), current);
    if (speaker === undefined) return;
    const next = speaker?.trim() || undefined;
    if (next === current) return;
    await this.change(target, { speaker: next }, 'set the speaker');
  }

  /** Reverses the most recent tagging action of this window. */
  async undoLast(): Promise<void> {
    const action = this.history.pop();
    this.updateUndoContext();
    if (!action) {
      void vscode.window.showInformationMessage('Marginalia: there is no tagging action to undo.');
      return;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(action.documentUri));
    if (action.kind === 'added') await this.annotations.removeClaim(document, action.claimId);
    else await this.annotations.updateClaim(document, action.claimId, action.previous);
    vscode.window.setStatusBarMessage(`Marginalia: undid ${action.description}`, 4000);
  }

  /** How many actions can be undone (for tests). */
  get undoableCount(): number {
    return this.history.size;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async changeThemes(target: ClaimTarget): Promise<void> {
    const { annotation } = target.live;
    const quote = shorten(annotation.target.selector[0].exact);
    const choice = await this.prompts.pickThemes(await this.pickRequest(`Themes of “${quote}”`, annotation.themes));
    if (!choice) return;
    const themes = await this.themesOf(choice);
    await this.recent.record(themes);
    if (sameList(themes, annotation.themes)) return;
    await this.change(target, { themes }, `change the themes of “${quote}”`);
  }

  /** Applies a person's edit to a claim and records how to undo it. */
  private async change(target: ClaimTarget, changes: AnnotationChanges, description: string): Promise<void> {
    const { annotation } = target.live;
    const previous: Record<string, unknown> = {};
    for (const field of Object.keys(changes) as (keyof AnnotationChanges)[]) previous[field] = annotation[field];
    await this.annotations.updateClaim(target.document, annotation.id, changes);
    this.remember({ kind: 'changed', documentUri: target.document.uri.toString(), claimId: annotation.id, previous: previous as AnnotationChanges, description });
  }

  private remember(action: TagAction): void {
    this.history.push(action);
    this.times.set(action, ++this.clock);
    this.updateUndoContext();
  }

  private updateUndoContext(): void {
    const action = this.history.peek();
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const undoable =
      action !== undefined && action.documentUri === active && (this.times.get(action) ?? 0) > (this.lastEdit.get(active) ?? 0);
    void vscode.commands.executeCommand('setContext', tagUndoableContext, undoable);
  }

  private statementRange(editor: vscode.TextEditor): vscode.Range | undefined {
    const { document, selection } = editor;
    const text = document.getText();
    if (!selection.isEmpty) {
      let start = document.offsetAt(selection.start);
      let end = document.offsetAt(selection.end);
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return end > start ? new vscode.Range(document.positionAt(start), document.positionAt(end)) : undefined;
    }
    const span = statementAt(text, document.offsetAt(selection.active));
    return span && new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  }

  private async pickRequest(title: string, selected: readonly string[]) {
    await this.codebook.ready();
    const tree = new ThemeTree(this.codebook.themes);
    const ordered = orderByRecent(tree.flatten().map((row) => row.theme), (theme) => theme.id, this.recent.ids);
    const themes = await Promise.all(
      ordered.map(async (theme) => ({ theme, path: tree.path(theme.id), icon: await this.swatches.swatch(theme.color).catch(() => undefined) })),
    );
    return { title, themes, selected };
  }

  /** The chosen theme ids, creating the new themes first (each with the next free palette colour). */
  private async themesOf(choice: ThemeChoice): Promise<string[]> {
    const ids = [...choice.themeIds];
    if (choice.newLabels.length === 0) return ids;
    const themes: Theme[] = [...this.codebook.themes];
    const created: Theme[] = [];
    for (const label of choice.newLabels) {
      const existing = themes.find((t) => t.label.toLowerCase() === label.trim().toLowerCase());
      if (existing) {
        if (!ids.includes(existing.id)) ids.push(existing.id);
        continue;
      }
      const theme: Theme = { id: themeIdFor(label, themes.map((t) => t.id)), label: label.trim(), color: nextThemeColor(themes.map((t) => t.color)) };
      themes.push(theme);
      created.push(theme);
      ids.push(theme.id);
    }
    if (created.length > 0) await this.codebook.apply(...created.map((theme) => ({ type: 'add-theme' as const, theme })));
    return ids;
  }

  /** Canonical speakers of the annotations and the codebook (variants merged), most annotated first. */
  private async knownSpeakers(): Promise<string[]> {
    await Promise.all([this.corpus.ensureLoaded(), this.codebook.ready()]);
    const mentions: SpeakerMention[] = [];
    for (const document of this.corpus.index.annotatedDocuments()) {
      for (const claim of document.claims) {
        const speaker = claim.annotation.speaker;
        if (speaker) mentions.push({ name: speaker, document: claim.documentPath, source: 'annotated' });
      }
    }
    return buildSpeakerIndex(mentions, this.codebook.codebook.speakers ?? []).speakers.map((speaker) => speaker.name);
  }
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
