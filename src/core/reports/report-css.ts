/**
 * The report's styles, shared by the webview and the exported file. Colours come from custom
 * properties that each wrapper defines: VS Code's theme variables in the webview, a light and a
 * dark palette (prefers-color-scheme) in the file. No style attributes anywhere, so the CSP can
 * forbid inline styles except this one sheet.
 */
export const reportCss = `
body { margin: 0; padding: 16px 20px 32px; color: var(--r-fg); background: var(--r-bg); font-family: var(--r-font); font-size: var(--r-font-size); line-height: 1.45; }
h1 { font-size: 1.45em; font-weight: 600; margin: 0 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 28px 0 4px; }
p { margin: 4px 0; }
.muted, .hint { color: var(--r-muted); }
.hint { max-width: 72em; margin-bottom: 10px; }
header.report-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 20px; justify-content: space-between; }
dl.summary { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 12px 0 0; padding: 0; }
dl.summary div { display: flex; flex-direction: column-reverse; }
dl.summary dt { color: var(--r-muted); font-size: 0.9em; }
dl.summary dd { margin: 0; font-size: 1.35em; font-weight: 600; font-variant-numeric: tabular-nums; }
.notice { border-left: 3px solid var(--r-warning); padding: 2px 8px; margin: 10px 0; }
.table-wrap { overflow: auto; width: fit-content; max-width: 100%; max-height: 75vh; border: 1px solid var(--r-border); }
table.matrix { border-collapse: separate; border-spacing: 0; font-variant-numeric: tabular-nums; }
table.matrix th, table.matrix td { border-right: 1px solid var(--r-grid); border-bottom: 1px solid var(--r-grid); padding: 0; }
table.matrix thead th { position: sticky; top: 0; z-index: 2; background: var(--r-header-bg); vertical-align: bottom; font-weight: 600; }
table.matrix thead th.corner { left: 0; z-index: 3; text-align: left; padding: 4px 8px; }
table.matrix thead th.col { padding: 6px 2px; min-width: 2.6em; }
table.matrix thead th.col .col-label { display: inline-flex; align-items: center; gap: 4px; writing-mode: vertical-rl; transform: rotate(180deg); max-height: 13em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.matrix thead th.total, table.matrix td.total { background: var(--r-header-bg); color: var(--r-muted); text-align: right; padding: 3px 8px; font-weight: 600; }
table.matrix thead th.total { vertical-align: bottom; }
table.matrix tbody th { position: sticky; left: 0; z-index: 1; background: var(--r-header-bg); text-align: left; font-weight: normal; padding: 3px 8px; max-width: 40em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table.matrix tbody th .folder { color: var(--r-muted); }
table.matrix tbody th .swatch { margin-right: 4px; }
table.matrix td { text-align: center; min-width: 2.6em; height: 1.9em; }
table.matrix td button { all: unset; box-sizing: border-box; display: block; width: 100%; height: 100%; min-height: 1.9em; padding: 2px 6px; cursor: pointer; text-align: center; }
table.matrix td button:hover { outline: 1px solid var(--r-focus); outline-offset: -1px; }
table.matrix td button:focus-visible { outline: 2px solid var(--r-focus); outline-offset: -2px; }
table.matrix td.cell span { display: block; padding: 2px 6px; }
table.matrix td.diagonal { color: var(--r-muted); background-image: repeating-linear-gradient(135deg, transparent 0 4px, var(--r-grid) 4px 5px); }
.unknown { font-style: italic; }
.swatch { display: inline-block; flex: none; vertical-align: -1px; }
/* Claims without a theme are shaded in grey: they are work left, not a theme. */
td.untagged { --r-heat: var(--r-muted); }
.heat-1 { background: color-mix(in srgb, var(--r-heat) 10%, transparent); }
.heat-2 { background: color-mix(in srgb, var(--r-heat) 18%, transparent); }
.heat-3 { background: color-mix(in srgb, var(--r-heat) 27%, transparent); }
.heat-4 { background: color-mix(in srgb, var(--r-heat) 36%, transparent); }
.heat-5 { background: color-mix(in srgb, var(--r-heat) 46%, transparent); }
.heat-6 { background: color-mix(in srgb, var(--r-heat) 56%, transparent); font-weight: 600; }
.heat-7 { background: color-mix(in srgb, var(--r-heat) 66%, transparent); font-weight: 600; }
.toolbar button { font: inherit; color: var(--r-button-fg); background: var(--r-button-bg); border: 1px solid var(--r-button-border); border-radius: 2px; padding: 4px 12px; cursor: pointer; }
.toolbar button:hover { background: var(--r-button-hover); }
.toolbar button:focus-visible { outline: 1px solid var(--r-focus); outline-offset: 2px; }
.empty { margin: 16px 0; }
footer { margin-top: 28px; color: var(--r-muted); font-size: 0.9em; }
`;

/** Custom properties of the exported file: light by default, dark when the reader's system is. */
export const standalonePalette = `
:root { color-scheme: light dark; --r-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; --r-font-size: 14px;
  --r-fg: #1f2328; --r-bg: #ffffff; --r-muted: #59636e; --r-border: #d1d9e0; --r-grid: #d1d9e080; --r-header-bg: #f6f8fa;
  --r-heat: #0969da; --r-focus: #0969da; --r-warning: #bf8700;
  --r-button-fg: #ffffff; --r-button-bg: #0969da; --r-button-border: #0969da; --r-button-hover: #0860c8; }
@media (prefers-color-scheme: dark) {
  :root { --r-fg: #e6edf3; --r-bg: #0d1117; --r-muted: #9198a1; --r-border: #3d444d; --r-grid: #3d444d99; --r-header-bg: #151b23;
    --r-heat: #4493f8; --r-focus: #4493f8; --r-warning: #d29922; }
}
`;

/** Custom properties of the webview: the editor's colour theme, through VS Code's CSS variables. */
export const webviewPalette = `
:root { --r-font: var(--vscode-font-family); --r-font-size: var(--vscode-font-size);
  --r-fg: var(--vscode-editor-foreground); --r-bg: var(--vscode-editor-background); --r-muted: var(--vscode-descriptionForeground);
  --r-border: var(--vscode-panel-border, var(--vscode-widget-border, transparent)); --r-grid: var(--vscode-editorWidget-border, var(--vscode-panel-border, #80808040));
  --r-header-bg: var(--vscode-sideBar-background, var(--vscode-editor-background)); --r-heat: var(--vscode-charts-blue, var(--vscode-focusBorder));
  --r-focus: var(--vscode-focusBorder); --r-warning: var(--vscode-editorWarning-foreground);
  --r-button-fg: var(--vscode-button-foreground); --r-button-bg: var(--vscode-button-background);
  --r-button-border: var(--vscode-button-border, transparent); --r-button-hover: var(--vscode-button-hoverBackground); }
`;
