// Small builders of API-shaped values for the core specs (plain data, no server involved).
import type { ApiNode, ApiPath, ApiRelationship, NodeType, Subgraph } from '../api/types.js';

export function apiNode(id: string, type: NodeType = 'Person', extra: Partial<ApiNode> = {}): ApiNode {
  return {
    id,
    type,
    labels: [type],
    name: extra.nameZh ?? extra.nameEn ?? id,
    nameZh: null,
    nameEn: null,
    illustrative: false,
    properties: {},
    ...extra,
  };
}

let relSeq = 0;
export function apiRel(from: string, to: string, type = 'WORKS_AT', properties: Record<string, unknown> = {}, id?: string): ApiRelationship {
  return { id: id ?? `r${++relSeq}:${from}-${type}-${to}`, type, from, to, direction: 'FORWARD', properties };
}

export function apiPath(nodes: ApiNode[], rels: ApiRelationship[]): ApiPath {
  return { length: rels.length, weight: rels.length * 0.5, nodes, relationships: rels };
}

export function subgraph(root: ApiNode, nodes: ApiNode[], edges: ApiRelationship[], totals: Partial<Record<NodeType, number>> = {}): Subgraph {
  const all = nodes.some((n) => n.id === root.id) ? nodes : [root, ...nodes];
  return {
    root,
    nodes: all,
    edges,
    distances: all.map((n) => ({ id: n.id, depth: n.id === root.id ? 0 : 1 })),
    totals: Object.entries(totals).map(([type, count]) => ({ kind: 'NODE_TYPE' as const, type, count: count ?? 0 })),
    truncated: [],
    nodeCount: all.length,
    edgeCount: edges.length,
    totalNeighbours: all.length - 1,
  };
}
