// What is measured: for each answer, the request the web app sends (its own GraphQL documents, so the selection
// sets are the real ones), and on the raw side the very reads the resolver makes for that request: recorded once
// from the real resolvers (lib/recorder.ts), then replayed through the same db gateway with the same texts,
// parameters, order and concurrency, without the GraphQL layer, the HTTP hop or the resolver's own work.
import { luceneQuery as lucene, searchWords } from '../server/explore/search-query.js';
import {
  BRIDGES,
  DIASPORA,
  NEIGHBOURHOOD,
  PATHS,
  RECOMMEND_COLLABORATORS,
  RECOMMEND_LABS,
  RECOMMEND_TALENTS,
  SEARCH,
} from '../web/src/core/api/documents.js';
import { INTRODUCTIONS } from '../web/src/core/api/ledger-documents.js';
import type { BenchCase, GqlRequest } from './lib/measure.js';
import { describeRecording, replay, type Recorder, type Recording } from './lib/recorder.js';
import type { Params } from './params.js';

/** The Lucene query our search sends first (all words required), for the peer to send the same. */
export function luceneQuery(text: string): string {
  return lucene(searchWords(text), 'all') ?? text;
}

interface Spec {
  name: string;
  field: string;
  describe: string;
  requests: GqlRequest[];
  size(data: unknown): number;
  /** Cases compared with each other share a pair name: each measures only the requests all of them recorded. */
  pair?: string;
}

const listSize = (key: string) => (data: unknown) => {
  const v = (data as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.length : 0;
};

export const SEARCH_LIMIT = 20;

// The lenses (server/schema/lenses.graphql) have no web documents yet; these ask what their views will show.
const PATH_FIELDS = 'length weight nodes { id type name nameZh nameEn } relationships { id type from to direction }';
const FRAGILITY = `query Fragility($from: ID!, $to: ID!, $maxHops: Int) { fragility(from: $from, to: $to, maxHops: $maxHops) {
  connected shortestLength shortestPathCount corridorSize singlePointOfFailure reasons
  paths { ${PATH_FIELDS} } bridges { kind score reasons intermediaries { id type name } path { ${PATH_FIELDS} } }
  critical { node { id type name } cutsAllPaths cutsAllBridges singlePointOfFailure shortestPathsThrough pathsLost bridgesLost reasons
    remainingPath { ${PATH_FIELDS} } remainingBridge { kind score intermediaries { id name } } } } }`;
const DIVERSE_PATHS = `query DiversePaths($from: ID!, $to: ID!, $k: Int, $maxHops: Int) {
  paths(from: $from, to: $to, k: $k, maxHops: $maxHops, diverse: true) { ${PATH_FIELDS} diversity { requested found complete upperBound reasons } } }`;
const REGION_GAPS = `query RegionGaps($id: ID!) { regionGaps(regionId: $id) {
  region { id name } homeRegionCount reasons
  needs { techArea { id name } firms { id name } demands { id name } weight localLabs { id name } localPeople covered }
  gaps { onlyFromAbroad diasporaTotal reasons need { techArea { id name } }
    outsideLabs { node { id name } place { id name } country { id name } abroad experts homeLinks reasons bridges { intermediaries { id name } firm { id name } lab { id name } reasons } }
    diaspora { node { id name } residence { id name } country { id name } abroad homeTies { id name } reasons } } } }`;

// The order desk (server/schema/desk.graphql): what its queue, a demand's page, its statistics panel and a pool's
// member list ask.
const DESK_ITEM = `id name status postedAt responseDue answeredAt hoursLeft overdue late hoursToAnswer shortlistSize acceptedCount
  firm { id name } region { id name } pool { id name } techAreas { id name }`;
const DEMAND_DESK = `query DemandDesk($scope: ID, $status: [DemandStatus!]) { demandDesk(scopeId: $scope, status: $status, limit: 50) {
  total nextCursor items { ${DESK_ITEM} } } }`;
const DEMAND_PAGE = `query DemandPage($id: ID!) { demand(id: $id) { ${DESK_ITEM} answeredBy answerMessage closedAt version
  shortlist { person { id name } rank score reasons proposedBy proposedAt response respondedAt } timeline { at kind actor personId }
  history { at actor operation status } } }`;
const FIGURES = 'posted answered answeredInTime answeredLate inTimeShare medianHoursToAnswer p90HoursToAnswer accepted declined withdrawn acceptanceRate open overdue';
const DESK_STATS = `query DeskStats($scope: ID, $by: DeskGroupBy) { deskStats(scopeId: $scope, groupBy: $by) {
  to asOf total { ${FIGURES} } groups { key node { id name } figures { ${FIGURES} } } } }`;
const POOL_MEMBERS = `query PoolMembers($pool: ID!) { poolMembers(poolId: $pool, limit: 50) {
  total nextCursor items { person { id name } pool { id name } dimensions scores { dimension score } averageScore tags admittedOn } } }`;

// The web app's bridges document with the trackRecord switch as a variable (its own document leaves the default).
const BRIDGES_TRACK_RECORD = BRIDGES.replace(/\$to: ID!/, '$to: ID!, $useTrackRecord: Boolean').replace(/to: \$to/, 'to: $to, useTrackRecord: $useTrackRecord');

export function caseSpecs(params: Params): Spec[] {
  const pair = (doc: string, extra: Record<string, unknown> = {}) => (p: { from: string; to: string }) => ({
    query: doc,
    variables: { from: p.from, to: p.to, ...extra },
  });
  return [
    {
      name: 'search',
      field: 'search',
      describe: `${params.search.length} texts (person names, two characters of firm names, pinyin, English words of lab names), all types, ${SEARCH_LIMIT} hits`,
      requests: params.search.map((s) => ({ query: SEARCH, variables: { text: s.text, limit: SEARCH_LIMIT } })),
      size: listSize('search'),
    },
    {
      name: 'neighbourhood',
      field: 'neighbourhood',
      describe: `${params.neighbourhood.length} roots (persons, firms, labs), depth 1, 50 per type`,
      requests: params.neighbourhood.map((id) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 1 } })),
      size: (d) => (d as { neighbourhood: { nodeCount: number } }).neighbourhood.nodeCount,
    },
    {
      name: 'neighbourhood_d2',
      field: 'neighbourhood',
      describe: 'the same roots, depth 2, 50 per type',
      requests: params.neighbourhood.map((id) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 2 } })),
      size: (d) => (d as { neighbourhood: { nodeCount: number } }).neighbourhood.nodeCount,
    },
    ...[3, 10].map((k) => ({
      name: `paths_k${k}`,
      field: 'paths',
      describe: `${params.paths.length} person pairs joined within 6 hops; k=${k}, maxHops 6, undirected`,
      requests: params.paths.map(pair(PATHS, { k, maxHops: 6 })),
      size: listSize('paths'),
    })),
    {
      name: 'paths_diverse_k3',
      field: 'paths',
      describe: `the same pairs; diverse: true, k=3, maxHops 6 (paths pairwise disjoint in their intermediate nodes)`,
      requests: params.paths.map(pair(DIVERSE_PATHS, { k: 3, maxHops: 6 })),
      size: listSize('paths'),
    },
    {
      name: 'fragility',
      field: 'fragility',
      describe: `${params.bridges.length} enterprise-lab pairs with a one-person bridge; maxHops 4, with today's paths and bridges`,
      requests: params.bridges.map(pair(FRAGILITY, { maxHops: 4 })),
      size: (d) => (d as { fragility: { critical: unknown[] } }).fragility.critical.length,
    },
    {
      name: 'regionGaps',
      field: 'regionGaps',
      describe: `${params.regions.length} counties with firms, 5 labs and people per gap`,
      requests: params.regions.map((id) => ({ query: REGION_GAPS, variables: { id } })),
      size: (d) => (d as { regionGaps: { gaps: unknown[] } }).regionGaps.gaps.length,
    },
    {
      name: 'bridges',
      field: 'bridges',
      describe: `${params.bridges.length} enterprise-lab pairs with a one-person bridge; up to 2 intermediaries, 10 results`,
      requests: params.bridges.map(pair(BRIDGES)),
      size: listSize('bridges'),
    },
    {
      name: 'recommendLabs',
      field: 'recommendLabs',
      describe: `${params.enterprises.length} enterprises with a stated tech focus, 10 results`,
      requests: params.enterprises.map((id) => ({ query: RECOMMEND_LABS, variables: { id } })),
      size: listSize('recommendLabs'),
    },
    {
      name: 'recommendTalents',
      field: 'recommendTalents',
      describe: `${params.demands.length} posted demands, 10 results`,
      requests: params.demands.map((id) => ({ query: RECOMMEND_TALENTS, variables: { id } })),
      size: listSize('recommendTalents'),
    },
    {
      name: 'diaspora',
      field: 'diaspora',
      describe: `${params.diaspora.length} counties with natives living elsewhere, the first page (200 people; counts over everyone)`,
      requests: params.diaspora.map((origin) => ({ query: DIASPORA, variables: { origin } })),
      size: (d) => (d as { diaspora: { listed: number } }).diaspora.listed,
    },
    {
      name: 'demandDesk',
      field: 'demandDesk',
      describe: `${params.regions.length} counties' order queues, every state, soonest due first, 50 per page`,
      requests: params.regions.map((scope) => ({ query: DEMAND_DESK, variables: { scope } })),
      size: (d) => (d as { demandDesk: { items: unknown[] } }).demandDesk.items.length,
    },
    {
      name: 'demandDesk_open_all',
      field: 'demandDesk',
      describe: 'the whole graph\'s open orders, soonest due first, 50 per page',
      requests: [{ query: DEMAND_DESK, variables: { status: ['open'] } }],
      size: (d) => (d as { demandDesk: { items: unknown[] } }).demandDesk.items.length,
    },
    {
      name: 'demand',
      field: 'demand',
      describe: `${params.demands.length} demands with firm, region, pool, tech areas, shortlist, timeline and history`,
      requests: params.demands.map((id) => ({ query: DEMAND_PAGE, variables: { id } })),
      size: () => 1,
    },
    {
      name: 'deskStats',
      field: 'deskStats',
      describe: `${params.regions.length} counties' 48-hour record by month`,
      requests: params.regions.map((scope) => ({ query: DESK_STATS, variables: { scope, by: 'month' } })),
      size: (d) => (d as { deskStats: { total: { posted: number } } }).deskStats.total.posted,
    },
    {
      name: 'deskStats_all',
      field: 'deskStats',
      describe: 'the whole graph\'s 48-hour record by county (every demand)',
      requests: [{ query: DESK_STATS, variables: { by: 'county' } }],
      size: (d) => (d as { deskStats: { total: { posted: number } } }).deskStats.total.posted,
    },
    {
      name: 'poolMembers',
      field: 'poolMembers',
      describe: `${params.pools.length} pools (city pools count their sub-pools), best average score first, 50 per page`,
      requests: params.pools.map((pool) => ({ query: POOL_MEMBERS, variables: { pool } })),
      size: (d) => (d as { poolMembers: { items: unknown[] } }).poolMembers.items.length,
    },
    // The introductions ledger (server/schema/ledger.graphql): a broker's first page as the Introductions tab asks
    // for it, and the bridges ranking with and without the trackRecord part on the same pairs.
    {
      name: 'introductions',
      field: 'introductions',
      describe: `${params.brokers.length} technology managers with introductions, first page of 20 with outcomes`,
      requests: params.brokers.map((brokerId) => ({ query: INTRODUCTIONS, variables: { brokerId, limit: 20 } })),
      size: (d) => (d as { introductions: { items: unknown[] } }).introductions.items.length,
    },
    {
      name: 'introductions_all',
      field: 'introductions',
      describe: 'the whole ledger, newest first, first page of 20',
      requests: [{ query: INTRODUCTIONS, variables: { limit: 20 } }],
      size: (d) => (d as { introductions: { items: unknown[] } }).introductions.items.length,
    },
    ...([true, false] as const).map((useTrackRecord) => ({
      name: useTrackRecord ? 'bridges_track_record' : 'bridges_no_track_record',
      field: 'bridges',
      describe: `the bridges pairs, useTrackRecord: ${useTrackRecord}`,
      requests: params.bridges.map(pair(BRIDGES_TRACK_RECORD, { useTrackRecord })),
      size: listSize('bridges'),
      pair: 'bridges-track-record',
    })),
    {
      name: 'recommendCollaborators',
      field: 'recommendCollaborators',
      describe: `${params.persons.length} persons who know someone, 10 results`,
      requests: params.persons.map((id) => ({ query: RECOMMEND_COLLABORATORS, variables: { id } })),
      size: listSize('recommendCollaborators'),
    },
  ];
}

export interface Prepared {
  req: GqlRequest;
  recording: Recording;
}

/**
 * Records the reads of every request and returns the measurable cases. A request the resolver refuses is left out
 * and said in `notes`; a case left with no request is not measured.
 */
export async function prepareCases(
  specs: Spec[],
  recorder: Recorder,
  only: string[] | undefined,
  notes: string[],
  log: (s: string) => void,
): Promise<Array<BenchCase<Prepared> & { reads: string }>> {
  const out: Array<BenchCase<Prepared> & { reads: string }> = [];
  // Per pair, the cases and the indexes of the requests each recorded.
  const pairs = new Map<string, Array<{ name: string; params: Prepared[]; indexes: number[] }>>();
  for (const spec of specs) {
    if (only && !only.includes(spec.name) && !only.includes(spec.field)) continue;
    const prepared: Prepared[] = [];
    let refused = 0;
    let firstRefusal = '';
    for (const req of spec.requests) {
      try {
        prepared.push({ req, recording: await recorder.record(req) });
      } catch (e) {
        refused++;
        firstRefusal ||= (e as Error).message;
      }
    }
    if (refused) notes.push(`${spec.name}: ${refused} of ${spec.requests.length} sampled requests failed when recorded and are left out (${firstRefusal})`);
    if (!prepared.length) {
      log(`${spec.name}: nothing to measure${refused ? ` (${firstRefusal})` : ''}`);
      continue;
    }
    // The typical sequence: the most common one among the requests.
    const shapes = new Map<string, number>();
    for (const p of prepared) {
      const d = describeRecording(p.recording);
      shapes.set(d, (shapes.get(d) ?? 0) + 1);
    }
    const reads = [...shapes].sort((a, b) => b[1] - a[1])[0]![0];
    if (spec.pair) {
      const list = pairs.get(spec.pair) ?? pairs.set(spec.pair, []).get(spec.pair)!;
      list.push({ name: spec.name, params: prepared, indexes: prepared.map((p) => spec.requests.indexOf(p.req)) });
    }
    out.push({
      name: spec.name,
      field: spec.field,
      describe: spec.describe,
      reads,
      params: prepared,
      gql: (p) => p.req,
      label: (p) => JSON.stringify(p.req.variables),
      raw: (db, p) => replay(db, p.recording),
      size: spec.size,
      rawSize: (n) => n as number,
    });
  }
  // A request one case of a pair could not record (a timeout on a loaded machine) leaves the others too, so that
  // both sides measure the same requests and the same answers.
  for (const [name, list] of pairs) {
    const common = list.map((c) => new Set(c.indexes)).reduce((a, b) => new Set([...a].filter((i) => b.has(i))));
    for (const c of list) {
      const kept = c.params.filter((_p, k) => common.has(c.indexes[k]!));
      if (kept.length < c.params.length) notes.push(`${c.name}: ${c.params.length - kept.length} request(s) left out that another case of the pair ${name} could not record`);
      c.params.splice(0, c.params.length, ...kept);
    }
  }
  return out.filter((c) => c.params.length > 0);
}

/** Request bodies for the load test: `bridges` over every sampled pair, as the web app sends it. */
export function loadBodies(params: Params): string[] {
  return params.bridges.map((p) => JSON.stringify({ query: BRIDGES, variables: { from: p.from, to: p.to } }));
}
