import { placeClaims } from './placed-claims';
import { compare, emptySummary, type ExportSummary } from './refi-project';
import type { ExchangeInput } from './types';

export const csvColumns = ['document', 'start', 'end', 'quote', 'speaker', 'themes', 'note', 'links', 'status'] as const;

/**
 * One row per claim (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed, UTF-8
 * with a header). Offsets are code points, end exclusive; `themes` holds theme labels joined by
 * "; "; `links` is the number of links. A cell a spreadsheet would read as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
export function writeCsv(input: ExchangeInput): { csv: string; summary: ExportSummary } {
  const summary = emptySummary();
  const labels = new Map(input.codebook.themes.map((t) => [t.id, t.label]));
  const rows: string[] = [csvColumns.join(',')];
  for (const document of [...input.documents].sort((a, b) => compare(a.path, b.path))) {
    summary.documents += 1;
    for (const claim of placeClaims(document)) {
      const a = claim.annotation;
      summary.claims += 1;
      summary.codings += a.themes.length;
      summary.links += a.links?.length ?? 0;
      if (a.note) summary.notes += 1;
      rows.push(
        [
          document.path,
          String(claim.start),
          String(claim.end),
          claim.quote,
          a.speaker ?? '',
          a.themes.map((id) => labels.get(id) ?? id).join('; '),
          a.note ?? '',
          String(a.links?.length ?? 0),
          claim.status,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return { csv: `${rows.join('\r\n')}\r\n`, summary };
}

/** One field: neutralised for spreadsheets, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Parses RFC 4180 text into rows of fields (used by tests and by anyone checking an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
