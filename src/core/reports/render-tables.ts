import { escapeHtml, safeColor } from './html-escape';
import type { CooccurrenceCell, CorpusReport, ReportAxis, ReportCell, ReportTable } from './report-model';

export interface RenderOptions {
  /** Cells are buttons carrying their coordinates (the webview); otherwise plain cells (the file). */
  readonly interactive: boolean;
  /** Shown under the title, e.g. the workspace name. */
  readonly subtitle?: string;
  /** Shown in the footer (the file's time of export). */
  readonly footer?: string;
}

const shades = 7;

/** 0 for an empty cell, else 1…7 in proportion to the table's largest count. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(shades, Math.max(1, Math.ceil((count / max) * shades)));
}

/** The report's body: title, summary and the three tables, every text escaped. */
export function renderReportBody(report: CorpusReport, options: RenderOptions): string {
  const s = report.summary;
  const figures: [string, number][] = [
    ['documents', s.documents],
    ['annotated documents', s.annotatedDocuments],
    ['claims', s.claims],
    ['orphaned', s.orphaned],
    ['themes used', s.themesUsed],
    ['speakers', s.speakers],
    ['links', s.links],
  ];
  const out: string[] = [];
  out.push('<header class="report-header"><div>');
  out.push('<h1>Marginalia report</h1>');
  if (options.subtitle) out.push(`<p class="muted">${escapeHtml(options.subtitle)}</p>`);
  out.push('</div>');
  if (options.interactive) out.push('<div class="toolbar"><button type="button" data-action="export">Export as HTML…</button></div>');
  out.push('</header>');
  out.push(`<dl class="summary">${figures.map(([name, value]) => `<div><dt>${name}</dt><dd>${value}</dd></div>`).join('')}</dl>`);
  if (s.unknownThemes.length > 0) {
    out.push(`<p class="notice">Claims carry theme ids the codebook does not define: ${s.unknownThemes.map((t) => `<span class="unknown">${escapeHtml(t)}</span>`).join(', ')}.</p>`);
  }
  if (s.claims === 0) {
    out.push('<p class="empty muted">No claims yet. Tag statements in the corpus documents and they are counted here.</p>');
  } else {
    const open = options.interactive ? ' Select a number to open its claims.' : '';
    out.push(section('documents', 'Themes by document', `Claims of each document carrying each theme; the last column counts the document’s claims.${open}`, report.documents, options));
    out.push(
      section(
        'cooccurrence',
        'Theme co-occurrence',
        `Claims carrying both themes, plus pairs of overlapping claims in one document that carry one theme each. The diagonal counts the claims carrying the theme.${open}`,
        report.cooccurrence,
        options,
      ),
    );
    if (report.cooccurrence.overlapsTruncated) {
      out.push('<p class="notice">This corpus has too many overlapping claims to pair them all: overlap counts stop at the first 200,000 pairs.</p>');
    }
    out.push(section('speakers', 'Speakers by theme', `Claims of each speaker (name variants merged) carrying each theme.${open}`, report.speakers, options));
  }
  if (options.footer) out.push(`<footer>${escapeHtml(options.footer)}</footer>`);
  return out.join('\n');
}

function section(id: string, title: string, hint: string, table: ReportTable, options: RenderOptions): string {
  const corner = table.id === 'documents' ? 'Document' : table.id === 'speakers' ? 'Speaker' : 'Theme';
  const head = [
    `<th scope="col" class="corner">${corner}</th>`,
    ...table.columns.map((axis) => `<th scope="col" class="col"${titleAttribute(axisTitle(axis))}><span class="col-label">${axisLabel(axis)}</span></th>`),
    ...(table.id === 'cooccurrence' ? [] : ['<th scope="col" class="total">Claims</th>']),
  ].join('');
  const body = table.rows.map((row, r) => {
    const cells = table.columns.map((column, c) => cell(table, r, c, row, column, options)).join('');
    const total = table.id === 'cooccurrence' ? '' : `<td class="total">${table.rowTotals[r]}</td>`;
    return `<tr><th scope="row"${titleAttribute(axisTitle(row))}>${axisLabel(row)}</th>${cells}${total}</tr>`;
  });
  return [
    `<section aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${escapeHtml(title)}</h2>`,
    `<p class="hint">${escapeHtml(hint)}</p>`,
    `<div class="table-wrap"><table class="matrix" data-table="${id}">`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table></div></section>',
  ].join('\n');
}

function cell(table: ReportTable, r: number, c: number, row: ReportAxis, column: ReportAxis, options: RenderOptions): string {
  const value = table.cells[r]![c]!;
  const diagonal = table.id === 'cooccurrence' && r === c;
  const level = diagonal ? 0 : heatLevel(value.count, table.max);
  const classes = ['cell', `heat-${level}`, ...(diagonal ? ['diagonal'] : []), ...(column.kind === 'theme' ? [] : ['untagged'])].join(' ');
  if (value.count === 0) return `<td class="${classes}"></td>`;
  // The page lists no claims (a click opens them); the file shows the first few in the tooltip.
  const description = describeCell(table, row, column, value, diagonal, options.interactive ? 0 : 3);
  if (options.interactive) {
    return `<td class="${classes}"><button type="button" data-table="${table.id}" data-row="${r}" data-column="${c}" title="${escapeHtml(description)}">${value.count}</button></td>`;
  }
  return `<td class="${classes}" title="${escapeHtml(description)}"><span>${value.count}</span></td>`;
}

/** The cell's tooltip: what the number counts, and the first claims. */
export function describeCell(table: ReportTable, row: ReportAxis, column: ReportAxis, value: ReportCell, diagonal = false, listed = 3): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let head: string;
  if (table.id === 'cooccurrence') {
    const co = value as CooccurrenceCell;
    head = diagonal
      ? `${row.label}: ${plural(co.count, 'claim')}`
      : `${row.label} & ${column.label}: ${plural(co.sameClaim, 'claim')} with both, ${plural(co.overlapping, 'overlapping pair')}`;
  } else {
    head = `${row.label} · ${column.label}: ${plural(value.count, 'claim')}`;
  }
  const shown = value.claims
    .slice(0, listed)
    .map((claim) => `“${shorten(claim.quote, 60)}” (${claim.documentPath})${claim.note ? ` — ${shorten(claim.note, 50)}` : ''}`);
  const more = listed > 0 && value.claims.length > shown.length ? [`and ${value.claims.length - shown.length} more`] : [];
  return [head, ...shown, ...more].join('\n');
}

function axisLabel(axis: ReportAxis): string {
  const swatch = axis.kind === 'theme' ? swatchSvg(axis.color) : '';
  if (axis.kind === 'document') {
    const slash = axis.label.lastIndexOf('/');
    const folder = slash >= 0 ? `<span class="folder">${escapeHtml(axis.label.slice(0, slash + 1))}</span>` : '';
    return `${folder}${escapeHtml(axis.label.slice(slash + 1))}`;
  }
  const label = `<span${axis.kind === 'theme' || axis.kind === 'speaker' ? '' : ' class="unknown"'}>${escapeHtml(axis.label)}</span>`;
  return `${swatch}${label}`;
}

function axisTitle(axis: ReportAxis): string {
  return axis.detail ? `${axis.label} (${axis.detail})` : axis.label;
}

function titleAttribute(text: string): string {
  return text ? ` title="${escapeHtml(text)}"` : '';
}

function swatchSvg(color: string | undefined): string {
  return `<svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${safeColor(color)}"/></svg>`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
