// Turns GDS output into broker answers: how many source nodes betweenness samples on a large graph, betweenness
// normalised to the highest in the answer, how many communities a node's neighbourhood spans, and the reasons.
// Pure. Documented in docs/scoring.md.
import { reason, type Reason } from '../graph/shape.js';
import { fmt } from './names.js';

/** Up to this many nodes betweenness is exact (every node a source). */
export const EXACT_BETWEENNESS_NODES = 5_000;
/** Budget of (sources x graph size) for sampled betweenness: keeps a million-node graph within seconds. */
export const BETWEENNESS_BUDGET = 50_000_000;
export const MIN_SAMPLES = 32;

/** How many source nodes betweenness should use: all of them on small graphs, a budgeted sample on large ones. */
export function samplingSize(nodeCount: number, relationshipCount: number): number {
  if (nodeCount <= EXACT_BETWEENNESS_NODES) return Math.max(1, nodeCount);
  const perSource = Math.max(1, nodeCount + relationshipCount);
  return Math.min(nodeCount, Math.max(MIN_SAMPLES, Math.floor(BETWEENNESS_BUDGET / perSource)));
}

export interface CentralityRow {
  nodeId: string;
  betweenness: number;
  community: number;
  degree: number;
  /** Communities of the node and its neighbours (the node's own first, as GDS BFS lists it). */
  neighbourhoodCommunities: number[];
}

export interface BrokerRow extends CentralityRow {
  rank: number;
  normalised: number;
  bridgedCommunities: number;
  communitySize: number;
}

export function rankBrokers(rows: readonly CentralityRow[], communitySizes: ReadonlyMap<number, number>): BrokerRow[] {
  const sorted = [...rows].sort((a, b) => b.betweenness - a.betweenness || a.nodeId.localeCompare(b.nodeId));
  const top = sorted[0]?.betweenness ?? 0;
  return sorted.map((r, i) => ({
    ...r,
    rank: i + 1,
    normalised: top > 0 ? Math.round((r.betweenness / top) * 10_000) / 10_000 : 0,
    bridgedCommunities: new Set([r.community, ...r.neighbourhoodCommunities]).size,
    communitySize: communitySizes.get(r.community) ?? 1,
  }));
}

export function brokerReasons(b: BrokerRow, sampled: boolean): Reason[] {
  const reasons: Reason[] = [];
  const how = sampled ? { zh: '（抽样估计）', en: ' (sampled estimate)' } : { zh: '', en: '' };
  reasons.push(
    reason(
      'BETWEENNESS',
      `中介中心性第 ${b.rank} 名：${fmt(b.betweenness)}${how.zh}，为最高值的 ${Math.round(b.normalised * 100)}%`,
      `Betweenness rank ${b.rank}: ${fmt(b.betweenness)}${how.en}, ${Math.round(b.normalised * 100)}% of the highest`,
    ),
  );
  if (b.bridgedCommunities > 1) {
    reasons.push(
      reason(
        'SPANS_COMMUNITIES',
        `其 ${b.degree} 个直接联系分属 ${b.bridgedCommunities} 个社群`,
        `Its ${b.degree} direct ${b.degree === 1 ? 'tie reaches' : 'ties reach'} ${b.bridgedCommunities} communities`,
      ),
    );
  } else {
    reasons.push(
      reason('WITHIN_COMMUNITY', `其 ${b.degree} 个直接联系都在同一社群（${b.communitySize} 个节点）`, `All ${b.degree} direct ties stay in one community (${b.communitySize} nodes)`),
    );
  }
  return reasons;
}
