// The GraphQL API's result shapes as the web app reads them. They are not written by hand: each is the generated
// type of a document in documents.ts (web/src/core/api/generated.ts, from the SDL by `npm run codegen`), so a field
// renamed in the SDL breaks the type check here and wherever the app reads it.
import { NODE_LABELS, type RelType as ModelRelType } from '../../../../server/model/model.js';
import type * as S from '../../../../server/generated/schema-types.js';
import type * as G from './generated.js';

/**
 * The model's node labels, from the one module that defines them (server/model/model.ts holds no imports, so the
 * app can bundle it without pulling in server code).
 */
export const NODE_TYPES = NODE_LABELS satisfies readonly S.NodeType[];
export type NodeType = (typeof NODE_TYPES)[number];
// The model must name every member of the schema's NodeType enum: this line fails to compile when one is missing.
const everyNodeType: Record<S.NodeType, true> = Object.fromEntries(NODE_TYPES.map((t) => [t, true])) as Record<NodeType, true>;
void everyNodeType;

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
] as const satisfies readonly ModelRelType[];
export type RelType = (typeof REL_TYPES)[number];

export function isRelType(x: unknown): x is RelType {
  return typeof x === 'string' && (REL_TYPES as readonly string[]).includes(x);
}

export type Lang = 'zh' | 'en';

/** A node as the canvas, lists and paths get it: everything but its properties. */
export type ApiNodeSummary = G.NFragment;

/** A node with its properties, as the details drawer (NODE_BY_ID) and a posted demand get it. */
export type ApiNode = G.DFragment;

export type ApiRelationship = G.RFragment;

export type ApiPath = G.PFragment;

/** A path of the path view's answer: with `diversity` when it asked for diverse paths. */
export type PathAnswer = G.PathsQuery['paths'][number];

export type Bridge = G.BridgesQuery['bridges'][number];

/** What if a node left: `fragility` between two ends. */
export type Fragility = G.FragilityQuery['fragility'];

export type Reason = Bridge['reasonDetails'][number];

export type ScorePart = Bridge['scoreParts'][number];

export type SearchHit = G.SearchQuery['search'][number];

export type Subgraph = G.NeighbourhoodQuery['neighbourhood'];

export type TypeCount = Subgraph['totals'][number];

/** Who may bridge, for the `kinds` argument of `bridges`. */
export type BridgeIntermediary = S.BridgeIntermediary;

export type Recommendation = G.RecFragment;

export type DiasporaMap = G.DiasporaQuery['diaspora'];

export type DiasporaCountry = DiasporaMap['countries'][number];

export type DiasporaCity = DiasporaCountry['cities'][number];

export type TechAreaCount = DiasporaMap['expertise'][number];

export type BrokerScore = G.BrokersQuery['brokers'][number];

export type DemandResult = G.PostDemandMutation['postDemand'];

export type Me = G.MeQuery['me'];

export type GraphStats = G.StatsQuery['stats'];
