// A deterministic synthetic subgraph in the API's own shape (nodes and relationships as GraphQL returns them), for
// the render bench: typed nodes in realistic proportions, ties with heavy-tailed degrees, and regional clustering
// (most ties stay inside one of a few dozen clusters, as in the real graph), so the canvas does the work it does on
// real answers.
import type { ApiNode, ApiRelationship, NodeType } from '../../web/src/core/api/types.js';
import { Rng } from '../lib/rng.js';

const SHARE: [NodeType, number][] = [
  ['Person', 0.6],
  ['Enterprise', 0.12],
  ['Lab', 0.03],
  ['Organisation', 0.02],
  ['Competition', 0.005],
  ['TalentPool', 0.01],
  ['Region', 0.075],
  ['TechArea', 0.075],
  ['Project', 0.04],
  ['Demand', 0.025],
];

/** Which tie joins which kinds of node, and how often (weights are relative). */
const TIES: [string, NodeType, NodeType, number][] = [
  ['WORKS_AT', 'Person', 'Enterprise', 8],
  ['WORKS_AT', 'Person', 'Lab', 3],
  ['AFFILIATED_WITH', 'Person', 'Lab', 2],
  ['KNOWS', 'Person', 'Person', 7],
  ['COLLABORATED_WITH', 'Person', 'Person', 3],
  ['EXPERT_IN', 'Person', 'TechArea', 5],
  ['FOCUSES_ON', 'Enterprise', 'TechArea', 2],
  ['RESEARCHES', 'Lab', 'TechArea', 1],
  ['LOCATED_IN', 'Enterprise', 'Region', 2],
  ['ORIGINATES_FROM', 'Person', 'Region', 2],
  ['MEMBER_OF', 'Person', 'TalentPool', 1],
  ['WON', 'Person', 'Competition', 0.5],
  ['PARTICIPATES_IN', 'Enterprise', 'Project', 1],
  ['POSTED', 'Enterprise', 'Demand', 0.5],
  ['NEEDS', 'Demand', 'TechArea', 0.5],
  ['PARTNERS_WITH', 'Enterprise', 'Lab', 0.5],
  ['WORKS_AT', 'Person', 'Organisation', 0.7],
  ['LOCATED_IN', 'Organisation', 'Region', 0.3],
];

export function syntheticSubgraph(nodeCount: number, edgeCount: number, seed = 42): { nodes: ApiNode[]; relationships: ApiRelationship[] } {
  const rng = new Rng(seed);
  const rand = () => rng.next();
  const byType = new Map<NodeType, ApiNode[]>();
  const nodes: ApiNode[] = [];
  SHARE.forEach(([type, share], ti) => {
    const count = ti === SHARE.length - 1 ? nodeCount - nodes.length : Math.round(nodeCount * share);
    const list: ApiNode[] = [];
    for (let i = 0; i < count; i++) {
      const n: ApiNode = {
        id: `bench:${type.toLowerCase()}:${i}`,
        type,
        labels: [type],
        name: `${type} ${i}`,
        nameZh: `${type}节点${i}`,
        nameEn: `${type} ${i}`,
        illustrative: false,
        properties: {},
      };
      list.push(n);
      nodes.push(n);
    }
    byType.set(type, list);
  });
  // Regional clustering: node i belongs to cluster i mod CLUSTERS within its type; most ties stay in the cluster.
  const CLUSTERS = Math.max(1, Math.round(nodeCount / 80));
  const cluster = (list: ApiNode[], c: number) => list.filter((_, i) => i % CLUSTERS === c);
  const clustered = new Map<NodeType, ApiNode[][]>();
  for (const [type, list] of byType) clustered.set(type, Array.from({ length: CLUSTERS }, (_, c) => cluster(list, c)));
  // Heavy tail: low indices are picked far more often (a few hubs, many leaves).
  const skewed = (list: ApiNode[]) => list[Math.floor(Math.pow(rand(), 2.2) * list.length)];
  const pickIn = (type: NodeType, c: number | null) => {
    const pool = c === null ? byType.get(type) ?? [] : clustered.get(type)?.[c] ?? [];
    return pool.length ? pool : byType.get(type) ?? [];
  };
  const totalWeight = TIES.reduce((s, t) => s + t[3], 0);
  const relationships: ApiRelationship[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (relationships.length < edgeCount && guard++ < edgeCount * 20) {
    let r = rand() * totalWeight;
    const tie = TIES.find((t) => (r -= t[3]) < 0) ?? TIES[0]!;
    const [type, fromType, toType] = tie;
    const c = Math.floor(rand() * CLUSTERS);
    const fromPool = pickIn(fromType, c);
    const from = fromPool[Math.floor(rand() * fromPool.length)];
    const to = skewed(pickIn(toType, rand() < 0.9 ? c : null));
    if (!from || !to || from.id === to.id) continue;
    const key = `${from.id}|${type}|${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relationships.push({ id: `bench:rel:${relationships.length}`, type, from: from.id, to: to.id, direction: 'FORWARD', properties: { strength: Math.round(rand() * 100) / 100 } });
  }
  // A subgraph the app draws is reached through ties (search, then expansions), so no node stands alone: each node
  // left without a tie takes one in its cluster, in place of one of the random ties, keeping the total.
  const degree = new Map<string, number>();
  for (const r of relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const clusterOf = new Map<string, number>();
  for (const list of byType.values()) list.forEach((n, i) => clusterOf.set(n.id, i % CLUSTERS));
  for (const n of nodes) {
    if (degree.get(n.id)) continue;
    const rule = TIES.find((t) => t[1] === n.type) ?? TIES.find((t) => t[2] === n.type);
    if (!rule) continue;
    const [type, fromType, toType] = rule;
    const otherType = fromType === n.type ? toType : fromType;
    const pool = pickIn(otherType, clusterOf.get(n.id) ?? 0).filter((o) => o.id !== n.id);
    const other = pool[Math.floor(rand() * pool.length)];
    if (!other) continue;
    const [from, to] = fromType === n.type ? [n, other] : [other, n];
    // Drop a random tie whose ends both keep another one, so the edge count stays as asked.
    for (let tries = 0; tries < 50 && relationships.length >= edgeCount; tries++) {
      const i = Math.floor(rand() * relationships.length);
      const r = relationships[i]!;
      if ((degree.get(r.from) ?? 0) > 1 && (degree.get(r.to) ?? 0) > 1) {
        degree.set(r.from, degree.get(r.from)! - 1);
        degree.set(r.to, degree.get(r.to)! - 1);
        relationships.splice(i, 1);
        break;
      }
    }
    relationships.push({ id: `bench:rel:tie-${n.id}`, type, from: from.id, to: to.id, direction: 'FORWARD', properties: { strength: Math.round(rand() * 100) / 100 } });
    degree.set(from.id, (degree.get(from.id) ?? 0) + 1);
    degree.set(to.id, (degree.get(to.id) ?? 0) + 1);
  }
  return { nodes, relationships };
}
