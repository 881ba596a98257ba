// Query.bridges end to end: checks the two ends, gathers every one-person bridge (and, when asked, two-person
// chains) with bridgesOnePerson and bridgesChainLinks + bridgesChainEnds, which start from the end with fewer ties,
// reads each candidate's facts with bridgesPeople, and the organisations tied to both ends with
// bridgesOrganisations + bridgesOrganisationFacts; then scores (bridge-score.ts), explains (bridge-reasons.ts) and
// ranks people and organisations together.
import { cypherDate, type Db, type PlainNode, type PlainRelationship } from '../db.js';
import { reasonTexts, toGqlNode, toGqlPath, type GqlNode, type GqlPath, type Reason } from '../graph/shape.js';
import type { Lang } from '../context.js';
import { PERSONAL_REL_TYPES, type NodeLabel } from '../model/model.js';
import { bridgeReasons, orgBridgeReasons, orgCarriers } from './bridge-reasons.js';
import { addBridgeTrackRecords } from '../ledger/rank-track-record.js';
import { TRACK_RECORD_WEIGHTS } from '../ledger/track-record.js';
import {
  scoreBridge,
  scoreOrgBridge,
  strongestOrgTie,
  strongestTie,
  type AreaRef,
  type NamedRef,
  type OrgScorePart,
  type OrgTieFact,
  type OrgTieKind,
  type PersonFacts,
  type ScorePart,
  type TieFact,
  type TieKind,
} from './bridge-score.js';
import { badInput, notFound } from './validate.js';

/** Node types a bridge question may start or end at. */
export const BRIDGE_END_TYPES: readonly NodeLabel[] = ['Enterprise', 'Lab', 'Organisation', 'TalentPool', 'Person'];

/** Bounds on the two-person search around hubs (one-person bridges are never cut). */
export const CHAIN_SEARCH = { maxPeople: 200, maxLinks: 600, scored: 500 } as const;

/**
 * Bounds on the organisation search, per end: its most recent projects and demands, and how many people an end may
 * have for them to be followed to their other organisations; then the organisations tied to both ends with most
 * ties (as many as the largest `limit`), and the people named per organisation as carrying its project ties.
 * Measured on the 1M-person graph: following a hub's people was most of the search's cost (200 of them doubled the
 * median time of a bridges answer).
 */
export const ORG_SEARCH = { maxProjects: 50, maxPeople: 50, maxOrgs: 100, maxCarriers: 20 } as const;

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

export interface GqlBridgeTie {
  side: 'FROM' | 'TO';
  kind: Uppercase<OrgTieKind>;
  type: string;
  via: GqlNode | null;
  year: number | null;
  people: GqlNode[];
}

export interface GqlBridge {
  kind: 'ONE_PERSON' | 'TWO_PERSON' | 'ORGANISATION';
  intermediaries: GqlNode[];
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  scoreParts: Array<ScorePart | OrgScorePart>;
  path: GqlPath;
  carriers: GqlNode[];
  ties: GqlBridgeTie[];
}

/** One tie of an organisation to an end, as bridgesOrganisations returns it. */
interface RawOrgTie {
  side: 'from' | 'to';
  kind: OrgTieKind;
  /** The end's own relationship: its PARTICIPATES_IN or POSTED (project, brokered), the person's post there (staff). */
  endRel: PlainRelationship | null;
  /** The broker's BROKERED. */
  midRel: PlainRelationship | null;
  /** The relationship that reaches the organisation. */
  orgRel: PlainRelationship;
  /** orgRel starts at the end (partner, unit, member). */
  out: boolean;
  via: PlainNode | null;
  person: PlainNode | null;
}

interface OrgRow {
  org: PlainNode;
  ties: RawOrgTie[];
}

interface OrgFactsRow {
  org: string;
  areas: AreaRef[];
  carriers: Array<{ via: string; type: string; person: PlainNode }>;
}

interface RawTie {
  rel: PlainRelationship;
  /** The person's end of the relationship is its start node. */
  out: boolean;
  via: PlainNode | null;
  viaRel: PlainRelationship | null;
}

interface EndRow {
  side: 'from' | 'to';
  node: PlainNode | null;
  areas: AreaRef[];
}

interface PeopleRow {
  person: PlainNode;
  expertise: AreaRef[];
  pools: NamedRef[];
  affiliations: NamedRef[];
  brokered: NamedRef[];
}

interface Tie {
  raw: RawTie;
  fact: TieFact;
}

const named = (n: PlainNode): NamedRef => {
  const p = n.properties;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return { id: n.id, name: s(p.name) ?? s(p.nameZh) ?? s(p.nameEn) ?? n.id, nameZh: s(p.nameZh), nameEn: s(p.nameEn) };
};

const dateOf = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
const numOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function tieKind(raw: RawTie): TieKind {
  if (!raw.via || !raw.viaRel) return (PERSONAL_REL_TYPES as readonly string[]).includes(raw.rel.type) ? 'personal' : 'direct';
  if (raw.viaRel.type === 'PART_OF') return 'unit';
  return raw.via.labels.includes('Demand') ? 'demand' : 'project';
}

export function toTie(raw: RawTie): Tie {
  const p = raw.rel.properties;
  return {
    raw,
    fact: {
      type: raw.rel.type,
      kind: tieKind(raw),
      strength: numOf(p.strength),
      start: dateOf(p.start) ?? dateOf(p.since),
      end: dateOf(p.end),
      role: typeof p.role === 'string' && p.role !== '' ? p.role : null,
      classYear: numOf(p.classYear),
      via: raw.via ? named(raw.via) : null,
    },
  };
}

/**
 * The nodes and relationships of a tie in walking order from the end to the person, with relationship endpoints
 * as entity ids (the queries return element ids, and which end is the person's).
 */
export function tieSteps(raw: RawTie, personId: string, end: PlainNode): { nodes: PlainNode[]; rels: PlainRelationship[] } {
  const near = raw.via ? raw.via.id : end.id;
  const rel = { ...raw.rel, start: raw.out ? personId : near, end: raw.out ? near : personId };
  if (!raw.via || !raw.viaRel) return { nodes: [], rels: [rel] };
  const viaFirst = raw.viaRel.type === 'PART_OF';
  const viaRel = { ...raw.viaRel, start: viaFirst ? raw.via.id : end.id, end: viaFirst ? end.id : raw.via.id };
  return { nodes: [raw.via], rels: [viaRel, rel] };
}

function bridgePath(from: PlainNode, to: PlainNode, people: PlainNode[], fromTie: RawTie, toTie: RawTie, link: RawTie | null): GqlPath {
  const first = people[0]!;
  const last = people[people.length - 1]!;
  const a = tieSteps(fromTie, first.id, from);
  const b = tieSteps(toTie, last.id, to);
  const nodes = [from, ...a.nodes, first];
  const rels = [...a.rels];
  if (link && people.length === 2) {
    nodes.push(last);
    rels.push({ ...link.rel, start: link.out ? first.id : last.id, end: link.out ? last.id : first.id });
  }
  nodes.push(...[...b.nodes].reverse(), to);
  rels.push(...[...b.rels].reverse());
  return toGqlPath({ nodes, relationships: rels });
}

const today = () => new Date().toISOString().slice(0, 10);

export async function findBridges(db: Db, args: BridgeArgs, lang: Lang): Promise<GqlBridge[]> {
  if (args.from === args.to) throw badInput('to', 'must differ from `from`');
  const asOf = args.asOf ? cypherDate(args.asOf) : null;
  const ref = args.asOf ?? today();
  type One = { anchorIsFrom: boolean; person: string; anchorTies: RawTie[]; otherTies: RawTie[] };
  type LinkRow = { anchorIsFrom: boolean; other: string; first: string; anchorTies: RawTie[]; seconds: Array<{ second: string; links: RawTie[] }> };
  type Link = Omit<LinkRow, 'seconds'> & { second: string; links: RawTie[] };
  type Chain = Link & { otherTies: RawTie[] };
  // The first reads are independent (each people query picks the end with fewer ties as its anchor by itself; the
  // organisation search bounds each end on its own), so they run side by side; the chains' far ends and the
  // candidates' facts need their ids and come after. Only the kinds asked for are searched.
  const people = args.kinds.includes('PERSON');
  const [ends, ones, orgs, linkRows] = await Promise.all([
    db.read<EndRow>('bridgesEndpoints', { from: args.from, to: args.to }),
    people ? db.read<One>('bridgesOnePerson', { from: args.from, to: args.to, asOf }) : Promise.resolve([] as One[]),
    args.kinds.includes('ORGANISATION') ? readOrganisations(db, args, asOf) : Promise.resolve(null),
    people && args.maxIntermediaries >= 2
      ? db.read<LinkRow>('bridgesChainLinks', { from: args.from, to: args.to, asOf, maxPeople: CHAIN_SEARCH.maxPeople, maxLinks: CHAIN_SEARCH.maxLinks })
      : Promise.resolve([] as LinkRow[]),
  ]);
  const rawLinks: Link[] = linkRows.flatMap(({ seconds, ...row }) => seconds.map((s) => ({ ...row, second: s.second, links: s.links })));
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
  // People who bridge alone need no second person.
  const direct = new Set(ones.map((o) => o.person));
  const links = rawLinks.filter((c) => !direct.has(c.first) && !direct.has(c.second));
  const seconds = [...new Set(links.map((l) => l.second))];
  const farTies = new Map(
    seconds.length
      ? (await db.read<{ person: string; ties: RawTie[] }>('bridgesChainEnds', { ids: seconds, end: links[0]!.other, asOf })).map((r) => [r.person, r.ties])
      : [],
  );
  const chains: Chain[] = links.flatMap((l) => {
    const otherTies = farTies.get(l.second);
    return otherTies?.length ? [{ ...l, otherTies }] : [];
  });

  // Orient everything from `from` to `to`.
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

  const ids = [...new Set([...oneCands.map((c) => c.person), ...chainCands.flatMap((c) => c.people)])];
  const peopleRows = ids.length ? await db.read<PeopleRow>('bridgesPeople', { ids, asOf }) : [];
  const candidates = new Map(peopleRows.map((r) => [r.person.id, r]));
  const facts = (row: PeopleRow): PersonFacts => ({
    node: named(row.person),
    roles: row.person.labels,
    expertise: row.expertise,
    pools: row.pools,
    affiliations: row.affiliations,
    brokered: row.brokered,
  });
  const fromRef = named(fromNode);
  const toRef = named(toNode);

  const results: Array<GqlBridge & { sortName: string }> = [];
  const build = (rows: PeopleRow[], fromTies: Tie[], toTies: Tie[], links: Tie[] | null) => {
    const personFacts = rows.map(facts);
    const result = scoreBridge({
      fromAreas: from.areas,
      toAreas: to.areas,
      people: personFacts,
      fromTies: fromTies.map((t) => t.fact),
      toTies: toTies.map((t) => t.fact),
      links: links?.map((t) => t.fact),
      ref,
    });
    const pick = (ties: Tie[]) => {
      const best = strongestTie(ties.map((t) => t.fact), ref);
      return ties.find((t) => t.fact === best)!;
    };
    const fromTie = pick(fromTies);
    const toTie = pick(toTies);
    const link = links ? pick(links) : null;
    const details = bridgeReasons({
      from: fromRef,
      to: toRef,
      people: personFacts,
      fromTie: fromTie.fact,
      toTie: toTie.fact,
      link: link?.fact ?? null,
      result,
      ref,
      asOf: args.asOf !== null,
    });
    results.push({
      kind: rows.length === 2 ? 'TWO_PERSON' : 'ONE_PERSON',
      intermediaries: rows.map((r) => toGqlNode(r.person)),
      score: result.score,
      reasons: reasonTexts(details, lang),
      reasonDetails: details,
      scoreParts: result.parts,
      path: bridgePath(fromNode, toNode, rows.map((r) => r.person), fromTie.raw, toTie.raw, link?.raw ?? null),
      carriers: [],
      ties: [],
      sortName: rows.map((r) => named(r.person).name).join(' '),
    });
  };
  for (const c of oneCands) {
    const row = candidates.get(c.person);
    if (row && c.fromTies.length && c.toTies.length) build([row], c.fromTies, c.toTies, null);
  }
  for (const c of chainCands) {
    const rows = c.people.map((id) => candidates.get(id));
    if (rows.every((r): r is PeopleRow => r !== undefined) && c.fromTies.length && c.toTies.length && c.links.length) {
      build(rows, c.fromTies, c.toTies, c.links);
    }
  }
  if (orgs) {
    for (const o of orgs.rows) {
      const bridge = organisationBridge(o, orgs.facts.get(o.org.id), { from, to, fromRef, toRef, ref, asOf: args.asOf !== null, lang });
      if (bridge) results.push(bridge);
    }
  }
  // The introductions ledger: a bridge whose people (or organisation) have a record moves up or down; without one,
  // nothing changes (server/ledger/rank-track-record.ts).
  if (args.useTrackRecord !== false) await addBridgeTrackRecords(db, results, ref, lang, TRACK_RECORD_WEIGHTS.bridges);
  results.sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.sortName.localeCompare(b.sortName) ||
      a.intermediaries[0]!.id.localeCompare(b.intermediaries[0]!.id),
  );
  return results.slice(0, args.limit).map(({ sortName: _s, ...b }) => b);
}

/** Equal scores go to one person first, then a chain, then an organisation (fewest hand-overs first). */
const KIND_ORDER: Record<GqlBridge['kind'], number> = { ONE_PERSON: 0, TWO_PERSON: 1, ORGANISATION: 2 };

/** Organisations tied to both ends, and the facts of those found: what they work on, who carries their projects. */
async function readOrganisations(db: Db, args: BridgeArgs, asOf: ReturnType<typeof cypherDate> | null): Promise<{ rows: OrgRow[]; facts: Map<string, OrgFactsRow> }> {
  const { maxProjects, maxPeople, maxOrgs, maxCarriers } = ORG_SEARCH;
  const rows = await db.read<OrgRow>('bridgesOrganisations', { from: args.from, to: args.to, asOf, maxProjects, maxPeople, maxOrgs });
  if (!rows.length) return { rows, facts: new Map() };
  const orgs = rows.map((r) => ({
    id: r.org.id,
    vias: [...new Set(r.ties.filter((t) => t.kind === 'project' && t.via).map((t) => t.via!.id))],
  }));
  const facts = await db.read<OrgFactsRow>('bridgesOrganisationFacts', { orgs, asOf, maxCarriers });
  return { rows, facts: new Map(facts.map((f) => [f.org, f])) };
}

const propOf = (r: { properties: Record<string, unknown> } | null | undefined, key: string) => (r ? r.properties[key] : undefined);
const maxDate = (xs: Array<string | null>) => xs.reduce<string | null>((m, x) => (x && (!m || x > m) ? x : m), null);
const minDate = (xs: Array<string | null>) => xs.reduce<string | null>((m, x) => (x && (!m || x < m) ? x : m), null);

/** An organisation's tie to one end as the score and reasons read it. */
export function orgTieFact(raw: RawOrgTie, carriers: PlainNode[]): OrgTieFact {
  const d = (r: { properties: Record<string, unknown> } | null | undefined, key: string) => dateOf(propOf(r, key));
  const via = raw.via;
  const viaStart = d(via, 'start') ?? d(via, 'postedAt');
  const people = raw.person ? [raw.person] : carriers;
  let start: string | null;
  let end: string | null;
  switch (raw.kind) {
    case 'project':
      [start, end] = [d(raw.orgRel, 'start') ?? viaStart, d(raw.orgRel, 'end') ?? d(via, 'end')];
      break;
    case 'brokered':
      [start, end] = [d(raw.midRel, 'start') ?? viaStart, d(raw.midRel, 'end') ?? d(via, 'end')];
      break;
    case 'staff':
      // Both posts have to be held at once for the person to carry the tie.
      [start, end] = [maxDate([d(raw.endRel, 'start'), d(raw.orgRel, 'start')]), minDate([d(raw.endRel, 'end'), d(raw.orgRel, 'end')])];
      break;
    default:
      [start, end] = [d(raw.orgRel, 'start') ?? d(raw.orgRel, 'since'), d(raw.orgRel, 'end')];
  }
  return {
    kind: raw.kind,
    type: raw.kind === 'brokered' ? 'BROKERED' : raw.orgRel.type,
    strength: ['partner', 'unit', 'member'].includes(raw.kind) ? numOf(propOf(raw.orgRel, 'strength')) : null,
    start,
    end,
    via: via ? named(via) : null,
    viaIsDemand: via ? via.labels.includes('Demand') : false,
    people: people.map(named),
    orgIsPart: raw.kind === 'unit' ? !raw.out : undefined,
    techManager: people.some((p) => p.labels.includes('TechManager')),
  };
}

/** The nodes and relationships from an end to the organisation along one tie, with entity ids as endpoints. */
export function orgTieSteps(raw: RawOrgTie, end: PlainNode, org: PlainNode): { nodes: PlainNode[]; rels: PlainRelationship[] } {
  const at = (r: PlainRelationship, start: string, stop: string): PlainRelationship => ({ ...r, start, end: stop });
  const { via, person } = raw;
  switch (raw.kind) {
    case 'project':
      return { nodes: [via!], rels: [at(raw.endRel!, end.id, via!.id), at(raw.orgRel, org.id, via!.id)] };
    case 'brokered':
      return {
        nodes: [via!, person!],
        rels: [at(raw.endRel!, end.id, via!.id), at(raw.midRel!, person!.id, via!.id), at(raw.orgRel, person!.id, org.id)],
      };
    case 'staff':
      return { nodes: [person!], rels: [at(raw.endRel!, person!.id, end.id), at(raw.orgRel, person!.id, org.id)] };
    default:
      return { nodes: [], rels: [raw.out ? at(raw.orgRel, end.id, org.id) : at(raw.orgRel, org.id, end.id)] };
  }
}

interface OrgContext {
  from: EndRow;
  to: EndRow;
  fromRef: NamedRef;
  toRef: NamedRef;
  ref: string;
  asOf: boolean;
  lang: Lang;
}

function organisationBridge(row: OrgRow, facts: OrgFactsRow | undefined, ctx: OrgContext): (GqlBridge & { sortName: string }) | null {
  const carriersOf = new Map<string, PlainNode[]>();
  for (const c of facts?.carriers ?? []) {
    const list = carriersOf.get(c.via) ?? [];
    if (!list.some((p) => p.id === c.person.id)) list.push(c.person);
    carriersOf.set(c.via, list);
  }
  const ties = row.ties.map((raw) => ({ raw, fact: orgTieFact(raw, raw.kind === 'project' && raw.via ? (carriersOf.get(raw.via.id) ?? []) : []) }));
  const fromTies = ties.filter((t) => t.raw.side === 'from');
  const toTies = ties.filter((t) => t.raw.side === 'to');
  if (!fromTies.length || !toTies.length) return null;
  const result = scoreOrgBridge({
    fromAreas: ctx.from.areas,
    toAreas: ctx.to.areas,
    orgAreas: facts?.areas ?? [],
    fromTies: fromTies.map((t) => t.fact),
    toTies: toTies.map((t) => t.fact),
    ref: ctx.ref,
  });
  const details = orgBridgeReasons({
    from: ctx.fromRef,
    to: ctx.toRef,
    fromTies: fromTies.map((t) => t.fact),
    toTies: toTies.map((t) => t.fact),
    result,
    ref: ctx.ref,
    asOf: ctx.asOf,
  });
  const pick = (list: typeof ties) => {
    const best = strongestOrgTie(list.map((t) => t.fact), ctx.ref);
    return list.find((t) => t.fact === best)!;
  };
  const a = orgTieSteps(pick(fromTies).raw, ctx.from.node!, row.org);
  // The path should not walk the same project or person twice when the other side has a tie that avoids them.
  const used = new Set(a.nodes.map((n) => n.id));
  const apart = toTies.filter((t) => !orgTieSteps(t.raw, ctx.to.node!, row.org).nodes.some((n) => used.has(n.id)));
  const b = orgTieSteps(pick(apart.length ? apart : toTies).raw, ctx.to.node!, row.org);
  const path = toGqlPath({
    nodes: [ctx.from.node!, ...a.nodes, row.org, ...[...b.nodes].reverse(), ctx.to.node!],
    relationships: [...a.rels, ...[...b.rels].reverse()],
  });
  // Carriers as nodes, so they leave through the Node type and its masking like any person in an answer.
  const peopleNodes = new Map<string, PlainNode>();
  for (const t of ties) for (const p of t.raw.person ? [t.raw.person] : t.raw.via ? (carriersOf.get(t.raw.via.id) ?? []) : []) peopleNodes.set(p.id, p);
  const carriers = orgCarriers(fromTies.map((t) => t.fact), toTies.map((t) => t.fact)).map((r) => toGqlNode(peopleNodes.get(r.id)!));
  return {
    kind: 'ORGANISATION',
    intermediaries: [toGqlNode(row.org)],
    score: result.score,
    reasons: reasonTexts(details, ctx.lang),
    reasonDetails: details,
    scoreParts: result.parts,
    path,
    carriers,
    ties: ties.map(({ raw, fact }) => ({
      side: raw.side === 'from' ? 'FROM' : 'TO',
      kind: raw.kind.toUpperCase() as Uppercase<OrgTieKind>,
      type: fact.type,
      via: raw.via ? toGqlNode(raw.via) : null,
      year: fact.start ? Number(fact.start.slice(0, 4)) : null,
      people: fact.people.map((p) => toGqlNode(peopleNodes.get(p.id)!)),
    })),
    sortName: named(row.org).name,
  };
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
