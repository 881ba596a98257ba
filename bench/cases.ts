// What is measured: for each answer, the request the web app sends (its own GraphQL documents, so the selection
// sets are the real ones) and the raw side, which runs the very named queries the resolver runs (db.text(name)),
// in the same order and with the same parameters, through the same db gateway, without the GraphQL layer, the
// HTTP hop or the resolver's shaping. Where the resolver decides its next query from the last answer (a frontier,
// the smaller end of a bridge), the raw side decides it the same way.
import { fillIntSlots, type Db, type PlainNode } from '../server/db.js';
import { NODE_LABELS } from '../server/model/model.js';
import { luceneQuery as lucene, searchWords } from '../server/explore/search-query.js';
import { CHAIN_SEARCH, toTie } from '../server/explore/bridges.js';
import { scoreBridge, type PersonFacts } from '../server/explore/bridge-score.js';
import { BRIDGES, NEIGHBOURHOOD, PATHS, SEARCH } from '../web/src/core/api/documents.js';
import type { BenchCase } from './lib/measure.js';
import type { Params } from './params.js';

/** The Lucene query our search sends first (all words required), for the peer to send the same. */
export function luceneQuery(text: string): string {
  return lucene(searchWords(text), 'all') ?? text;
}

const count = (key: string) => (data: unknown) => {
  const v = (data as Record<string, unknown>)[key];
  return Array.isArray(v) ? v.length : 0;
};
const rows = (r: unknown) => (Array.isArray(r) ? r.length : 0);

// ---- search (server/resolvers/Query/search.ts) ----------------------------------------------------------------
const SEARCH_LIMIT = 20;

async function rawSearch(db: Db, text: string, types: string[] | null, limit: number): Promise<unknown[]> {
  const words = searchWords(text);
  const scan = types ? Math.max(1000, limit) : limit;
  let found: unknown[] = [];
  for (const mode of ['all', 'any'] as const) {
    const query = lucene(words, mode);
    if (query === null) return [];
    found = await db.runText(db.text('search'), { query, types, scan, limit });
    if (found.length || words.length < 2) break;
  }
  return found;
}

// ---- neighbourhood (server/explore/neighbourhood.ts) ------------------------------------------------------------
interface LevelRow {
  old: boolean;
  kept: Array<{ node: PlainNode }>;
}

async function rawNeighbourhood(db: Db, id: string, depth: number, relTypes: string[] | null, limitPerType: number): Promise<number> {
  const [root] = (await db.runText(db.text('node'), { ids: [id] })) as Array<{ node: PlainNode }>;
  if (!root) throw new Error(`no node ${id}`);
  const seen = new Set([root.node.id]);
  let frontier = [root.node.id];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const levelRows = (await db.runText(db.text('neighbourhood'), {
      frontier,
      seen: [...seen],
      relTypes,
      nodeTypes: [...NODE_LABELS],
      limitPerType,
    })) as unknown as LevelRow[];
    const next: string[] = [];
    for (const row of levelRows) {
      for (const k of row.kept) {
        if (!seen.has(k.node.id)) {
          seen.add(k.node.id);
          next.push(k.node.id);
        }
      }
    }
    frontier = next;
  }
  return seen.size;
}

// ---- paths (server/explore/paths.ts) ------------------------------------------------------------------------
async function rawPaths(db: Db, from: string, to: string, k: number, maxHops: number): Promise<unknown[]> {
  const found = await db.runText(fillIntSlots(db.text('paths'), { k, maxHops }), {
    from,
    to,
    relTypes: null,
    asOf: null,
    exclude: [],
    directed: false,
  });
  if (!found.length) await db.runText(db.text('node'), { ids: [from, to] });
  return found;
}

// ---- bridges (server/explore/bridges.ts) ------------------------------------------------------------------------
type RawTie = Parameters<typeof toTie>[0];
interface Chain {
  first: string;
  second: string;
  anchorTies: RawTie[];
  links: RawTie[];
  otherTies: RawTie[];
}

const noFacts: PersonFacts = { node: { id: '', name: '' }, roles: [], expertise: [], pools: [], affiliations: [], brokered: [] };

/** The resolver reads facts only for the chains whose ties alone score best; the same choice, made the same way. */
function chainTieScore(c: Chain, anchorIsFrom: boolean, ref: string): number {
  const fromTies = (anchorIsFrom ? c.anchorTies : c.otherTies).map(toTie);
  const toTies = (anchorIsFrom ? c.otherTies : c.anchorTies).map(toTie);
  const links = c.links.map((l) => toTie(anchorIsFrom ? l : { ...l, out: !l.out }));
  const parts = scoreBridge({
    fromAreas: [],
    toAreas: [],
    people: [noFacts, noFacts],
    fromTies: fromTies.map((t) => t.fact),
    toTies: toTies.map((t) => t.fact),
    links: links.map((t) => t.fact),
    ref,
  }).parts;
  return parts.find((p) => p.code === 'ties')?.value ?? 0;
}

async function rawBridges(db: Db, from: string, to: string): Promise<number> {
  const ends = (await db.runText(db.text('bridgesEndpoints'), { from, to })) as Array<{ side: string; node: PlainNode | null; degree: number }>;
  const f = ends.find((e) => e.side === 'from');
  const t = ends.find((e) => e.side === 'to');
  if (!f?.node || !t?.node) throw new Error(`bridges: missing end ${from} or ${to}`);
  const anchorIsFrom = f.degree <= t.degree;
  const [anchor, other] = anchorIsFrom ? [from, to] : [to, from];
  const asOf = null;
  const ones = (await db.runText(db.text('bridgesOnePerson'), { anchor, other, asOf })) as Array<{ person: string }>;
  const chains = (await db.runText(db.text('bridgesTwoPerson'), {
    anchor,
    other,
    asOf,
    direct: ones.map((o) => o.person),
    maxPeople: CHAIN_SEARCH.maxPeople,
    maxChains: CHAIN_SEARCH.maxChains,
  })) as unknown as Chain[];
  const ref = new Date().toISOString().slice(0, 10);
  const top = chains
    .map((c) => ({ c, s: chainTieScore(c, anchorIsFrom, ref) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, CHAIN_SEARCH.scored)
    .map((x) => (anchorIsFrom ? [x.c.first, x.c.second] : [x.c.second, x.c.first]));
  const ids = [...new Set([...ones.map((o) => o.person), ...top.flat()])];
  if (ids.length) await db.runText(db.text('bridgesPeople'), { ids, asOf });
  return ones.length + chains.length;
}

// -----------------------------------------------------------------------------------------------------------------

export function buildCases(params: Params, only?: string[]): Array<BenchCase<any>> {
  const cases: Array<BenchCase<any>> = [
    {
      name: 'search',
      field: 'search',
      describe: `${params.search.length} texts: person names, two characters of firm names, pinyin, English words; all types, ${SEARCH_LIMIT} hits`,
      params: params.search.map((s) => s.text),
      gql: (text: string) => ({ query: SEARCH, variables: { text, types: null, limit: SEARCH_LIMIT } }),
      raw: (db, text: string) => rawSearch(db, text, null, SEARCH_LIMIT),
      size: count('search'),
      rawSize: rows,
    } satisfies BenchCase<string>,
    {
      name: 'neighbourhood',
      field: 'neighbourhood',
      describe: `${params.neighbourhood.length} roots (persons, firms, labs), depth 1, 50 per type`,
      params: params.neighbourhood,
      gql: (id: string) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 1 } }),
      raw: (db, id: string) => rawNeighbourhood(db, id, 1, null, 50),
      size: (d) => (d as { neighbourhood: { nodeCount: number } }).neighbourhood.nodeCount,
      rawSize: (n) => n as number,
    } satisfies BenchCase<string>,
    {
      name: 'neighbourhood_d2',
      field: 'neighbourhood',
      describe: `the same roots, depth 2, 50 per type`,
      params: params.neighbourhood,
      gql: (id: string) => ({ query: NEIGHBOURHOOD, variables: { id, depth: 2 } }),
      raw: (db, id: string) => rawNeighbourhood(db, id, 2, null, 50),
      size: (d) => (d as { neighbourhood: { nodeCount: number } }).neighbourhood.nodeCount,
      rawSize: (n) => n as number,
    } satisfies BenchCase<string>,
    ...[3, 10].map(
      (k) =>
        ({
          name: `paths_k${k}`,
          field: 'paths',
          describe: `${params.paths.length} person pairs joined within 6 hops, k=${k}, maxHops 6, undirected`,
          params: params.paths,
          gql: (p: { from: string; to: string }) => ({ query: PATHS, variables: { from: p.from, to: p.to, k, maxHops: 6 } }),
          raw: (db, p: { from: string; to: string }) => rawPaths(db, p.from, p.to, k, 6),
          size: count('paths'),
          rawSize: rows,
        }) satisfies BenchCase<{ from: string; to: string }>,
    ),
    {
      name: 'bridges',
      field: 'bridges',
      describe: `${params.bridges.length} enterprise-lab pairs with a one-person bridge; up to 2 intermediaries, 10 results`,
      params: params.bridges,
      gql: (p: { from: string; to: string }) => ({ query: BRIDGES, variables: { from: p.from, to: p.to } }),
      raw: (db, p: { from: string; to: string }) => rawBridges(db, p.from, p.to),
      size: count('bridges'),
      rawSize: (n) => n as number,
    } satisfies BenchCase<{ from: string; to: string }>,
  ];
  return cases.filter((c) => c.params.length > 0 && (!only || only.includes(c.name) || only.includes(c.field)));
}

/** Request bodies for the load test: `bridges` over every sampled pair, as the web app sends it. */
export function loadBodies(params: Params): string[] {
  return params.bridges.map((p) => JSON.stringify({ query: BRIDGES, variables: { from: p.from, to: p.to } }));
}

