// Query.bridges end to end: checks the two ends, gathers every one-person bridge (and, when asked, two-person
// chains) with bridgesOnePerson and bridgesChainLinks + bridgesChainEnds, which start from the end with fewer ties,
// reads each candidate's facts with bridgesPeople and the track records (ledgerTrackRecords) of those the ledger
// names, and the organisations tied to both ends (bridge-orgs.ts); then scores (bridge-score.ts) every candidate, ranks people and
// organisations together, and explains (bridge-reasons.ts) and draws only the bridges that make the answer.
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { cypherDate, type Db, type PlainNode } from '../db.js';
import { reasonTexts, toGqlNode } from '../graph/shape.js';
import type { Lang } from '../context.js';
import type { NodeLabel } from '../model/model.js';
import { bridgeReasons } from './bridge-reasons.js';
import { adjustedScore, applyEffect, bridgeTrackRecordEffect, type TrackRecordEffect } from '../ledger/rank-track-record.js';
import { readTrackRecords, TRACK_RECORD_WEIGHTS, type IntroductionFact } from '../ledger/track-record.js';
import { scoreBridge, strongestTie, type AreaRef, type NamedRef, type PersonFacts } from './bridge-score.js';
import { organisationBridge, readOrganisations, ORG_SEARCH, type OrgContext } from './bridge-orgs.js';
import { bridgePath, named, toTie, type EndRow, type GqlBridge, type RawTie, type Tie } from './bridge-shape.js';
import { badInput, notFound } from './validate.js';

export { ORG_SEARCH };
export type { GqlBridge, GqlBridgeTie } from './bridge-shape.js';

/** Node types a bridge question may start or end at. */
export const BRIDGE_END_TYPES: readonly NodeLabel[] = ['Enterprise', 'Lab', 'Organisation', 'TalentPool', 'Person'];

/** Bounds on the two-person search around hubs (one-person bridges are never cut). */
export const CHAIN_SEARCH = { maxPeople: 200, maxLinks: 600, scored: 500 } as const;

/** Who may bridge: people (one person or a chain of two) and organisations. */
export type BridgeIntermediary = 'PERSON' | 'ORGANISATION';

export interface BridgeArgs {
  from: string;
  to: string;
  maxIntermediaries: number;
  asOf: string | null;
  limit: number;
  kinds: readonly BridgeIntermediary[];
  /** Add the trackRecord part (introductions ledger); absent means yes. */
  useTrackRecord?: boolean;
}

interface PeopleRow {
  person: PlainNode;
  /** Some introduction of the ledger names the person; only they can have a track record. */
  introduced: boolean;
  expertise: AreaRef[];
  pools: NamedRef[];
  affiliations: NamedRef[];
  brokered: NamedRef[];
}

type One = { anchorIsFrom: boolean; person: string; anchorTies: RawTie[]; otherTies: RawTie[] };
type LinkRow = { anchorIsFrom: boolean; other: string; first: string; anchorTies: RawTie[]; seconds: Array<{ second: string; links: RawTie[] }> };
type Link = Omit<LinkRow, 'seconds'> & { second: string; links: RawTie[] };
type CypherDate = ReturnType<typeof cypherDate>;

/** A candidate bridge scored but not yet explained: the answer explains and draws only those that make the cut. */
interface Ranked {
  kind: GqlBridge['kind'];
  /** The score with the trackRecord part, which orders the answer. */
  score: number;
  sortName: string;
  firstId: string;
  effect: TrackRecordEffect | undefined;
  /** A person bridge's people when the ledger names one of them: the part is added once their records are in. */
  people?: PeopleRow[];
  /** The bridge with its own score, reasons and path; the trackRecord part is applied after. */
  build: () => GqlBridge;
}

/**
 * The two halves of two-person chains: the anchor's people and who they know (bridgesChainLinks), and which of
 * those are tied to the other end (bridgesChainEnds). Read as soon as the links are in, beside the one-person
 * search; chains through a one-person bridge are dropped afterwards, so the far ends of a few extra people are read.
 */
async function readChains(db: Db, args: BridgeArgs, asOf: CypherDate | null): Promise<{ links: Link[]; farTies: Map<string, RawTie[]> }> {
  const rows = await db.read<LinkRow>('bridgesChainLinks', { from: args.from, to: args.to, asOf, maxPeople: CHAIN_SEARCH.maxPeople, maxLinks: CHAIN_SEARCH.maxLinks });
  const links: Link[] = rows.flatMap(({ seconds, ...row }) => seconds.map((s) => ({ ...row, second: s.second, links: s.links })));
  const seconds = [...new Set(links.map((l) => l.second))];
  if (!seconds.length) return { links, farTies: new Map() };
  const ends = await db.read<{ person: string; ties: RawTie[] }>('bridgesChainEnds', { ids: seconds, end: links[0]!.other, asOf });
  return { links, farTies: new Map(ends.map((r) => [r.person, r.ties])) };
}

const today = () => new Date().toISOString().slice(0, 10);

export async function findBridges(db: Db, args: BridgeArgs, lang: Lang): Promise<GqlBridge[]> {
  if (args.from === args.to) throw badInput('to', 'must differ from `from`');
  const asOf = args.asOf ? cypherDate(args.asOf) : null;
  const ref = args.asOf ?? today();
  // The first reads are independent (each people query picks the end with fewer ties as its anchor by itself; the
  // organisation search bounds each end on its own), so they run side by side. Only the kinds asked for are searched.
  const people = args.kinds.includes('PERSON');
  const [ends, ones, orgs, chainHalves] = await Promise.all([
    db.read<EndRow>('bridgesEndpoints', { from: args.from, to: args.to }),
    people ? db.read<One>('bridgesOnePerson', { from: args.from, to: args.to, asOf }) : Promise.resolve([] as One[]),
    args.kinds.includes('ORGANISATION') ? readOrganisations(db, args, asOf, args.useTrackRecord === false ? null : ref) : Promise.resolve(null),
    people && args.maxIntermediaries >= 2 ? readChains(db, args, asOf) : Promise.resolve({ links: [] as Link[], farTies: new Map<string, RawTie[]>() }),
  ]);
  const end = (side: 'from' | 'to') => {
    const row = ends.find((r) => r.side === side);
    if (!row?.node) throw notFound(side, args[side]);
    const type = toGqlNode(row.node).type;
    if (!BRIDGE_END_TYPES.includes(type)) {
      throw badInput(side, `must be an enterprise, lab, organisation, talent pool or person; ${args[side]} is a ${type}`);
    }
    return row;
  };
  const from = end('from');
  const to = end('to');
  const fromNode = from.node!;
  const toNode = to.node!;
  const { oneCands, chainCands } = orient(ones, chainHalves, ref);

  // The candidates' facts say who has a track record at all; only theirs are read (the organisations' were read
  // with the organisations).
  const ids = [...new Set([...oneCands.map((c) => c.person), ...chainCands.flatMap((c) => c.people)])];
  const peopleRows = ids.length ? await db.read<PeopleRow>('bridgesPeople', { ids, asOf }) : [];
  const introduced = args.useTrackRecord === false ? [] : peopleRows.filter((r) => r.introduced).map((r) => r.person.id);
  // Their track records are read while every candidate is scored without them (the scoring is the longer of the
  // two), so the part adds no round trip after bridgesPeople; the few it concerns are adjusted once it is in.
  const peopleRecords = introduced.length ? readTrackRecords(db, introduced, ref) : null;
  // A failed read is raised by the await below; until then (or if scoring throws first) it must not count as an
  // unhandled rejection, which would end the process.
  peopleRecords?.catch(() => undefined);
  // The driver writes the query on a later turn of the event loop, which the synchronous scoring would hold up.
  if (peopleRecords) await yieldToIo();
  const records = new Map(orgs?.records ?? []);
  const candidates = new Map(peopleRows.map((r) => [r.person.id, r]));
  const ctx: PersonContext = { from, to, fromRef: named(fromNode), toRef: named(toNode), ref, asOf: args.asOf !== null, lang, records };

  const ranked: Ranked[] = [];
  for (const c of oneCands) {
    const row = candidates.get(c.person);
    if (row && c.fromTies.length && c.toTies.length) ranked.push(personBridge([row], { from: c.fromTies, to: c.toTies, links: null }, ctx));
  }
  for (const c of chainCands) {
    const rows = c.people.map((id) => candidates.get(id));
    if (rows.every((r): r is PeopleRow => r !== undefined) && c.fromTies.length && c.toTies.length && c.links.length) {
      ranked.push(personBridge(rows, { from: c.fromTies, to: c.toTies, links: c.links }, ctx));
    }
  }
  if (peopleRecords) {
    for (const [id, facts] of await peopleRecords) records.set(id, facts);
    for (const r of ranked) if (r.people) Object.assign(r, withPeopleRecord(r.people, r.score, ctx));
  }
  if (orgs) {
    for (const o of orgs.rows) {
      const bridge = organisationBridge(o, orgs.facts.get(o.org.id), ctx);
      if (!bridge) continue;
      const { sortName, ...answer } = bridge;
      // The introductions ledger: a bridge whose people (or organisation) have a record moves up or down; without
      // one, nothing changes (server/ledger/rank-track-record.ts).
      const effect = bridgeTrackRecordEffect(answer.intermediaries, records, ref, TRACK_RECORD_WEIGHTS.bridges);
      ranked.push({ kind: 'ORGANISATION', score: adjustedScore(answer.score, effect), sortName, firstId: o.org.id, effect, build: () => answer });
    }
  }
  ranked.sort(
    (a, b) => b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.sortName.localeCompare(b.sortName) || a.firstId.localeCompare(b.firstId),
  );
  return ranked.slice(0, args.limit).map((r) => {
    const bridge = r.build();
    applyEffect(bridge, r.effect, lang);
    return bridge;
  });
}

/**
 * The candidates oriented from `from` to `to`: every one-person bridge, and the chains (not through a one-person
 * bridge, with both halves found) with the strongest ties, at most CHAIN_SEARCH.scored of them.
 */
function orient(ones: One[], chainHalves: { links: Link[]; farTies: Map<string, RawTie[]> }, ref: string) {
  // People who bridge alone need no second person.
  const direct = new Set(ones.map((o) => o.person));
  const chains = chainHalves.links
    .filter((c) => !direct.has(c.first) && !direct.has(c.second))
    .flatMap((l) => {
      const otherTies = chainHalves.farTies.get(l.second);
      return otherTies?.length ? [{ ...l, otherTies }] : [];
    });
  const oneCands = ones.map((o) => ({
    person: o.person,
    fromTies: (o.anchorIsFrom ? o.anchorTies : o.otherTies).map(toTie),
    toTies: (o.anchorIsFrom ? o.otherTies : o.anchorTies).map(toTie),
  }));
  const chainCands = chains
    .map((c) => ({
      people: c.anchorIsFrom ? [c.first, c.second] : [c.second, c.first],
      fromTies: (c.anchorIsFrom ? c.anchorTies : c.otherTies).map(toTie),
      toTies: (c.anchorIsFrom ? c.otherTies : c.anchorTies).map(toTie),
      // A link's `out` is relative to the anchor-side person; flip it when the chain is read the other way.
      links: c.links.map((l) => toTie(c.anchorIsFrom ? l : { ...l, out: !l.out })),
    }))
    .map((c) => ({ ...c, tieOnly: chainTieBound(c, ref) }))
    .sort((a, b) => b.tieOnly - a.tieOnly)
    .slice(0, CHAIN_SEARCH.scored);
  return { oneCands, chainCands };
}

/** Equal scores go to one person first, then a chain, then an organisation (fewest hand-overs first). */
const KIND_ORDER: Record<GqlBridge['kind'], number> = { ONE_PERSON: 0, TWO_PERSON: 1, ORGANISATION: 2 };

interface PersonContext extends OrgContext {
  records: ReadonlyMap<string, IntroductionFact[]>;
}

const facts = (row: PeopleRow): PersonFacts => ({
  node: named(row.person),
  roles: row.person.labels,
  expertise: row.expertise,
  pools: row.pools,
  affiliations: row.affiliations,
  brokered: row.brokered,
});

/** One person, or a chain of two, scored now; its reasons and path are built only if it makes the answer. */
function personBridge(rows: PeopleRow[], ties: { from: Tie[]; to: Tie[]; links: Tie[] | null }, ctx: PersonContext): Ranked {
  const personFacts = rows.map(facts);
  const result = scoreBridge({
    fromAreas: ctx.from.areas,
    toAreas: ctx.to.areas,
    people: personFacts,
    fromTies: ties.from.map((t) => t.fact),
    toTies: ties.to.map((t) => t.fact),
    links: ties.links?.map((t) => t.fact),
    ref: ctx.ref,
  });
  const build = (): GqlBridge => {
    const pick = (list: Tie[]) => {
      const best = strongestTie(list.map((t) => t.fact), ctx.ref);
      return list.find((t) => t.fact === best)!;
    };
    const fromTie = pick(ties.from);
    const toTie = pick(ties.to);
    const link = ties.links ? pick(ties.links) : null;
    const details = bridgeReasons({
      from: ctx.fromRef,
      to: ctx.toRef,
      people: personFacts,
      fromTie: fromTie.fact,
      toTie: toTie.fact,
      link: link?.fact ?? null,
      result,
      ref: ctx.ref,
      asOf: ctx.asOf,
    });
    return {
      kind: rows.length === 2 ? 'TWO_PERSON' : 'ONE_PERSON',
      intermediaries: rows.map((r) => toGqlNode(r.person)),
      score: result.score,
      reasons: reasonTexts(details, ctx.lang),
      reasonDetails: details,
      scoreParts: result.parts,
      path: bridgePath({ from: ctx.from.node!, to: ctx.to.node! }, rows.map((r) => r.person), { from: fromTie.raw, to: toTie.raw, link: link?.raw ?? null }),
      carriers: [],
      ties: [],
    };
  };
  return {
    kind: rows.length === 2 ? 'TWO_PERSON' : 'ONE_PERSON',
    score: result.score,
    sortName: personFacts.map((p) => p.node.name).join(' '),
    firstId: rows[0]!.person.id,
    effect: undefined,
    people: rows.some((r) => r.introduced) ? rows : undefined,
    build,
  };
}

/** The score (from its own) and effect of a person bridge with its people's track records; none without history. */
function withPeopleRecord(rows: PeopleRow[], score: number, ctx: PersonContext): Pick<Ranked, 'score' | 'effect'> {
  const hasRecord = rows.some((r) => (ctx.records.get(r.person.id)?.length ?? 0) > 0);
  const effect = hasRecord ? bridgeTrackRecordEffect(rows.map((r) => toGqlNode(r.person)), ctx.records, ctx.ref, TRACK_RECORD_WEIGHTS.bridges) : undefined;
  return { score: adjustedScore(score, effect), effect };
}

/** The tie part of a chain's score alone, used to choose which chains are worth reading facts for. */
function chainTieBound(c: { fromTies: Tie[]; toTies: Tie[]; links: Tie[] }, ref: string): number {
  const parts = scoreBridge({
    fromAreas: [],
    toAreas: [],
    people: [emptyFacts, emptyFacts],
    fromTies: c.fromTies.map((t) => t.fact),
    toTies: c.toTies.map((t) => t.fact),
    links: c.links.map((t) => t.fact),
    ref,
  }).parts;
  return parts.find((p) => p.code === 'ties')!.value;
}

const emptyFacts: PersonFacts = {
  node: { id: '', name: '' },
  roles: [],
  expertise: [],
  pools: [],
  affiliations: [],
  brokered: [],
};
