import * as vscode from 'vscode';
import type { IndexedClaim } from '../../core/corpus/corpus-index';
import type { CorpusService } from '../corpus';
import { rangeOfClaim } from './claim-places';
import { CodePointIndex } from '../../core/text/code-points';
import { decodeDocumentText } from '../../core/text/decode';
import { relationLabel } from './cross-reference-list';
import type { CrossReferenceService } from './cross-reference-service';
import type { LinkEdge } from './link-graph';

/** What a broken link looks like to the user. */
export function brokenLinkMessage(edge: LinkEdge): string {
  const where = edge.link.document ? ` in ${edge.link.document}` : '';
  return `The link “${relationLabel(edge.link.relation)}” points to a claim that no longer exists (${edge.link.target}${where}).`;
}

/**
 * Reports links whose target claim is gone as warnings on the linking claim (Problems panel),
 * and through `notesFor` in the Claims view's tooltips. The links stay in the sidecar.
 */
export class BrokenLinkReporter implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('marginalia-links');
  private readonly subscription: vscode.Disposable;
  private reported = new Set<string>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly corpus: CorpusService,
    private readonly service: CrossReferenceService,
  ) {
    this.subscription = service.onDidChange(() => void this.update());
  }

  /** Notes for a claim row of the Claims view. */
  notesFor(claim: IndexedClaim): string[] {
    return this.service.links.brokenLinksOf(claim.annotation.id).map(brokenLinkMessage);
  }

  /** Resolves when the diagnostics reflect the last change. */
  whenIdle(): Promise<void> {
    return this.running;
  }

  update(): Promise<void> {
    this.running = this.running.then(() => this.report()).catch(() => undefined);
    return this.running;
  }

  dispose(): void {
    this.subscription.dispose();
    this.diagnostics.dispose();
  }

  private async report(): Promise<void> {
    const next = new Set<string>();
    for (const [documentPath, edges] of this.service.links.brokenLinks()) {
      const uri = this.corpus.uriOf(documentPath);
      if (!uri) continue;
      const rangeOf = await claimRanges(uri);
      const diagnostics = edges.flatMap((edge) => {
        const source = this.service.claim(edge.from);
        if (!source) return [];
        const diagnostic = new vscode.Diagnostic(rangeOf(source.claim.start, source.claim.end), brokenLinkMessage(edge), vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'Marginalia';
        diagnostic.code = 'broken-link';
        return [diagnostic];
      });
      this.diagnostics.set(uri, diagnostics);
      next.add(uri.toString());
    }
    for (const uri of this.reported) if (!next.has(uri)) this.diagnostics.delete(vscode.Uri.parse(uri));
    this.reported = next;
  }
}

/**
 * Ranges from code points in a document: through its TextDocument when it is open, else from its
 * text on disk (opening a document just to report on it would start its annotation session).
 */
async function claimRanges(uri: vscode.Uri): Promise<(start: number, end: number) => vscode.Range> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return (start, end) => rangeOfClaim(open, start, end);
  let text = '';
  try {
    text = decodeDocumentText(await vscode.workspace.fs.readFile(uri));
  } catch {
    // Gone meanwhile: report at the top.
  }
  const index = CodePointIndex.of(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positionAt = (codePoint: number): vscode.Position => {
    const offset = index.toUtf16Clamped(codePoint);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return new vscode.Position(low, offset - lineStarts[low]!);
  };
  return (start, end) => new vscode.Range(positionAt(start), positionAt(end));
}
