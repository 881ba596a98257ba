// Query.neighbourhood: a node and its neighbours up to depth 3, expanded level by level. Each level is one run of
// cypher/neighbourhood.cypher over the nodes kept at the level before, so at most `limitPerType` new nodes of each
// type join per level and no query ever walks all the paths of depth 3 around a hub. What the caps left out is
// counted per node type and per relationship type.
import type { Db, PlainNode, PlainRelationship } from '../db.js';
import { toGqlNode, toGqlRelationship, type GqlNode, type GqlRelationship } from '../graph/shape.js';
import { NODE_LABELS } from '../model/model.js';
import { notFound } from './validate.js';

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  relTypes: string[] | null;
  limitPerType: number;
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
  const [rootRow] = await db.read<{ node: PlainNode }>('node', { ids: [args.id] });
  if (!rootRow) throw notFound('id', args.id);
  const nodes = new Map<string, { node: PlainNode; depth: number }>([[rootRow.node.id, { node: rootRow.node, depth: 0 }]]);
  const edges = new Map<string, GqlRelationship>();
  const nodeTotals = new Map<string, number>();
  const nodeKept = new Map<string, number>();
  const relDropped = new Map<string, number>();
  let frontier = [rootRow.node.id];

  for (let level = 1; level <= args.depth && frontier.length; level++) {
    const rows = await db.read<LevelRow>('neighbourhood', {
      frontier,
      seen: [...nodes.keys()],
      relTypes: args.relTypes,
      nodeTypes: [...NODE_LABELS],
      limitPerType: args.limitPerType,
    });
    const next: string[] = [];
    for (const row of rows) {
      const type = row.type ?? 'Other';
      if (!row.old) {
        add(nodeTotals, type, row.total);
        add(nodeKept, type, row.kept.length);
      }
      for (const r of row.droppedRels) add(relDropped, r.type, r.count);
      for (const k of row.kept) {
        if (!nodes.has(k.node.id)) {
          nodes.set(k.node.id, { node: k.node, depth: level });
          next.push(k.node.id);
        }
        for (const r of k.rels) {
          if (!edges.has(r.rel.elementId)) edges.set(r.rel.elementId, toGqlRelationship({ ...r.rel, start: r.start, end: r.end }));
        }
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
  };
}
