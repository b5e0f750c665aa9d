export { computeReport } from './compute-report';
export { escapeHtml } from './html-escape';
export { parseReportMessage, type ReportMessage } from './messages';
export { renderStandaloneReport, renderWebviewReport, type StandaloneOptions, type WebviewOptions } from './render-html';
export { describeCell, heatLevel } from './render-tables';
export * from './report-model';
