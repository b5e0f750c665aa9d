import { resolve } from 'node:path';
import { parseCommandArgs } from '../arguments';
import { describeCodebookMerge, planCodebookMerge, type CodebookMergePlan } from '../../core/exchange/codebook-merge';
import { planProjectImport, type ProjectImportPlan } from '../../core/exchange/project-import';
import { readQdc } from '../../core/exchange/refi-codebook';
import { readQdpx } from '../../core/exchange/refi-read';
import { XmlInputError } from '../../core/exchange/xml';
import { ZipInputError } from '../../core/exchange/zip';
import { createIdFactory } from '../../core/model/ids';
import { codebookPath } from '../../core/store/paths';
import { openCodebook, openSidecar } from '../../core/store/sidecar-store';
import { decodeDocumentText } from '../../core/text/decode';
import { hashText } from '../../core/text/hash';
import { nodeFileSystem } from '../../host/node-file-system';
import { ExitCode, UsageError, type CliCommand, type CliIo } from '../command';
import { SidecarFiles } from '../sidecar-files';
import { InputFileError, loadCorpus, readInputFile, type LoadedCorpus } from '../exchange-corpus';

/** Largest file accepted for import. */
const maxImportBytes = 512 * 1024 * 1024;

const usage = `Usage: marginalia import <file.qdc | file.qdpx> [--dry-run]

Imports into the corpus (the nearest folder at or above the working folder that holds
.marginalia, else the working folder):

  .qdc    A REFI-QDA codebook, merged into .marginalia/codebook.json: codes matching a theme
          (exported by Marginalia, or with the same name) update its colour, description and
          parent; other codes become new themes. Nothing is removed.
  .qdpx   A REFI-QDA project: its codebook is merged as above, and the codings of every text
          source that matches a corpus document (same path, or the same text) are anchored in
          the document's current text and added to its sidecar with their themes, notes,
          speakers (cases) and links. Codings already present are skipped; codings that do not
          match or anchor are listed, never placed by guess.

The plan is printed first. Sidecars and the codebook are written through the same guarded
store as the extension (locked, merged with concurrent changes, never over a broken file).

Options:
  --dry-run   Print the plan without writing anything

Exit codes: 0 imported everything, 1 the file could not be read or some codings were not
imported, 2 wrong usage.
`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a REFI-QDA codebook (.qdc) or the codings of a project (.qdpx)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { 'dry-run': { type: 'boolean', default: false } });
    if (parsed.positionals.length !== 1) throw new UsageError('name exactly one .qdc or .qdpx file to import');
    const file = parsed.positionals[0]!;
    const kind = /\.qdc$/i.test(file) ? 'qdc' : /\.qdpx$/i.test(file) ? 'qdpx' : undefined;
    if (!kind) throw new UsageError(`${file} is neither a .qdc codebook nor a .qdpx project`);
    const dryRun = parsed.values['dry-run'] === true;
    try {
      const bytes = await readInputFile(file, io.cwd, maxImportBytes);
      return kind === 'qdc' ? await importCodebook(bytes, dryRun, io) : await importProject(bytes, dryRun, io);
    } catch (error) {
      if (error instanceof InputFileError || error instanceof XmlInputError || error instanceof ZipInputError) {
        io.stderr(`marginalia import: ${file}: ${error.message}\n`);
        return ExitCode.problems;
      }
      throw error;
    }
  },
};

async function importCodebook(bytes: Uint8Array, dryRun: boolean, io: CliIo): Promise<ExitCode> {
  const codes = readQdc(decodeDocumentText(bytes));
  const corpus = await loadCorpus('import', [], io);
  const plan = planCodebookMerge(corpus.codebook, codes);
  io.stdout(`Codebook: ${describeCodebookMerge(plan, corpus.codebook.themes)}\n`);
  if (dryRun) {
    io.stdout('Dry run: nothing was written.\n');
    return corpus.problems.length > 0 ? ExitCode.problems : ExitCode.ok;
  }
  const written = await applyCodebookPlan(corpus, plan, io);
  return written && corpus.problems.length === 0 ? ExitCode.ok : ExitCode.problems;
}

async function importProject(bytes: Uint8Array, dryRun: boolean, io: CliIo): Promise<ExitCode> {
  const project = readQdpx(bytes);
  const corpus = await loadCorpus('import', [], io);
  const newId = createIdFactory();
  const plan = planProjectImport(project, { codebook: corpus.codebook, documents: corpus.documents, newId, now: new Date().toISOString() });
  io.stdout(renderPlan(plan, corpus));
  if (dryRun) {
    io.stdout('Dry run: nothing was written.\n');
    return plan.unmatched.length > 0 || corpus.problems.length > 0 ? ExitCode.problems : ExitCode.ok;
  }
  let ok = await applyCodebookPlan(corpus, plan.codebook, io);
  const texts = new Map(corpus.documents.map((d) => [d.path, d.text]));
  const touched = new Set([...plan.claims.keys(), ...plan.linkUpdates.map((u) => u.documentPath)]);
  const now = new Date().toISOString();
  const paths = [...touched].sort();
  const sidecars = new SidecarFiles();
  for (const [i, path] of paths.entries()) {
    if (paths.length > 100 && i % 100 === 0) io.stderr(`marginalia import: writing sidecars ${i}/${paths.length}\n`);
    const document = resolve(corpus.root, ...path.split('/'));
    const sidecar = await openSidecar(nodeFileSystem, await sidecars.sidecarOf(document), { documentPath: document, documentText: texts.get(path) });
    if (sidecar.problem) {
      io.stderr(`marginalia import: not written, ${sidecar.problem.message}\n`);
      ok = false;
      continue;
    }
    for (const annotation of plan.claims.get(path) ?? []) sidecar.apply({ type: 'add', annotation });
    for (const update of plan.linkUpdates.filter((u) => u.documentPath === path)) {
      sidecar.apply({ type: 'update', id: update.annotationId, changes: { links: update.links }, modified: now });
    }
    if (!sidecar.exists || sidecar.value.textHash === '') sidecar.apply({ type: 'set-text-hash', textHash: hashText(texts.get(path) ?? '') });
    const outcome = await sidecar.save();
    if (outcome.status === 'blocked') {
      io.stderr(`marginalia import: not written, ${outcome.problem.message}\n`);
      ok = false;
    }
  }
  io.stdout(`Imported ${[...plan.claims.values()].reduce((n, list) => n + list.length, 0)} claim(s) into ${plan.claims.size} document(s).\n`);
  return ok && plan.unmatched.length === 0 && corpus.problems.length === 0 ? ExitCode.ok : ExitCode.problems;
}

async function applyCodebookPlan(corpus: LoadedCorpus, plan: CodebookMergePlan, io: CliIo): Promise<boolean> {
  if (plan.operations.length === 0) return true;
  const codebook = await openCodebook(nodeFileSystem, resolve(corpus.root, codebookPath));
  for (const operation of plan.operations) codebook.apply(operation);
  const outcome = await codebook.save();
  if (outcome.status === 'blocked') {
    io.stderr(`marginalia import: codebook not written, ${outcome.problem.message}\n`);
    return false;
  }
  return true;
}

function renderPlan(plan: ProjectImportPlan, corpus: LoadedCorpus): string {
  const lines = [`Codebook: ${describeCodebookMerge(plan.codebook, corpus.codebook.themes)}`];
  for (const match of plan.matchedSources) {
    lines.push(`Source "${match.source}" → ${match.document}${match.by === 'text' ? ' (same text)' : ''}`);
  }
  const claims = [...plan.claims.values()].reduce((n, list) => n + list.length, 0);
  lines.push(
    `Codings: ${claims} new claim(s), ${plan.alreadyPresent} already present, ${plan.unmatched.length} not imported; ${plan.links} link(s).`,
  );
  if (plan.unmatched.length > 0) {
    lines.push('Not imported (nothing was guessed):');
    for (const u of plan.unmatched) {
      const quote = u.quote === undefined ? '' : ` "${shorten(u.quote)}"`;
      lines.push(`  ${u.source} ${u.start}–${u.end}${quote}: ${u.reason}`);
    }
  }
  for (const warning of plan.warnings) lines.push(`Note: ${warning}`);
  return `${lines.join('\n')}\n`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  return chars.length <= 60 ? flat : `${chars.slice(0, 59).join('')}…`;
}
