// Writes validated node and relationship records to Neo4j in UNWIND batches, each batch in one transaction, through
// the named queries importNodes / importRelationships_<TYPE>. Used by the importer, the demo loader and the generator's
// import, so that every writer computes the same derived search fields and obeys the same allow-lists. The records'
// validation is the model's (server/model/records.ts).
import type { Db } from '../../server/db.js';
import type { QueryName } from '../../server/query-names.js';
import type { nodeRow, relRow } from '../../server/model/records.js';
export {
  checkEndpoints,
  nodeRow,
  RecordError,
  relRow,
  toStoredValue,
  type NodeRecord,
  type RelRecord,
} from '../../server/model/records.js';

type Steps = Parameters<Db['writeAll']>[0];

/**
 * A relationship to write; `fillOnly` for a tie that was in the store before the import under the default policy:
 * only its empty properties are written (stored-ties.ts found which, and reported the values that differ).
 */
export type RelWriteRow = ReturnType<typeof relRow> & { fillOnly?: boolean };

/**
 * Rows travel as lists under one shared key list per group (same labels or type, same property keys): the driver
 * packs lists of values far faster than one map per row, which is most of the client's cost in a bulk load.
 */
function groupSteps<R>(
  rows: R[],
  signature: (r: R) => { name: QueryName; head: Record<string, unknown>; keys: string[]; fillKeys?: string[] },
  encode: (r: R, keys: string[], fillKeys: string[]) => unknown[],
): Steps {
  const groups = new Map<string, { name: QueryName; params: Record<string, unknown>; keys: string[]; fillKeys?: string[]; rows: unknown[][] }>();
  for (const r of rows) {
    const { name, head, keys, fillKeys } = signature(r);
    const sig = `${name}|${JSON.stringify(head)}|${keys.join(',')}|${fillKeys?.join(',') ?? ''}`;
    let g = groups.get(sig);
    if (!g) {
      g = { name, params: head, keys, ...(fillKeys ? { fillKeys } : {}), rows: [] };
      groups.set(sig, g);
    }
    g.rows.push(encode(r, keys, fillKeys ?? []));
  }
  return [...groups.values()].map((g) => ({
    name: g.name,
    params: { ...g.params, keys: g.keys, ...(g.fillKeys ? { fillKeys: g.fillKeys } : {}), rows: g.rows },
  }));
}

/**
 * Writes already-validated rows (from nodeRow / relRow) in one transaction: nodes first, then relationships.
 * Either the whole batch lands or none of it does.
 */
export async function writeBatch(
  db: Db,
  nodes: ReturnType<typeof nodeRow>[],
  rels: RelWriteRow[],
): Promise<void> {
  const steps: Steps = [
    ...groupSteps(
      nodes,
      (n) => ({ name: 'importNodes', head: { labels: n.labels }, keys: Object.keys(n.props).sort(), fillKeys: n.fill ? Object.keys(n.fill).sort() : [] }),
      (n, keys, fillKeys) => [n.id, keys.map((k) => n.props[k]), fillKeys.map((k) => n.fill![k])],
    ),
    // The type picks a query file (relRow checked it against the model), one MERGE per fixed type. Fill-only is
    // a value of the row, not of the group, so stored and new ties of a batch still go in one query.
    ...groupSteps(
      rels,
      (r) => ({ name: `importRelationships_${r.type}`, head: {}, keys: Object.keys(r.props).sort() }),
      (r, keys) => [r.start, r.end, keys.map((k) => r.props[k]), r.fillOnly ?? false],
    ),
  ];
  if (steps.length) await db.writeAll(steps, { timeoutMs: 300_000 });
}
