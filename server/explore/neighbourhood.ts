// Query.neighbourhood: a node and its neighbours up to depth 3, expanded level by level. Each level is one run of
// cypher/neighbourhood.cypher over the nodes kept at the level before, so at most `limitPerType` new nodes of each
// type join per level and no query ever walks all the paths of depth 3 around a hub. What the caps left out is
// counted per node type and per relationship type. Reads are bounded too: at most SCAN ties of each type per
// frontier node, and fewer when a level expands many nodes (LEVEL_BUDGET shared out), never fewer than the cap.
// The degree store says how many ties went unread; those are added to the counts (shared out over node types as
// among the ties read), with `estimated` set.
import { cypherDate, type Db, type PlainNode, type PlainRelationship } from '../db.js';
import { toGqlNode, toGqlRelationship, type GqlNode, type GqlRelationship } from '../graph/shape.js';
import { NODE_LABELS, REL_TYPES } from '../model/model.js';
import { notFound } from './validate.js';

/** Ties of one type read per frontier node at most. */
export const SCAN = 2000;
/** Ties of one type read per level at most, shared over the frontier nodes (but never below the per-type cap). */
export const LEVEL_BUDGET = 20_000;

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  relTypes: string[] | null;
  limitPerType: number;
  /** Only ties whose start..end interval contains this date (ISO), as in paths and bridges; null for all. */
  asOf?: string | null;
}

interface TypeCount {
  kind: 'NODE_TYPE' | 'REL_TYPE';
  type: string;
  count: number;
}

export interface Subgraph {
  root: GqlNode;
  nodes: GqlNode[];
  edges: GqlRelationship[];
  distances: Array<{ id: string; depth: number }>;
  totals: TypeCount[];
  truncated: TypeCount[];
  nodeCount: number;
  edgeCount: number;
  totalNeighbours: number;
  estimated: boolean;
}

interface LevelRow {
  type: string | null;
  old: boolean;
  total: number;
  droppedRels: Array<{ type: string; count: number }>;
  kept: Array<{ node: PlainNode; rels: Array<{ rel: PlainRelationship; start: string; end: string }> }>;
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

function counts(kind: TypeCount['kind'], m: Map<string, number>): TypeCount[] {
  return [...m.entries()]
    .filter(([, count]) => count > 0)
    .map(([type, count]) => ({ kind, type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

export async function expandNeighbourhood(db: Db, args: NeighbourhoodArgs): Promise<Subgraph> {
  const asOf = args.asOf ? cypherDate(args.asOf) : null;
  const readLevel = (frontier: string[], seen: string[]) =>
    Promise.all([
      db.read<LevelRow>('neighbourhood', {
        frontier,
        seen,
        relTypes: args.relTypes,
        nodeTypes: [...NODE_LABELS],
        limitPerType: args.limitPerType,
        scan: Math.max(args.limitPerType, Math.min(SCAN, Math.floor(LEVEL_BUDGET / frontier.length))),
        asOf,
      }),
      // The degree store counts ties of every date; asOf a date the ties that held then are counted instead.
      asOf
        ? db.read<{ type: string; degree: number }>('neighbourhoodDegreesAsOf', { frontier, types: args.relTypes ?? [...REL_TYPES], asOf })
        : db.read<{ type: string; degree: number }>('neighbourhoodDegrees', { frontier, types: args.relTypes ?? [...REL_TYPES] }),
    ]);
  // The root and its first level in one round: the first level needs only the root's id (a root that does not
  // exist has no neighbours, and is refused below before anything is used).
  const [[rootRow], firstLevel] = await Promise.all([db.read<{ node: PlainNode }>('node', { ids: [args.id] }), readLevel([args.id], [args.id])]);
  if (!rootRow) throw notFound('id', args.id);
  const nodes = new Map<string, { node: PlainNode; depth: number }>([[rootRow.node.id, { node: rootRow.node, depth: 0 }]]);
  const edges = new Map<string, GqlRelationship>();
  const nodeTotals = new Map<string, number>();
  const nodeKept = new Map<string, number>();
  const relDropped = new Map<string, number>();
  let frontier = [rootRow.node.id];

  let estimated = false;

  for (let level = 1; level <= args.depth && frontier.length; level++) {
    const [rows, degrees] = level === 1 ? firstLevel : await readLevel(frontier, [...nodes.keys()]);
    const next: string[] = [];
    // Ties read at this level, per relationship type and per (relationship type, node type), counting a tie
    // between two frontier nodes once at each end, as the degree store does.
    const read = new Map<string, number>();
    const readByNodeType = new Map<string, Map<string, number>>();
    const noteRead = (relType: string, nodeType: string, n: number) => {
      add(read, relType, n);
      add(readByNodeType.get(relType) ?? readByNodeType.set(relType, new Map()).get(relType)!, nodeType, n);
    };
    for (const row of rows) {
      const type = row.type ?? 'Other';
      if (!row.old) {
        add(nodeTotals, type, row.total);
        add(nodeKept, type, row.kept.length);
      }
      for (const r of row.droppedRels) {
        add(relDropped, r.type, r.count);
        noteRead(r.type, type, r.count);
      }
      for (const k of row.kept) {
        if (!nodes.has(k.node.id)) {
          nodes.set(k.node.id, { node: k.node, depth: level });
          next.push(k.node.id);
        }
        for (const r of k.rels) {
          noteRead(r.rel.type, type, 1);
          if (!edges.has(r.rel.elementId)) edges.set(r.rel.elementId, toGqlRelationship({ ...r.rel, start: r.start, end: r.end }));
        }
      }
    }
    for (const { type: relType, degree } of degrees) {
      const unread = degree - (read.get(relType) ?? 0);
      if (unread <= 0) continue;
      estimated = true;
      add(relDropped, relType, unread);
      for (const [nodeType, n] of shareOut(unread, readByNodeType.get(relType) ?? new Map())) {
        add(nodeTotals, nodeType, n);
      }
    }
    frontier = next;
  }

  const relKept = new Map<string, number>();
  for (const e of edges.values()) add(relKept, e.type, 1);
  const relTotals = new Map(relKept);
  for (const [t, n] of relDropped) add(relTotals, t, n);
  const nodeDropped = new Map([...nodeTotals].map(([t, n]) => [t, n - (nodeKept.get(t) ?? 0)]));
  const ordered = [...nodes.values()].sort((a, b) => a.depth - b.depth);
  return {
    root: toGqlNode(rootRow.node),
    nodes: ordered.map((n) => toGqlNode(n.node)),
    edges: [...edges.values()],
    distances: ordered.map((n) => ({ id: n.node.id, depth: n.depth })),
    totals: [...counts('NODE_TYPE', nodeTotals), ...counts('REL_TYPE', relTotals)],
    truncated: [...counts('NODE_TYPE', nodeDropped), ...counts('REL_TYPE', relDropped)],
    nodeCount: nodes.size,
    edgeCount: edges.size,
    totalNeighbours: [...nodeTotals.values()].reduce((s, n) => s + n, 0),
    estimated,
  };
}

/** Splits `n` over the keys in proportion to their weights, in whole numbers that add up to `n`. */
export function shareOut(n: number, weights: Map<string, number>): Map<string, number> {
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  if (total <= 0) return new Map([['Other', n]]);
  const parts = [...weights].map(([k, w]) => ({ k, exact: (n * w) / total }));
  const out = new Map(parts.map((p) => [p.k, Math.floor(p.exact)]));
  let left = n - [...out.values()].reduce((s, v) => s + v, 0);
  for (const p of [...parts].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    out.set(p.k, out.get(p.k)! + 1);
  }
  return out;
}
