// Organisation bridges: firms, labs and other organisations tied to both ends of a bridge question (shared and
// brokered projects, partnerships, PART_OF, shared staff), read with bridgesOrganisations and
// bridgesOrganisationFacts (with their track records beside them), then scored (bridge-score.ts), explained (bridge-reasons.ts) and drawn as a path.
import type { cypherDate, Db, PlainNode, PlainRelationship } from '../db.js';
import { reasonTexts, toGqlNode, toGqlPath } from '../graph/shape.js';
import type { Lang } from '../context.js';
import { orgBridgeReasons, orgCarriers } from './bridge-reasons.js';
import { scoreOrgBridge, strongestOrgTie, type AreaRef, type NamedRef, type OrgTieFact, type OrgTieKind } from './bridge-score.js';
import { dateOf, named, numOf, type EndRow, type GqlBridge } from './bridge-shape.js';
import { readTrackRecords, type IntroductionFact } from '../ledger/track-record.js';

/**
 * Bounds on the organisation search, per end: its most recent projects and demands, and how many people an end may
 * have for them to be followed to their other organisations; then the organisations tied to both ends with most
 * ties (as many as the largest `limit`), and the people named per organisation as carrying its project ties.
 * Measured on the 1M-person graph: following a hub's people was most of the search's cost (200 of them doubled the
 * median time of a bridges answer).
 */
export const ORG_SEARCH = { maxProjects: 50, maxPeople: 50, maxOrgs: 100, maxCarriers: 20 } as const;

/** One tie of an organisation to an end, as bridgesOrganisations returns it. */
export interface RawOrgTie {
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

export interface OrgRow {
  org: PlainNode;
  ties: RawOrgTie[];
}

export interface OrgFactsRow {
  org: string;
  areas: AreaRef[];
  carriers: Array<{ via: string; type: string; person: PlainNode }>;
}

/**
 * Organisations tied to both ends, and the facts of those found: what they work on, who carries their projects,
 * and (when `trackRecordsAsOf` is given) their track records, read beside the facts.
 */
export async function readOrganisations(
  db: Db,
  args: { from: string; to: string },
  asOf: ReturnType<typeof cypherDate> | null,
  trackRecordsAsOf: string | null,
): Promise<{ rows: OrgRow[]; facts: Map<string, OrgFactsRow>; records: Map<string, IntroductionFact[]> }> {
  const { maxProjects, maxPeople, maxOrgs, maxCarriers } = ORG_SEARCH;
  const rows = await db.read<OrgRow>('bridgesOrganisations', { from: args.from, to: args.to, asOf, maxProjects, maxPeople, maxOrgs });
  if (!rows.length) return { rows, facts: new Map(), records: new Map() };
  const orgs = rows.map((r) => ({
    id: r.org.id,
    vias: [...new Set(r.ties.filter((t) => t.kind === 'project' && t.via).map((t) => t.via!.id))],
  }));
  const [facts, records] = await Promise.all([
    db.read<OrgFactsRow>('bridgesOrganisationFacts', { orgs, asOf, maxCarriers }),
    trackRecordsAsOf ? readTrackRecords(db, orgs.map((o) => o.id), trackRecordsAsOf) : Promise.resolve(new Map<string, IntroductionFact[]>()),
  ]);
  return { rows, facts: new Map(facts.map((f) => [f.org, f])), records };
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

export interface OrgContext {
  from: EndRow;
  to: EndRow;
  fromRef: NamedRef;
  toRef: NamedRef;
  ref: string;
  asOf: boolean;
  lang: Lang;
}

export function organisationBridge(row: OrgRow, facts: OrgFactsRow | undefined, ctx: OrgContext): (GqlBridge & { sortName: string }) | null {
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
