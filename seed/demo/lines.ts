// The demo dataset's JSON lines as the readers see them, and the one rule they all follow for a bad line: a
// RecordError is a problem reported at the line (so one load lists every problem at once); anything else is a bug
// and propagates.
import { RecordError } from '../../server/model/records.js';

export interface Line {
  /** `file:line`, as problems name it. */
  where: string;
  value: unknown;
}

export function forEachRecord<V>(lines: Iterable<{ where: string; value: V }>, problems: string[], read: (value: V, where: string) => void): void {
  for (const { where, value } of lines) {
    try {
      read(value, where);
    } catch (e) {
      if (!(e instanceof RecordError)) throw e;
      problems.push(`${where}: ${e.message}`);
    }
  }
}
