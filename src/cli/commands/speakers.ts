import { detectClaims } from '../../core/detect';
import type { SpeakerAlias } from '../../core/model/codebook';
import { buildSpeakerIndex, type Speaker, type SpeakerMention } from '../../core/speakers';
import { collectDocuments } from '../../host/node-corpus-reader';
import { displayPathFrom, parseCommandArgs } from '../arguments';
import { ExitCode, UsageError, type CliCommand, type CliIo } from '../command';
import { SidecarFiles, type SidecarRead } from '../sidecar-files';
import { readCorpusCodebooks } from '../corpus-reading';
import { documentTexts } from '../document-texts';

interface SpeakersReport {
  speakers: {
    name: string;
    detected: number;
    annotated: number;
    documents: number;
    inCodebook: boolean;
    variants: { name: string; detected: number; annotated: number }[];
    paths: string[];
  }[];
  codebook: string | null;
}

const usage = `Usage: marginalia speakers <files or folders…> [--json]

Lists the speakers of the documents: every canonical speaker with the names merged into it and
how many claims the detector attributes to them, how many annotations name them, and in how many
documents. Never writes a file.

Names are merged when the codebook (.marginalia/codebook.json, "speakers") lists them as aliases
of one speaker, which always wins; when they differ only in titles ("President", "Ms", "Dr"),
case or diacritics; when they are transliteration variants word by word (Yevgeny / Evgeny,
Aleksandr / Alexander); and when a surname alone or an acronym fits exactly one speaker.

Folders are searched recursively for .txt, .md and .markdown documents (node_modules, .git and
other dot-folders are skipped). Detections the user dismissed (the sidecar's "dismissed" list)
are not counted.

Options:
  --json   Print {"speakers":[{"name","detected","annotated","documents","inCodebook","variants":[{"name","detected","annotated"}],"paths"}],"codebook"}

Exit codes: 0 every file was read, 1 a file, sidecar or codebook could not be read, 2 wrong usage.
`;

export const speakersCommand: CliCommand = {
  name: 'speakers',
  summary: 'List speakers with their name variants and claim counts (never writes)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, 'name at least one file or folder');
    const { report, problems } = await listSpeakers(parsed.positionals, io);
    io.stdout(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderTable(report));
    return problems ? ExitCode.problems : ExitCode.ok;
  },
};

async function listSpeakers(paths: readonly string[], io: CliIo): Promise<{ report: SpeakersReport; problems: boolean }> {
  const display = displayPathFrom(io.cwd);
  const complain = (message: string) => io.stderr(`marginalia speakers: ${message}\n`);
  const collected = await collectDocuments(paths, io.cwd);
  if (collected.notDocuments.length > 0) {
    throw new UsageError(`${collected.notDocuments.join(', ')}: not a document (.txt, .md, .markdown) or a folder`);
  }
  let problems = collected.problems.length > 0;
  for (const problem of collected.problems) complain(`${problem.path}: ${problem.message}`);

  const codebook = await readCodebooks(paths, io.cwd, display);
  for (const message of codebook.problems) complain(message);
  problems ||= codebook.problems.length > 0;

  const sidecars = new SidecarFiles();
  const mentions: SpeakerMention[] = [];
  const reports = {
    skipped: complain,
    problem: (message: string) => {
      complain(message);
      problems = true;
    },
  };
  for await (const { document, path, text, format } of documentTexts(collected.documents, display, reports)) {
    const sidecar = speakersAndDismissals(await sidecars.read(document, text, display));
    if (sidecar.problem) {
      complain(sidecar.problem);
      problems = true;
    }
    for (const detection of detectClaims(text, { format })) {
      if (detection.speaker && !sidecar.dismissed.has(detection.text)) mentions.push({ name: detection.speaker, document: path, source: 'detected' });
    }
    for (const name of sidecar.speakers) mentions.push({ name, document: path, source: 'annotated' });
  }

  const index = buildSpeakerIndex(mentions, codebook.aliases);
  const speakers = index.speakers.map((s: Speaker) => ({
    name: s.name,
    detected: s.detected,
    annotated: s.annotated,
    documents: s.documents.length,
    inCodebook: s.inCodebook,
    variants: s.variants.map((v) => ({ name: v.name, detected: v.detected, annotated: v.annotated })),
    paths: [...s.documents],
  }));
  return { report: { speakers, codebook: codebook.file }, problems };
}

/** The speaker aliases of the codebooks of the corpus roots above the given paths. */
async function readCodebooks(
  paths: readonly string[],
  cwd: string,
  display: (path: string) => string,
): Promise<{ aliases: SpeakerAlias[]; file: string | null; problems: string[] }> {
  const problems: string[] = [];
  const found = await readCorpusCodebooks(paths, cwd, display, (message) => problems.push(message));
  const aliases = found.flatMap(({ codebook }) => codebook?.speakers ?? []);
  return { aliases, file: found[0]?.file ?? null, problems };
}

/** The speakers the sidecar's annotations name, and the texts the user dismissed. */
function speakersAndDismissals(read: SidecarRead): { speakers: string[]; dismissed: Set<string>; problem?: string } {
  if (!read.ok) return { speakers: [], dismissed: new Set(), problem: read.message };
  return {
    speakers: (read.sidecar?.annotations ?? []).flatMap((a) => (a.speaker ? [a.speaker] : [])),
    dismissed: new Set((read.sidecar?.dismissed ?? []).map((d) => d.exact)),
  };
}

function renderTable(report: SpeakersReport): string {
  const rows = report.speakers.map((s) => [
    s.name + (s.inCodebook ? ' *' : ''),
    String(s.detected),
    String(s.annotated),
    String(s.documents),
    s.variants
      .map((v) => v.name)
      .filter((name) => name !== s.name)
      .join('; '),
  ]);
  const header = ['SPEAKER', 'DETECTED', 'ANNOTATED', 'DOCUMENTS', 'ALSO WRITTEN AS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : i >= 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line), ''];
  const detected = report.speakers.reduce((n, s) => n + s.detected, 0);
  const annotated = report.speakers.reduce((n, s) => n + s.annotated, 0);
  out.push(
    `${report.speakers.length} speaker${report.speakers.length === 1 ? '' : 's'}: ${detected} detected claim${detected === 1 ? '' : 's'}, ` +
      `${annotated} annotated.${report.codebook ? ` * = listed in ${report.codebook}.` : ' No codebook found.'}`,
    '',
  );
  return out.join('\n');
}
