// The GraphQL API's result shapes as the web app reads them, kept by hand beside the SDL in server/schema/*.graphql.
// Only the fields the app asks for are listed; adding a field here means adding it to the documents in documents.ts.

export const NODE_TYPES = [
  'Person',
  'Enterprise',
  'Lab',
  'Organisation',
  'Competition',
  'TalentPool',
  'Region',
  'TechArea',
  'Project',
  'Demand',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function isNodeType(x: unknown): x is NodeType {
  return typeof x === 'string' && (NODE_TYPES as readonly string[]).includes(x);
}

/** Relationship types of the model, in the order the app lists them. */
export const REL_TYPES = [
  'WORKS_AT',
  'AFFILIATED_WITH',
  'STUDIED_AT',
  'FOUNDED',
  'KNOWS',
  'COLLABORATED_WITH',
  'EXPERT_IN',
  'FOCUSES_ON',
  'RESEARCHES',
  'NEEDS',
  'WON',
  'MEMBER_OF',
  'PARTICIPATES_IN',
  'BROKERED',
  'POSTED',
  'PARTNERS_WITH',
  'ORIGINATES_FROM',
  'LIVES_IN',
  'LOCATED_IN',
  'PART_OF',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export function isRelType(x: unknown): x is RelType {
  return typeof x === 'string' && (REL_TYPES as readonly string[]).includes(x);
}

export type Lang = 'zh' | 'en';

/** A node as the canvas, lists and paths get it: everything but its properties. */
export interface ApiNodeSummary {
  id: string;
  type: NodeType;
  labels: string[];
  name: string;
  nameZh: string | null;
  nameEn: string | null;
  illustrative: boolean;
}

/** A node with its properties, as the details drawer (NODE_BY_ID) and a posted demand get it. */
export interface ApiNode extends ApiNodeSummary {
  properties: Record<string, unknown>;
}

export interface ApiRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  direction: 'FORWARD' | 'BACKWARD';
  properties: Record<string, unknown>;
}

export interface ApiPath {
  length: number;
  weight: number;
  nodes: ApiNodeSummary[];
  relationships: ApiRelationship[];
}

export interface Reason {
  code: string;
  zh: string;
  en: string;
}

export interface ScorePart {
  code: string;
  value: number;
  weight: number;
}

export interface SearchHit {
  node: ApiNodeSummary;
  score: number;
  matched: string | null;
  matchedField: string | null;
}

export interface TypeCount {
  kind: 'NODE_TYPE' | 'REL_TYPE';
  type: string;
  count: number;
}

export interface Subgraph {
  root: ApiNodeSummary;
  nodes: ApiNodeSummary[];
  edges: ApiRelationship[];
  distances: { id: string; depth: number }[];
  totals: TypeCount[];
  truncated: TypeCount[];
  nodeCount: number;
  edgeCount: number;
  totalNeighbours: number;
}

/** Who may bridge, for the `kinds` argument of `bridges`. */
export type BridgeIntermediary = 'PERSON' | 'ORGANISATION';

export interface Bridge {
  kind: 'ONE_PERSON' | 'TWO_PERSON' | 'ORGANISATION';
  /** The people in order from `from` to `to`, or the one organisation. */
  intermediaries: ApiNodeSummary[];
  /** For an organisation bridge: the people who carry its ties, where known (empty for people bridges). */
  carriers: ApiNodeSummary[];
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  scoreParts: ScorePart[];
  path: ApiPath;
}

export interface Recommendation {
  node: ApiNodeSummary;
  score: number;
  reasons: string[];
  reasonDetails: Reason[];
  path: ApiPath | null;
  scoreParts: ScorePart[];
  related: ApiNodeSummary[];
}

export interface TechAreaCount {
  techArea: ApiNodeSummary;
  count: number;
}

export interface DiasporaCity {
  city: ApiNodeSummary;
  count: number;
  people: ApiNodeSummary[];
  expertise: TechAreaCount[];
}

export interface DiasporaCountry {
  country: ApiNodeSummary;
  count: number;
  cities: DiasporaCity[];
  expertise: TechAreaCount[];
}

export interface DiasporaMap {
  origin: ApiNodeSummary;
  techArea: ApiNodeSummary | null;
  homeRegionCount: number;
  total: number;
  listed: number;
  truncated: boolean;
  countries: DiasporaCountry[];
  expertise: TechAreaCount[];
  ties: ApiRelationship[];
  homeOrganisations: ApiNodeSummary[];
  tiesTruncated: boolean;
}

export interface BrokerScore {
  node: ApiNodeSummary;
  betweenness: number;
  normalised: number;
  community: number;
  communitySize: number;
  rank: number;
  degree: number;
  bridgedCommunities: number;
  reasons: string[];
}

export interface DemandResult {
  demand: ApiNode;
  matches: Recommendation[];
  postedAt: string;
  responseDue: string;
}

export interface Me {
  id: string;
  role: 'viewer' | 'broker' | 'admin';
  seesContactDetails: boolean;
  canChange: boolean;
}

export interface GraphStats {
  nodeCount: number;
  relationshipCount: number;
  labels: { label: string; count: number }[];
}
