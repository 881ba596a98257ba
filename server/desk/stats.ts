// deskStats: the 48-hour record of a scope's demands at an instant. One pass over the demands (cypher/deskStats)
// gives cells per (region, month of posting); this module merges them into the total and the groups (months,
// pools or counties: deskRegionGroups says which pool and county each region belongs to) and takes the median and
// p90 from the cells' hours, as percentileCont would.
import type { Db, PlainNode } from '../db.js';
import { badInput } from '../explore/validate.js';
import { toGqlNode, type GqlNode } from '../graph/shape.js';
import { percentile } from './lifecycle.js';
import { deskScope } from './reads.js';

export type GroupBy = 'month' | 'pool' | 'county';

interface Cell {
  regionId: string | null;
  month: string;
  posted: number;
  answered: number;
  answeredInTime: number;
  overdue: number;
  open: number;
  withdrawnUnansweredLate: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  hours: number[];
}

export interface DeskFigures {
  posted: number;
  answered: number;
  answeredInTime: number;
  answeredLate: number;
  inTimeShare: number | null;
  medianHoursToAnswer: number | null;
  p90HoursToAnswer: number | null;
  accepted: number;
  declined: number;
  withdrawn: number;
  acceptanceRate: number | null;
  open: number;
  overdue: number;
}

export interface DeskStatsValue {
  from: string | null;
  to: string;
  asOf: string;
  groupBy: GroupBy | null;
  total: DeskFigures;
  groups: Array<{ key: string; node: GqlNode | null; figures: DeskFigures }>;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const ratio = (a: number, b: number) => (b > 0 ? round4(a / b) : null);

export function figures(cells: readonly Cell[]): DeskFigures {
  const sum = (k: keyof Omit<Cell, 'regionId' | 'month' | 'hours'>) => cells.reduce((s, c) => s + c[k], 0);
  const hours = cells.flatMap((c) => c.hours);
  const answered = sum('answered');
  const answeredInTime = sum('answeredInTime');
  const overdue = sum('overdue');
  const accepted = sum('accepted');
  const declined = sum('declined');
  const median = percentile(hours, 0.5);
  const p90 = percentile(hours, 0.9);
  return {
    posted: sum('posted'),
    answered,
    answeredInTime,
    answeredLate: answered - answeredInTime,
    inTimeShare: ratio(answeredInTime, answered + overdue + sum('withdrawnUnansweredLate')),
    medianHoursToAnswer: median === null ? null : round4(median),
    p90HoursToAnswer: p90 === null ? null : round4(p90),
    accepted,
    declined,
    withdrawn: sum('withdrawn'),
    acceptanceRate: ratio(accepted, accepted + declined),
    open: sum('open'),
    overdue,
  };
}

export async function deskStats(
  db: Db,
  args: { scopeId: string | null; from: string | null; to: string | null; asOf: Date; groupBy: GroupBy | null; timeZone: string },
): Promise<DeskStatsValue> {
  const asOf = args.asOf.toISOString();
  const to = args.to ?? asOf;
  if (args.from !== null && Date.parse(args.from) >= Date.parse(to)) throw badInput('from', `must be before \`to\` (${to})`);
  const scope = await deskScope(db, args.scopeId);
  // The pool or county of every region the scope covers (all of them for the whole graph) is read beside the cells,
  // not after them: one round instead of two, and the regions without demands cost little.
  const byRegion = args.groupBy === 'pool' || args.groupBy === 'county';
  const [cells, rows] = await Promise.all([
    db.read<Cell>('deskStats', { regionIds: scope.regionIds, from: args.from, to, asOf, timeZone: args.timeZone }),
    byRegion && scope.regionIds?.length !== 0
      ? db.read<{ regionId: string; counties: PlainNode[]; pools: PlainNode[] }>('deskRegionGroups', { regionIds: scope.regionIds })
      : Promise.resolve([]),
  ]);
  const out: DeskStatsValue = { from: args.from, to, asOf, groupBy: args.groupBy, total: figures(cells), groups: [] };
  if (args.groupBy === null) return out;
  if (args.groupBy === 'month') {
    const months = [...new Set(cells.map((c) => c.month))].sort();
    out.groups = months.map((m) => ({ key: m, node: null, figures: figures(cells.filter((c) => c.month === m)) }));
    return out;
  }
  const groupOf = new Map(rows.map((r) => [r.regionId, (args.groupBy === 'pool' ? r.pools[0] : r.counties[0]) ?? null]));
  const buckets = new Map<string, { node: PlainNode | null; cells: Cell[] }>();
  for (const c of cells) {
    const node = (c.regionId && groupOf.get(c.regionId)) || null;
    const key = node?.id ?? 'none';
    const b = buckets.get(key) ?? buckets.set(key, { node, cells: [] }).get(key)!;
    b.cells.push(c);
  }
  out.groups = [...buckets]
    .map(([key, b]) => ({ key, node: b.node ? toGqlNode(b.node) : null, figures: figures(b.cells) }))
    .sort((a, b) => b.figures.posted - a.figures.posted || (a.key === 'none' ? 1 : b.key === 'none' ? -1 : a.key.localeCompare(b.key)));
  return out;
}
