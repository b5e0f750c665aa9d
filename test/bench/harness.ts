/** One line of the benchmark table. Times are medians over the measured runs. */
export interface BenchRow {
  readonly name: string;
  readonly median: number;
  /** Median of the baseline on the same input, when there is one. */
  readonly baseline?: number;
  readonly baselineName?: string;
  /** median / baseline (lower is better). */
  readonly ratio?: number;
  readonly unit: string;
  readonly note?: string;
}

export interface BenchOptions {
  /** Measured runs per case (after one warm-up run). */
  readonly runs: number;
  /** Also run the slow, large cases (minutes): `npm run bench -- --scale`. */
  readonly scale?: boolean;
}

export interface BenchSuite {
  readonly name: string;
  run(options: BenchOptions): Promise<BenchRow[]> | BenchRow[];
}

/** Runs `task` once to warm up, then `runs` times; returns the median in milliseconds. */
export function medianTime(task: () => unknown, runs: number): number {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'median', 'baseline', 'ratio', 'note'];
  const cells = rows.map((r) => [
    r.name,
    `${r.median.toFixed(1)} ${r.unit}`,
    r.baseline === undefined ? '' : `${r.baseline.toFixed(1)} ${r.unit} (${r.baselineName ?? 'baseline'})`,
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}
