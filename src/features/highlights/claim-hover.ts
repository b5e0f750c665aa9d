import * as vscode from 'vscode';
import type { Annotation } from '../../core/model/annotation';
import type { AnnotationService } from '../annotations';
import type { CodebookService } from '../codebook';
import { swatchDataUri } from './swatch-icons';
import { appendPlainText } from '../../host/plain-markdown';
import type { ClaimCrossReference } from '../claims-view';

/** Cross-references listed in a hover before "and N more". */
const maxHoverReferences = 8;

/** The only commands a claim hover may run; everything else in it is plain text. */
export const hoverCommands = [
  'marginalia.editThemes',
  'marginalia.editNote',
  'marginalia.setSpeaker',
  'marginalia.openClaim',
  'marginalia.confirmCrossReference',
  'marginalia.confirmCrossReferenceAs',
  'marginalia.dismissCrossReference',
] as const;

type HoverCommand = (typeof hoverCommands)[number];

/** A command link: only allow-listed commands, arguments as encoded JSON (the link text is appended by the caller). */
function commandTarget(command: HoverCommand, args: readonly string[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Shows the themes, speaker, note and links of the claims under the mouse. */
export class ClaimHoverProvider implements vscode.HoverProvider {
  /** A claim's cross-references (linked, broken, suggested); set by the cross-references feature. */
  crossReferences: ((annotationId: string) => readonly ClaimCrossReference[]) | undefined;

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
    if (this.crossReferences) this.describeCrossReferences(markdown, documentUri, annotation.id, this.crossReferences(annotation.id));
    else {
      for (const link of annotation.links ?? []) {
        markdown.appendMarkdown('\n\n**Link:** ');
        appendPlainText(markdown, `${link.relation} → ${link.document ?? 'this document'} (${link.target})`);
      }
    }
    const claim = [documentUri.toString(), annotation.id];
    markdown.appendMarkdown(
      `\n\n[Edit themes](${commandTarget('marginalia.editThemes', claim)}) · [Edit note](${commandTarget('marginalia.editNote', claim)}) · [Set speaker](${commandTarget('marginalia.setSpeaker', claim)})`,
    );
    return markdown;
  }

  /** One line per cross-reference: the other claim as a link that shows it; Confirm / Dismiss on suggestions. */
  private describeCrossReferences(markdown: vscode.MarkdownString, documentUri: vscode.Uri, id: string, references: readonly ClaimCrossReference[]): void {
    if (references.length === 0) return;
    markdown.appendMarkdown('\n\n**Cross-references**');
    for (const reference of references.slice(0, maxHoverReferences)) {
      markdown.appendMarkdown('\n- ');
      if (!reference.target) {
        markdown.appendMarkdown('*Broken link* (');
        appendPlainText(markdown, `${reference.label}): the claim ${reference.claimId}${reference.documentHint ? ` in ${reference.documentHint}` : ''} no longer exists`);
        continue;
      }
      const heading = reference.status === 'suggested' ? `Suggested ${reference.score?.toFixed(2) ?? ''}`.trim() : 'Linked';
      markdown.appendMarkdown(`*${heading}* (`);
      appendPlainText(markdown, reference.label);
      markdown.appendMarkdown('): [');
      appendPlainText(markdown, trim(reference.target.quote, 80));
      markdown.appendMarkdown(`](${commandTarget('marginalia.openClaim', [reference.claimId])}) — `);
      appendPlainText(markdown, reference.target.documentPath);
      if (reference.status === 'suggested') {
        const pair = [documentUri.toString(), id, reference.claimId];
        markdown.appendMarkdown(
          ` · [Confirm](${commandTarget('marginalia.confirmCrossReference', pair)}) · [Confirm as…](${commandTarget('marginalia.confirmCrossReferenceAs', pair)}) · [Dismiss](${commandTarget('marginalia.dismissCrossReference', pair)})`,
        );
      }
    }
    if (references.length > maxHoverReferences) markdown.appendMarkdown(`\n- *and ${references.length - maxHoverReferences} more (Peek Cross-references)*`);
  }
}


function trim(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
