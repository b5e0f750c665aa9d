import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { anchorAnnotations } from '../../core/anchor/anchor';
import type { Sidecar } from '../../core/model/sidecar';
import { parseCodebook } from '../../core/store/codebook-format';
import { codebookPath, sidecarSuffix } from '../../core/store/paths';
import { parseSidecar } from '../../core/store/sidecar-format';
import { decodeDocumentText } from '../../core/text/decode';
import { findCorpusRoot, isDocumentPath, listFiles } from '../../host/corpus-files';
import { readDocument, readOptionalText } from '../../host/node-corpus-reader';
import { leavesCorpus, outsideCorpusMessage } from '../../host/symlink-boundary';
import { displayPathFrom, parseCommandArgs } from '../arguments';
import { ExitCode, UsageError, type CliCommand, type CliIo } from '../command';
import { SidecarFiles } from '../sidecar-files';
import { folderSettingsPath } from '../../core/store/settings-layout';

/** One line of `--json` output per annotation. Offsets are code points, end exclusive. */
interface AnnotationReport {
  id: string;
  status: 'anchored' | 'orphaned';
  /** Where it anchored now; for an orphan, where it was last stored. */
  start: number;
  end: number;
  /** Why it is orphaned (orphans only). */
  reason?: string;
}

interface FileError {
  file: string;
  message: string;
}

interface DocumentReport {
  path: string;
  sidecar: string | null;
  annotations: AnnotationReport[];
  errors: FileError[];
}

/** `--json` output. `codebook` and `errors` (codebook problems) extend the documented shape. */
interface ValidateReport {
  documents: DocumentReport[];
  codebook: string | null;
  errors: FileError[];
}

const usage = `Usage: marginalia validate <files or folders…> [--json]

Checks sidecars (*.annotations.json) and the codebook (.marginalia/codebook.json) and anchors
every annotation against the current text of its document. Never writes a file.

Folders are searched recursively for .txt, .md and .markdown documents that have a sidecar
(beside them, or under the sidecar folder the corpus root's .vscode/settings.json names;
node_modules, .git and other dot-folders except .marginalia are skipped). A
document named directly is checked even without a sidecar. The codebook is taken from the
nearest folder at or above each path that holds a .marginalia folder.

Options:
  --json   Print {"documents":[{"path","sidecar","annotations":[{"id","status","start","end"}],"errors":[{"file","message"}]}]}
           (offsets in Unicode code points, end exclusive; plus "codebook" and top-level "errors")

Exit codes: 0 every annotation anchors and every file is valid, 1 something is orphaned or
invalid, 2 wrong usage.
`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check sidecars and the codebook and anchor every annotation (never writes)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, 'name at least one file or folder to validate');
    const report = await validate(parsed.positionals, io);
    io.stdout(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
    const failed =
      report.errors.length > 0 ||
      report.documents.some((d) => d.errors.length > 0 || d.annotations.some((a) => a.status === 'orphaned'));
    return failed ? ExitCode.problems : ExitCode.ok;
  },
};

async function validate(paths: readonly string[], io: CliIo): Promise<ValidateReport> {
  const display = displayPathFrom(io.cwd);
  const documents = new Map<string, string | null>(); // document → sidecar (absolute paths)
  const roots = new Set<string>();
  const refused: FileError[] = [];
  const sidecars = new SidecarFiles();
  const addSidecar = async (file: string): Promise<void> => {
    const document = await sidecars.documentOf(file);
    if (document !== undefined) documents.set(document, file);
    else refused.push({ file: display(file), message: await misplacedMessage(sidecars, file) });
  };
  for (const given of paths) {
    const absolute = resolve(io.cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${given} does not exist`);
    const root = await findCorpusRoot(absolute);
    if (root) roots.add(root);
    if (await leavesCorpus(absolute)) {
      refused.push({ file: display(absolute), message: outsideCorpusMessage });
    } else if (info.isDirectory()) {
      const files = await listFiles(absolute);
      const fileSet = new Set(files);
      for (const file of files) {
        if (file.endsWith(sidecarSuffix)) await addSidecar(file);
        else if (isDocumentPath(file)) {
          const sidecar = await sidecars.sidecarOf(file);
          if (fileSet.has(sidecar) || (await exists(sidecar))) documents.set(file, sidecar);
        }
      }
    } else if (absolute.endsWith(sidecarSuffix)) {
      await addSidecar(absolute);
    } else if (isDocumentPath(absolute)) {
      const sidecar = await sidecars.sidecarOf(absolute);
      documents.set(absolute, (await exists(sidecar)) ? sidecar : null);
    } else if (!absolute.endsWith('codebook.json')) {
      throw new UsageError(`${given} is neither a document (.txt, .md, .markdown), a sidecar (*${sidecarSuffix}) nor a folder`);
    }
  }

  const errors: FileError[] = [...refused];
  let codebookFile: string | null = null;
  let themes: Set<string> | undefined;
  for (const root of roots) {
    const file = resolve(root, codebookPath);
    let text: string | undefined;
    try {
      text = await readOptionalText(file);
    } catch (error) {
      errors.push({ file: display(file), message: (error as Error).message });
      continue;
    }
    if (text === undefined) continue;
    codebookFile = display(file);
    const result = parseCodebook(text, display(file));
    if (result.ok) {
      themes ??= new Set();
      for (const theme of result.value.themes) themes.add(theme.id);
    } else {
      errors.push({ file: display(file), message: result.problem.message });
    }
  }

  const reports: DocumentReport[] = [];
  for (const [document, sidecar] of [...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    reports.push(await checkDocument(document, sidecar, display, themes));
  }
  return { documents: reports, codebook: codebookFile, errors };
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Why a file named like a sidecar is not read as one: it is not where the corpus keeps sidecars. */
async function misplacedMessage(sidecars: SidecarFiles, file: string): Promise<string> {
  const layout = await sidecars.layoutAt(dirname(file));
  return layout.kind === 'mirror'
    ? `not read: this corpus keeps sidecars under ${layout.folder}/ (${folderSettingsPath}, "marginalia.sidecars.location"); move it there or change the setting`
    : `not read: this corpus keeps sidecars beside their documents (${folderSettingsPath}, "marginalia.sidecars.location"); move it beside its document or change the setting`;
}

async function checkDocument(
  document: string,
  sidecar: string | null,
  display: (path: string) => string,
  themes: ReadonlySet<string> | undefined,
): Promise<DocumentReport> {
  const report: DocumentReport = { path: display(document), sidecar: sidecar && display(sidecar), annotations: [], errors: [] };
  if (!sidecar) return report;
  const read = await readDocument(document);
  if (read.kind === 'binary') {
    report.errors.push({ file: display(document), message: 'a binary file (it contains NUL bytes); its annotations were not checked' });
    return report;
  }
  if (read.kind === 'error' && read.message === outsideCorpusMessage) {
    report.errors.push({ file: display(document), message: outsideCorpusMessage });
    return report;
  }
  const text = read.kind === 'text' ? decodeDocumentText(read.bytes) : undefined;
  let raw: string | undefined;
  try {
    raw = await readOptionalText(sidecar);
  } catch (error) {
    report.errors.push({ file: display(sidecar), message: (error as Error).message });
    return report;
  }
  if (raw === undefined) return report;
  const parsed = parseSidecar(raw, display(sidecar), text === undefined ? {} : { documentText: text });
  if (!parsed.ok) {
    report.errors.push({ file: display(sidecar), message: parsed.problem.message });
    return report;
  }
  const value: Sidecar = parsed.value;
  if (text === undefined) {
    report.errors.push({
      file: display(sidecar),
      message: `${display(sidecar)} belongs to ${display(document)}, which does not exist. Restore or move the document back, or delete the sidecar.`,
    });
    for (const a of value.annotations) {
      const [, position] = a.target.selector;
      report.annotations.push({ id: a.id, status: 'orphaned', start: position.start, end: position.end, reason: 'the document is missing' });
    }
    return report;
  }
  for (const { annotation, result } of anchorAnnotations(text, value.annotations)) {
    const [, position] = annotation.target.selector;
    report.annotations.push(
      result.status === 'anchored'
        ? { id: annotation.id, status: 'anchored', start: result.start, end: result.end }
        : { id: annotation.id, status: 'orphaned', start: position.start, end: position.end, reason: result.reason },
    );
    const unknown = themes ? annotation.themes.filter((t) => !themes.has(t)) : [];
    if (unknown.length > 0) {
      report.errors.push({
        file: display(sidecar),
        message: `annotation ${annotation.id} uses theme${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')} not in the codebook`,
      });
    }
  }
  return report;
}

function renderTable(report: ValidateReport): string {
  const rows = report.documents.map((d) => [
    d.path,
    d.sidecar ?? '(no sidecar)',
    String(d.annotations.filter((a) => a.status === 'anchored').length),
    String(d.annotations.filter((a) => a.status === 'orphaned').length),
    String(d.errors.length),
  ]);
  const header = ['DOCUMENT', 'SIDECAR', 'ANCHORED', 'ORPHANED', 'ERRORS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];
  const orphans = report.documents.flatMap((d) => d.annotations.filter((a) => a.status === 'orphaned').map((a) => ({ d, a })));
  if (orphans.length > 0) {
    out.push('', 'Orphaned annotations (kept in their sidecar; re-attach them in VS Code):');
    for (const { d, a } of orphans) out.push(`  ${d.path}  ${a.id}  (was ${a.start}–${a.end}): ${a.reason ?? ''}`);
  }
  const errors = [...report.errors, ...report.documents.flatMap((d) => d.errors)];
  if (errors.length > 0) {
    out.push('', 'Errors:');
    for (const e of errors) out.push(`  ${e.file}: ${e.message}`);
  }
  const total = report.documents.reduce((n, d) => n + d.annotations.length, 0);
  out.push(
    '',
    `${report.documents.length} document${report.documents.length === 1 ? '' : 's'}, ${total} annotation${total === 1 ? '' : 's'}: ` +
      `${total - orphans.length} anchored, ${orphans.length} orphaned; ${errors.length} error${errors.length === 1 ? '' : 's'}` +
      `${report.codebook ? `; codebook ${report.codebook}` : '; no codebook found'}.`,
    '',
  );
  return out.join('\n');
}
