import { tableIds, type TableId } from './report-model';

/** What the report webview may ask of the extension. Anything else it posts is ignored. */
export type ReportMessage =
  | { readonly type: 'openCell'; readonly revision: number; readonly table: TableId; readonly row: number; readonly column: number }
  | { readonly type: 'export' };

const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The message when it is exactly one of the known shapes, else undefined. */
export function parseReportMessage(value: unknown): ReportMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record.type === 'export' && keys === 'type') return { type: 'export' };
  if (record.type === 'openCell' && keys === 'column,revision,row,table,type') {
    const { table, row, column, revision } = record;
    if (typeof table !== 'string' || !(tableIds as readonly string[]).includes(table)) return undefined;
    if (!isIndex(row) || !isIndex(column) || !isIndex(revision)) return undefined;
    return { type: 'openCell', table: table as TableId, row, column, revision };
  }
  return undefined;
}
