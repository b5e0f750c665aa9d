// The report webview's only script (loaded under a CSP nonce): it turns clicks on cells and on the
// export button into messages for the extension, which checks them; it never builds markup.
/* global acquireVsCodeApi, document, window, Element, requestAnimationFrame */
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const main = document.querySelector('main[data-revision]');
  const revision = main ? Number(main.getAttribute('data-revision')) : -1;

  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target) return;
    if (target.getAttribute('data-action') === 'export') {
      vscode.postMessage({ type: 'export' });
      return;
    }
    const table = target.getAttribute('data-table');
    const row = Number(target.getAttribute('data-row'));
    const column = Number(target.getAttribute('data-column'));
    if (table && Number.isInteger(row) && Number.isInteger(column)) {
      vscode.postMessage({ type: 'openCell', revision: revision, table: table, row: row, column: column });
    }
  });

  // Keep the reader's place when the report is drawn again after a change in the corpus.
  const saved = vscode.getState();
  if (saved && typeof saved.x === 'number' && typeof saved.y === 'number') window.scrollTo(saved.x, saved.y);
  let pending = false;
  window.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      vscode.setState({ x: window.scrollX, y: window.scrollY });
    });
  });
})();
