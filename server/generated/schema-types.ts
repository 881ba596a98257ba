// Generated from server/schema/*.graphql by `npm run codegen`. Do not edit by hand (eslint skips it).
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Talent Bridge GraphQL API. Every answer that ranks or connects things says why (reasons, in Chinese and English)
   * and carries the path that supports it.
   */
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /**
   * An amount of money in fen (1 yuan = 100 fen), exact: a whole number written as a decimal string of digits, such as
   * "1000000000" for 10,000,000 yuan. A string because a GraphQL Int (32 bits) cannot hold 100M yuan (10^10 fen).
   * Inputs accept a string of digits (or a whole-number JSON value up to 2^53 - 1); amounts are never negative and
   * never above 10^15 fen. No floating point is used for money anywhere.
   */
  Fen: { input: string; output: string; }
};

export type NodeType =
  | 'Person'
  | 'Enterprise'
  | 'Lab'
  | 'Organisation'
  | 'Competition'
  | 'TalentPool'
  | 'Region'
  | 'TechArea'
  | 'Project'
  | 'Demand';

export type Direction =
  | 'FORWARD'
  | 'BACKWARD';

/** Where a demand is in its life. `open` when posted; closed states are accepted, declined and withdrawn. */
export type DemandStatus =
  /** Posted, no answer sent yet. */
  | 'open'
  /** A broker sent the firm a shortlist. */
  | 'answered'
  /** The firm took at least one candidate. */
  | 'accepted'
  /** The firm took none of the candidates. */
  | 'declined'
  /** The firm withdrew the order. */
  | 'withdrawn';

export type DeskGroupBy =
  /** Month of posting, in the requested time zone (key YYYY-MM). */
  | 'month'
  /** The pool that takes the order: the county sub-pool of its region when there is one, else the city pool. */
  | 'pool'
  /** The county its region lies in (a demand posted at city level or above has no county). */
  | 'county';

export type CandidateResponse =
  | 'accepted'
  | 'declined';

export type DimensionScoreInput = {
  /** One of the pool's `dimensions`, as written there (e.g. 专业能力). */
  dimension: Scalars['String']['input'];
  /** 0..100. */
  score: Scalars['Int']['input'];
};

export type CountKind =
  /** `type` is a node type (Person, Lab, ...). */
  | 'NODE_TYPE'
  /** `type` is a relationship type (WORKS_AT, ...). */
  | 'REL_TYPE';

export type BridgeKind =
  /** One person tied to both sides. */
  | 'ONE_PERSON'
  /** Two people who know or collaborated with each other, the first tied to `from`, the second to `to`. */
  | 'TWO_PERSON'
  /** An organisation (firm, lab or other organisation) tied to both sides. */
  | 'ORGANISATION';

/** Who may bridge, for the `kinds` argument of `bridges`. */
export type BridgeIntermediary =
  /** One-person bridges and two-person chains. */
  | 'PERSON'
  /** Organisation bridges. */
  | 'ORGANISATION';

export type BridgeSide =
  | 'FROM'
  | 'TO';

/** How an organisation bridge's organisation is tied to `from` or `to`. */
export type BridgeTieKind =
  /** Both take part in the project `via`. */
  | 'PROJECT'
  /** One of the organisation's people (`people`) brokered the project or demand `via` of that side. */
  | 'BROKERED'
  /** PARTNERS_WITH or COLLABORATED_WITH between the two. */
  | 'PARTNER'
  /** PART_OF either way: a unit or joint lab and its parent. */
  | 'UNIT'
  /** A person (`people`) holds posts at both. */
  | 'STAFF'
  /** The side is a person with a post at the organisation. */
  | 'MEMBER';

export type ImportJobKind =
  | 'CHECK'
  | 'COMMIT';

export type ImportJobStatus =
  | 'RUNNING'
  /** Done: a check without bad rows, or a commit that wrote everything. */
  | 'OK'
  /** Bad rows were found: nothing was written. */
  | 'BAD_ROWS'
  /** The importer could not read a file or mapping, or the database failed: see `error`. */
  | 'FAILED'
  /** Stopped (the server shut down): the batches committed before stay; importing again completes it. */
  | 'INTERRUPTED';

/** What came of an introduction. */
export type OutcomeKind =
  /** The two sides met. */
  | 'meeting'
  /** A joint project started (the outcome names it). */
  | 'project'
  /** A contract was signed. */
  | 'contract'
  /** Someone was hired. */
  | 'hire'
  /** The sides decided it was not a fit. */
  | 'no_fit';

export type MilestoneState =
  | 'planned'
  | 'done'
  | 'failed';

/**
 * States of an 安心宝 escrow account: proposed → deposited → released, or deposited → refunded when the first
 * milestone fails.
 */
export type EscrowState =
  | 'proposed'
  | 'deposited'
  | 'released'
  | 'refunded';

export type MilestoneInput = {
  title: Scalars['String']['input'];
  due: Scalars['Date']['input'];
};

export type EscrowInput = {
  /** The research fee in fen; more than 0. */
  feeTotal: Scalars['Fen']['input'];
  /** Whole percent paid in first, 1..100. */
  escrowPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The risk pool that covers the project. */
  riskPoolId: Scalars['ID']['input'];
};

export type CreateProjectInput = {
  /** Generated when absent; must not be taken. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** The firm (Enterprise) and the lab (Lab, or another Enterprise or Organisation) that take part. */
  firmId: Scalars['ID']['input'];
  labId: Scalars['ID']['input'];
  start: Scalars['Date']['input'];
  end?: InputMaybe<Scalars['Date']['input']>;
  /** 1..20 milestones in order; due dates may not go backwards. */
  milestones: Array<MilestoneInput>;
  /** Present for an 安心宝 project. */
  escrow?: InputMaybe<EscrowInput>;
  /** The introduction that led to the project; it gets a `project` outcome. */
  introductionId?: InputMaybe<Scalars['ID']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RiskPoolInput = {
  /** Generated when absent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  capital: Scalars['Fen']['input'];
  perProjectCap?: InputMaybe<Scalars['Fen']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Role labels a Person may carry beside Person. */
export type PersonRole =
  | 'TechManager'
  | 'Researcher'
  | 'Entrepreneur'
  | 'Expert';

export type PersonInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the person's role labels when given. */
  roles?: InputMaybe<Array<PersonRole>>;
  title?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Scalars['String']['input']>;
  birthday?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  wechat?: InputMaybe<Scalars['String']['input']>;
  consent?: InputMaybe<Scalars['Boolean']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
};

export type EnterpriseInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  founded?: InputMaybe<Scalars['Int']['input']>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  sme?: InputMaybe<Scalars['Boolean']['input']>;
  activityType?: InputMaybe<Scalars['String']['input']>;
};

export type LabInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** provincial_lab, joint_lab, university, research_institute or innovation_platform. */
  kind?: InputMaybe<Scalars['String']['input']>;
  founded?: InputMaybe<Scalars['Int']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  activityType?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** public_body or other. */
  kind?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  activityType?: InputMaybe<Scalars['String']['input']>;
};

export type CompetitionInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
  edition?: InputMaybe<Scalars['Int']['input']>;
  tracks?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TalentPoolInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** city or county. */
  kind?: InputMaybe<Scalars['String']['input']>;
  dimensions?: InputMaybe<Array<Scalars['String']['input']>>;
  responseHours?: InputMaybe<Scalars['Int']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** country, province, city or county. */
  level?: InputMaybe<Scalars['String']['input']>;
  population?: InputMaybe<Scalars['Int']['input']>;
  overseasPopulation?: InputMaybe<Scalars['Int']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  lat?: InputMaybe<Scalars['Float']['input']>;
  lon?: InputMaybe<Scalars['Float']['input']>;
};

export type TechAreaInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Date']['input']>;
  end?: InputMaybe<Scalars['Date']['input']>;
  budget?: InputMaybe<Scalars['Float']['input']>;
  totalCost?: InputMaybe<Scalars['Float']['input']>;
  escrowPercent?: InputMaybe<Scalars['Float']['input']>;
  /** none, or the escrow account's state: proposed, deposited, released or refunded. */
  escrowState?: InputMaybe<Scalars['String']['input']>;
  milestones?: InputMaybe<Array<Scalars['String']['input']>>;
  nextMilestone?: InputMaybe<Scalars['String']['input']>;
  nextMilestoneDue?: InputMaybe<Scalars['Date']['input']>;
  programme?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type DemandInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  postedAt?: InputMaybe<Scalars['DateTime']['input']>;
  responseDue?: InputMaybe<Scalars['DateTime']['input']>;
  techAreaIds?: InputMaybe<Array<Scalars['String']['input']>>;
  regionId?: InputMaybe<Scalars['String']['input']>;
};

/** Where recommendLabs puts the labs a firm already shared a project with. */
export type ProjectPartners =
  /** After every other lab, flagged: looking for new partners (the default). */
  | 'LAST'
  /** Ranked with the others, a repeat partnership counting for them: filling a new project's consortium. */
  | 'RANKED';

export type ViewerRole =
  | 'viewer'
  | 'broker'
  | 'admin';

export type AuditAction =
  | 'change'
  | 'contact_read'
  | 'import'
  | 'restart';
