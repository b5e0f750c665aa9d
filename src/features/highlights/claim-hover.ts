import * as vscode from 'vscode';
import type { Annotation } from '../../core/model/annotation';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import { swatchDataUri } from './swatch-icons';
import { appendPlainText } from '../../host/plain-markdown';

/** The only commands a claim hover may run; everything else in it is plain text. */
export const hoverCommands = ['marginalia.editThemes', 'marginalia.editNote', 'marginalia.setSpeaker'] as const;

/** Shows the themes, speaker, note and links of the claims under the mouse. */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly annotations: AnnotationService,
    private readonly codebook: CodebookService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const session = await this.annotations.sessionFor(document);
    if (!session) return undefined;
    const offset = document.offsetAt(position);
    const here = session.annotations.filter((live) => live.state === 'anchored' && live.start <= offset && offset < live.end);
    if (here.length === 0) return undefined;
    // Innermost first: it is the one highlighted under the mouse.
    here.sort((a, b) => a.end - a.start - (b.end - b.start));
    const contents = here.map((live) => this.describe(document.uri, live.annotation));
    const innermost = here[0]!;
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(innermost.start), document.positionAt(innermost.end)));
  }

  /** Builds the hover text; every piece of document or annotation text is escaped. */
  describe(documentUri: vscode.Uri, annotation: Annotation): vscode.MarkdownString {
    const markdown = new vscode.MarkdownString('', false);
    markdown.supportHtml = false;
    markdown.isTrusted = { enabledCommands: [...hoverCommands] };
    markdown.appendMarkdown('**Claim** · ');
    appendPlainText(markdown, trim(annotation.target.selector[0].exact, 120));
    markdown.appendMarkdown('\n\n');
    const themes = annotation.themes.map((id) => this.codebook.theme(id) ?? { id, label: id, color: '#808080' });
    if (themes.length === 0) markdown.appendMarkdown('*No themes*');
    themes.forEach((theme, i) => {
      if (i > 0) markdown.appendMarkdown(' ');
      markdown.appendMarkdown(`![](${swatchDataUri(theme.color)}) `);
      appendPlainText(markdown, theme.label);
    });
    markdown.appendMarkdown('\n\n');
    markdown.appendMarkdown('**Speaker:** ');
    if (annotation.speaker) appendPlainText(markdown, annotation.speaker);
    else markdown.appendMarkdown('*not set*');
    if (annotation.kind) markdown.appendMarkdown(` · ${annotation.kind === 'quote' ? 'direct quote' : 'reported'}`);
    if (annotation.note) {
      markdown.appendMarkdown('\n\n**Note:** ');
      appendPlainText(markdown, annotation.note);
    }
    for (const link of annotation.links ?? []) {
      markdown.appendMarkdown('\n\n**Link:** ');
      appendPlainText(markdown, `${link.relation} → ${link.document ?? 'this document'} (${link.target})`);
    }
    const args = encodeURIComponent(JSON.stringify([documentUri.toString(), annotation.id]));
    markdown.appendMarkdown(
      `\n\n[Edit themes](command:marginalia.editThemes?${args}) · [Edit note](command:marginalia.editNote?${args}) · [Set speaker](command:marginalia.setSpeaker?${args})`,
    );
    return markdown;
  }
}


function trim(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
