import { anchorAnnotations } from '../../core/anchor/anchor';
import { detectClaims, toCodePointDetections } from '../../core/detect';
import type { Annotation } from '../../core/model/annotation';
import { CodePointIndex } from '../../core/text/code-points';
import { XrefIndex, defaultXrefThreshold, dismissedPairKeys, documentClaims, linkedPairs, pairKey, type PlacedAnnotation, type XrefClaim } from '../../core/xref';
import { collectDocuments } from '../../host/node-corpus-reader';
import { displayPathFrom, parseCommandArgs } from '../arguments';
import { ExitCode, UsageError, type CliCommand, type CliIo } from '../command';
import { readSidecarAnnotations } from '../corpus-reading';
import { SidecarFiles } from '../sidecar-files';
import { documentTexts } from '../document-texts';

interface ClaimEnd {
  path: string;
  start: number;
  end: number;
  text: string;
}

interface PairReport {
  a: ClaimEnd;
  b: ClaimEnd;
  score: number;
  reason: string;
  status: 'linked' | 'suggested' | 'dismissed';
}

const usage = `Usage: marginalia xref <files or folders…> [--json] [--threshold X] [--dismissed]

Finds cross-referenced claims across documents: the same quote in several reports, a lede and
the quote it summarises, one statement paraphrased by different outlets, a reported sentence and
the direct quote it reports. Never writes a file.

Claims are the annotations in each document's sidecar (<document>.annotations.json) and the
claims detected in its text that no annotation covers. Pairs linked in sidecars (an annotation's
"links") are listed as "linked"; similar pairs scoring at least the threshold as "suggested".
Suggestions dismissed in the editor (an annotation's "dismissedLinks") are left out.

Options:
  --json           Print {"pairs":[{"a":{"path","start","end","text"},"b":{…},"score","reason","status"}]},
                   best score first (offsets in Unicode code points into the text without BOM, end exclusive)
  --threshold X    Lowest score of a suggestion, between 0 and 1 (default ${defaultXrefThreshold})
  --dismissed      Also list dismissed suggestions, with status "dismissed"

Exit codes: 0 every document was read, 1 a file or sidecar could not be read, 2 wrong usage.
`;

export const xrefCommand: CliCommand = {
  name: 'xref',
  summary: 'List linked and similar claims across documents (never writes)',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false }, threshold: { type: 'string' }, dismissed: { type: 'boolean', default: false } }, 'name at least one file or folder');
    const threshold = parsed.values.threshold === undefined ? defaultXrefThreshold : Number(parsed.values.threshold);
    if (parsed.values.threshold !== undefined && (parsed.values.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1))) {
      throw new UsageError(`--threshold must be a number between 0 and 1, not '${parsed.values.threshold}'`);
    }
    const { pairs, problems } = await crossReference(parsed.positionals, threshold, parsed.values.dismissed, io);
    io.stdout(parsed.values.json ? `${JSON.stringify({ pairs }, null, 2)}\n` : renderTable(pairs));
    return problems ? ExitCode.problems : ExitCode.ok;
  },
};

async function crossReference(paths: readonly string[], threshold: number, withDismissed: boolean, io: CliIo): Promise<{ pairs: PairReport[]; problems: boolean }> {
  const display = displayPathFrom(io.cwd);
  const collected = await collectDocuments(paths, io.cwd);
  if (collected.notDocuments.length > 0) {
    throw new UsageError(`${collected.notDocuments.join(', ')}: not a document (.txt, .md, .markdown) or a folder`);
  }
  let problems = false;
  const complain = (message: string) => {
    io.stderr(`marginalia xref: ${message}\n`);
    problems = true;
  };
  for (const problem of collected.problems) complain(`${problem.path}: ${problem.message}`);

  const sidecars = new SidecarFiles();
  const index = new XrefIndex();
  const annotations: Annotation[] = [];
  const reports = { skipped: (message: string) => io.stderr(`marginalia xref: ${message}\n`), problem: complain };
  for await (const { document, path, text, format } of documentTexts(collected.documents, display, reports)) {
    const detections = toCodePointDetections(text, detectClaims(text, { format }));
    const placed = placedAnnotations(text, await readSidecarAnnotations(sidecars, document, text, display, complain));
    annotations.push(...placed.map((p) => p.annotation));
    index.replaceDocument(path, documentClaims(path, placed, detections));
  }

  const linked = linkedPairs(index, annotations);
  for (const { from, link } of linked.broken) {
    io.stderr(`marginalia xref: ${from.path}:${from.start}-${from.end} links (${link.relation}) to claim ${link.target}${link.document ? ` in ${link.document}` : ''}, which is not among the claims read (deleted, orphaned or not named)\n`);
  }
  const linkedKeys = new Set(linked.pairs.map((p) => pairKey(p.a, p.b)));
  const dismissedKeys = dismissedPairKeys(index, annotations);
  const pairs: PairReport[] = [
    ...linked.pairs.map((p) => ({ a: end(p.a), b: end(p.b), score: p.score, reason: p.reason, status: 'linked' as const })),
    ...index.pairs(threshold).flatMap((p): PairReport[] => {
      const key = pairKey(p.a, p.b);
      if (linkedKeys.has(key)) return [];
      const status = dismissedKeys.has(key) ? 'dismissed' : 'suggested';
      return status === 'dismissed' && !withDismissed ? [] : [{ a: end(p.a), b: end(p.b), score: p.score, reason: p.reason, status }];
    }),
  ];
  // Stable: equal scores keep links first, then the index's order.
  pairs.sort((x, y) => y.score - x.score);
  return { pairs, problems };
}

function end(claim: XrefClaim): ClaimEnd {
  return { path: claim.path, start: claim.start, end: claim.end, text: claim.text };
}

/** The sidecar's annotations that anchor in the current text, at their current positions. */
function placedAnnotations(text: string, annotations: readonly Annotation[]): PlacedAnnotation[] {
  const offsets = CodePointIndex.of(text);
  const placed: PlacedAnnotation[] = [];
  for (const { annotation, result } of anchorAnnotations(text, annotations)) {
    if (result.status !== 'anchored') continue;
    const slice = text.slice(offsets.toUtf16Clamped(result.start), offsets.toUtf16Clamped(result.end));
    placed.push({ annotation, start: result.start, end: result.end, text: slice });
  }
  return placed;
}

function renderTable(pairs: readonly PairReport[]): string {
  const out: string[] = [];
  for (const p of pairs) {
    out.push(`${p.score.toFixed(2)}  ${p.status.padEnd(9)}  ${p.reason}`);
    out.push(`      ${p.a.path}:${p.a.start}–${p.a.end}  ${shorten(p.a.text, 80)}`);
    out.push(`      ${p.b.path}:${p.b.start}–${p.b.end}  ${shorten(p.b.text, 80)}`);
  }
  const count = (status: PairReport['status']) => pairs.filter((p) => p.status === status).length;
  const dismissed = count('dismissed');
  out.push(`${pairs.length} pair${pairs.length === 1 ? '' : 's'}: ${count('linked')} linked, ${count('suggested')} suggested${dismissed > 0 ? `, ${dismissed} dismissed` : ''}.`, '');
  return out.join('\n');
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
