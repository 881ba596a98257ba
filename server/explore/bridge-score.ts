// The bridge score: how promising a person (or a chain of two people) is as a go-between for two ends, in [0,1].
// Pure: the Cypher queries gather the ties and facts, this module weighs them. The formula and its weights are
// documented in docs/scoring.md; change both together.

/** How a person is tied to an end. */
export type TieKind =
  /** works at, is affiliated with, studied at, founded, is a member of the end itself */
  | 'direct'
  /** the same, with a unit that is PART_OF the end */
  | 'unit'
  /** takes part in, or brokered, a project the end takes part in */
  | 'project'
  /** brokered a demand the end posted */
  | 'demand'
  /** knows or collaborated with the end (a person), or with the other person of a chain */
  | 'personal';

export interface NamedRef {
  id: string;
  name: string;
  nameZh?: string | null;
  nameEn?: string | null;
}

export interface AreaRef extends NamedRef {
  /** Ids of broader areas (PART_OF, up to three levels). */
  broader: string[];
  /** Expertise level (EXPERT_IN.level); null counts as full. */
  level?: number | null;
}

export interface TieFact {
  /** Relationship type of the person's own tie: WORKS_AT, AFFILIATED_WITH, ..., KNOWS. */
  type: string;
  kind: TieKind;
  strength: number | null;
  /** YYYY-MM-DD or null. */
  start: string | null;
  end: string | null;
  role: string | null;
  classYear: number | null;
  /** The unit, project or demand the tie goes through. */
  via: NamedRef | null;
}

export interface PersonFacts {
  node: NamedRef;
  /** Role labels: TechManager, Researcher, ... */
  roles: string[];
  expertise: AreaRef[];
  pools: NamedRef[];
  /** Organisations the person works at or is affiliated with on the reference date. */
  affiliations: NamedRef[];
  /** Projects and demands the person brokered. */
  brokered: NamedRef[];
}

export interface ScorePart {
  code: 'ties' | 'topic' | 'techManager' | 'affiliations' | 'pool' | 'chain' | 'trackRecord';
  value: number;
  weight: number;
  /** Only for the centred trackRecord part (server/ledger/rank-track-record.ts): it adds weight × (value − neutral). */
  neutral?: number;
}

/** Weights of the additive parts; they sum to 1, so the score stays in [0,1]. */
export const WEIGHTS = { ties: 0.45, topic: 0.2, techManager: 0.15, affiliations: 0.1, pool: 0.1 } as const;

/** A chain of two people needs one more introduction than a single go-between, so its score is scaled down. */
export const CHAIN_FACTOR = 0.75;

/** Strength of a tie whose `strength` is not recorded, by relationship type. */
export const DEFAULT_STRENGTH: Record<string, number> = {
  FOUNDED: 0.9,
  WORKS_AT: 0.8,
  BROKERED: 0.7,
  AFFILIATED_WITH: 0.6,
  COLLABORATED_WITH: 0.6,
  PARTICIPATES_IN: 0.5,
  MEMBER_OF: 0.5,
  KNOWS: 0.5,
  STUDIED_AT: 0.4,
};
const FALLBACK_STRENGTH = 0.5;

/** Ties through something in between count less, except brokering, which is itself the matchmaking. */
export function kindFactor(tie: Pick<TieFact, 'kind' | 'type'>): number {
  if (tie.kind === 'unit') return 0.8;
  if (tie.kind === 'project') return tie.type === 'BROKERED' ? 1 : 0.7;
  return 1;
}

/** Years for an ended tie to lose half its value; an alumni tie fades slower than a past job. */
export const HALF_LIFE_YEARS: Record<string, number> = { STUDIED_AT: 8 };
const DEFAULT_HALF_LIFE = 3;
/** An ended tie never falls below this share of its strength: people still remember each other. */
export const RECENCY_FLOOR = 0.2;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** The date a tie ended, if it did: its `end`, or for studies without an end the summer of the class year. */
export function tieEnd(tie: Pick<TieFact, 'end' | 'classYear' | 'type'>): string | null {
  if (tie.end) return tie.end.slice(0, 10);
  if (tie.type === 'STUDIED_AT' && tie.classYear) return `${tie.classYear}-07-01`;
  return null;
}

/** 1 while the tie lasts on the reference date; after it ended, halves every half-life, down to the floor. */
export function recency(tie: Pick<TieFact, 'end' | 'classYear' | 'type'>, ref: string): number {
  const end = tieEnd(tie);
  if (!end || end >= ref) return 1;
  const years = (Date.parse(ref) - Date.parse(end)) / YEAR_MS;
  if (!Number.isFinite(years)) return 1;
  const halfLife = HALF_LIFE_YEARS[tie.type] ?? DEFAULT_HALF_LIFE;
  return Math.max(RECENCY_FLOOR, 0.5 ** (years / halfLife));
}

/** One tie's value in [0,1]: strength x kind factor x recency. */
export function tieValue(tie: TieFact, ref: string): number {
  const strength = tie.strength === null || tie.strength === undefined ? (DEFAULT_STRENGTH[tie.type] ?? FALLBACK_STRENGTH) : clamp01(tie.strength);
  return clamp01(strength * kindFactor(tie) * recency(tie, ref));
}

/** Several ties to the same end reinforce each other: 1 - product of (1 - value). Empty is 0. */
export function sideStrength(ties: readonly TieFact[], ref: string): number {
  return clamp01(1 - ties.reduce((rest, t) => rest * (1 - tieValue(t, ref)), 1));
}

/** The strongest of a set of ties (the one a bridge's path and first reason show). */
export function strongestTie(ties: readonly TieFact[], ref: string): TieFact | null {
  let best: TieFact | null = null;
  let bestValue = -1;
  for (const t of ties) {
    const v = tieValue(t, ref);
    if (v > bestValue) [best, bestValue] = [t, v];
  }
  return best;
}

/** How close one expertise is to one area: same 1, one broader than the other 0.6, siblings 0.3. */
export function areaMatch(e: AreaRef, x: AreaRef): number {
  if (e.id === x.id) return 1;
  if (e.broader.includes(x.id) || x.broader.includes(e.id)) return 0.6;
  if (e.broader.some((b) => x.broader.includes(b))) return 0.3;
  return 0;
}

/** Expertise level as a share: null is full, a value above 1 is read on a 1-5 scale. */
export function levelShare(level: number | null | undefined): number {
  if (level === null || level === undefined || !Number.isFinite(level)) return 1;
  return clamp01(level > 1 ? level / 5 : level);
}

export interface AreaMatch {
  value: number;
  /** The expertise and the end's area that matched best; null when nothing matched. */
  expertise: AreaRef | null;
  area: AreaRef | null;
}

/** The person's best match with one end's areas; null when the end has no areas. */
export function cover(expertise: readonly AreaRef[], areas: readonly AreaRef[]): AreaMatch | null {
  if (!areas.length) return null;
  let best: AreaMatch = { value: 0, expertise: null, area: null };
  for (const x of areas) {
    for (const e of expertise) {
      const value = areaMatch(e, x) * levelShare(e.level);
      if (value > best.value) best = { value, expertise: e, area: x };
    }
  }
  return best;
}

export interface TopicFit {
  value: number;
  from: AreaMatch | null;
  to: AreaMatch | null;
}

/** Mean of the person's best matches with each end that has areas; 0 when neither has any. */
export function topicFit(expertise: readonly AreaRef[], fromAreas: readonly AreaRef[], toAreas: readonly AreaRef[]): TopicFit {
  const from = cover(expertise, fromAreas);
  const to = cover(expertise, toAreas);
  const covers = [from, to].filter((c): c is AreaMatch => c !== null);
  const value = covers.length ? covers.reduce((s, c) => s + c.value, 0) / covers.length : 0;
  return { value: clamp01(value), from, to };
}

/** Technology managers are matchmakers by trade; brokering projects or demands shows it in practice. */
export function techManagerValue(p: Pick<PersonFacts, 'roles' | 'brokered'>): number {
  return clamp01((p.roles.includes('TechManager') ? 0.6 : 0) + 0.4 * Math.min(1, p.brokered.length / 3));
}

/** Several affiliations at once (two: 0.6, three or more: 1) open several doors. */
export function affiliationsValue(p: Pick<PersonFacts, 'affiliations'>): number {
  const n = new Set(p.affiliations.map((a) => a.id)).size;
  return n >= 3 ? 1 : n === 2 ? 0.6 : 0;
}

/** Members of a shared-talent pool are on record as available to firms. */
export function poolValue(p: Pick<PersonFacts, 'pools'>): number {
  return p.pools.length > 0 ? 1 : 0;
}

export interface BridgeInput {
  fromAreas: readonly AreaRef[];
  toAreas: readonly AreaRef[];
  /** One person, or two in order from `from` to `to`. */
  people: readonly PersonFacts[];
  /** The first person's ties to `from`. */
  fromTies: readonly TieFact[];
  /** The last person's ties to `to`. */
  toTies: readonly TieFact[];
  /** For a chain: the ties between the two people. */
  links?: readonly TieFact[];
  /** Reference date YYYY-MM-DD: the as-of date, or today. */
  ref: string;
}

export interface BridgeScore {
  score: number;
  parts: ScorePart[];
  topic: TopicFit;
  sides: { from: number; to: number; link: number | null };
}

/**
 * score = 0.45 ties + 0.20 topic + 0.15 techManager + 0.10 affiliations + 0.10 pool (times 0.75 for a chain).
 * ties is the geometric mean of the side strengths (and, for a chain, of the link between the two people), so a
 * bridge is only as good as its weaker side. Features of a chain are the better of its two people's.
 */
export function scoreBridge(input: BridgeInput): BridgeScore {
  const { people, ref } = input;
  if (people.length < 1 || people.length > 2) throw new Error('a bridge has one or two people');
  const chain = people.length === 2;
  const from = sideStrength(input.fromTies, ref);
  const to = sideStrength(input.toTies, ref);
  const link = chain ? sideStrength(input.links ?? [], ref) : null;
  const ties = link === null ? Math.sqrt(from * to) : Math.cbrt(from * link * to);
  const expertise = people.flatMap((p) => p.expertise);
  const topic = topicFit(expertise, input.fromAreas, input.toAreas);
  const best = (f: (p: PersonFacts) => number) => Math.max(...people.map(f));
  const parts: ScorePart[] = [
    { code: 'ties', value: ties, weight: WEIGHTS.ties },
    { code: 'topic', value: topic.value, weight: WEIGHTS.topic },
    { code: 'techManager', value: best(techManagerValue), weight: WEIGHTS.techManager },
    { code: 'affiliations', value: best(affiliationsValue), weight: WEIGHTS.affiliations },
    { code: 'pool', value: best(poolValue), weight: WEIGHTS.pool },
  ].map((p) => ({ ...p, value: round(clamp01(p.value)) }) as ScorePart);
  let score = parts.reduce((s, p) => s + p.value * p.weight, 0);
  if (chain) {
    score *= CHAIN_FACTOR;
    parts.push({ code: 'chain', value: CHAIN_FACTOR, weight: 0 });
  }
  return { score: round(clamp01(score)), parts, topic, sides: { from, to, link } };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

// Organisation bridges: an organisation tied to both ends (shared projects, brokered projects, partnerships, PART_OF,
// shared people). Weighed like a person bridge's ties, plus whether known people carry the ties, what the
// organisation works on and whether its people brokered the ties.

/** How an organisation is tied to an end. */
export type OrgTieKind =
  /** both take part in a project */
  | 'project'
  /** one of the organisation's people brokered a project or demand of the end */
  | 'brokered'
  /** PARTNERS_WITH or COLLABORATED_WITH, either way */
  | 'partner'
  /** PART_OF either way: a unit or joint lab and its parent */
  | 'unit'
  /** a person holds posts at both */
  | 'staff'
  /** the end is a person with a post at the organisation */
  | 'member';

export interface OrgTieFact {
  kind: OrgTieKind;
  /** The relationship type that joins the organisation: PARTICIPATES_IN, BROKERED, PARTNERS_WITH, PART_OF, WORKS_AT... */
  type: string;
  strength: number | null;
  /** YYYY-MM-DD or null; for a project tie the project's own dates when the participation has none. */
  start: string | null;
  end: string | null;
  /** The project or demand the tie goes through. */
  via: NamedRef | null;
  viaIsDemand?: boolean;
  /** The person who carries the tie (the broker, the person with both posts), where known. */
  people: NamedRef[];
  /** For a unit tie: the organisation is PART_OF the end (true) or the end is PART_OF it (false). */
  orgIsPart?: boolean;
  /** The carrying person is a technology manager. */
  techManager?: boolean;
}

export interface OrgScorePart {
  code: 'ties' | 'carriers' | 'topic' | 'broker' | 'organisation' | 'trackRecord';
  value: number;
  weight: number;
  neutral?: number;
}

/** Weights of an organisation bridge's parts; they sum to 1. */
export const ORG_WEIGHTS = { ties: 0.5, carriers: 0.2, topic: 0.15, broker: 0.15 } as const;

/**
 * An organisation is one more hand-over than a person: the broker still has to find who inside it to ask, so its
 * score is scaled down (less than a two-person chain's, which names both people).
 */
export const ORGANISATION_FACTOR = 0.7;

/** Default strength of an organisation's tie by kind, before recency; a recorded `strength` replaces it. */
export const ORG_TIE_STRENGTH: Record<OrgTieKind, number> = { unit: 0.8, brokered: 0.7, partner: 0.6, member: 0.6, staff: 0.5, project: 0.35 };

/** One organisation tie's value in [0,1]: strength x recency (ended ties halve every three years, floor 0.2). */
export function orgTieValue(tie: OrgTieFact, ref: string): number {
  const strength = tie.strength === null || tie.strength === undefined ? ORG_TIE_STRENGTH[tie.kind] : clamp01(tie.strength);
  return clamp01(strength * recency({ end: tie.end, classYear: null, type: tie.type }, ref));
}

/** 1 - product of (1 - value) over one side's ties; several shared projects add up, each less. */
export function orgSideStrength(ties: readonly OrgTieFact[], ref: string): number {
  return clamp01(1 - ties.reduce((rest, t) => rest * (1 - orgTieValue(t, ref)), 1));
}

/** The strongest of one side's ties (the one the path shows); ties in value go to the most recent start. */
export function strongestOrgTie<T extends OrgTieFact>(ties: readonly T[], ref: string): T | null {
  let best: T | null = null;
  let bestValue = -1;
  for (const t of ties) {
    const v = orgTieValue(t, ref);
    if (v > bestValue || (v === bestValue && best && (t.start ?? '') > (best.start ?? ''))) [best, bestValue] = [t, v];
  }
  return best;
}

export interface OrgBridgeInput {
  fromAreas: readonly AreaRef[];
  toAreas: readonly AreaRef[];
  /** What the organisation works on (RESEARCHES, FOCUSES_ON), read as expertise at full level. */
  orgAreas: readonly AreaRef[];
  fromTies: readonly OrgTieFact[];
  toTies: readonly OrgTieFact[];
  ref: string;
}

export interface OrgBridgeScore {
  score: number;
  parts: OrgScorePart[];
  topic: TopicFit;
  sides: { from: number; to: number };
}

/**
 * score = 0.7 x (0.50 ties + 0.20 carriers + 0.15 topic + 0.15 broker). ties is the geometric mean of the two side
 * strengths; carriers the share of sides with a known person on some tie; broker the share of sides with a tie
 * one of the organisation's people brokered.
 */
export function scoreOrgBridge(input: OrgBridgeInput): OrgBridgeScore {
  const { ref } = input;
  const from = orgSideStrength(input.fromTies, ref);
  const to = orgSideStrength(input.toTies, ref);
  const share = (f: (t: OrgTieFact) => boolean) => ((input.fromTies.some(f) ? 1 : 0) + (input.toTies.some(f) ? 1 : 0)) / 2;
  const topic = topicFit(input.orgAreas.map((a) => ({ ...a, level: null })), input.fromAreas, input.toAreas);
  const parts: OrgScorePart[] = [
    { code: 'ties', value: Math.sqrt(from * to), weight: ORG_WEIGHTS.ties },
    { code: 'carriers', value: share((t) => t.people.length > 0), weight: ORG_WEIGHTS.carriers },
    { code: 'topic', value: topic.value, weight: ORG_WEIGHTS.topic },
    { code: 'broker', value: share((t) => t.kind === 'brokered'), weight: ORG_WEIGHTS.broker },
  ].map((p) => ({ ...p, value: round(clamp01(p.value)) }) as OrgScorePart);
  const score = ORGANISATION_FACTOR * parts.reduce((s, p) => s + p.value * p.weight, 0);
  parts.push({ code: 'organisation', value: ORGANISATION_FACTOR, weight: 0 });
  return { score: round(clamp01(score)), parts, topic, sides: { from, to } };
}
