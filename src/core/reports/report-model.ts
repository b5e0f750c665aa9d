import type { ClaimStatus, IndexedClaim } from '../corpus/corpus-index';
import type { SpeakerAlias, Theme } from '../model/codebook';

/** What a report is computed from: the codebook and every corpus document with its claims. */
export interface ReportInput {
  readonly themes: readonly Theme[];
  /** The codebook's speaker aliases, so that one speaker written several ways makes one row. */
  readonly speakerAliases?: readonly SpeakerAlias[];
  /** Every corpus document (also those without claims, which only count in the summary). */
  readonly documents: readonly ReportDocument[];
}

export interface ReportDocument {
  /** Workspace-relative path, '/'-separated. */
  readonly path: string;
  readonly claims: readonly IndexedClaim[];
}

/** Enough of a claim to list it and to open it in its document. */
export interface ClaimRef {
  readonly id: string;
  readonly documentPath: string;
  readonly quote: string;
  readonly speaker?: string;
  readonly note?: string;
  readonly status: ClaimStatus;
}

export type AxisKind = 'document' | 'theme' | 'unknown-theme' | 'no-theme' | 'speaker' | 'no-speaker';

/** A row or column of a table. */
export interface ReportAxis {
  readonly kind: AxisKind;
  /** Document path, theme id or speaker name; '' for the "no theme" and "no speaker" entries. */
  readonly key: string;
  readonly label: string;
  /** A longer description (the theme's place in the hierarchy, the document's full path). */
  readonly detail?: string;
  /** `#rrggbb` of a theme. */
  readonly color?: string;
}

export interface ReportCell {
  readonly count: number;
  /** The claims behind the count, in document then text order, each once. */
  readonly claims: readonly ClaimRef[];
}

export interface CooccurrenceCell extends ReportCell {
  /** Claims that carry both themes. */
  readonly sameClaim: number;
  /** Pairs of overlapping claims in one document, one carrying each theme. */
  readonly overlapping: number;
}

export type TableId = 'documents' | 'cooccurrence' | 'speakers';
export const tableIds: readonly TableId[] = ['documents', 'cooccurrence', 'speakers'];

export interface ReportTable<Cell extends ReportCell = ReportCell> {
  readonly id: TableId;
  readonly rows: readonly ReportAxis[];
  readonly columns: readonly ReportAxis[];
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly Cell[])[];
  /** Distinct claims per row. */
  readonly rowTotals: readonly number[];
  /** The largest count off the diagonal, for shading. */
  readonly max: number;
}

export interface CooccurrenceTable extends ReportTable<CooccurrenceCell> {
  /** The overlap scan stopped at its bound (a corpus with an enormous number of overlapping claims). */
  readonly overlapsTruncated: boolean;
}

export interface ReportSummary {
  readonly documents: number;
  readonly annotatedDocuments: number;
  readonly claims: number;
  /** Claims on their text (anchored, or taken from an unchanged document). */
  readonly annotated: number;
  readonly orphaned: number;
  /** Themes in the codebook. */
  readonly themes: number;
  /** Themes (of the codebook or not) that at least one claim carries. */
  readonly themesUsed: number;
  /** Theme ids claims carry that the codebook does not define. */
  readonly unknownThemes: readonly string[];
  /** Distinct speakers after merging name variants. */
  readonly speakers: number;
  /** Links stored on claims (a link and its reverse count twice). */
  readonly links: number;
}

export interface CorpusReport {
  readonly summary: ReportSummary;
  /** Rows: annotated documents; columns: themes. */
  readonly documents: ReportTable;
  /** Rows and columns: themes; symmetric. */
  readonly cooccurrence: CooccurrenceTable;
  /** Rows: speakers; columns: themes. */
  readonly speakers: ReportTable;
}

export function tableOf(report: CorpusReport, id: TableId): ReportTable {
  return report[id];
}
