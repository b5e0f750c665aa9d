/**
 * Exact shifting of ranges for edits reported by an editor (VS Code's
 * `TextDocumentContentChangeEvent`: `rangeOffset`, `rangeLength`, `text.length`). No text is
 * searched. Ranges and changes must use the same unit; with VS Code that is UTF-16.
 */

export interface TextChange {
  /** Where the replaced text starts. */
  readonly offset: number;
  /** Length of the replaced text (0 for a pure insertion). */
  readonly deleted: number;
  /** Length of the new text (0 for a pure deletion). */
  readonly inserted: number;
}

export interface ShiftableRange {
  readonly start: number;
  readonly end: number;
}

/**
 * - `unchanged`: the edit is after the range (or an insertion right at its end).
 * - `moved`: the edit is before the range (or an insertion right at its start); same text.
 * - `edited`: the edit changed text inside the range; refresh its selectors.
 * - `collapsed`: the edit removed or replaced the whole range. Its `start`/`end` are where the
 *   edit was; re-anchor the annotation from its stored selectors instead of trusting it.
 */
export type ShiftStatus = 'unchanged' | 'moved' | 'edited' | 'collapsed';

export interface ShiftedRange extends ShiftableRange {
  readonly status: ShiftStatus;
}

/**
 * Where a range `[start, end)` is after one change. Rules:
 * - an insertion at the range's start goes before it, one at its end after it (the range
 *   does not swallow text typed at its edges);
 * - an insertion strictly inside grows it; a deletion inside shrinks it;
 * - an edit overlapping one edge cuts the range back to the text that survived;
 * - an edit covering the whole range collapses it to an empty range where the edit starts.
 */
export function shiftForEdit(range: ShiftableRange, change: TextChange): ShiftedRange {
  const { start, end } = range;
  const editStart = change.offset;
  const editEnd = change.offset + change.deleted;
  const delta = change.inserted - change.deleted;

  if (editStart >= end) {
    return { start, end, status: 'unchanged' };
  }
  if (editEnd <= start) {
    return { start: start + delta, end: end + delta, status: 'moved' };
  }
  if (editStart <= start && editEnd >= end) {
    return { start: editStart, end: editStart, status: 'collapsed' };
  }
  if (editStart >= start && editEnd <= end) {
    return { start, end: end + delta, status: 'edited' };
  }
  if (editStart < start) {
    // Overlaps the start: keep what follows the replaced text.
    return { start: editStart + change.inserted, end: end + delta, status: 'edited' };
  }
  // Overlaps the end: keep what precedes the replaced text.
  return { start, end: editStart, status: 'edited' };
}

const severity: Record<ShiftStatus, number> = { unchanged: 0, moved: 1, edited: 2, collapsed: 3 };

/**
 * Applies all changes of one editor event to every range. The changes' offsets refer to the
 * document before the event and must not overlap (VS Code's guarantee); they are applied from
 * the last to the first so each offset stays valid. A range keeps the most serious status it
 * reached; once collapsed it stays collapsed.
 */
export function applyContentChanges<R extends ShiftableRange>(
  ranges: readonly R[],
  changes: readonly TextChange[],
): ShiftedRange[] {
  const ordered = [...changes].sort((a, b) => b.offset - a.offset);
  return ranges.map((range) => {
    let current: ShiftedRange = { start: range.start, end: range.end, status: 'unchanged' };
    for (const change of ordered) {
      if (current.status === 'collapsed') {
        const shifted = shiftForEdit(current, change);
        current = { start: shifted.start, end: shifted.start, status: 'collapsed' };
        continue;
      }
      const next = shiftForEdit(current, change);
      current = severity[next.status] >= severity[current.status] ? next : { ...next, status: current.status };
    }
    return current;
  });
}
