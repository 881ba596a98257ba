// The peer: @neo4j/graphql v7 serving the same model (type-defs.ts) from the same Neo4j through graphql-yoga on its
// own port, and the comparisons of our answers with its answers for what it can express: full-text search of
// persons (through the very index our search uses, with the very Lucene query our server builds) and a node's
// neighbourhood one and two levels deep. Each comparison first checks that both sides return the same nodes,
// then times them interleaved, rep by rep.
//
// The library takes a neo4j-driver Driver, so this module opens one of its own: it is the peer's connection, not
// ours (our code reaches Neo4j only through server/db.ts).
import http from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { freePort } from '../../server/neo4j-process.js';
import { type NodeLabel, type RelType } from '../../server/model/model.js';
import { NEIGHBOURHOOD, SEARCH } from '../../web/src/core/api/documents.js';
import { GqlClient } from '../lib/http-client.js';
import { summarize } from '../lib/stats.js';
import type { PeerComparison } from '../lib/report.js';
import type { Params } from '../params.js';
import { luceneQuery } from '../cases.js';
import { peerTypeDefs, relPropNames, relationshipFields, type PeerRelField } from './type-defs.js';

export interface PeerServer {
  url: string;
  client: GqlClient;
  schemaSeconds: number;
  close(): Promise<void>;
}

export async function startPeer(uri: string, log: (s: string) => void): Promise<PeerServer> {
  const driver: Driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100, userAgent: 'talent-bridge-bench-peer' });
  const t = Date.now();
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const schemaSeconds = (Date.now() - t) / 1000;
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: 'error', maskedErrors: false });
  const server = http.createServer(yoga);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${port}`;
  log(`@neo4j/graphql peer listening on ${url} (schema built in ${schemaSeconds.toFixed(1)} s)`);
  const client = new GqlClient(`${url}/graphql`);
  return {
    url,
    client,
    schemaSeconds,
    async close() {
      client.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await driver.close();
    },
  };
}

/** The node fields our documents ask for on the canvas (fragment N in web/src/core/api/documents.ts): no properties. */
const NODE_FIELDS = 'id name nameZh nameEn illustrative';

/** Connection selections for the relationship fields of `label` (only `types` when given), `depth` levels deep. */
function relSelections(label: NodeLabel, depth: number, types: readonly RelType[] | null): string {
  const fields: PeerRelField[] = relationshipFields()[label].filter((f) => !types || types.includes(f.type));
  return fields
    .map(
      (f) =>
        `${f.field}Connection { edges { properties { ${relPropNames(f.type).join(' ')} } node { ${NODE_FIELDS}${
          depth > 1 ? ` ${relSelections(f.other, depth - 1, types)}` : ''
        } } } }`,
    )
    .join(' ');
}

export function peerNeighbourhoodQuery(label: NodeLabel, depth: number, types: readonly RelType[] | null): string {
  const plural: Record<NodeLabel, string> = {
    Person: 'people',
    Enterprise: 'enterprises',
    Lab: 'labs',
    Organisation: 'organisations',
    Competition: 'competitions',
    TalentPool: 'talentPools',
    Region: 'regions',
    TechArea: 'techAreas',
    Project: 'projects',
    Demand: 'demands',
  };
  return `query PeerNeighbourhood($id: ID!) { ${plural[label]}(where: { id: { eq: $id } }) { ${NODE_FIELDS} ${relSelections(label, depth, types)} } }`;
}

/** The same fields our search document (web/src/core/api/documents.ts SEARCH) asks of each hit. */
export const PEER_PERSON_SEARCH = `query PeerSearch($phrase: String!, $first: Int) {
  personSearch(phrase: $phrase, first: $first) { edges { score node { ${NODE_FIELDS} } } }
}`;

/** Ids of every node object found anywhere in a peer answer (objects with an `id` field), the root included. */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string') out.add(o.id);
    for (const v of Object.values(o)) if (v && typeof v === 'object') idsIn(v, out);
  }
  return out;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

interface Pair<P> {
  name: string;
  describe: string;
  params: P[];
  ours(p: P): { query: string; variables: Record<string, unknown> };
  peer(p: P): { query: string; variables: Record<string, unknown> };
  /** Node ids in each answer, to check they are the same answer; null leaves the parameter out (e.g. capped). */
  oursIds(data: unknown): Set<string> | null;
  peerIds(data: unknown): Set<string>;
}

async function compare<P>(
  pair: Pair<P>,
  ours: GqlClient,
  peer: GqlClient,
  opts: { reps: number; warmup: number; log: (s: string) => void },
): Promise<PeerComparison | null> {
  // Keep only the parameters for which both answers hold the same nodes; say how many were left out and why.
  const kept: P[] = [];
  let capped = 0;
  let differ = 0;
  let firstDiff = '';
  for (const p of pair.params) {
    const a = await ours.post(pair.ours(p).query, pair.ours(p).variables);
    const b = await peer.post(pair.peer(p).query, pair.peer(p).variables);
    const ia = pair.oursIds(a.data);
    if (!ia) {
      capped++;
      continue;
    }
    const ib = pair.peerIds(b.data);
    if (sameSet(ia, ib)) kept.push(p);
    else {
      differ++;
      firstDiff ||= `ours ${ia.size} nodes, peer ${ib.size}`;
    }
  }
  if (!kept.length) {
    opts.log(`peer ${pair.name}: no parameter gave the same answer on both sides (${capped} capped, ${differ} different: ${firstDiff}); not timed`);
    return null;
  }
  // Per side: the timed reps, the errors among them and the first error seen (warm-up included).
  const tally = () => ({ ms: [] as number[], errors: 0, first: undefined as string | undefined });
  const seen = { ours: tally(), peer: tally() };
  const run = async (side: 'ours' | 'peer', p: P, record: boolean) => {
    const req = side === 'ours' ? pair.ours(p) : pair.peer(p);
    const mine = seen[side];
    try {
      const r = await (side === 'ours' ? ours : peer).post(req.query, req.variables);
      if (record) mine.ms.push(r.ms);
    } catch (e) {
      if (record) mine.errors++;
      mine.first ??= (e as Error).message;
    }
  };
  for (let i = 0; i < opts.warmup; i++) {
    const p = kept[i % kept.length]!;
    await run('ours', p, false);
    await run('peer', p, false);
  }
  for (let i = 0; i < opts.reps; i++) {
    const p = kept[i % kept.length]!;
    const order: Array<'ours' | 'peer'> = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const side of order) await run(side, p, true);
  }
  const o = summarize(seen.ours.ms);
  const q = summarize(seen.peer.ms);
  opts.log(`peer ${pair.name}: ours p50 ${o.p50.toFixed(2)} p95 ${o.p95.toFixed(2)} ms, @neo4j/graphql p50 ${q.p50.toFixed(2)} p95 ${q.p95.toFixed(2)} ms`);
  return {
    name: pair.name,
    describe: pair.describe,
    sameAnswer: `same node set for ${kept.length} of ${pair.params.length} parameters` + (capped ? `; ${capped} left out (our answer capped)` : '') + (differ ? `; ${differ} differed (${firstDiff})` : ''),
    ours: { summary: o, errors: seen.ours.errors, firstError: seen.ours.first },
    peer: { summary: q, errors: seen.peer.errors, firstError: seen.peer.first },
    ratioP50: o.p50 / q.p50,
    ratioP95: o.p95 / q.p95,
  };
}

/** The node ids of our neighbourhood answer, or null when it was capped (then the two sides cannot match). */
function neighbourhoodIds(d: unknown): Set<string> | null {
  const n = (d as NeighbourhoodData).neighbourhood;
  return n.truncated.length ? null : new Set(n.nodes.map((x) => x.id));
}

interface SearchData {
  search: Array<{ node: { id: string } }>;
}
interface PeerSearchData {
  personSearch: { edges: Array<{ node: { id: string } }> };
}
interface NeighbourhoodData {
  neighbourhood: { nodes: Array<{ id: string }>; truncated: unknown[] };
}

export async function runPeerComparisons(opts: {
  peer: PeerServer;
  client: GqlClient;
  params: Params;
  reps: number;
  warmup: number;
  log: (s: string) => void;
}): Promise<PeerComparison[]> {
  const { params } = opts;
  const out: PeerComparison[] = [];
  const limit = 20;
  const personNames = params.personNames;
  const depth2Types: RelType[] = ['KNOWS', 'WORKS_AT'];
  const pairs: Array<Pair<unknown>> = [
    {
      name: 'search persons',
      describe: `full-text, persons only, ${limit} hits (${personNames.length} person names)`,
      params: personNames,
      ours: (text: string) => ({ query: SEARCH, variables: { text, types: ['Person'], limit } }),
      peer: (text: string) => ({ query: PEER_PERSON_SEARCH, variables: { phrase: luceneQuery(text), first: limit } }),
      oursIds: (d) => new Set((d as SearchData).search.map((h) => h.node.id)),
      peerIds: (d) => new Set((d as PeerSearchData).personSearch.edges.map((e) => e.node.id)),
    } satisfies Pair<string>,
    {
      name: 'neighbourhood depth 1',
      describe: 'a person, every tie (node names, ties with all their properties, as the app asks)',
      params: params.persons,
      ours: (id: string) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 1 } }),
      peer: (id: string) => ({ query: peerNeighbourhoodQuery('Person', 1, null), variables: { id } }),
      oursIds: neighbourhoodIds,
      peerIds: (d) => idsIn(d),
    } satisfies Pair<string>,
    {
      name: 'neighbourhood depth 2',
      describe: `a person, ${depth2Types.join(' + ')} ties, two levels`,
      params: params.persons,
      ours: (id: string) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 2, relTypes: depth2Types, limitPerType: 500 } }),
      peer: (id: string) => ({ query: peerNeighbourhoodQuery('Person', 2, depth2Types), variables: { id } }),
      oursIds: neighbourhoodIds,
      peerIds: (d) => idsIn(d),
    } satisfies Pair<string>,
  ];
  for (const pair of pairs) {
    try {
      const r = await compare(pair, opts.client, opts.peer.client, opts);
      if (r) out.push(r);
    } catch (e) {
      opts.log(`peer ${pair.name}: failed: ${(e as Error).message}`);
    }
  }
  return out;
}
