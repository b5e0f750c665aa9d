import { inertText } from '../../core/text/inert-text';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { describeCell, parseReportMessage, renderWebviewReport, type ClaimRef, type CorpusReport } from '../../core/reports';
import { openClaims, type ReportPrompts } from './claim-opener';
import { currentReport, onReportInputsChanged, workspaceTitle, type ReportServices } from './report-source';

export const reportViewType = 'marginalia.report';
/** How long the corpus must be quiet before an open report is drawn again. */
const redrawDelayMs = 300;
const maxRedrawDelayMs = 5_000;
/**
 * Renderings whose clicks are still answered: a click can reach the extension from the page that is
 * being replaced, and it names a cell of the report that page showed.
 */
const answeredRenderings = 3;

/**
 * The report webview: draws the tables, redraws them (debounced) when the corpus or codebook
 * changes, and answers the page's messages: open a cell's claims, export.
 */
export class ReportPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private report: CorpusReport | undefined;
  private revisionCounter = 0;
  private readonly recent = new Map<number, CorpusReport>();
  private drawing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private lastDrawMs = 0;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;

  constructor(
    private readonly services: ReportServices,
    private readonly mediaRoot: vscode.Uri,
    private readonly prompts: () => ReportPrompts,
    private readonly exportReport: () => Promise<unknown>,
    /** A panel VS Code restored after a reload, to draw into instead of opening a new one. */
    restored?: vscode.WebviewPanel,
  ) {
    const options: vscode.WebviewPanelOptions & vscode.WebviewOptions = {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [mediaRoot],
    };
    if (restored) restored.webview.options = options;
    this.panel = restored ?? vscode.window.createWebviewPanel(reportViewType, 'Marginalia Report', vscode.ViewColumn.Active, options);
    this.panel.iconPath = vscode.Uri.joinPath(mediaRoot, 'marginalia.svg');
    this.disposables.push(
      this.closed,
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) this.scheduleRedraw(0);
      }),
      // A large corpus takes a while to count: wait longer between redraws so the host stays responsive.
      onReportInputsChanged(services, () => this.scheduleRedraw(Math.min(maxRedrawDelayMs, Math.max(redrawDelayMs, 2 * this.lastDrawMs)))),
    );
  }

  /** The report the page shows now. */
  get current(): CorpusReport | undefined {
    return this.report;
  }

  /** The revision of the page's latest rendering; messages from much older renderings are ignored. */
  get revision(): number {
    return this.revisionCounter;
  }

  get html(): string {
    return this.panel.webview.html;
  }

  /** Draws the report now (and waits for it). */
  redraw(): Promise<void> {
    this.drawing = this.drawing.then(() => this.draw());
    return this.drawing;
  }

  /** Resolves once no redraw is pending or running. */
  async whenIdle(): Promise<void> {
    while (this.timer !== undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    await this.drawing;
  }

  /**
   * Handles what the page posts. Only the known messages, well formed and naming a cell of one of
   * the last renderings, do anything; returns the claim opened, if any (for tests).
   */
  async receive(message: unknown): Promise<ClaimRef | undefined> {
    const parsed = parseReportMessage(message);
    if (!parsed) return undefined;
    if (parsed.type === 'export') {
      await this.exportReport();
      return undefined;
    }
    const report = this.recent.get(parsed.revision);
    if (!report) return undefined;
    const table = report[parsed.table];
    const row = table.rows[parsed.row];
    const column = table.columns[parsed.column];
    const cell = table.cells[parsed.row]?.[parsed.column];
    if (!row || !column || !cell || cell.claims.length === 0) return undefined;
    const title = describeCell(table, row, column, cell, parsed.table === 'cooccurrence' && parsed.row === parsed.column).split('\n')[0]!;
    try {
      return await openClaims(cell.claims, title, this.prompts());
    } catch (error) {
      void vscode.window.showErrorMessage(inertText(`Marginalia: ${error instanceof Error ? error.message : String(error)}`));
      return undefined;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.closed.fire();
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }

  private scheduleRedraw(delay: number): void {
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.redraw();
    }, delay);
  }

  private async draw(): Promise<void> {
    if (this.disposed) return;
    this.stale = false;
    const started = Date.now();
    let report: CorpusReport;
    try {
      report = await currentReport(this.services);
    } catch (error) {
      void vscode.window.showErrorMessage(inertText(`Marginalia: could not make the report: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    if (this.disposed) return;
    const webview = this.panel.webview;
    this.report = report;
    this.revisionCounter++;
    this.recent.set(this.revisionCounter, report);
    this.recent.delete(this.revisionCounter - answeredRenderings);
    const subtitle = workspaceTitle();
    webview.html = renderWebviewReport(report, {
      nonce: randomBytes(18).toString('base64'),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'report.js')).toString(),
      revision: this.revisionCounter,
      ...(subtitle ? { subtitle } : {}),
    });
    this.lastDrawMs = Date.now() - started;
  }
}
