// The order desk's history in the synthetic graph, in the demo's proportions (seed/demo/nodes/16-demands.jsonl):
// most demands answered within the 48 hours, some late, a few still open past their due time; of those answered a
// week or more ago most were accepted, some declined or withdrawn, the rest still await the firm. Demands that were
// never answered and are old were withdrawn. Admissions to pools carry a 0..100 score on every one of the pool's
// dimensions, high on the ones the person was noted for.
// Draws come from the `desk-history` stream only (demands) or from a hash of the person's index (admissions), so
// every other generated file keeps its bytes. PROPOSED shortlists are not generated: they are outside the model's
// relationship types, which the CSV import carries.
import { NOW } from './format.js';
import type { Rng } from './random.js';

/** Extra Demand columns, after `source`. */
export const DESK_DEMAND_COLUMNS = ['answeredAt:datetime', 'answeredBy', 'closedAt:datetime', 'closedBy', 'version:int'];
/** Extra MEMBER_OF column, after `tags`. */
export const ADMISSION_COLUMN = 'scores:int[]';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Midnight of NOW in Zhejiang, where the generated demands are posted. */
const NOW_MS = NOW * DAY - 8 * HOUR;
const DESK = 'synthetic-desk';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * The lifecycle of one demand. `legacy` is what the demands phase drew before the lifecycle existed (open,
 * matched: a broker found someone, closed: old and never matched); it keeps its meaning, and this adds the times.
 */
export function deskHistory(rng: Rng, legacy: string, postedAt: string): { status: string; cells: string } {
  const posted = Date.parse(postedAt);
  const none = { status: 'open', cells: ',,,,,0' };
  if (legacy === 'closed') {
    const closed = Math.min(NOW_MS, posted + (3 + rng.int(28)) * DAY);
    return { status: 'withdrawn', cells: `,,,${iso(closed)},${DESK},1` };
  }
  if (legacy !== 'matched') return none;
  const late = rng.chance(0.15);
  const hours = late ? 49 + rng.int(72) : 2 + rng.int(46);
  const answered = posted + hours * HOUR + rng.int(60) * 60_000;
  if (answered > NOW_MS) return none;
  const r = rng.next();
  const decided = answered + (1 + rng.int(10)) * DAY;
  if (answered + 7 * DAY > NOW_MS || decided > NOW_MS || r >= 0.85) return { status: 'answered', cells: `,${iso(answered)},${DESK},,,2` };
  const status = r < 0.55 ? 'accepted' : r < 0.75 ? 'declined' : 'withdrawn';
  return { status, cells: `,${iso(answered)},${DESK},${iso(decided)},${DESK},3` };
}

/** A small integer hash, for scores that depend on the person only. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/** Scores on every dimension (in the pool's order) for person `i`, 78..97 on the ones they were noted for, else 50..79. */
export function admissionScores(i: number, dimensions: readonly string[], noted: readonly string[]): number[] {
  return dimensions.map((d, k) => (noted.includes(d) ? 78 + (mix(i, k) % 20) : 50 + (mix(i, k + 7) % 30)));
}
