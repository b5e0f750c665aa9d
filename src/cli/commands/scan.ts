import { anchorAnnotations } from '../../core/anchor/anchor';
import { detectClaims, toCodePointDetections, withStatus, type ClaimStatus, type Detection } from '../../core/detect';
import { collectDocuments } from '../../host/node-corpus-reader';
import { displayPathFrom, parseCommandArgs } from '../arguments';
import { ExitCode, UsageError, type CliCommand, type CliIo } from '../command';
import { SidecarFiles, type SidecarRead } from '../sidecar-files';
import { documentTexts } from '../document-texts';

/** One claim of `--json` output. Offsets are code points into the file's text (BOM stripped), end exclusive. */
interface ClaimReport {
  kind: Detection['kind'];
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  cue: string | null;
  confidence: number;
  status: ClaimStatus;
}

interface ScanReport {
  documents: { path: string; claims: ClaimReport[] }[];
}

const usage = `Usage: marginalia scan <files or folders…> [--json]

Detects claims (direct quotes and reported speech, with their speaker) in documents and prints
them. Never writes a file.

Folders are searched recursively for .txt, .md and .markdown documents (node_modules, .git and
other dot-folders are skipped). Binary files (with NUL bytes) are skipped with a note on stderr.

A claim is "annotated" when an annotation in the document's sidecar (<document>.annotations.json)
overlaps it by at least half of the longer of the two spans, else "suggested". Suggestions the
user dismissed (the sidecar's "dismissed" list, matched by exact text) are left out.

Options:
  --json   Print {"documents":[{"path","claims":[{"kind","text","start","end","speaker","cue","confidence","status"}]}]}
           (offsets in Unicode code points into the text without BOM, end exclusive; text without quotation marks)

Exit codes: 0 every document was read, 1 a file or sidecar could not be read, 2 wrong usage.
`;

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'Detect quotes and reported speech with their speakers (never writes)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, 'name at least one file or folder to scan');
    const { report, problems } = await scan(parsed.positionals, io);
    io.stdout(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
    return problems ? ExitCode.problems : ExitCode.ok;
  },
};

async function scan(paths: readonly string[], io: CliIo): Promise<{ report: ScanReport; problems: boolean }> {
  const display = displayPathFrom(io.cwd);
  const collected = await collectDocuments(paths, io.cwd);
  if (collected.notDocuments.length > 0) {
    throw new UsageError(`${collected.notDocuments.join(', ')}: not a document (.txt, .md, .markdown) or a folder`);
  }
  let problems = false;
  for (const problem of collected.problems) {
    io.stderr(`marginalia scan: ${problem.path}: ${problem.message}\n`);
    problems = true;
  }
  const sidecars = new SidecarFiles();
  const report: ScanReport = { documents: [] };
  const reports = {
    skipped: (message: string) => io.stderr(`marginalia scan: ${message}\n`),
    problem: (message: string) => {
      io.stderr(`marginalia scan: ${message}\n`);
      problems = true;
    },
  };
  for await (const { document, text, format } of documentTexts(collected.documents, display, reports)) {
    const detections = toCodePointDetections(text, detectClaims(text, { format }));
    const sidecar = sidecarFacts(text, await sidecars.read(document, text, display), io);
    if (sidecar.problem) problems = true;
    const claims = withStatus(detections, sidecar.annotations, sidecar.dismissed).map(
      (d): ClaimReport => ({ kind: d.kind, text: d.text, start: d.start, end: d.end, speaker: d.speaker, cue: d.cue, confidence: d.confidence, status: d.status }),
    );
    report.documents.push({ path: display(document), claims });
  }
  return { report, problems };
}

interface SidecarFacts {
  readonly annotations: { start: number; end: number }[];
  readonly dismissed: Set<string>;
  readonly problem: boolean;
}

/** Current positions (code points) of the sidecar's annotations, and its dismissed texts. */
function sidecarFacts(text: string, read: SidecarRead, io: CliIo): SidecarFacts {
  if (!read.ok) {
    io.stderr(`marginalia scan: ${read.message}\n`);
    return { annotations: [], dismissed: new Set(), problem: true };
  }
  const annotations: { start: number; end: number }[] = [];
  for (const { result } of anchorAnnotations(text, read.sidecar?.annotations ?? [])) {
    if (result.status === 'anchored') annotations.push({ start: result.start, end: result.end });
  }
  return { annotations, dismissed: new Set((read.sidecar?.dismissed ?? []).map((d) => d.exact)), problem: false };
}

function renderTable(report: ScanReport): string {
  const out: string[] = [];
  let total = 0;
  for (const doc of report.documents) {
    out.push(`${doc.path}  (${doc.claims.length} claim${doc.claims.length === 1 ? '' : 's'})`);
    const rows = doc.claims.map((c) => [
      `${c.start}–${c.end}`,
      c.kind,
      c.status,
      c.confidence.toFixed(2),
      c.speaker ?? '—',
      c.cue ?? '',
      shorten(c.text, 70),
    ]);
    const header = ['SPAN', 'KIND', 'STATUS', 'CONF', 'SPEAKER', 'CUE', 'TEXT'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`.trimEnd();
    if (rows.length > 0) out.push(line(header), ...rows.map(line));
    out.push('');
    total += doc.claims.length;
  }
  const annotated = report.documents.reduce((n, d) => n + d.claims.filter((c) => c.status === 'annotated').length, 0);
  out.push(
    `${report.documents.length} document${report.documents.length === 1 ? '' : 's'}, ${total} claim${total === 1 ? '' : 's'}: ${annotated} annotated, ${total - annotated} suggested.`,
    '',
  );
  return out.join('\n');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
