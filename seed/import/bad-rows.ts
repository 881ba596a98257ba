// The bad rows of an import: all counted, each line remembered (so the write stage skips it), and the first
// KEPT_BAD_ROWS kept with their column and reason, in file order, for the report.
import type { BadRow } from './importer.js';

/** Bad rows kept with their reasons (all of them are counted and skipped). */
const KEPT_BAD_ROWS = 1_000;

/** Bad rows: all counted, each line remembered (so the write pass skips it), the first ones kept with a reason. */
export class BadRows {
  count = 0;
  readonly kept: Array<BadRow & { order: number }> = [];
  private readonly lines = new Map<number, Set<number>>();
  /** Counts a bad row (once per line) and keeps its reason among the first ones. */
  add(at: { fi: number; file: string; line: number }, column: number, reason: string): void {
    const { fi: fileIndex, file, line } = at;
    let set = this.lines.get(fileIndex);
    if (!set) this.lines.set(fileIndex, (set = new Set()));
    if (set.has(line)) return;
    set.add(line);
    this.count++;
    this.kept.push({ file, line, column, reason, order: fileIndex * 1e12 + line });
    if (this.kept.length > KEPT_BAD_ROWS * 2) this.trim();
  }
  has(fileIndex: number, line: number): boolean {
    return this.lines.get(fileIndex)?.has(line) ?? false;
  }
  private trim(): void {
    this.kept.sort((a, b) => a.order - b.order);
    if (this.kept.length > KEPT_BAD_ROWS) this.kept.length = KEPT_BAD_ROWS;
  }
  list(): BadRow[] {
    this.trim();
    return this.kept.map(({ order: _o, ...rest }) => rest);
  }
}
