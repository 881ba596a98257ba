// brokers: betweenness centrality and Louvain communities with Graph Data Science on the network around a region,
// tech area or talent pool, or the whole graph (cypher/brokers*.cypher). Each call projects its own uniquely named
// in-memory graph and drops it in `finally`, so concurrent calls never see each other's graphs.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { badInput, notFound } from '../explore/validate.js';
import { nodeType, reasonTexts, toGqlNode, type GqlNode, type Reason } from '../graph/shape.js';
import type { QueryName } from '../query-names.js';
import { brokerReasons, rankBrokers, samplingSize, type CentralityRow } from './broker-score.js';

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

export async function brokers(db: Db, { scopeId, limit, types, lang, timeoutMs }: BrokersRequest): Promise<BrokerScore[]> {
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
    const [proj] = await db.read<{ nodeCount: number | null; relationshipCount: number | null }>(projection, { graphName, scopeIds }, opts);
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
      const reasons = brokerReasons(b, samples < nodeCount);
      return {
        node: toGqlNode(nodes.get(b.nodeId)!),
        betweenness: b.betweenness,
        normalised: b.normalised,
        community: b.community,
        communitySize: b.communitySize,
        rank: b.rank,
        degree: b.degree,
        bridgedCommunities: b.bridgedCommunities,
        reasons: reasonTexts(reasons, lang),
        reasonDetails: reasons,
      };
    });
  } finally {
    await db.read('brokersDrop', { graphName }).catch(() => undefined);
  }
}
