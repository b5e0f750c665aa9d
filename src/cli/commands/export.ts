import { basename, resolve } from 'node:path';
import { ExportError } from '../../core/exchange/refi-codebook';
import { type ExportSummary } from '../../core/exchange/refi-project';
import type { ExchangeInput } from '../../core/exchange/types';
import { nodeFileSystem } from '../../host/node-file-system';
import { parseCommandArgs } from '../arguments';
import { cliVersion } from '../run-cli';
import { ExitCode, UsageError, type CliCommand } from '../command';
import { exportFormats, writeExport, type ExportFormat } from '../../core/exchange/export-format';
import { loadCorpus } from '../exchange-corpus';

const usage = `Usage: marginalia export --format qdpx|qdc|w3c|csv --out FILE [files or folders…]

Exports the annotations of the corpus (or of the named documents and folders) for other tools.
The corpus root is the nearest folder at or above the working folder that holds .marginalia
(else the working folder); document paths in the export are relative to it, and the codebook is
its .marginalia/codebook.json. Annotations are read from <document>.annotations.json and
anchored in the current text first, so positions are where the claims are now.

Formats:
  qdpx   REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder…): project.qde plus every
         document's text under sources/. Claims become PlainTextSelections (positions in
         Unicode code points) coded with their themes; notes, links and speakers (as cases) too.
         Claims that no longer anchor are left out and counted.
  qdc    REFI-QDA codebook: the themes as codes (hierarchy, colours, descriptions).
  w3c    W3C Web Annotation JSON-LD: one AnnotationCollection.
  csv    One row per claim: document,start,end,quote,speaker,themes,note,links,status
         (RFC 4180, UTF-8; cells starting with = + - @ are prefixed with an apostrophe).

Options:
  --format F   One of qdpx, qdc, w3c, csv (required)
  --out FILE   Where to write (required); "-" writes csv or w3c to standard output

A summary goes to stderr, with progress for large corpora.

Exit codes: 0 exported everything, 1 a file could not be read or something was left out
(the export is still written), 2 wrong usage.
`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export annotations as REFI-QDA (.qdpx, .qdc), W3C Web Annotation or CSV',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string', short: 'o' } });
    const format = parsed.values.format;
    if (format === undefined) throw new UsageError('--format is required (qdpx, qdc, w3c or csv)');
    if (!(exportFormats as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (use qdpx, qdc, w3c or csv)`);
    const out = parsed.values.out;
    if (!out) throw new UsageError('--out FILE is required');
    if (out === '-' && (format === 'qdpx' || format === 'qdc')) throw new UsageError(`--out - is only for csv and w3c; ${format} needs a file`);

    const corpus = await loadCorpus('export', parsed.positionals, io);
    const input: ExchangeInput = { codebook: corpus.codebook, documents: corpus.documents };
    let result: { bytes: Uint8Array; summary?: ExportSummary };
    try {
      result = writeExport(format as ExportFormat, input, { origin: `Marginalia ${cliVersion}`, projectName: basename(corpus.root) });
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      io.stderr(`marginalia export: ${error.message}\n`);
      return ExitCode.problems;
    }
    if (out === '-') {
      io.stdout(new TextDecoder().decode(result.bytes));
    } else {
      try {
        await nodeFileSystem.writeAtomic(resolve(io.cwd, out), result.bytes);
      } catch (error) {
        io.stderr(`marginalia export: cannot write ${out}: ${(error as Error).message}\n`);
        return ExitCode.problems;
      }
    }
    const summary = result.summary;
    const lost = summary ? summary.orphansSkipped + summary.linksSkipped + summary.unknownThemes.length : 0;
    io.stderr(`marginalia export: ${describe(format as ExportFormat, summary, corpus.codebook.themes.length)}${out === '-' ? '' : ` to ${out}`}.\n`);
    if (summary?.orphansSkipped) io.stderr(`marginalia export: left out ${summary.orphansSkipped} claim(s) that no longer anchor (run 'marginalia validate').\n`);
    if (summary?.linksSkipped) io.stderr(`marginalia export: left out ${summary.linksSkipped} link(s) to claims outside the export.\n`);
    if (summary?.unknownThemes.length) io.stderr(`marginalia export: themes not in the codebook: ${summary.unknownThemes.join(', ')}.\n`);
    return corpus.problems.length > 0 || lost > 0 ? ExitCode.problems : ExitCode.ok;
  },
};

/** Like parseCommandArgs, but without paths export takes the whole corpus. */
function describe(format: ExportFormat, summary: ExportSummary | undefined, themes: number): string {
  if (!summary) return `exported ${themes} theme${themes === 1 ? '' : 's'}`;
  return (
    `exported ${summary.documents} document(s), ${summary.claims} claim(s), ${summary.codings} theme tag(s), ` +
    `${summary.notes} note(s), ${summary.links} link(s)${format === 'qdpx' ? `, ${summary.speakers} speaker case(s)` : ''}`
  );
}
