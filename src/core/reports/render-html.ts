import { createHash } from 'node:crypto';
import { escapeHtml } from './html-escape';
import { reportCss, standalonePalette, webviewPalette } from './report-css';
import type { CorpusReport } from './report-model';
import { renderReportBody } from './render-tables';

export interface StandaloneOptions {
  readonly subtitle?: string;
  /** When the report was made, e.g. an ISO time; shown in the footer. */
  readonly generated?: string;
}

/**
 * The report as one self-contained HTML file: inline styles allowed by their hash, no script, no
 * remote content (the CSP forbids everything else), light or dark after the reader's system.
 */
export function renderStandaloneReport(report: CorpusReport, options: StandaloneOptions = {}): string {
  const style = `${standalonePalette}${reportCss}`;
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const footer = `Made by Marginalia${options.generated ? ` on ${options.generated}` : ''}.`;
  return page({
    csp,
    title: `Marginalia report${options.subtitle ? ` — ${options.subtitle}` : ''}`,
    head: `<style>${style}</style>`,
    body: renderReportBody(report, { interactive: false, ...(options.subtitle ? { subtitle: options.subtitle } : {}), footer }),
  });
}

export interface WebviewOptions {
  /** A fresh random value per rendering, for the CSP. */
  readonly nonce: string;
  /** The webview's `cspSource`. */
  readonly cspSource: string;
  /** The script's webview URI (under the extension's media folder). */
  readonly scriptUri: string;
  readonly subtitle?: string;
  /** Identifies this rendering in the messages the page sends back. */
  readonly revision: number;
}

/** The report for a VS Code webview: theme colours from VS Code, one nonce'd script that posts cell clicks. */
export function renderWebviewReport(report: CorpusReport, options: WebviewOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) throw new RangeError('the nonce must be at least 16 base64 or alphanumeric characters');
  const nonce = escapeHtml(options.nonce);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${escapeHtml(options.cspSource)}; font-src ${escapeHtml(options.cspSource)}; base-uri 'none'; form-action 'none'`;
  return page({
    csp,
    title: 'Marginalia report',
    head: `<style nonce="${nonce}">${webviewPalette}${reportCss}</style>`,
    body: `<main data-revision="${options.revision}">${renderReportBody(report, { interactive: true, ...(options.subtitle ? { subtitle: options.subtitle } : {}) })}</main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>`,
  });
}

function page(parts: { csp: string; title: string; head: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${parts.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
${parts.head}
</head>
<body>
${parts.body}
</body>
</html>
`;
}
