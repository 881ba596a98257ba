// The demo's order-desk histories: the shortlists of its demands (seed/demo/desk/*.jsonl), one line per PROPOSED
// tie `{"demand", "person", "props"}` with the snapshot and the firm's response. PROPOSED is not a model relationship
// type (only the desk's mutations write it), so these lines are checked here against PROPOSED_PROPS and written by
// their own named query; the lifecycle fields sit on the Demand nodes themselves (nodes/16-demands.jsonl).
import type { Db } from '../../server/db.js';
import { PROPOSED_PROPS, type NodeLabel } from '../../server/model/model.js';
import { RecordError, toStoredValue } from '../../server/model/records.js';
import { forEachRecord } from './lines.js';

export interface ShortlistRow {
  demand: string;
  person: string;
  props: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates shortlist lines against the dataset's nodes; problems are reported as `file:line: reason`. */
export function readShortlists(lines: ReadonlyArray<{ where: string; value: unknown }>, mainLabel: ReadonlyMap<string, NodeLabel>, problems: string[]): ShortlistRow[] {
  const rows: ShortlistRow[] = [];
  const seen = new Map<string, string>();
  forEachRecord(lines, problems, (value, where) => {
    if (!isObject(value) || typeof value.demand !== 'string' || typeof value.person !== 'string' || !isObject(value.props ?? {})) {
      throw new RecordError('a shortlist line is {"demand": id, "person": id, "props": {...}}');
    }
    if (mainLabel.get(value.demand) !== 'Demand') throw new RecordError(`demand ${value.demand} is not a Demand of the dataset`);
    if (mainLabel.get(value.person) !== 'Person') throw new RecordError(`person ${value.person} is not a Person of the dataset`);
    const key = `${value.demand}\u0000${value.person}`;
    const first = seen.get(key);
    if (first) throw new RecordError(`${value.person} is on the shortlist of ${value.demand} twice (first at ${first})`);
    seen.set(key, where);
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries((value.props ?? {}) as Record<string, unknown>)) {
      const type = Object.hasOwn(PROPOSED_PROPS, k) ? PROPOSED_PROPS[k] : undefined;
      if (!type) throw new RecordError(`unknown PROPOSED property '${k}'`);
      const stored = toStoredValue(k, type, v);
      if (stored !== null) props[k] = stored;
    }
    if (typeof props.rank !== 'number') throw new RecordError('props.rank is required (1 = first)');
    rows.push({ demand: value.demand, person: value.person, props });
  });
  return rows;
}

export async function writeShortlists(db: Db, rows: readonly ShortlistRow[]): Promise<void> {
  if (rows.length) await db.write('deskLoadShortlists', { rows: [...rows] });
}
