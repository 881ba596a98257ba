// Guarded expansion: decides what a double-click adds to the canvas. Up to the guard limit everything new is
// added; beyond it the user sees how many neighbours of each type there are and takes the top N, ranked by the
// strength of their tie to what is already drawn, so a hub never floods the canvas by accident.
import type { ApiNodeSummary, ApiRelationship, NodeType, Subgraph } from '../api/types.js';
import { strengthOf } from './elements.js';

export interface TypeTally {
  type: NodeType;
  /** Neighbours of this type around the node, before the server's caps. */
  total: number;
  /** Of those the server returned, how many are not on the canvas yet. */
  fresh: number;
}

export type ExpansionPlan =
  | { kind: 'add'; nodes: ApiNodeSummary[]; edges: ApiRelationship[]; fresh: number }
  | { kind: 'guard'; fresh: number; tallies: TypeTally[]; subgraph: Subgraph; onCanvas: ReadonlySet<string> };

export function planExpansion(subgraph: Subgraph, onCanvas: ReadonlySet<string>, limit: number): ExpansionPlan {
  const freshNodes = subgraph.nodes.filter((n) => !onCanvas.has(n.id));
  if (freshNodes.length <= limit) {
    return { kind: 'add', nodes: subgraph.nodes, edges: subgraph.edges, fresh: freshNodes.length };
  }
  const totals = new Map(subgraph.totals.filter((c) => c.kind === 'NODE_TYPE').map((c) => [c.type, c.count]));
  const freshByType = new Map<NodeType, number>();
  for (const n of freshNodes) freshByType.set(n.type, (freshByType.get(n.type) ?? 0) + 1);
  const tallies: TypeTally[] = [...freshByType.entries()]
    .map(([type, fresh]) => ({ type, fresh, total: Math.max(totals.get(type) ?? 0, fresh) }))
    .sort((a, b) => b.fresh - a.fresh || a.type.localeCompare(b.type));
  return { kind: 'guard', fresh: freshNodes.length, tallies, subgraph, onCanvas };
}

/**
 * New neighbours, strongest first: by the strongest tie joining them to a node already drawn (or to the expanded
 * node), then by how many such ties they have, then by name for a stable order.
 */
export function rankCandidates(subgraph: Subgraph, onCanvas: ReadonlySet<string>): ApiNodeSummary[] {
  const anchor = new Set(onCanvas);
  anchor.add(subgraph.root.id);
  const best = new Map<string, number>();
  const ties = new Map<string, number>();
  for (const e of subgraph.edges) {
    for (const [self, other] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      if (anchor.has(self) || !anchor.has(other)) continue;
      best.set(self, Math.max(best.get(self) ?? 0, strengthOf(e)));
      ties.set(self, (ties.get(self) ?? 0) + 1);
    }
  }
  return subgraph.nodes
    .filter((n) => !anchor.has(n.id))
    .sort((a, b) => (best.get(b.id) ?? 0) - (best.get(a.id) ?? 0) || (ties.get(b.id) ?? 0) - (ties.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/**
 * The top `n` new neighbours of the chosen types, plus every returned edge whose both ends will be drawn. With
 * n = 0 only the expanded node itself is placed (with its ties to what is drawn): "open this node here".
 */
export function takeTop(subgraph: Subgraph, onCanvas: ReadonlySet<string>, n: number, types?: ReadonlySet<NodeType>): { nodes: ApiNodeSummary[]; edges: ApiRelationship[] } {
  const chosen = rankCandidates(subgraph, onCanvas)
    .filter((c) => !types || types.size === 0 || types.has(c.type))
    .slice(0, Math.max(0, Math.floor(n)));
  const root = subgraph.root;
  const keep = new Set<string>([...onCanvas, root.id, ...chosen.map((c) => c.id)]);
  const nodes = onCanvas.has(root.id) ? chosen : [root, ...chosen];
  return { nodes, edges: subgraph.edges.filter((e) => keep.has(e.from) && keep.has(e.to)) };
}

/** What the server's caps left out, by node type (for a "not fetched" note). */
export function cutByCaps(subgraph: Subgraph): { type: string; count: number }[] {
  return subgraph.truncated.filter((t) => t.kind === 'NODE_TYPE' && t.count > 0).map((t) => ({ type: t.type, count: t.count }));
}
