// The JSON export of what the canvas shows: the API's own nodes and relationships plus where they came from, so a
// file can be read back (or sent) without the app.
import type { ApiNodeSummary, ApiRelationship } from '../api/types.js';

export interface SubgraphExport {
  format: 'talent-bridge-subgraph';
  version: 1;
  exportedAt: string;
  /** The link that reproduces the view. */
  view: string;
  nodeCount: number;
  relationshipCount: number;
  nodes: ApiNodeSummary[];
  relationships: ApiRelationship[];
}

export function subgraphExport(nodes: readonly ApiNodeSummary[], relationships: readonly ApiRelationship[], view: string, now = new Date()): SubgraphExport {
  const sortedNodes = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(sortedNodes.map((n) => n.id));
  const rels = relationships.filter((r) => ids.has(r.from) && ids.has(r.to)).sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: 'talent-bridge-subgraph',
    version: 1,
    exportedAt: now.toISOString(),
    view,
    nodeCount: sortedNodes.length,
    relationshipCount: rels.length,
    nodes: sortedNodes,
    relationships: rels,
  };
}

/** A file name like talent-bridge-bridges-20240501-1530.png */
export function exportFileName(view: string, ext: 'png' | 'json' | 'csv', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `talent-bridge-${view}-${stamp}.${ext}`;
}
