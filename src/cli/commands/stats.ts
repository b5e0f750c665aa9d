import { computeReport, type CorpusReport, type ReportAxis, type ReportTable } from '../../core/reports';
import { parseCommandArgs } from '../arguments';
import { ExitCode, type CliCommand } from '../command';
import { readReportCorpus } from '../read-report-corpus';

const usage = `Usage: marginalia stats <files or folders…> [--json]

Counts the corpus: documents, claims (annotated, i.e. on their text, and orphaned), themes,
speakers and links, with two tables: themes by document and speakers by theme. Never writes a file.

Claims are the annotations in each document's sidecar (<document>.annotations.json), anchored
against the document's current text. Themes are those of the codebook (.marginalia/codebook.json
in the nearest folder at or above each path that holds a .marginalia folder); claims may also
carry theme ids the codebook lacks, which are listed. Speakers written several ways (titles,
transliterations, the codebook's aliases) count once, as in 'marginalia speakers'.

Folders are searched recursively for .txt, .md and .markdown documents (node_modules, .git and
other dot-folders are skipped).

Options:
  --json   Print {"summary":{"documents","annotatedDocuments","claims","annotated","orphaned",
           "themes","themesUsed","unknownThemes","speakers","links"},"codebook",
           "themesByDocument":{"columns":[{"kind","key","label"}],"rows":[{"key","label","claims","counts"}]},
           "speakersByTheme":{…same shape…},"cooccurrence":{…same shape…}}
           (counts[i] is the row's count in columns[i]; a column's kind is "theme", "unknown-theme" or "no-theme")

Exit codes: 0 every file was read, 1 a document, sidecar or codebook could not be read, 2 wrong usage.
`;

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'Count documents, claims, themes, speakers and links, by document and by speaker (never writes)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, 'name at least one file or folder');
    const corpus = await readReportCorpus(parsed.positionals, io, 'stats');
    const report = computeReport(corpus.input);
    io.stdout(parsed.values.json ? `${JSON.stringify(toJson(report, corpus.codebook), null, 2)}\n` : renderText(report, corpus.codebook));
    return corpus.problems ? ExitCode.problems : ExitCode.ok;
  },
};

function toJson(report: CorpusReport, codebook: string | null) {
  const table = (t: ReportTable) => ({
    columns: t.columns.map((c) => ({ kind: c.kind, key: c.key, label: c.label })),
    rows: t.rows.map((r, i) => ({ key: r.key, label: r.label, claims: t.rowTotals[i], counts: t.cells[i]!.map((cell) => cell.count) })),
  });
  return {
    summary: report.summary,
    codebook,
    themesByDocument: table(report.documents),
    speakersByTheme: table(report.speakers),
    cooccurrence: table(report.cooccurrence),
  };
}

function renderText(report: CorpusReport, codebook: string | null): string {
  const s = report.summary;
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const out = [
    `Documents  ${s.documents} (${s.annotatedDocuments} with claims)`,
    `Claims     ${s.claims} (${s.annotated} annotated, ${s.orphaned} orphaned)`,
    `Themes     ${codebook ? `${plural(s.themes, 'theme')} in ${codebook}, ` : 'no codebook found, '}${s.themesUsed} used`,
    `Speakers   ${s.speakers}`,
    `Links      ${s.links}`,
  ];
  if (s.unknownThemes.length > 0) out.push(`Not in the codebook: ${s.unknownThemes.join(', ')}`);
  if (s.claims > 0) {
    out.push('', 'Themes by document', '', ...matrix(report.documents, 'DOCUMENT'));
    out.push('', 'Speakers by theme', '', ...matrix(report.speakers, 'SPEAKER'));
  }
  out.push('');
  return out.join('\n');
}

/** A fixed-width table: row labels left, counts right-aligned under column labels of at most 18 characters. */
function matrix(table: ReportTable, corner: string): string[] {
  const header = [corner, ...table.columns.map(columnLabel), 'CLAIMS'];
  const rows = table.rows.map((row, r) => [row.label, ...table.cells[r]!.map((cell) => (cell.count === 0 ? '-' : String(cell.count))), String(table.rowTotals[r])]);
  const widths = header.map((h, i) => Math.max(length(h), ...rows.map((row) => length(row[i]!))));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? pad(cell, widths[i]!, 'end') : pad(cell, widths[i]!, 'start'))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function columnLabel(axis: ReportAxis): string {
  const chars = Array.from(axis.label.replace(/\s+/g, ' '));
  const label = chars.length > 18 ? `${chars.slice(0, 17).join('')}…` : chars.join('');
  return axis.kind === 'unknown-theme' ? `${label}?` : label;
}

const length = (text: string) => Array.from(text).length;
const pad = (text: string, width: number, side: 'start' | 'end') => {
  const fill = ' '.repeat(Math.max(0, width - length(text)));
  return side === 'start' ? fill + text : text + fill;
};
