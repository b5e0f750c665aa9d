import { ThemeTree } from '../codebook/theme-tree';
import type { IndexedClaim } from '../corpus/corpus-index';
import { quoteSelectorOf } from '../model/annotation';
import { buildSpeakerIndex } from '../speakers';
import { cooccurrenceTable } from './cooccurrence';
import type { ClaimRef, CorpusReport, ReportAxis, ReportCell, ReportInput, ReportTable, TableId } from './report-model';

/** A claim with its place in the report's order (documents by path, then text order). */
export interface OrderedClaim {
  readonly ref: ClaimRef;
  readonly ordinal: number;
  readonly claim: IndexedClaim;
  /** Distinct theme ids, in the order the claim lists them. */
  readonly themes: readonly string[];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
export const compareText = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts over the whole corpus: themes by document, theme co-occurrence and speakers by theme.
 * Orphaned claims count like the others (their themes and speaker are still the analyst's
 * coding) except in overlaps, since their positions are no longer known.
 */
export function computeReport(input: ReportInput): CorpusReport {
  const documents = [...input.documents].sort((a, b) => compareText(a.path, b.path));
  const claims: OrderedClaim[] = [];
  for (const document of documents) {
    const inOrder = [...document.claims].sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.annotation.id, b.annotation.id));
    for (const claim of inOrder) {
      const annotation = claim.annotation;
      const ref: ClaimRef = {
        id: annotation.id,
        documentPath: document.path,
        quote: quoteSelectorOf(annotation).exact,
        ...(annotation.speaker?.trim() ? { speaker: annotation.speaker.trim() } : {}),
        ...(annotation.note?.trim() ? { note: annotation.note.trim() } : {}),
        status: claim.status,
      };
      claims.push({ ref, ordinal: claims.length, claim, themes: [...new Set(annotation.themes)] });
    }
  }

  const tree = new ThemeTree(input.themes);
  const themeColumns = themeAxes(input.themes, tree, claims);
  const noTheme: ReportAxis = { kind: 'no-theme', key: '', label: 'No theme' };
  const withNoTheme = claims.some((c) => c.themes.length === 0) ? [...themeColumns, noTheme] : themeColumns;
  const columnOf = (claim: OrderedClaim): string[] => (claim.themes.length > 0 ? [...claim.themes] : ['']);

  const documentRows: ReportAxis[] = documents
    .filter((d) => d.claims.length > 0)
    .map((d) => ({ kind: 'document', key: d.path, label: d.path }));
  const byDocument = crossTable('documents', documentRows, withNoTheme, claims, (c) => [c.ref.documentPath], columnOf);

  const speakerIndex = buildSpeakerIndex(
    claims.flatMap((c) => (c.ref.speaker ? [{ name: c.ref.speaker, document: c.ref.documentPath, source: 'annotated' as const }] : [])),
    input.speakerAliases ?? [],
  );
  const canonical = new Map<string, string>();
  const speakerOf = (claim: OrderedClaim): string => {
    const name = claim.ref.speaker;
    if (!name) return '';
    let found = canonical.get(name);
    if (found === undefined) {
      found = speakerIndex.canonicalOf(name) ?? name;
      canonical.set(name, found);
    }
    return found;
  };
  const speakerCounts = new Map<string, number>();
  for (const claim of claims) speakerCounts.set(speakerOf(claim), (speakerCounts.get(speakerOf(claim)) ?? 0) + 1);
  const speakerRows: ReportAxis[] = [...speakerCounts]
    .filter(([name]) => name !== '')
    .sort(([a, m], [b, n]) => n - m || compareText(a, b))
    .map(([name]) => ({ kind: 'speaker', key: name, label: name }));
  if (speakerCounts.has('')) speakerRows.push({ kind: 'no-speaker', key: '', label: 'No speaker' });
  const bySpeaker = crossTable('speakers', speakerRows, withNoTheme, claims, (c) => [speakerOf(c)], columnOf);

  const known = new Set(input.themes.map((t) => t.id));
  return {
    summary: {
      documents: documents.length,
      annotatedDocuments: documentRows.length,
      claims: claims.length,
      annotated: claims.filter((c) => c.claim.status !== 'orphaned').length,
      orphaned: claims.filter((c) => c.claim.status === 'orphaned').length,
      themes: input.themes.length,
      themesUsed: themeColumns.length,
      unknownThemes: themeColumns.filter((t) => !known.has(t.key)).map((t) => t.key),
      speakers: speakerRows.filter((r) => r.kind === 'speaker').length,
      links: claims.reduce((n, c) => n + (c.claim.annotation.links?.length ?? 0), 0),
    },
    documents: byDocument,
    cooccurrence: cooccurrenceTable(themeColumns, claims),
    speakers: bySpeaker,
  };
}

/** Themes at least one claim carries: codebook ones in hierarchy order, then unknown ids. */
function themeAxes(themes: ReportInput['themes'], tree: ThemeTree, claims: readonly OrderedClaim[]): ReportAxis[] {
  const used = new Set(claims.flatMap((c) => c.themes));
  const axes: ReportAxis[] = [];
  const visit = (parent: string | undefined, depth: number): void => {
    for (const theme of tree.children(parent)) {
      if (used.has(theme.id)) {
        axes.push({ kind: 'theme', key: theme.id, label: theme.label, color: theme.color, ...(depth > 0 ? { detail: tree.path(theme.id) } : {}) });
      }
      visit(theme.id, depth + 1);
    }
  };
  visit(undefined, 0);
  const known = new Set(themes.map((t) => t.id));
  const unknown = [...used].filter((id) => !known.has(id)).sort(compareText);
  for (const id of unknown) axes.push({ kind: 'unknown-theme', key: id, label: id, detail: 'not in the codebook' });
  return axes;
}

/** A table whose cells gather the claims falling in each (row key, column key). */
function crossTable(
  id: TableId,
  rows: readonly ReportAxis[],
  columns: readonly ReportAxis[],
  claims: readonly OrderedClaim[],
  rowKeys: (claim: OrderedClaim) => readonly string[],
  columnKeys: (claim: OrderedClaim) => readonly string[],
): ReportTable {
  const rowIndex = new Map(rows.map((axis, i) => [axis.key, i]));
  const columnIndex = new Map(columns.map((axis, i) => [axis.key, i]));
  const cells: ClaimRef[][][] = rows.map(() => columns.map(() => []));
  const rowClaims: Set<ClaimRef>[] = rows.map(() => new Set());
  for (const claim of claims) {
    for (const rowKey of rowKeys(claim)) {
      const row = rowIndex.get(rowKey);
      if (row === undefined) continue;
      rowClaims[row]!.add(claim.ref);
      for (const columnKey of columnKeys(claim)) {
        const column = columnIndex.get(columnKey);
        if (column !== undefined) cells[row]![column]!.push(claim.ref);
      }
    }
  }
  const asCells: ReportCell[][] = cells.map((row) => row.map((refs) => ({ count: refs.length, claims: refs })));
  return {
    id,
    rows,
    columns,
    cells: asCells,
    rowTotals: rowClaims.map((set) => set.size),
    max: asCells.reduce((m, row) => row.reduce((n, cell) => Math.max(n, cell.count), m), 0),
  };
}
