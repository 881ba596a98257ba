// brokers: betweenness centrality and Louvain communities with Graph Data Science on the network around a region,
// tech area or talent pool, or the whole graph (cypher/brokers*.cypher). Each call projects its own uniquely named
// in-memory graph and drops it in `finally`, so concurrent calls never see each other's graphs.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Lang } from '../context.js';
import { detachedFromRequest, type Db, type PlainNode } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { nodeType, reasonTexts, toGqlNode, type GqlNode, type Reason } from '../graph/shape.js';
import { NODE_LABELS } from '../model/model.js';
import type { QueryName } from '../query-names.js';
import { brokerReasons, rankBrokers, samplingSize, type CentralityRow } from './broker-score.js';

/** Node labels of the whole-graph projection: everything but regions and tech areas. */
export const WHOLE_GRAPH_LABELS = NODE_LABELS.filter((l) => l !== 'Region' && l !== 'TechArea');

const PROJECTIONS: Partial<Record<string, QueryName>> = {
  Region: 'brokersProjectRegion',
  TechArea: 'brokersProjectTechArea',
  TalentPool: 'brokersProjectPool',
};

export interface BrokerScore {
  node: GqlNode;
  betweenness: number;
  normalised: number;
  community: number;
  communitySize: number;
  rank: number;
  degree: number;
  bridgedCommunities: number;
  reasons: string[];
  reasonDetails: Reason[];
}

export function gdsMissing(): GraphQLError {
  return new GraphQLError(
    'brokers needs the Neo4j Graph Data Science library (GDS) on the database server, and this server does not have it. Install GDS (the open edition is enough) or use the embedded Neo4j, which includes it.',
    { extensions: { code: 'UNAVAILABLE', needs: 'gds' } },
  );
}

export async function gdsAvailable(db: Db): Promise<boolean> {
  const [row] = await db.read<{ available: boolean }>('brokersGds');
  return row?.available === true;
}

export interface BrokersRequest {
  scopeId: string | null;
  limit: number;
  /** Rank only nodes with one of these labels; null ranks every node. */
  types: string[] | null;
  lang: Lang;
  timeoutMs: number;
}

/**
 * Betweenness and Louvain on a large scope take seconds to minutes, and a broker's screen asks for the same scope
 * again and again; answers are kept for a while per database, scope, limit and types (and shared while in flight).
 * Any change through the mutations clears them (invalidateBrokers).
 */
export const BROKERS_CACHE_MS = 10 * 60_000;
const BROKERS_CACHE_SIZE = 50;
const cache = new Map<string, { at: number; db: Db; answer: Promise<Omit<BrokerScore, 'reasons'>[]> }>();

export function invalidateBrokers(): void {
  cache.clear();
}

export async function brokers(db: Db, req: BrokersRequest): Promise<BrokerScore[]> {
  const key = JSON.stringify([db.uri, req.scopeId, req.limit, req.types ? [...req.types].sort() : null]);
  const hit = cache.get(key);
  let answer: Promise<Omit<BrokerScore, 'reasons'>[]>;
  if (hit && hit.db === db && Date.now() - hit.at < BROKERS_CACHE_MS) {
    answer = hit.answer;
  } else {
    // Shared through the cache with later askers, so it runs apart from this request's cancellation.
    answer = detachedFromRequest(() => computeBrokers(db, req));
    cache.set(key, { at: Date.now(), db, answer });
    // A failed computation is not kept.
    answer.catch(() => cache.get(key)?.answer === answer && cache.delete(key));
    while (cache.size > BROKERS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return (await answer).map((b) => ({ ...b, reasons: reasonTexts(b.reasonDetails, req.lang) }));
}

async function computeBrokers(db: Db, { scopeId, limit, types, timeoutMs }: BrokersRequest): Promise<Omit<BrokerScore, 'reasons'>[]> {
  let projection: QueryName = 'brokersProjectAll';
  let scopeIds: string[] = [];
  if (scopeId !== null) {
    const [row] = await db.read<{ scope: PlainNode; scopeIds: string[] }>('brokersScope', { scopeId });
    if (!row) throw notFound('scopeId', scopeId);
    const type = nodeType(row.scope.labels);
    const q = PROJECTIONS[type];
    if (!q) throw badInput('scopeId', `${JSON.stringify(scopeId.slice(0, 200))} is a ${type}; a scope must be a Region, TechArea or TalentPool`);
    projection = q;
    scopeIds = row.scopeIds;
  }
  if (!(await gdsAvailable(db))) throw gdsMissing();

  const graphName = `brokers-${randomUUID()}`;
  const opts = { timeoutMs };
  try {
    const params = projection === 'brokersProjectAll' ? { graphName, labels: WHOLE_GRAPH_LABELS } : { graphName, scopeIds };
    const [proj] = await db.read<{ nodeCount: number | null; relationshipCount: number | null }>(projection, params, opts);
    const nodeCount = proj?.nodeCount ?? 0;
    if (nodeCount === 0) return [];
    const relationshipCount = proj?.relationshipCount ?? 0;
    await db.read('brokersCommunities', { graphName }, opts);
    const samples = samplingSize(nodeCount, relationshipCount);
    const rows = await db.read<{ node: PlainNode; betweenness: number; community: number; degree: number; neighbourhoodCommunities: number[] }>(
      'brokersCentrality',
      { graphName, samplingSize: samples, limit, types },
      opts,
    );
    const communities = [...new Set(rows.map((r) => r.community))];
    const sizes = await db.read<{ community: number; size: number }>('brokersCommunitySizes', { graphName, communities }, opts);
    const nodes = new Map(rows.map((r) => [r.node.id, r.node]));
    const ranked = rankBrokers(
      rows.map((r): CentralityRow => ({ nodeId: r.node.id, betweenness: r.betweenness, community: r.community, degree: r.degree, neighbourhoodCommunities: r.neighbourhoodCommunities })),
      new Map(sizes.map((s) => [s.community, s.size])),
    );
    return ranked.map((b) => {
      const reasonDetails = brokerReasons(b, samples < nodeCount);
      return {
        node: toGqlNode(nodes.get(b.nodeId)!),
        betweenness: b.betweenness,
        normalised: b.normalised,
        community: b.community,
        communitySize: b.communitySize,
        rank: b.rank,
        degree: b.degree,
        bridgedCommunities: b.bridgedCommunities,
        reasonDetails,
      };
    });
  } finally {
    await db.read('brokersDrop', { graphName }).catch(() => undefined);
  }
}
