import type { OrderedClaim } from './compute-report';
import type { ClaimRef, CooccurrenceCell, CooccurrenceTable, ReportAxis } from './report-model';

/** Overlapping claim pairs examined at most, so that a hostile sidecar cannot make the report quadratic. */
export const maxOverlapPairs = 200_000;

interface Tally {
  sameClaim: number;
  overlapping: number;
  readonly claims: Set<OrderedClaim>;
}

/**
 * Themes by themes. Off the diagonal a cell counts the claims carrying both themes plus the pairs of
 * overlapping claims in one document where one claim carries each theme (and the two are not the
 * same theme). On the diagonal: the claims carrying the theme. The table is symmetric.
 */
export function cooccurrenceTable(themes: readonly ReportAxis[], claims: readonly OrderedClaim[]): CooccurrenceTable {
  const index = new Map(themes.map((axis, i) => [axis.key, i]));
  const tallies = new Map<number, Tally>();
  const size = themes.length;
  const tally = (a: number, b: number): Tally => {
    const key = a * size + b;
    let found = tallies.get(key);
    if (!found) {
      found = { sameClaim: 0, overlapping: 0, claims: new Set() };
      tallies.set(key, found);
    }
    return found;
  };
  const positions = (claim: OrderedClaim): number[] => claim.themes.map((t) => index.get(t)).filter((i): i is number => i !== undefined);

  for (const claim of claims) {
    const own = positions(claim);
    for (const a of own) {
      for (const b of own) {
        if (a > b) continue;
        const cell = tally(a, b);
        cell.sameClaim++;
        cell.claims.add(claim);
      }
    }
  }

  let examined = 0;
  let truncated = false;
  for (const run of documentRuns(claims)) {
    const placed = run.filter((c) => c.claim.status !== 'orphaned').sort((x, y) => x.claim.start - y.claim.start || x.claim.end - y.claim.end);
    for (let i = 0; i < placed.length && !truncated; i++) {
      const x = placed[i]!;
      for (let j = i + 1; j < placed.length; j++) {
        const y = placed[j]!;
        if (y.claim.start >= x.claim.end) break;
        if (y.claim.end <= y.claim.start || x.claim.end <= x.claim.start) continue;
        if (++examined > maxOverlapPairs) {
          truncated = true;
          break;
        }
        // Each pair of themes counts once per pair of claims, whichever claim carries which.
        const pairs = new Set<number>();
        for (const a of positions(x)) for (const b of positions(y)) if (a !== b) pairs.add(Math.min(a, b) * size + Math.max(a, b));
        for (const key of pairs) {
          const cell = tally(Math.floor(key / size), key % size);
          cell.overlapping++;
          cell.claims.add(x);
          cell.claims.add(y);
        }
      }
    }
  }

  const empty: CooccurrenceCell = { count: 0, sameClaim: 0, overlapping: 0, claims: [] };
  // One cell object per pair of themes, shared by both halves of the table.
  const made = new Map<number, CooccurrenceCell>();
  for (const [key, found] of tallies) {
    const refs: ClaimRef[] = [...found.claims].sort((p, q) => p.ordinal - q.ordinal).map((c) => c.ref);
    made.set(key, { count: found.sameClaim + found.overlapping, sameClaim: found.sameClaim, overlapping: found.overlapping, claims: refs });
  }
  const cells: CooccurrenceCell[][] = themes.map((_, row) => themes.map((__, column) => made.get(Math.min(row, column) * size + Math.max(row, column)) ?? empty));
  let max = 0;
  cells.forEach((row, r) => row.forEach((cell, c) => (max = r === c ? max : Math.max(max, cell.count))));
  return {
    id: 'cooccurrence',
    rows: themes,
    columns: themes,
    cells,
    rowTotals: cells.map((row, r) => row[r]!.count),
    max,
    overlapsTruncated: truncated,
  };
}

/** Consecutive claims of one document (claims come grouped by document). */
function* documentRuns(claims: readonly OrderedClaim[]): Iterable<OrderedClaim[]> {
  let run: OrderedClaim[] = [];
  for (const claim of claims) {
    if (run.length > 0 && run[0]!.ref.documentPath !== claim.ref.documentPath) {
      yield run;
      run = [];
    }
    run.push(claim);
  }
  if (run.length > 0) yield run;
}
