// Query.regionFragility: in a region, pool or tech area, the people whose departure would disconnect the most
// firm–lab pairs tied today through people. A pair's connections are the people who hold posts at both (firm–
// person–lab, 2 hops) and the chains of two people in scope who know or collaborated with each other, one at the
// firm and one at the lab (3 hops). A person carries a pair alone when they are in every one of its connections:
// then their leaving disconnects it within the hop bound. Computed directly rather than with GDS articulation
// points, which answer a different question (whether a node splits the whole graph, not a given pair).
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { notFound, badInput } from '../explore/validate.js';
import { nodeType, reason, reasonTexts, toGqlNode, type GqlNode, type Reason } from '../graph/shape.js';
import { nodesById } from '../recommend/graph-reads.js';

/** Most people of a scope read, by id. */
export const MAX_SCOPE_PEOPLE = 20_000;
/** Pairs listed per broker. */
export const PAIRS_PER_BROKER = 20;
export const HOP_BOUND = 3;

export interface GqlFirmLabPair {
  firm: GqlNode;
  lab: GqlNode;
  connections: number;
}

export interface GqlFragileBroker {
  node: GqlNode;
  pairsCarried: number;
  pairsInvolved: number;
  pairs: GqlFirmLabPair[];
  reasons: string[];
  reasonDetails: Reason[];
}

export interface GqlRegionFragility {
  scope: GqlNode;
  people: number;
  pairs: number;
  fragilePairs: number;
  hopBound: number;
  truncated: boolean;
  brokers: GqlFragileBroker[];
}

interface PersonTies {
  personId: string;
  firmIds: string[];
  labIds: string[];
}

export interface PairCarriers {
  firmId: string;
  labId: string;
  /** Each connection is the set of people it goes through. */
  connections: string[][];
}

/** Every firm–lab pair with its connections through people (pure; exported for the unit tests). */
export function firmLabPairs(people: readonly PersonTies[], links: ReadonlyArray<{ a: string; b: string }>): Map<string, PairCarriers> {
  const pairs = new Map<string, PairCarriers>();
  const add = (firmId: string, labId: string, via: string[]) => {
    const key = `${firmId}\u0000${labId}`;
    const pair = pairs.get(key) ?? pairs.set(key, { firmId, labId, connections: [] }).get(key)!;
    pair.connections.push(via);
  };
  const byId = new Map(people.map((p) => [p.personId, p]));
  for (const p of people) for (const f of p.firmIds) for (const l of p.labIds) add(f, l, [p.personId]);
  for (const { a, b } of links) {
    const pa = byId.get(a);
    const pb = byId.get(b);
    if (!pa || !pb) continue;
    for (const [x, y] of [
      [pa, pb],
      [pb, pa],
    ] as const) {
      for (const f of x.firmIds) for (const l of y.labIds) add(f, l, [x.personId, y.personId]);
    }
  }
  return pairs;
}

/** The people in every connection of the pair: each of them alone can disconnect it. */
export function soleCarriers(pair: PairCarriers): string[] {
  let common = new Set(pair.connections[0] ?? []);
  for (const c of pair.connections.slice(1)) common = new Set(c.filter((id) => common.has(id)));
  return [...common].sort();
}

export async function regionFragility(db: Db, scopeId: string, limit: number, lang: Lang): Promise<GqlRegionFragility> {
  const [row] = await db.read<{ scope: PlainNode | null; total: number; people: PersonTies[] }>('regionFragilityPeople', {
    scopeId,
    maxPeople: MAX_SCOPE_PEOPLE,
  });
  if (!row?.scope) {
    const found = await nodesById(db, [scopeId]);
    const node = found.get(scopeId);
    if (!node) throw notFound('scopeId', scopeId);
    throw badInput('scopeId', `${JSON.stringify(scopeId.slice(0, 200))} is a ${nodeType(node.labels)}, not a Region, TalentPool or TechArea`);
  }
  const people = row.people;
  const links = people.length > 1 ? await db.read<{ a: string; b: string }>('regionFragilityLinks', { personIds: people.map((p) => p.personId) }) : [];
  const pairs = firmLabPairs(people, links);

  const carried = new Map<string, PairCarriers[]>();
  const involved = new Map<string, number>();
  let fragilePairs = 0;
  for (const pair of pairs.values()) {
    const sole = soleCarriers(pair);
    if (sole.length) fragilePairs++;
    for (const id of sole) (carried.get(id) ?? carried.set(id, []).get(id)!).push(pair);
    for (const id of new Set(pair.connections.flat())) involved.set(id, (involved.get(id) ?? 0) + 1);
  }
  const ranked = [...carried.entries()]
    .sort((a, b) => b[1].length - a[1].length || (involved.get(b[0]) ?? 0) - (involved.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))
    .slice(0, limit);
  const shownPairs = ranked.map(([id, ps]) => [id, [...ps].sort((x, y) => x.connections.length - y.connections.length || x.firmId.localeCompare(y.firmId) || x.labId.localeCompare(y.labId)).slice(0, PAIRS_PER_BROKER)] as const);
  const nodes = await nodesById(db, [...ranked.map(([id]) => id), ...shownPairs.flatMap(([, ps]) => ps.flatMap((p) => [p.firmId, p.labId]))]);

  const brokers = shownPairs.flatMap(([id, ps]): GqlFragileBroker[] => {
    const n = nodes.get(id);
    if (!n) return [];
    const node = toGqlNode(n);
    const pairsCarried = carried.get(id)!.length;
    const pairsInvolved = involved.get(id) ?? 0;
    const listed = ps.flatMap((p) => {
      const firm = nodes.get(p.firmId);
      const lab = nodes.get(p.labId);
      return firm && lab ? [{ firm: toGqlNode(firm), lab: toGqlNode(lab), connections: p.connections.length }] : [];
    });
    const first = listed[0];
    const details: Reason[] = [
      reason('CARRIES_ALONE', `${pairsCarried}对企业-实验室的联系全部经过此人`, `Every tie of ${pairsCarried} firm–lab pair(s) goes through this person`),
      reason('INVOLVED', `参与${pairsInvolved}对企业-实验室的联系`, `Takes part in the ties of ${pairsInvolved} firm–lab pair(s)`),
      ...(first
        ? [
            reason(
              'EXAMPLE',
              `例如${first.firm.nameZh ?? first.firm.name}与${first.lab.nameZh ?? first.lab.name}`,
              `For example ${first.firm.nameEn ?? first.firm.name} and ${first.lab.nameEn ?? first.lab.name}`,
            ),
          ]
        : []),
    ];
    return [{ node, pairsCarried, pairsInvolved, pairs: listed, reasons: reasonTexts(details, lang), reasonDetails: details }];
  });

  return {
    scope: toGqlNode(row.scope),
    people: Math.min(row.total, MAX_SCOPE_PEOPLE),
    pairs: pairs.size,
    fragilePairs,
    hopBound: HOP_BOUND,
    truncated: row.total > MAX_SCOPE_PEOPLE,
    brokers,
  };
}
