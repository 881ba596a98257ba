// The parameters every measured request uses, drawn from the imported graph with the run's seed: the same seed on
// the same graph gives the same requests. Sampling queries live in bench/cypher/ (they are the benchmark's own,
// not the product's, so they run through db.runText).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../server/db.js';
import { Rng } from './lib/rng.js';

const CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');
const text = (name: string) => fs.readFileSync(path.join(CYPHER, `${name}.cypher`), 'utf8');

/** Labels the sampler may put into `$($label)`: a fixed allow-list, never input. */
const SAMPLED_LABELS = ['Person', 'Enterprise', 'Lab', 'Demand', 'TalentPool'] as const;
type SampledLabel = (typeof SAMPLED_LABELS)[number];

export interface SearchParam {
  text: string;
  /** What kind of text it is (full person name, fragment of a firm name, pinyin, English word). */
  kind: string;
  /** The id of the node the text was taken from. */
  from: string;
}

export interface Params {
  search: SearchParam[];
  /** Roots for neighbourhood: persons, enterprises and labs. */
  neighbourhood: string[];
  /** Persons of ordinary degree, for the comparisons with @neo4j/graphql whose answers must not be cut by caps. */
  persons: string[];
  /** Full names of sampled persons, for the search comparison with @neo4j/graphql. */
  personNames: string[];
  /** Person pairs joined by a path of at most six hops. */
  paths: Array<{ from: string; to: string }>;
  /** Enterprise and lab pairs with at least one one-person bridge. */
  bridges: Array<{ from: string; to: string }>;
  enterprises: string[];
  demands: string[];
  diaspora: string[];
  /** Counties for regionGaps (the diaspora's counties: they hold firms, labs and natives). */
  regions: string[];
  /** Talent pools (city pools and county sub-pools) for the order desk's poolMembers. */
  pools: string[];
  /** Technology managers with introductions in the ledger, for `introductions`. */
  brokers: string[];
  notes: string[];
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export async function graphCounts(db: Db): Promise<GraphCounts> {
  const [row] = await db.read<{ nodeCount: number; relationshipCount: number; labels: Array<{ label: string; count: number }> }>('stats');
  const types = await db.runText(text('benchRelTypeCounts'));
  return {
    nodes: row?.nodeCount ?? 0,
    relationships: row?.relationshipCount ?? 0,
    byLabel: Object.fromEntries((row?.labels ?? []).sort((a, b) => b.count - a.count).map((l) => [l.label, l.count])),
    byType: Object.fromEntries(
      types.map((t) => [String(t.type), Number(t.count)] as const).sort((a, b) => b[1] - a[1]),
    ),
  };
}

async function ids(db: Db, label: SampledLabel): Promise<string[]> {
  if (!SAMPLED_LABELS.includes(label)) throw new Error(`not a sampled label: ${label}`);
  const rows = await db.runText(text('benchIds'), { label });
  // The store's order is not stable across imports; sorting makes the sample depend on the graph's content only.
  return rows.map((r) => String(r.id)).sort();
}

interface PersonProfile {
  id: string;
  name: string | null;
  nameZh: string | null;
  nameEn: string | null;
  pinyin: string | null;
  personal: number;
  degree: number;
  enterprises: string[];
  labs: string[];
}

interface NodeProfile {
  id: string;
  name: string | null;
  nameZh: string | null;
  nameEn: string | null;
  pinyin: string | null;
  degree: number;
  areas: number;
}

const HAN = /^[\u3400-\u9fff]+$/u;

/** A two-character run of Chinese characters from a name (what a user types to find a firm: 五星, 流程). */
function hanFragment(name: string, rng: Rng): string | null {
  const chars = [...name];
  const starts: number[] = [];
  for (let i = 0; i + 1 < chars.length; i++) if (HAN.test(chars[i]! + chars[i + 1]!)) starts.push(i);
  if (!starts.length) return null;
  // Skip the city prefix and the legal-form suffix where the name is long enough to have them.
  const inner = starts.filter((i) => i >= 2 && i + 2 <= chars.length - 4);
  const i = rng.pick(inner.length ? inner : starts);
  return chars[i]! + chars[i + 1]!;
}

function firstWord(s: string | null, min = 3): string | null {
  const w = (s ?? '').split(/[^\p{L}\p{N}]+/u).find((x) => x.length >= min);
  return w ?? null;
}

/** Spreads n picks over the list by a seeded shuffle. */
function spread<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  return rng.sample(xs, n);
}

/** Runs a GraphQL request through the real resolvers in process (lib/recorder.ts) and returns its data. */
export type Execute = (req: { query: string; variables: Record<string, unknown> }) => Promise<unknown>;

const PATH_EXISTS = 'query PathExists($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 1, maxHops: 6) { length } }';

export async function sampleParams(
  db: Db,
  opts: { seed: number; sets: number; log: (s: string) => void; execute: Execute },
): Promise<Params> {
  const rng = new Rng(opts.seed);
  const n = opts.sets;
  const notes: string[] = [];
  const [personIds, enterpriseIds, labIds, demandIds] = [
    await ids(db, 'Person'),
    await ids(db, 'Enterprise'),
    await ids(db, 'Lab'),
    await ids(db, 'Demand'),
  ];
  opts.log(`sampling from ${personIds.length} persons, ${enterpriseIds.length} enterprises, ${labIds.length} labs, ${demandIds.length} demands`);

  // Persons: a large seeded sample, profiled in one query.
  const personSample = spread(rng, personIds, Math.min(personIds.length, n * 40));
  const people = (await db.runText(text('benchPersonProfile'), { ids: personSample })) as unknown as PersonProfile[];
  const byId = new Map(people.map((p) => [p.id, p]));
  const ordered = personSample.map((id) => byId.get(id)).filter((p): p is PersonProfile => !!p);
  const connected = ordered.filter((p) => p.personal > 0);
  // "Ordinary" persons: not hubs, so that neighbourhood answers are not cut by the per-type caps.
  const ordinary = connected.filter((p) => p.degree <= 40);

  const enterpriseSample = (await db.runText(text('benchNodeProfile'), { ids: spread(rng, enterpriseIds, Math.min(enterpriseIds.length, n * 4)) })) as unknown as NodeProfile[];
  const labSample = (await db.runText(text('benchNodeProfile'), { ids: spread(rng, labIds, Math.min(labIds.length, n * 2)) })) as unknown as NodeProfile[];

  // search: person full names, two-character fragments of firm names, pinyin, English words of lab names.
  const search: SearchParam[] = [];
  for (let i = 0; search.length < n && i < n * 4; i++) {
    const kind = i % 4;
    if (kind === 0) {
      const p = ordered[i % ordered.length];
      const name = p?.nameZh ?? p?.name;
      if (p && name) search.push({ text: name, kind: 'person name', from: p.id });
    } else if (kind === 1) {
      const e = enterpriseSample[i % Math.max(1, enterpriseSample.length)];
      const frag = e ? hanFragment(e.nameZh ?? e.name ?? '', rng) : null;
      if (e && frag) search.push({ text: frag, kind: 'two characters of a firm name', from: e.id });
    } else if (kind === 2) {
      const e = enterpriseSample[(i * 7) % Math.max(1, enterpriseSample.length)];
      const w = e ? firstWord(e.pinyin, 4) : null;
      if (e && w) search.push({ text: w, kind: 'pinyin', from: e.id });
    } else {
      const l = labSample[i % Math.max(1, labSample.length)];
      const w = l ? firstWord(l.nameEn, 4) : null;
      if (l && w) search.push({ text: w, kind: 'English word of a lab name', from: l.id });
    }
  }

  // neighbourhood roots: mostly persons, some firms and labs.
  const neighbourhood: string[] = [];
  for (let i = 0; neighbourhood.length < n && i < n * 3; i++) {
    const r = i % 10;
    const pick = r < 6 ? connected[i]?.id : r < 9 ? enterpriseSample[i]?.id : labSample[i]?.id;
    if (pick && !neighbourhood.includes(pick)) neighbourhood.push(pick);
  }

  // bridges: an enterprise and a lab tied to one sampled person.
  const bridges: Array<{ from: string; to: string }> = [];
  const seenPairs = new Set<string>();
  for (const p of ordered) {
    if (bridges.length >= n) break;
    if (!p.enterprises.length || !p.labs.length) continue;
    const pair = { from: rng.pick(p.enterprises), to: rng.pick(p.labs) };
    const key = `${pair.from}|${pair.to}`;
    if (seenPairs.has(key)) continue;
    seenPairs.add(key);
    bridges.push(pair);
  }
  if (bridges.length < n) notes.push(`bridges: only ${bridges.length} enterprise-lab pairs with a one-person bridge found in the sample of ${ordered.length} persons`);

  // paths: random pairs of connected persons, kept when a path of at most six hops joins them.
  const paths: Array<{ from: string; to: string }> = [];
  let tried = 0;
  let noPath = 0;
  let tooSlow = 0;
  const pool = connected.map((p) => p.id);
  for (let i = 0; paths.length < n && i < n * 3 && pool.length > 1; i++) {
    const from = rng.pick(pool);
    const to = rng.pick(pool);
    if (from === to) continue;
    tried++;
    try {
      // Asked the way a user asks it, so the pair is kept exactly when the product finds a path.
      const data = (await opts.execute({ query: PATH_EXISTS, variables: { from, to } })) as { paths: unknown[] };
      if (data.paths.length) paths.push({ from, to });
      else noPath++;
    } catch (e) {
      if (/TIMEOUT/.test((e as Error).message)) tooSlow++;
      else throw e;
    }
  }
  notes.push(
    `paths: ${tried} random pairs of persons who know someone were tried; ${paths.length} are joined within 6 hops and measured` +
      (noPath ? `, ${noPath} had no such path` : '') +
      (tooSlow ? `, ${tooSlow} timed out (over the server's query timeout) and were dropped` : ''),
  );

  const enterprises = enterpriseSample.filter((e) => e.areas > 0).map((e) => e.id).slice(0, n);
  const demands = spread(rng, demandIds, n);
  if (!demands.length) notes.push('recommendTalents: the graph has no Demand nodes, so it is not measured');

  const origins = (await db.runText(text('benchDiasporaOrigins'))) as unknown as Array<{ id: string; level: string; people: number }>;
  const counties = origins.filter((o) => o.level === 'county' && o.people > 0).map((o) => o.id);
  const diaspora = spread(rng, counties.length ? counties : origins.map((o) => o.id), n);

  return {
    search,
    neighbourhood,
    persons: ordinary.map((p) => p.id).slice(0, n),
    personNames: [...new Set(ordered.map((p) => p.nameZh ?? p.name).filter((x): x is string => !!x))].slice(0, n),
    paths,
    bridges,
    enterprises,
    demands,
    diaspora,
    regions: spread(rng, counties.length ? counties : origins.map((o) => o.id), n),
    pools: spread(rng, await ids(db, 'TalentPool'), n),
    // Drawn last, so that adding it changed none of the draws above.
    brokers: spread(rng, ((await db.runText(text('benchBrokers'))) as Array<{ id: string }>).map((r) => r.id), n),
    notes,
  };
}
