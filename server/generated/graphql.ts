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

/** Any node of the graph. `properties` holds the model's fields as plain JSON; personal fields are masked for viewers. */
export type Node = {
  __typename?: 'Node';
  id: Scalars['ID']['output'];
  type: NodeType;
  labels: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  illustrative: Scalars['Boolean']['output'];
  properties: Scalars['JSON']['output'];
};

export type Relationship = {
  __typename?: 'Relationship';
  id: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  /** Entity id of the start node. */
  from: Scalars['ID']['output'];
  /** Entity id of the end node. */
  to: Scalars['ID']['output'];
  /** FORWARD when the path walks this relationship from `from` to `to`, BACKWARD otherwise. */
  direction: Direction;
  properties: Scalars['JSON']['output'];
};

export type Direction =
  | 'FORWARD'
  | 'BACKWARD';

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<Node>;
  relationships: Array<Relationship>;
  /** Sum of the relationships' strengths (missing strength counts as 0.5); higher is a stronger chain. */
  weight: Scalars['Float']['output'];
  /** Set on the paths of `paths(diverse: true)`: whether k disjoint paths were found, and if not, why not. */
  diversity?: Maybe<PathDiversity>;
};

/**
 * A reason in both languages. `text` is in the language the request asked for (Accept-Language or the `lang`
 * argument), Chinese by default.
 */
export type Reason = {
  __typename?: 'Reason';
  code: Scalars['String']['output'];
  zh: Scalars['String']['output'];
  en: Scalars['String']['output'];
};

export type LabelCount = {
  __typename?: 'LabelCount';
  label: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type GraphStats = {
  __typename?: 'GraphStats';
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  labels: Array<LabelCount>;
};

export type Query = {
  __typename?: 'Query';
  /** Counts read from Neo4j. */
  stats: GraphStats;
  /**
   * The order queue: demands posted in a region or a pool's region (sub-regions included; a county sub-pool's orders
   * count in its city pool), soonest due first (`responseDue`, then id). `scopeId` is a Region or a TalentPool; all
   * demands when absent. `status` keeps those states (all when absent or empty); `dueBefore` keeps demands due before
   * that instant (with `status: [open]` and `dueBefore: now` this is the overdue queue). `asOf` is the instant that
   * `hoursLeft`, `overdue` and `late` are measured at (the server clock when absent). `limit` 1..200; `after` is the
   * `nextCursor` of the previous page.
   */
  demandDesk: DemandDeskPage;
  /**
   * One demand with its firm, needed tech areas, region, pool, shortlist with the firm's responses, its timeline and
   * its history of changes (audit events). NOT_FOUND when no Demand has this id.
   */
  demand: DeskDemand;
  /**
   * The 48-hour record of demands posted in [from, to) in a scope (see demandDesk), in total and, with `groupBy`,
   * per month of posting (in `timeZone`), per pool or per county. Counts are as they stood at `asOf` (the server clock
   * when absent): an answer, a response or a withdrawal after `asOf` is not counted yet. `from` defaults to the first
   * demand, `to` to `asOf`. Viewers may read these aggregates.
   */
  deskStats: DeskStats;
  /**
   * Members of a pool and of its sub-pools (a county sub-pool member counts in the city pool), each with the pool they
   * were admitted to (`pool`), best average admission score first (members without scores last), then id. `tags`
   * keeps members with every tag given; `minScores` keeps members scoring at least that much on each dimension named
   * (brokers and admins only: FORBIDDEN for viewers); `techArea` keeps members EXPERT_IN that area or a narrower one.
   * Only current members (no `end`) are listed. `limit` 1..200; `after` is the previous page's `nextCursor`.
   */
  poolMembers: PoolMemberPage;
  /** The fields a node of `type` (Person, Enterprise, ...) may carry, in form order. Unknown types: BAD_USER_INPUT. */
  modelFields: Array<ModelField>;
  /** Relationship types the model allows from a node of `fromType` to one of `toType`. */
  tieTypes: Array<TieType>;
  /**
   * Full-text search over Chinese and English names, aliases and pinyin (a Latin word also matches as a prefix:
   * "qingt" finds 青田 / Qingtian). Ranked by relevance; `types` keeps only those node types. Any text is accepted
   * (Lucene syntax is escaped); empty text is BAD_USER_INPUT. `limit` is 1..100.
   */
  search: Array<SearchHit>;
  /** One node by id, or null when no node has that id. */
  node?: Maybe<Node>;
  /**
   * The node and its neighbours up to `depth` (1..3) hops, optionally only over `relTypes`. Expanded level by level;
   * at each level at most `limitPerType` (1..500) neighbours of each node type are kept, strongest ties first.
   * `truncated` says per node type and per relationship type how many were left out by the caps. `asOf` keeps only
   * ties whose start..end interval contains that date (a missing start or end is open), as in `paths` and `bridges`;
   * the counts then count only those ties.
   */
  neighbourhood: Subgraph;
  /**
   * The `k` (1..10) shortest simple paths of at most `maxHops` (1..8) relationships, ordered by length and then by
   * weight (sum of tie strengths, higher first). Undirected unless `directed` is true. `relTypes` restricts the
   * relationship types, `asOf` keeps only ties whose start..end interval contains that date (a missing start or end
   * is open), `exclude` lists node ids the paths must not pass through. Paths do not pass through hubs (nodes with
   * more than 1,000 ties, such as a region, a tech area or a very large lab): through them everyone is two steps
   * from everyone, which says nothing; a hub may still be `from` or `to`. An empty list means no such path exists.
   * With `diverse: true`, up to k paths that share no intermediate node (same rules otherwise), each carrying
   * `diversity`: when fewer than k come back, no other path of at most `maxHops` avoids their intermediate nodes
   * (docs/lenses.md).
   */
  paths: Array<Path>;
  /**
   * Who could connect `from` (usually an enterprise) to `to` (usually a lab): people tied to both sides, and with
   * `maxIntermediaries: 2` also pairs of people who know or collaborated with each other, one tied to each side; and
   * organisations tied to both sides (shared projects, brokered projects, partnerships, joint labs, shared people),
   * with the people who carry those ties where known. `kinds` keeps only people or only organisations (default both;
   * an empty list is BAD_USER_INPUT). Every one-person bridge is considered before ranking; the organisation search
   * is bounded per side (see docs/scoring.md). `limit` (1..100) caps only the returned list. People and organisations
   * are ranked together by a score in [0,1]; each bridge says why, in both languages.
   */
  bridges: Array<Bridge>;
  /** Import jobs on this store, newest first (the last 50 finished and any running one). Admins only. */
  importJobs: Array<ImportJob>;
  /** One import job by its id; null when there is none (or the server restarted since). Admins only. */
  importJob?: Maybe<ImportJob>;
  /** The largest upload the server accepts, in bytes (TB_UPLOAD_MAX_BYTES). Admins only. */
  importUploadLimit: Scalars['Float']['output'];
  /**
   * Introductions, newest first (by date, then id), keeping those that match every filter given: `brokerId` (the
   * broker), `firmId` (the `from` side), `labId` (the `to` side), `personId` (the broker or one of the
   * intermediaries), and `from`/`to` (dates, inclusive). `limit` 1..100; `after` is the `nextCursor` of the page
   * before (a cursor from another filter is BAD_USER_INPUT). Brokers and admins only.
   */
  introductions: IntroductionPage;
  /** One introduction with its outcomes, or null when no introduction has that id. Brokers and admins only. */
  introduction?: Maybe<Introduction>;
  /**
   * A project with its milestones, escrow account and risk pool, or null when no project has that id. Any project of
   * the graph can be asked for: one without ledger data has no milestones and no escrow.
   */
  project?: Maybe<Project>;
  /** A risk pool (科创风险池), or null when none has that id. */
  riskPool?: Maybe<RiskPool>;
  /** Every risk pool, by name. */
  riskPools: Array<RiskPool>;
  /**
   * The track record of a person (as broker or intermediary) or an organisation (an enterprise, lab or organisation,
   * as a side of introductions): counts, the decayed and smoothed score the rankings use, and introductions and
   * outcomes by quarter. `asOf` (default today) is the date ages are measured at. A person's record: brokers and
   * admins only. Other node types: BAD_USER_INPUT.
   */
  trackRecord: TrackRecord;
  /**
   * What if this person or organisation left? Between `from` and `to` (a firm and a lab, or any two nodes): the
   * nodes whose removal cuts every path of at most `maxHops` (1..6) relationships, or every bridge that `bridges`
   * finds; for each, how many of today's paths and bridges fall away and what remains without it. "Critical" is
   * exact: a node is listed with `cutsAllPaths` exactly when no path of at most `maxHops` joins the ends without it.
   * Paths follow the same rules as `paths` (undirected, `relTypes`, `asOf`, never through hubs).
   */
  fragility: Fragility;
  /**
   * In a region (with its sub-regions), a talent pool (with its sub-pools) or a tech area (with its sub-areas): the
   * people whose departure would disconnect the most firm–lab pairs tied today through people, a firm–person–lab
   * tie (2 hops) or a firm–person–person–lab chain over KNOWS or COLLABORATED_WITH (3 hops), both people in scope.
   * Ranked by the pairs they alone carry; `limit` is 1..100.
   */
  regionFragility: RegionFragility;
  /**
   * A region's gaps: the tech areas its firms need (the areas of their open demands and their stated focus) against
   * what its own labs research and its own people are expert in; for each uncovered need the best outside labs, the
   * diaspora natives (from the region or a sub-region, living elsewhere) with that expertise, and the bridges to
   * them, each with reasons. `limit` (1..20) caps the labs and people listed per gap.
   */
  regionGaps: RegionGaps;
  /**
   * Labs that suit an enterprise: topical fit (the firm's FOCUSES_ON areas against the lab's RESEARCHES areas, parent
   * and child areas included), network proximity (distinct people bridging the two) and, when the firm takes part in
   * projects with others, its project network (how many of its project partners worked with the lab, and the lab's
   * project activity). Labs the firm already PARTNERS_WITH, and its own joint labs (PART_OF the firm), are ranked too
   * at half score, flagged (ALREADY_PARTNER, OWN_JOINT_LAB); labs it already shared a project with come last, flagged
   * (ALREADY_PROJECT_PARTNER) unless `projectPartners: RANKED`. Never empty while the firm takes part in a project.
   * `limit` 1..100. Scoring: docs/scoring.md; measured on held-out real data: eval/RESULTS.md.
   */
  recommendLabs: Array<Recommendation>;
  /**
   * Talents for a posted Demand: members of talent pools (pools in the demand's region or its parent first), the
   * diaspora of the demand's region and competition winners, scored on expertise against the Demand's NEEDS areas.
   * `limit` 1..100.
   */
  recommendTalents: Array<Recommendation>;
  /**
   * Link prediction for a person: people they do not yet KNOW or COLLABORATE_WITH, scored on shared neighbours
   * (Adamic-Adar over shared people and, by their size, shared organisations), shared tech areas and shared
   * organisations. `limit` 1..100.
   */
  recommendCollaborators: Array<Recommendation>;
  /**
   * Where the people who originate from a region (or any of its sub-regions) live outside it, grouped by country and
   * city, with their expertise and their ties back to organisations located in the home region. `techArea` keeps
   * only people EXPERT_IN that area or one of its sub-areas. People are listed a page at a time: `limit` (1..200)
   * people per page, `after` the previous page's `nextCursor`; the first page gives every city a fair share, and
   * following pages continue that order, so the pages together list everyone exactly once. Counts (total, per
   * country, per city, expertise) are always complete, on every page. `asOf` asks as of that date: where each person
   * lived then, and only expertise and ties home that held then (start..end contains the date; a missing start or end
   * is open), as in `paths` and `bridges`.
   */
  diaspora: DiasporaMap;
  /**
   * Betweenness centrality and Louvain community per node, computed with Neo4j Graph Data Science on the subgraph
   * around `scopeId` (a Region, TechArea or TalentPool) or on the whole graph. Highest betweenness first. `limit`
   * 1..200. `types` ranks only nodes of those types (e.g. [Person]); centrality is still computed on the whole scope.
   * Fails with UNAVAILABLE when the server has no GDS.
   */
  brokers: Array<BrokerScore>;
  /** Who the server takes the caller to be (from the bearer token; anonymous callers are viewers). */
  me: Me;
  /**
   * Audit events, newest first: every change made through the API (with its outcome), every read of contact details
   * by a broker or admin, every import, and every restart of the embedded Neo4j after a crash. Admins only (FORBIDDEN
   * otherwise). `limit` is 1..1000; `since` keeps events at or after that instant; `actor` keeps one caller's events
   * (token name, or jwt:<subject>); `action` is change, contact-read, import or restart.
   */
  auditLog: Array<AuditEvent>;
};


export type QueryDemandDeskArgs = {
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<DemandStatus>>;
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDemandArgs = {
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDeskStatsArgs = {
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  groupBy?: InputMaybe<DeskGroupBy>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoolMembersArgs = {
  poolId: Scalars['ID']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  minScores?: InputMaybe<Array<DimensionScoreInput>>;
  techArea?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelFieldsArgs = {
  type: Scalars['String']['input'];
};


export type QueryTieTypesArgs = {
  fromType: Scalars['String']['input'];
  toType: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  limitPerType?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  exclude?: InputMaybe<Array<Scalars['ID']['input']>>;
  directed?: InputMaybe<Scalars['Boolean']['input']>;
  diverse?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryBridgesArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxIntermediaries?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<BridgeIntermediary>>;
  useTrackRecord?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIntroductionsArgs = {
  brokerId?: InputMaybe<Scalars['ID']['input']>;
  firmId?: InputMaybe<Scalars['ID']['input']>;
  labId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIntroductionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRiskPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrackRecordArgs = {
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFragilityArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRegionFragilityArgs = {
  scopeId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionGapsArgs = {
  regionId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendLabsArgs = {
  enterpriseId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  projectPartners?: InputMaybe<ProjectPartners>;
  useTrackRecord?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRecommendTalentsArgs = {
  demandId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  useTrackRecord?: InputMaybe<Scalars['Boolean']['input']>;
  poolId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRecommendCollaboratorsArgs = {
  personId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDiasporaArgs = {
  originRegionId: Scalars['ID']['input'];
  techArea?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryBrokersArgs = {
  scopeId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryAuditLogArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<AuditAction>;
};

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

/** One page of the order queue. */
export type DemandDeskPage = {
  __typename?: 'DemandDeskPage';
  items: Array<DeskDemand>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Demands matching the filters, over all pages. */
  total: Scalars['Int']['output'];
};

/** A demand as the order desk sees it. */
export type DeskDemand = {
  __typename?: 'DeskDemand';
  id: Scalars['ID']['output'];
  /** The Demand node itself (name, description, properties). */
  node: Node;
  name: Scalars['String']['output'];
  status: DemandStatus;
  postedAt: Scalars['DateTime']['output'];
  /** postedAt + the pool's response hours (48). */
  responseDue: Scalars['DateTime']['output'];
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered (token name or jwt:<subject>); null for viewers. */
  answeredBy?: Maybe<Scalars['String']['output']>;
  /** The message sent with the shortlist; null for viewers. */
  answerMessage?: Maybe<Scalars['String']['output']>;
  /** When it became accepted, declined or withdrawn. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the firm withdrew it; null for viewers. */
  withdrawReason?: Maybe<Scalars['String']['output']>;
  /** Hours from `asOf` until responseDue while open (negative once overdue); null when no longer open. */
  hoursLeft?: Maybe<Scalars['Float']['output']>;
  /** Open past responseDue at `asOf`. */
  overdue: Scalars['Boolean']['output'];
  /** Answered after responseDue. */
  late: Scalars['Boolean']['output'];
  /** Hours past responseDue: until `asOf` while open and overdue, until answeredAt once answered late; null otherwise. */
  hoursLate?: Maybe<Scalars['Float']['output']>;
  /** Hours from postedAt to answeredAt; null until answered. */
  hoursToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Answered within responseDue. */
  answeredInTime?: Maybe<Scalars['Boolean']['output']>;
  /** The firm that posted it (POSTED). */
  firm?: Maybe<Node>;
  /** The demand's region (regionId). */
  region?: Maybe<Node>;
  /** The pool that takes the order: the county sub-pool of its region when there is one, else a pool of a region it lies in. */
  pool?: Maybe<Node>;
  /** Tech areas it NEEDS, highest weight first. */
  techAreas: Array<Node>;
  /** How many people are on the shortlist (also for viewers). */
  shortlistSize: Scalars['Int']['output'];
  /** How many of them the firm accepted (also for viewers). */
  acceptedCount: Scalars['Int']['output'];
  /** The shortlist by rank; empty for viewers. */
  shortlist: Array<Candidate>;
  /** What happened when, from the stored times (posted, answered, responses, closed). */
  timeline: Array<DemandMilestone>;
  /** Changes made to this demand through the API, oldest first (audit events); empty for viewers. */
  history: Array<DemandEvent>;
  /** Goes up by one with every change; pass it as `expectedVersion` to refuse changes made in between. */
  version: Scalars['Int']['output'];
};

/** A person on a demand's shortlist (a PROPOSED tie), with the snapshot taken when they were proposed. */
export type Candidate = {
  __typename?: 'Candidate';
  person: Node;
  /** 1 = first. */
  rank: Scalars['Int']['output'];
  /** The recommendTalents score when proposed (0 when the person was outside the ranking). */
  score: Scalars['Float']['output'];
  /** The reasons as they stood when proposed, in the request's language. */
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
  proposedBy: Scalars['String']['output'];
  proposedAt: Scalars['DateTime']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The firm's answer about this person; null until recorded. */
  response?: Maybe<CandidateResponse>;
  responseNote?: Maybe<Scalars['String']['output']>;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A step of a demand's life, from the times stored on it and its shortlist. */
export type DemandMilestone = {
  __typename?: 'DemandMilestone';
  at: Scalars['DateTime']['output'];
  /** posted, proposed, answered, accepted, declined (a candidate), closed_accepted, closed_declined, withdrawn. */
  kind: Scalars['String']['output'];
  /** Who did it, when known; null for viewers. */
  actor?: Maybe<Scalars['String']['output']>;
  /** The person concerned (proposed, accepted, declined); null for viewers. */
  personId?: Maybe<Scalars['ID']['output']>;
};

/** One audit event about a demand. */
export type DemandEvent = {
  __typename?: 'DemandEvent';
  at: Scalars['DateTime']['output'];
  actor: Scalars['String']['output'];
  /** The mutation (proposeCandidates, answerDemand...). */
  operation: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  /** ok, failed or started. */
  status: Scalars['String']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  /** The arguments as JSON text. */
  variables?: Maybe<Scalars['String']['output']>;
};

export type DeskStats = {
  __typename?: 'DeskStats';
  from?: Maybe<Scalars['DateTime']['output']>;
  to: Scalars['DateTime']['output'];
  asOf: Scalars['DateTime']['output'];
  groupBy?: Maybe<DeskGroupBy>;
  total: DeskFigures;
  /** One group per month, pool or county that has demands (months in order, others largest first); empty without groupBy. */
  groups: Array<DeskStatsGroup>;
};

export type DeskStatsGroup = {
  __typename?: 'DeskStatsGroup';
  /** YYYY-MM, or the pool's or county's id; `none` for demands without a pool or county. */
  key: Scalars['String']['output'];
  /** The pool or county; null for months and for `none`. */
  node?: Maybe<Node>;
  figures: DeskFigures;
};

/** The 48-hour record of a set of demands, at `asOf`. Shares and rates are null when their denominator is 0. */
export type DeskFigures = {
  __typename?: 'DeskFigures';
  /** Demands posted. */
  posted: Scalars['Int']['output'];
  /** Answered (by asOf). */
  answered: Scalars['Int']['output'];
  /** Answered no later than responseDue. */
  answeredInTime: Scalars['Int']['output'];
  /** Answered after responseDue. */
  answeredLate: Scalars['Int']['output'];
  /**
   * answeredInTime / (answered + demands whose 48 hours ran out unanswered: still open past due, or withdrawn
   * unanswered after their due time).
   */
  inTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Median hours from posting to answer, over answered demands (linear interpolation between ranks). */
  medianHoursToAnswer?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the hours to answer (linear interpolation, as percentileCont). */
  p90HoursToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Closed as accepted (by asOf). */
  accepted: Scalars['Int']['output'];
  /** Closed as declined. */
  declined: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
  /** accepted / (accepted + declined). */
  acceptanceRate?: Maybe<Scalars['Float']['output']>;
  /** Still open at asOf. */
  open: Scalars['Int']['output'];
  /** Open and past responseDue at asOf. */
  overdue: Scalars['Int']['output'];
};

/** A dimension's score in an admission, 0..100. */
export type DimensionScore = {
  __typename?: 'DimensionScore';
  dimension: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type DimensionScoreInput = {
  /** One of the pool's `dimensions`, as written there (e.g. 专业能力). */
  dimension: Scalars['String']['input'];
  /** 0..100. */
  score: Scalars['Int']['input'];
};

/** One page of a pool's members. */
export type PoolMemberPage = {
  __typename?: 'PoolMemberPage';
  items: Array<PoolMember>;
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Members matching the filters, over all pages. */
  total: Scalars['Int']['output'];
};

/** A person's admission to a pool (a MEMBER_OF tie). */
export type PoolMember = {
  __typename?: 'PoolMember';
  person: Node;
  /** The pool they were admitted to (a sub-pool when listed under a city pool). */
  pool: Node;
  /** The dimensions they were admitted on. */
  dimensions: Array<Scalars['String']['output']>;
  /** Scores per dimension; empty for viewers and for admissions recorded without scores. */
  scores: Array<DimensionScore>;
  /** Mean of the scores; null without scores or for viewers. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  tags: Array<Scalars['String']['output']>;
  admittedOn?: Maybe<Scalars['Date']['output']>;
  /** Who admitted them through the API; null for older records and for viewers. */
  admittedBy?: Maybe<Scalars['String']['output']>;
  /** Set when they left the pool. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  illustrative: Scalars['Boolean']['output'];
};

export type ModelField = {
  __typename?: 'ModelField';
  name: Scalars['String']['output'];
  /** string, string[], int, int[], float, boolean, date or datetime. */
  type: Scalars['String']['output'];
  /** The values the field accepts when it is an enumeration; empty otherwise. */
  allowed: Array<Scalars['String']['output']>;
  /** Contact or personal details (masked for viewers). */
  personal: Scalars['Boolean']['output'];
};

export type TieType = {
  __typename?: 'TieType';
  type: Scalars['String']['output'];
  /** Its own properties beside the common ones (role, start, end, strength). */
  properties: Array<ModelField>;
};

export type UndoResult = {
  __typename?: 'UndoResult';
  /** The audit event of the change that was undone. */
  eventId: Scalars['ID']['output'];
  /** Its operation name. */
  operation: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Ids of the nodes it concerned. */
  subjects: Array<Scalars['ID']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  /** Relevance from the full-text index (higher is better); comparable within one answer only. */
  score: Scalars['Float']['output'];
  /** The name, alias or pinyin of the node that matched the text best. */
  matched?: Maybe<Scalars['String']['output']>;
  /** Which field matched: name, nameZh, nameEn, alias or pinyin. */
  matchedField?: Maybe<Scalars['String']['output']>;
};

export type CountKind =
  /** `type` is a node type (Person, Lab, ...). */
  | 'NODE_TYPE'
  /** `type` is a relationship type (WORKS_AT, ...). */
  | 'REL_TYPE';

export type TypeCount = {
  __typename?: 'TypeCount';
  kind: CountKind;
  type: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Nodes and edges that a canvas can draw directly. Every edge's `from` and `to` are ids of nodes in `nodes`. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The node the neighbourhood is centred on. */
  root: Node;
  nodes: Array<Node>;
  edges: Array<Relationship>;
  /** Hop distance of each node from the root (0 for the root). */
  distances: Array<NodeDistance>;
  /**
   * Neighbours (by node type) and ties (by relationship type) found around the expanded nodes, before the caps,
   * summed over the levels.
   */
  totals: Array<TypeCount>;
  /**
   * Per node type and per relationship type, how many the caps left out, summed over the levels (a node left out at
   * one level can still be reached through a kept node at the next). Empty when nothing was cut.
   */
  truncated: Array<TypeCount>;
  /** Number of nodes and edges returned. */
  nodeCount: Scalars['Int']['output'];
  edgeCount: Scalars['Int']['output'];
  /** Number of neighbours found before the caps (the root excluded). */
  totalNeighbours: Scalars['Int']['output'];
  /**
   * True when some ties went unread: at most 2,000 ties of one type are read per node (fewer when a level expands
   * many nodes, never fewer than `limitPerType`). Counts per relationship type stay exact; per node type, the unread
   * ones are estimated from the ones read.
   */
  estimated: Scalars['Boolean']['output'];
};

export type NodeDistance = {
  __typename?: 'NodeDistance';
  id: Scalars['ID']['output'];
  depth: Scalars['Int']['output'];
};

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

/** One tie of an organisation bridge's organisation to one side. */
export type BridgeTie = {
  __typename?: 'BridgeTie';
  side: BridgeSide;
  kind: BridgeTieKind;
  /** The relationship type that reaches the organisation (PARTICIPATES_IN, BROKERED, PARTNERS_WITH, PART_OF, WORKS_AT...). */
  type: Scalars['String']['output'];
  /** The project or demand the tie goes through, if any. */
  via?: Maybe<Node>;
  /** The year the tie started (a project's start when the participation has none), if known. */
  year?: Maybe<Scalars['Int']['output']>;
  /** The people who carry this tie, where known. */
  people: Array<Node>;
};

/** One weighted part of a bridge's score (see docs/scoring.md). */
export type ScorePart = {
  __typename?: 'ScorePart';
  code: Scalars['String']['output'];
  /** The part's value in [0,1] before weighting. */
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
  /**
   * For a centred part (trackRecord): the value that adds nothing to the score; such a part adds
   * weight × (value − neutral), so a newcomer with no history is neither punished nor rewarded. Null for ordinary
   * parts, which add weight × value.
   */
  neutral?: Maybe<Scalars['Float']['output']>;
};

export type Bridge = {
  __typename?: 'Bridge';
  kind: BridgeKind;
  /** The people in order from `from` to `to`, or the one organisation. */
  intermediaries: Array<Node>;
  /** In [0,1]; higher is a more promising bridge. */
  score: Scalars['Float']['output'];
  /** Why, in the request's language. */
  reasons: Array<Scalars['String']['output']>;
  /** Why, with a code and both languages. */
  reasonDetails: Array<Reason>;
  /** How the score was made. */
  scoreParts: Array<ScorePart>;
  /** `from` - intermediaries - `to`, along the ties that support the bridge (for an organisation, its strongest tie to each side). */
  path: Path;
  /** For an organisation bridge: the people who carry its ties to either side, where known. Empty for people bridges. */
  carriers: Array<Node>;
  /** For an organisation bridge: each of its ties to `from` and `to`. Empty for people bridges. */
  ties: Array<BridgeTie>;
};

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

export type ImportJob = {
  __typename?: 'ImportJob';
  id: Scalars['ID']['output'];
  kind: ImportJobKind;
  status: ImportJobStatus;
  /** Who started it. */
  actor: Scalars['String']['output'];
  /** The data files, by the names they were uploaded with. */
  files: Array<Scalars['String']['output']>;
  mapping?: Maybe<Scalars['String']['output']>;
  /** For a COMMIT, the CHECK it commits. */
  checkId?: Maybe<Scalars['ID']['output']>;
  /** For a CHECK, the COMMIT that wrote its files, once there is one. */
  commitId?: Maybe<Scalars['ID']['output']>;
  startedAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** `check` (reading and checking rows) or `write`; null before the first progress. */
  stage?: Maybe<Scalars['String']['output']>;
  /** Rows handled in the current stage. */
  rowsDone: Scalars['Float']['output'];
  /** All rows to write (write stage only). */
  rowsTotal?: Maybe<Scalars['Float']['output']>;
  rowsPerSecond?: Maybe<Scalars['Float']['output']>;
  /** Seconds left in the current stage, estimated from its speed so far. */
  etaSeconds?: Maybe<Scalars['Float']['output']>;
  /** Bad rows found (all of them counted; `problems` lists the first 1,000). */
  problemCount: Scalars['Int']['output'];
  problems: Array<ImportProblem>;
  /** The closing summary, once the job is done. */
  summary?: Maybe<ImportSummary>;
  /** Why the job failed: a file, mapping or header the importer cannot read, or the database. */
  error?: Maybe<Scalars['String']['output']>;
};

/** A bad row: where it is (the physical line, the 1-based column or the JSON key's position) and what is wrong. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  file: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  column: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** A check's summary says what a commit would write; nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  rows: Scalars['Float']['output'];
  files: Array<ImportFileSummary>;
  nodes: Array<ImportCount>;
  relationships: Array<ImportCount>;
  nodesWritten: Scalars['Float']['output'];
  relationshipsWritten: Scalars['Float']['output'];
  newNodes: Scalars['Float']['output'];
  existingNodes: Scalars['Float']['output'];
  /** Empty properties of stored nodes that get a value. */
  filled: Scalars['Float']['output'];
  /** Stored values that differ from the files (kept: the web import fills, it never replaces). */
  differing: Scalars['Float']['output'];
  elapsedMs: Scalars['Float']['output'];
  /** file:line of the last row committed, when the job was interrupted. */
  stoppedAt?: Maybe<Scalars['String']['output']>;
};

export type ImportFileSummary = {
  __typename?: 'ImportFileSummary';
  file: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  rows: Scalars['Float']['output'];
};

export type ImportCount = {
  __typename?: 'ImportCount';
  name: Scalars['String']['output'];
  count: Scalars['Float']['output'];
};

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

export type Introduction = {
  __typename?: 'Introduction';
  id: Scalars['ID']['output'];
  /** When the introduction was made. */
  date: Scalars['Date']['output'];
  /** The firm (usually an Enterprise). */
  from: Node;
  /** The lab (usually a Lab). */
  to: Node;
  /** The people who carried the introduction, in order from `from` to `to`. */
  intermediaries: Array<Node>;
  /** The technology manager who made it. */
  broker: Node;
  note?: Maybe<Scalars['String']['output']>;
  /** Who recorded it (the caller's token name or jwt:<subject>). */
  recordedBy: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Every outcome, oldest first (by date, then by when it was recorded). */
  outcomes: Array<Outcome>;
  /** The most recent outcome, or null while there is none. */
  lastOutcome?: Maybe<Outcome>;
  /** True for invented demo or generated data. */
  illustrative: Scalars['Boolean']['output'];
};

export type Outcome = {
  __typename?: 'Outcome';
  id: Scalars['ID']['output'];
  kind: OutcomeKind;
  date: Scalars['Date']['output'];
  /** The project it led to, when one is named. */
  project?: Maybe<Node>;
  note?: Maybe<Scalars['String']['output']>;
  recordedBy: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  illustrative: Scalars['Boolean']['output'];
};

/** One page of introductions. */
export type IntroductionPage = {
  __typename?: 'IntroductionPage';
  items: Array<Introduction>;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  hasMore: Scalars['Boolean']['output'];
  /** How many introductions match the filters in all (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

export type MilestoneState =
  | 'planned'
  | 'done'
  | 'failed';

export type Milestone = {
  __typename?: 'Milestone';
  /** 0-based position; milestones are done in this order. */
  index: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  due: Scalars['Date']['output'];
  state: MilestoneState;
  /** What shows the milestone was reached (or why it failed). */
  evidence?: Maybe<Scalars['String']['output']>;
  /** When it was done or failed. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** For a done milestone: doneOn <= due. Null while planned. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
};

/**
 * States of an 安心宝 escrow account: proposed → deposited → released, or deposited → refunded when the first
 * milestone fails.
 */
export type EscrowState =
  | 'proposed'
  | 'deposited'
  | 'released'
  | 'refunded';

/**
 * An 安心宝 escrow account (科创安心宝账户), all amounts in fen. Invariants: deposited is 0 or depositDue;
 * after release, released = feeTotal = deposited + balancePaid; after refund, refunded = deposited and released = 0.
 */
export type EscrowAccount = {
  __typename?: 'EscrowAccount';
  state: EscrowState;
  /** The research fee agreed for the whole project. */
  feeTotal: Scalars['Fen']['output'];
  /** Whole percent of the fee paid in first (10 under 安心宝). */
  escrowPercent: Scalars['Int']['output'];
  /** round-half-up(feeTotal × escrowPercent / 100). */
  depositDue: Scalars['Fen']['output'];
  deposited: Scalars['Fen']['output'];
  /** What went to the platform: the deposit plus the balance. */
  released: Scalars['Fen']['output'];
  /** The balance the firm paid on release: feeTotal − deposited. */
  balancePaid: Scalars['Fen']['output'];
  /** What went back to the firm. */
  refunded: Scalars['Fen']['output'];
  /** What the risk pool paid the platform on a refund. */
  coveredByPool: Scalars['Fen']['output'];
  /** What the platform claimed from the risk pool on a refund. */
  platformCost: Scalars['Fen']['output'];
  depositedOn?: Maybe<Scalars['Date']['output']>;
  releasedOn?: Maybe<Scalars['Date']['output']>;
  refundedOn?: Maybe<Scalars['Date']['output']>;
  riskPool?: Maybe<RiskPool>;
};

/** A risk pool (科创风险池) that shares 安心宝 projects' risk. It never pays out more than it holds. */
export type RiskPool = {
  __typename?: 'RiskPool';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameZh?: Maybe<Scalars['String']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Money put into the pool, in fen. */
  capital: Scalars['Fen']['output'];
  /** Paid out so far. */
  paidOut: Scalars['Fen']['output'];
  /** capital − paidOut. */
  available: Scalars['Fen']['output'];
  /** The most it pays for one project, when it has such a cap. */
  perProjectCap?: Maybe<Scalars['Fen']['output']>;
  /** The Organisation that runs the pool, if known. */
  organisation?: Maybe<Node>;
  /** How many escrow accounts it covers. */
  projectCount: Scalars['Int']['output'];
  illustrative: Scalars['Boolean']['output'];
};

/** A project as the ledger sees it: its graph node, milestones, escrow account and the introductions that led to it. */
export type Project = {
  __typename?: 'Project';
  id: Scalars['ID']['output'];
  node: Node;
  name: Scalars['String']['output'];
  /** The node's status (e.g. active, done, failed). */
  status?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['Date']['output']>;
  end?: Maybe<Scalars['Date']['output']>;
  /** Firms, labs, organisations and people that PARTICIPATES_IN it. */
  participants: Array<Node>;
  /** In order. */
  milestones: Array<Milestone>;
  /** The 安心宝 escrow account, or null when the project has none. */
  escrow?: Maybe<EscrowAccount>;
  /** Introductions with an outcome naming this project (empty for viewers). */
  introductions: Array<Introduction>;
  /** Increases with every ledger change to the project (milestones, escrow). */
  version: Scalars['Int']['output'];
};

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

/** Introductions and their outcomes in one calendar quarter, for a chart. */
export type QuarterCount = {
  __typename?: 'QuarterCount';
  /** YYYY-Qn, e.g. 2025-Q1. */
  quarter: Scalars['String']['output'];
  /** Introductions made in the quarter. */
  introductions: Scalars['Int']['output'];
  /** Outcomes recorded with a date in the quarter, by kind. */
  meetings: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  contracts: Scalars['Int']['output'];
  hires: Scalars['Int']['output'];
  noFit: Scalars['Int']['output'];
};

export type OutcomeKindCount = {
  __typename?: 'OutcomeKindCount';
  kind: OutcomeKind;
  count: Scalars['Int']['output'];
};

/** What came of the introductions a person made (as broker or intermediary) or an organisation was a side of. */
export type TrackRecord = {
  __typename?: 'TrackRecord';
  subject: Node;
  asOf: Scalars['Date']['output'];
  /** Introductions counted (each once, even when the person was both broker and intermediary). */
  introductions: Scalars['Int']['output'];
  asBroker: Scalars['Int']['output'];
  asIntermediary: Scalars['Int']['output'];
  /** Introductions with a project, contract or hire outcome. */
  successful: Scalars['Int']['output'];
  /** Introductions with a project outcome. */
  becameProjects: Scalars['Int']['output'];
  /** Introductions by the kind of their latest outcome (those without an outcome are not listed). */
  outcomes: Array<OutcomeKindCount>;
  /** Milestones of the projects these introductions led to. */
  milestonesDone: Scalars['Int']['output'];
  milestonesOnTime: Scalars['Int']['output'];
  milestonesFailed: Scalars['Int']['output'];
  escrowReleased: Scalars['Int']['output'];
  escrowRefunded: Scalars['Int']['output'];
  /**
   * The smoothed, age-decayed success rate in [0,1] that the trackRecord score part uses (docs/scoring.md);
   * 0.5 with no history.
   */
  score: Scalars['Float']['output'];
  /** The decayed number of trials behind `score` (0 with no history). */
  evidence: Scalars['Float']['output'];
  /** The reason the rankings show, in the request's language; null with no history. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The same reason with its code (TRACK_RECORD) in both languages; null with no history. */
  reasonDetail?: Maybe<Reason>;
  /** Quarters from the first introduction to the last activity, oldest first, with empty quarters included. */
  byQuarter: Array<QuarterCount>;
};

/** How `paths(diverse: true)` went: shared by every path of that answer; null on plain `paths`. */
export type PathDiversity = {
  __typename?: 'PathDiversity';
  /** k as asked. */
  requested: Scalars['Int']['output'];
  /** Paths returned; they are pairwise disjoint in their intermediate nodes. */
  found: Scalars['Int']['output'];
  /** True when `found` equals `requested`. */
  complete: Scalars['Boolean']['output'];
  /**
   * When set, at most this many node-disjoint paths can exist through the nodes that paths of at most `maxHops` use,
   * so fewer than k is proven; null when the bound was not needed or is at least k.
   */
  upperBound?: Maybe<Scalars['Int']['output']>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

/** A node whose loss cuts every bounded path or every bridge between the ends of `fragility`. */
export type FragileNode = {
  __typename?: 'FragileNode';
  node: Node;
  /** No path of at most maxHops joins the ends without this node. */
  cutsAllPaths: Scalars['Boolean']['output'];
  /** Every bridge listed in `Fragility.bridges` goes through this node (false when there are none). */
  cutsAllBridges: Scalars['Boolean']['output'];
  /** It carries all of it: every bounded path, and every bridge when there are any. */
  singlePointOfFailure: Scalars['Boolean']['output'];
  /** How many of the shortest paths pass through it (of `Fragility.shortestPathCount`). */
  shortestPathsThrough: Scalars['Float']['output'];
  /** How many of `Fragility.paths` pass through it. */
  pathsLost: Scalars['Int']['output'];
  /** How many of `Fragility.bridges` fall away without it (it is an intermediary or on the bridge's path). */
  bridgesLost: Scalars['Int']['output'];
  /** The shortest path left without it, of at most maxHops + 2 hops (at most 8); null when none. */
  remainingPath?: Maybe<Path>;
  /** The best-ranked bridge left without it; null when none. */
  remainingBridge?: Maybe<Bridge>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type Fragility = {
  __typename?: 'Fragility';
  from: Node;
  to: Node;
  maxHops: Scalars['Int']['output'];
  asOf?: Maybe<Scalars['Date']['output']>;
  /** True when some path of at most maxHops joins the ends. */
  connected: Scalars['Boolean']['output'];
  shortestLength?: Maybe<Scalars['Int']['output']>;
  /** Number of shortest paths (can be large, hence a float). */
  shortestPathCount: Scalars['Float']['output'];
  /**
   * Nodes the search read around the ends to decide the answer (the ends included). The search stops as soon as the
   * answer is decided, so this is not every node on a path of at most maxHops.
   */
  corridorSize: Scalars['Int']['output'];
  /**
   * Today's paths: up to 5 of the shortest paths (of at most maxHops), those with the highest weight (sum of tie
   * strengths) first.
   */
  paths: Array<Path>;
  /** Today's bridges: the 20 best, as `bridges` ranks them (empty when the ends are not organisations or people). */
  bridges: Array<Bridge>;
  /** Single points of failure first, then nodes that cut every path, then nodes that carry every bridge. */
  critical: Array<FragileNode>;
  singlePointOfFailure: Scalars['Boolean']['output'];
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

/** A firm and a lab tied through people. */
export type FirmLabPair = {
  __typename?: 'FirmLabPair';
  firm: Node;
  lab: Node;
  /** Distinct ways the pair is tied (one person, or a chain of two). */
  connections: Scalars['Int']['output'];
};

export type FragileBroker = {
  __typename?: 'FragileBroker';
  node: Node;
  /** Pairs that every tie of goes through this person: they fall apart if the person leaves. */
  pairsCarried: Scalars['Int']['output'];
  /** Pairs this person takes part in at all. */
  pairsInvolved: Scalars['Int']['output'];
  /** The pairs carried (at most 20). */
  pairs: Array<FirmLabPair>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type RegionFragility = {
  __typename?: 'RegionFragility';
  scope: Node;
  /** People in scope read (see `truncated`). */
  people: Scalars['Int']['output'];
  /** Firm–lab pairs tied through people in scope. */
  pairs: Scalars['Int']['output'];
  /** Pairs that one person carries alone. */
  fragilePairs: Scalars['Int']['output'];
  /** Hop bound of a tie between firm and lab: 3 (firm–person–person–lab). */
  hopBound: Scalars['Int']['output'];
  /** True when the scope had more people than are read (20,000, by id); the answer covers those read. */
  truncated: Scalars['Boolean']['output'];
  brokers: Array<FragileBroker>;
};

/** One tech area the region's firms need, with what covers it at home. */
export type RegionNeed = {
  __typename?: 'RegionNeed';
  techArea: Node;
  /** Firms in the region that need it (open demand or stated focus). */
  firms: Array<Node>;
  /** Open demands of those firms that need it. */
  demands: Array<Node>;
  /** Sum over firms of the need's weight (a demand's NEEDS weight, or 1 for a stated focus). */
  weight: Scalars['Float']['output'];
  /** Labs in the region that research it or a sub-area. */
  localLabs: Array<Node>;
  /** People of the region (living there, or working there with no residence elsewhere) expert in it or a sub-area. */
  localPeople: Scalars['Int']['output'];
  covered: Scalars['Boolean']['output'];
};

/** A person tied both to a lab outside and to a firm of the region that needs the lab's area. */
export type GapBridge = {
  __typename?: 'GapBridge';
  /** The person, as a one-person bridge. */
  intermediaries: Array<Node>;
  firm: Node;
  lab: Node;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type GapLab = {
  __typename?: 'GapLab';
  node: Node;
  /** Where it is (its LOCATED_IN region) and that region's country. */
  place?: Maybe<Node>;
  country?: Maybe<Node>;
  /** In another country than the region. */
  abroad: Scalars['Boolean']['output'];
  /** Its people expert in the needed area. */
  experts: Scalars['Int']['output'];
  /** Its people who are also tied to an organisation in the region. */
  homeLinks: Scalars['Int']['output'];
  bridges: Array<GapBridge>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type GapPerson = {
  __typename?: 'GapPerson';
  node: Node;
  residence?: Maybe<Node>;
  country?: Maybe<Node>;
  abroad: Scalars['Boolean']['output'];
  /** Organisations in the region the person is tied to (their bridges home). */
  homeTies: Array<Node>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type RegionGap = {
  __typename?: 'RegionGap';
  need: RegionNeed;
  outsideLabs: Array<GapLab>;
  diaspora: Array<GapPerson>;
  /** Diaspora natives with the expertise, before `limit`. */
  diasporaTotal: Scalars['Int']['output'];
  /** Every lab and person found is in another country: the need is met only from abroad. */
  onlyFromAbroad: Scalars['Boolean']['output'];
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

export type RegionGaps = {
  __typename?: 'RegionGaps';
  region: Node;
  /** The region and its sub-regions. */
  homeRegionCount: Scalars['Int']['output'];
  /** Every need, covered or not, most needed first (for a needs-vs-strengths chart). */
  needs: Array<RegionNeed>;
  /** The uncovered needs, most needed first. */
  gaps: Array<RegionGap>;
  reasons: Array<Scalars['String']['output']>;
  reasonDetails: Array<Reason>;
};

/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type Mutation = {
  __typename?: 'Mutation';
  upsertPerson: Node;
  upsertEnterprise: Node;
  upsertLab: Node;
  upsertOrganisation: Node;
  upsertCompetition: Node;
  upsertTalentPool: Node;
  upsertRegion: Node;
  upsertTechArea: Node;
  upsertProject: Node;
  upsertDemand: Node;
  /**
   * Creates or updates the relationship `type` from `from` to `to` (one per type and pair). `type` is one of the model's
   * relationship types, the endpoints must be a pair the model allows, and `properties` keys and value types must
   * be the model's for that type.
   */
  link: Relationship;
  /** Removes the relationship `type` from `from` to `to`. True when one was removed, false when there was none. */
  unlink: Scalars['Boolean']['output'];
  /**
   * Posts an enterprise's demand: creates the Demand with POSTED and NEEDS ties in one transaction and returns its
   * first matches (the recommendTalents ranking). The response is due 48 hours after posting (Lishui's order).
   */
  postDemand: DemandResult;
  /**
   * Adds people to an open demand's shortlist, after the ones already on it, in the order given. Each entry keeps a
   * snapshot of the person's score and reasons in the demand's recommendTalents ranking as they stood now (a person
   * outside the ranking gets score 0 and says so), who proposed them, when, and `note`. A person already on the
   * shortlist is BAD_USER_INPUT; only an `open` demand takes candidates (BAD_USER_INPUT naming the state otherwise).
   * 1..20 people at a time.
   */
  proposeCandidates: DeskDemand;
  /** Takes a person off an open demand's shortlist; the others close up their ranks. */
  removeCandidate: DeskDemand;
  /**
   * Puts an open demand's shortlist in this order; `personIds` must be exactly the people on it (BAD_USER_INPUT
   * naming who is missing or extra otherwise).
   */
  reorderShortlist: DeskDemand;
  /**
   * Sends the shortlist to the firm: `open` -> `answered`, with `answeredAt` (now), `answeredBy` (the caller) and the
   * message. The shortlist must not be empty. Answering a demand that is not open is BAD_USER_INPUT naming its state;
   * losing a race with another broker is CONFLICT.
   */
  answerDemand: DeskDemand;
  /**
   * Records the firm's answer about one shortlisted person of an answered demand. The first acceptance makes the
   * demand `accepted` (and sets `closedAt`); once every candidate was declined it is `declined`. An accepted demand
   * still takes responses about its other candidates. A person not on the shortlist is NOT_FOUND; one who already has
   * a response, or a demand that is open, declined or withdrawn, is BAD_USER_INPUT.
   */
  recordFirmResponse: DeskDemand;
  /** The firm no longer needs it: `open` or `answered` -> `withdrawn`, with `closedAt`. Other states: BAD_USER_INPUT. */
  withdrawDemand: DeskDemand;
  /**
   * Admits a person to a pool. `scores` must cover exactly the pool's own `dimensions`, each once, 0..100 (a missing,
   * unknown or repeated dimension is BAD_USER_INPUT naming it). `tags` (index tags, at most 20) and `admittedOn`
   * (today when absent) are stored on the MEMBER_OF tie. A person who is already a current member of this pool, of a
   * pool it is part of or of one of its sub-pools is CONFLICT; one who left may be admitted again.
   */
  admitToPool: PoolMember;
  /**
   * Ends a person's current membership of this pool (sets `end` on MEMBER_OF, kept for the record). NOT_FOUND when the
   * person is not a current member of this very pool.
   */
  leavePool: PoolMember;
  /**
   * Undoes the caller's own most recent change made through upsert*, link or unlink that is not undone yet: replaced
   * values come back, a created tie or node is removed, an ended tie's end is cleared. Admins only. Nothing to undo:
   * BAD_USER_INPUT; the node or tie changed since: CONFLICT (nothing is written).
   */
  undoLastChange: UndoResult;
  /**
   * Checks uploaded files against the model and the store without writing anything: `uploads` are data files (CSV
   * with neo4j-admin headers, JSON lines, XLSX), `mapping` an uploaded .json mapping file. Returns the CHECK job at
   * once; its `problems` list every bad row as file:line:column once it is done. Unknown uploads or a name used
   * twice: BAD_USER_INPUT naming the argument; another job running: CONFLICT. Admins only.
   */
  checkImport: ImportJob;
  /**
   * Writes the files of a CHECK job that found no bad row, as a COMMIT job (the importer checks them again first and
   * writes nothing if a row is bad). A check that is unknown, still running, had bad rows or was committed already:
   * BAD_USER_INPUT naming `check`; another job running: CONFLICT. Admins only.
   */
  commitImport: ImportJob;
  /**
   * Records that `brokerId` (a person with the TechManager role) introduced the firm `from` to the lab `to` on `date`
   * through `intermediaries` (people, in order from the firm's side to the lab's; 0..5 of them, no repeats).
   * `from` is an Enterprise (or Organisation), `to` a Lab (or Enterprise or Organisation). The caller's name is kept
   * as `recordedBy`. Brokers and admins.
   */
  recordIntroduction: Introduction;
  /**
   * Appends an outcome to an introduction (earlier outcomes stay as they were). `projectId` names the project it led
   * to (a Project node); it is required for kind `project` and optional otherwise. `date` may not be before the
   * introduction's date. Brokers and admins.
   */
  recordOutcome: Introduction;
  /**
   * Creates a project between a firm and a lab (both PARTICIPATES_IN it), with its ordered milestones and, when
   * `escrow` is given, an 安心宝 escrow account in state `proposed`. `introductionId`, when given, appends a `project`
   * outcome to that introduction dated `start`. Brokers and admins.
   */
  createProject: Project;
  /**
   * The firm pays the deposit into the escrow account: `proposed` → `deposited`. The deposit is
   * round-half-up(feeTotal × escrowPercent / 100) fen; `amount`, when given, must equal it. Any other state is
   * BAD_USER_INPUT naming it. Brokers and admins.
   */
  depositEscrow: Project;
  /**
   * Marks milestone `index` (0-based) done on `date` with its evidence. Milestones are done in order: every earlier
   * one must be done, and none may have failed. For an 安心宝 project the first milestone needs the escrow
   * `deposited`, and completing it releases the deposit together with the balance (released = feeTotal) in the same
   * transaction: `deposited` → `released`. Concurrent calls release the escrow once; the others get BAD_USER_INPUT
   * naming the state they found. Brokers and admins.
   */
  completeMilestone: Project;
  /**
   * Marks milestone `index` failed on `date`. For an 安心宝 project whose first milestone fails, the deposit goes back
   * to the firm (`deposited` → `refunded`) and the risk pool covers `platformCost` (the platform's cost, in fen;
   * default 0) up to the least of what the pool still holds and its per-project cap; `coveredByPool` says how much it
   * paid. Brokers and admins.
   */
  failMilestone: Project;
  /**
   * Creates a risk pool or changes its name, capital or per-project cap. Capital may not drop below what the pool has
   * already paid out. `organisationId` names the Organisation that runs it. Admins only.
   */
  upsertRiskPool: RiskPool;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertPersonArgs = {
  input: PersonInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertEnterpriseArgs = {
  input: EnterpriseInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertLabArgs = {
  input: LabInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertOrganisationArgs = {
  input: OrganisationInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertCompetitionArgs = {
  input: CompetitionInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertTalentPoolArgs = {
  input: TalentPoolInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertRegionArgs = {
  input: RegionInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertTechAreaArgs = {
  input: TechAreaInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertProjectArgs = {
  input: ProjectInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertDemandArgs = {
  input: DemandInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationLinkArgs = {
  type: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  properties?: InputMaybe<Scalars['JSON']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUnlinkArgs = {
  type: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationPostDemandArgs = {
  enterpriseId: Scalars['ID']['input'];
  techAreas: Array<Scalars['ID']['input']>;
  regionId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationProposeCandidatesArgs = {
  demandId: Scalars['ID']['input'];
  personIds: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationRemoveCandidateArgs = {
  demandId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationReorderShortlistArgs = {
  demandId: Scalars['ID']['input'];
  personIds: Array<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationAnswerDemandArgs = {
  demandId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationRecordFirmResponseArgs = {
  demandId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  accepted: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationWithdrawDemandArgs = {
  demandId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationAdmitToPoolArgs = {
  personId: Scalars['ID']['input'];
  poolId: Scalars['ID']['input'];
  scores: Array<DimensionScoreInput>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  admittedOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationLeavePoolArgs = {
  personId: Scalars['ID']['input'];
  poolId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  leftOn?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationCheckImportArgs = {
  uploads: Array<Scalars['ID']['input']>;
  mapping?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationCommitImportArgs = {
  check: Scalars['ID']['input'];
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationRecordIntroductionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  intermediaries: Array<Scalars['ID']['input']>;
  brokerId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationRecordOutcomeArgs = {
  introductionId: Scalars['ID']['input'];
  kind: OutcomeKind;
  date: Scalars['Date']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationDepositEscrowArgs = {
  projectId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  amount?: InputMaybe<Scalars['Fen']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationCompleteMilestoneArgs = {
  projectId: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  evidence: Scalars['String']['input'];
  date: Scalars['Date']['input'];
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationFailMilestoneArgs = {
  projectId: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  evidence: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  platformCost?: InputMaybe<Scalars['Fen']['input']>;
};


/**
 * Changes to the graph, validated against the model (server/model/model.ts). Upserts create a node or update the
 * fields given (a field set to null is removed; omitted fields stay); `id` is generated when absent. Bad input fails
 * with BAD_USER_INPUT naming the field, a missing referenced node with NOT_FOUND, and nothing is half-written.
 * Admins make changes; brokers (and admins) post demands.
 */
export type MutationUpsertRiskPoolArgs = {
  input: RiskPoolInput;
};

export type DemandResult = {
  __typename?: 'DemandResult';
  demand: Node;
  matches: Array<Recommendation>;
  postedAt: Scalars['DateTime']['output'];
  /** postedAt + 48 hours. */
  responseDue: Scalars['DateTime']['output'];
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

/** One ranked suggestion. */
export type Recommendation = {
  __typename?: 'Recommendation';
  node: Node;
  /** In [0, 1]; higher is better. Comparable within one answer. */
  score: Scalars['Float']['output'];
  /** Plain-language reasons in the request's language. */
  reasons: Array<Scalars['String']['output']>;
  /** The same reasons with a stable code, in Chinese and English. */
  reasonDetails: Array<Reason>;
  /** The strongest path that supports the suggestion; null when none exists (e.g. a purely topical match). */
  path?: Maybe<Path>;
  /** How the score was made: score = sum(weight * value), clipped to [0, 1] (ScorePart comes from explore.graphql). */
  scoreParts: Array<ScorePart>;
  /** Other nodes the reasons name (bridging people, shared neighbours, matched tech areas, pools, competitions). */
  related: Array<Node>;
};

export type TechAreaCount = {
  __typename?: 'TechAreaCount';
  techArea: Node;
  count: Scalars['Int']['output'];
};

export type DiasporaMap = {
  __typename?: 'DiasporaMap';
  /** The region asked for. */
  origin: Node;
  /** The tech area filter, when one was given. */
  techArea?: Maybe<Node>;
  /** How many home regions were searched (the origin and its sub-regions). */
  homeRegionCount: Scalars['Int']['output'];
  /** People who originate from the home regions and live outside them (after the tech-area filter). */
  total: Scalars['Int']['output'];
  /** How many people this page lists under the cities (at most `limit`). */
  listed: Scalars['Int']['output'];
  /** True when some people are on other pages; counts stay complete. */
  truncated: Scalars['Boolean']['output'];
  /** How many people the earlier pages listed (0 on the first page). */
  offset: Scalars['Int']['output'];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Countries, largest first. */
  countries: Array<DiasporaCountry>;
  /** Expertise of the whole diaspora, largest first. */
  expertise: Array<TechAreaCount>;
  /** Ties from this page's people back to organisations located in the home regions. */
  ties: Array<Relationship>;
  /** The home-region enterprises, labs, organisations, pools and projects those ties reach. */
  homeOrganisations: Array<Node>;
  /** True when ties were capped (at 20 per listed person and 5000 in all). */
  tiesTruncated: Scalars['Boolean']['output'];
};

export type DiasporaCountry = {
  __typename?: 'DiasporaCountry';
  /** The country Region (level country); people living in a region outside any country are grouped under that region. */
  country: Node;
  count: Scalars['Int']['output'];
  /** Cities, largest first. People who live in the country itself (no city known) are listed under the country node. */
  cities: Array<DiasporaCity>;
  expertise: Array<TechAreaCount>;
};

export type DiasporaCity = {
  __typename?: 'DiasporaCity';
  city: Node;
  /** Everyone from the home regions living here (complete, on every page). */
  count: Scalars['Int']['output'];
  /** The people of this page who live here. */
  people: Array<Node>;
  expertise: Array<TechAreaCount>;
};

export type BrokerScore = {
  __typename?: 'BrokerScore';
  node: Node;
  /** Raw betweenness centrality in the scoped, undirected subgraph (estimated by sampling on large graphs). */
  betweenness: Scalars['Float']['output'];
  /** Betweenness divided by the highest in this answer, in [0, 1]. */
  normalised: Scalars['Float']['output'];
  /** Louvain community id (stable only within one answer). */
  community: Scalars['Int']['output'];
  communitySize: Scalars['Int']['output'];
  /** 1 for the highest betweenness. */
  rank: Scalars['Int']['output'];
  /** Neighbours in the scoped subgraph. */
  degree: Scalars['Int']['output'];
  /** Distinct communities among the node's neighbours and itself: a broker spans several. */
  bridgedCommunities: Scalars['Int']['output'];
  /** Plain-language reasons in the request's language. */
  reasons: Array<Scalars['String']['output']>;
  /** The same reasons with a stable code, in Chinese and English. */
  reasonDetails: Array<Reason>;
};

export type ViewerRole =
  | 'viewer'
  | 'broker'
  | 'admin';

export type Me = {
  __typename?: 'Me';
  /** Token name, jwt:<subject>, or anonymous. */
  id: Scalars['String']['output'];
  role: ViewerRole;
  /** Whether this caller sees contact details and the detail of personal ties. */
  seesContactDetails: Scalars['Boolean']['output'];
  /** Whether this caller may make changes (upserts, links, imports). */
  canChange: Scalars['Boolean']['output'];
};

export type AuditAction =
  | 'change'
  | 'contact_read'
  | 'import'
  | 'restart';

export type AuditEvent = {
  __typename?: 'AuditEvent';
  id: Scalars['ID']['output'];
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  /** Who: token name, jwt:<subject>, anonymous, or the user running an import. */
  actor: Scalars['String']['output'];
  role: Scalars['String']['output'];
  action: AuditAction;
  /** The GraphQL operation name (or the import command). */
  operation: Scalars['String']['output'];
  /** The operation's root fields. */
  fields: Array<Scalars['String']['output']>;
  /** For contact reads: where in the answer contact details were returned. */
  paths: Array<Scalars['String']['output']>;
  /** Ids of the nodes concerned. */
  subjects: Array<Scalars['ID']['output']>;
  /** For contact reads: which contact fields were returned. */
  contactFields: Array<Scalars['String']['output']>;
  /** For changes: the operation's variables as JSON text. */
  variables?: Maybe<Scalars['String']['output']>;
  /** started (recorded before a change ran; stays so if its outcome could not be written), ok or failed. */
  status: Scalars['String']['output'];
  errorCodes: Array<Scalars['String']['output']>;
  /** Client address as the server saw it. */
  client?: Maybe<Scalars['String']['output']>;
  /** When a change finished. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * For an import run with --update: every stored value it replaced, as JSON text
   * `[{"id", "property", "old", "new"}]`, so each can be restored.
   */
  replaced?: Maybe<Scalars['String']['output']>;
};

export interface FieldArgs {
  AuditEvent: {
    id: Record<string, never>;
    at: Record<string, never>;
    actor: Record<string, never>;
    role: Record<string, never>;
    action: Record<string, never>;
    operation: Record<string, never>;
    fields: Record<string, never>;
    paths: Record<string, never>;
    subjects: Record<string, never>;
    contactFields: Record<string, never>;
    variables: Record<string, never>;
    status: Record<string, never>;
    errorCodes: Record<string, never>;
    client: Record<string, never>;
    finishedAt: Record<string, never>;
    replaced: Record<string, never>;
  };
  Bridge: {
    kind: Record<string, never>;
    intermediaries: Record<string, never>;
    score: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
    scoreParts: Record<string, never>;
    path: Record<string, never>;
    carriers: Record<string, never>;
    ties: Record<string, never>;
  };
  BridgeTie: {
    side: Record<string, never>;
    kind: Record<string, never>;
    type: Record<string, never>;
    via: Record<string, never>;
    year: Record<string, never>;
    people: Record<string, never>;
  };
  BrokerScore: {
    node: Record<string, never>;
    betweenness: Record<string, never>;
    normalised: Record<string, never>;
    community: Record<string, never>;
    communitySize: Record<string, never>;
    rank: Record<string, never>;
    degree: Record<string, never>;
    bridgedCommunities: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  Candidate: {
    person: Record<string, never>;
    rank: Record<string, never>;
    score: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
    proposedBy: Record<string, never>;
    proposedAt: Record<string, never>;
    note: Record<string, never>;
    response: Record<string, never>;
    responseNote: Record<string, never>;
    respondedAt: Record<string, never>;
  };
  DemandDeskPage: {
    items: Record<string, never>;
    nextCursor: Record<string, never>;
    total: Record<string, never>;
  };
  DemandEvent: {
    at: Record<string, never>;
    actor: Record<string, never>;
    operation: Record<string, never>;
    fields: Record<string, never>;
    status: Record<string, never>;
    errorCodes: Record<string, never>;
    variables: Record<string, never>;
  };
  DemandMilestone: {
    at: Record<string, never>;
    kind: Record<string, never>;
    actor: Record<string, never>;
    personId: Record<string, never>;
  };
  DemandResult: {
    demand: Record<string, never>;
    matches: Record<string, never>;
    postedAt: Record<string, never>;
    responseDue: Record<string, never>;
  };
  DeskDemand: {
    id: Record<string, never>;
    node: Record<string, never>;
    name: Record<string, never>;
    status: Record<string, never>;
    postedAt: Record<string, never>;
    responseDue: Record<string, never>;
    answeredAt: Record<string, never>;
    answeredBy: Record<string, never>;
    answerMessage: Record<string, never>;
    closedAt: Record<string, never>;
    withdrawReason: Record<string, never>;
    hoursLeft: Record<string, never>;
    overdue: Record<string, never>;
    late: Record<string, never>;
    hoursLate: Record<string, never>;
    hoursToAnswer: Record<string, never>;
    answeredInTime: Record<string, never>;
    firm: Record<string, never>;
    region: Record<string, never>;
    pool: Record<string, never>;
    techAreas: Record<string, never>;
    shortlistSize: Record<string, never>;
    acceptedCount: Record<string, never>;
    shortlist: Record<string, never>;
    timeline: Record<string, never>;
    history: Record<string, never>;
    version: Record<string, never>;
  };
  DeskFigures: {
    posted: Record<string, never>;
    answered: Record<string, never>;
    answeredInTime: Record<string, never>;
    answeredLate: Record<string, never>;
    inTimeShare: Record<string, never>;
    medianHoursToAnswer: Record<string, never>;
    p90HoursToAnswer: Record<string, never>;
    accepted: Record<string, never>;
    declined: Record<string, never>;
    withdrawn: Record<string, never>;
    acceptanceRate: Record<string, never>;
    open: Record<string, never>;
    overdue: Record<string, never>;
  };
  DeskStats: {
    from: Record<string, never>;
    to: Record<string, never>;
    asOf: Record<string, never>;
    groupBy: Record<string, never>;
    total: Record<string, never>;
    groups: Record<string, never>;
  };
  DeskStatsGroup: {
    key: Record<string, never>;
    node: Record<string, never>;
    figures: Record<string, never>;
  };
  DiasporaCity: {
    city: Record<string, never>;
    count: Record<string, never>;
    people: Record<string, never>;
    expertise: Record<string, never>;
  };
  DiasporaCountry: {
    country: Record<string, never>;
    count: Record<string, never>;
    cities: Record<string, never>;
    expertise: Record<string, never>;
  };
  DiasporaMap: {
    origin: Record<string, never>;
    techArea: Record<string, never>;
    homeRegionCount: Record<string, never>;
    total: Record<string, never>;
    listed: Record<string, never>;
    truncated: Record<string, never>;
    offset: Record<string, never>;
    nextCursor: Record<string, never>;
    countries: Record<string, never>;
    expertise: Record<string, never>;
    ties: Record<string, never>;
    homeOrganisations: Record<string, never>;
    tiesTruncated: Record<string, never>;
  };
  DimensionScore: {
    dimension: Record<string, never>;
    score: Record<string, never>;
  };
  EscrowAccount: {
    state: Record<string, never>;
    feeTotal: Record<string, never>;
    escrowPercent: Record<string, never>;
    depositDue: Record<string, never>;
    deposited: Record<string, never>;
    released: Record<string, never>;
    balancePaid: Record<string, never>;
    refunded: Record<string, never>;
    coveredByPool: Record<string, never>;
    platformCost: Record<string, never>;
    depositedOn: Record<string, never>;
    releasedOn: Record<string, never>;
    refundedOn: Record<string, never>;
    riskPool: Record<string, never>;
  };
  FirmLabPair: {
    firm: Record<string, never>;
    lab: Record<string, never>;
    connections: Record<string, never>;
  };
  FragileBroker: {
    node: Record<string, never>;
    pairsCarried: Record<string, never>;
    pairsInvolved: Record<string, never>;
    pairs: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  FragileNode: {
    node: Record<string, never>;
    cutsAllPaths: Record<string, never>;
    cutsAllBridges: Record<string, never>;
    singlePointOfFailure: Record<string, never>;
    shortestPathsThrough: Record<string, never>;
    pathsLost: Record<string, never>;
    bridgesLost: Record<string, never>;
    remainingPath: Record<string, never>;
    remainingBridge: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  Fragility: {
    from: Record<string, never>;
    to: Record<string, never>;
    maxHops: Record<string, never>;
    asOf: Record<string, never>;
    connected: Record<string, never>;
    shortestLength: Record<string, never>;
    shortestPathCount: Record<string, never>;
    corridorSize: Record<string, never>;
    paths: Record<string, never>;
    bridges: Record<string, never>;
    critical: Record<string, never>;
    singlePointOfFailure: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  GapBridge: {
    intermediaries: Record<string, never>;
    firm: Record<string, never>;
    lab: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  GapLab: {
    node: Record<string, never>;
    place: Record<string, never>;
    country: Record<string, never>;
    abroad: Record<string, never>;
    experts: Record<string, never>;
    homeLinks: Record<string, never>;
    bridges: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  GapPerson: {
    node: Record<string, never>;
    residence: Record<string, never>;
    country: Record<string, never>;
    abroad: Record<string, never>;
    homeTies: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  GraphStats: {
    nodeCount: Record<string, never>;
    relationshipCount: Record<string, never>;
    labels: Record<string, never>;
  };
  ImportCount: {
    name: Record<string, never>;
    count: Record<string, never>;
  };
  ImportFileSummary: {
    file: Record<string, never>;
    kind: Record<string, never>;
    rows: Record<string, never>;
  };
  ImportJob: {
    id: Record<string, never>;
    kind: Record<string, never>;
    status: Record<string, never>;
    actor: Record<string, never>;
    files: Record<string, never>;
    mapping: Record<string, never>;
    checkId: Record<string, never>;
    commitId: Record<string, never>;
    startedAt: Record<string, never>;
    finishedAt: Record<string, never>;
    stage: Record<string, never>;
    rowsDone: Record<string, never>;
    rowsTotal: Record<string, never>;
    rowsPerSecond: Record<string, never>;
    etaSeconds: Record<string, never>;
    problemCount: Record<string, never>;
    problems: Record<string, never>;
    summary: Record<string, never>;
    error: Record<string, never>;
  };
  ImportProblem: {
    file: Record<string, never>;
    line: Record<string, never>;
    column: Record<string, never>;
    message: Record<string, never>;
  };
  ImportSummary: {
    dryRun: Record<string, never>;
    rows: Record<string, never>;
    files: Record<string, never>;
    nodes: Record<string, never>;
    relationships: Record<string, never>;
    nodesWritten: Record<string, never>;
    relationshipsWritten: Record<string, never>;
    newNodes: Record<string, never>;
    existingNodes: Record<string, never>;
    filled: Record<string, never>;
    differing: Record<string, never>;
    elapsedMs: Record<string, never>;
    stoppedAt: Record<string, never>;
  };
  Introduction: {
    id: Record<string, never>;
    date: Record<string, never>;
    from: Record<string, never>;
    to: Record<string, never>;
    intermediaries: Record<string, never>;
    broker: Record<string, never>;
    note: Record<string, never>;
    recordedBy: Record<string, never>;
    recordedAt: Record<string, never>;
    outcomes: Record<string, never>;
    lastOutcome: Record<string, never>;
    illustrative: Record<string, never>;
  };
  IntroductionPage: {
    items: Record<string, never>;
    nextCursor: Record<string, never>;
    hasMore: Record<string, never>;
    totalCount: Record<string, never>;
  };
  LabelCount: {
    label: Record<string, never>;
    count: Record<string, never>;
  };
  Me: {
    id: Record<string, never>;
    role: Record<string, never>;
    seesContactDetails: Record<string, never>;
    canChange: Record<string, never>;
  };
  Milestone: {
    index: Record<string, never>;
    title: Record<string, never>;
    due: Record<string, never>;
    state: Record<string, never>;
    evidence: Record<string, never>;
    doneOn: Record<string, never>;
    onTime: Record<string, never>;
  };
  ModelField: {
    name: Record<string, never>;
    type: Record<string, never>;
    allowed: Record<string, never>;
    personal: Record<string, never>;
  };
  Mutation: {
    upsertPerson: MutationUpsertPersonArgs;
    upsertEnterprise: MutationUpsertEnterpriseArgs;
    upsertLab: MutationUpsertLabArgs;
    upsertOrganisation: MutationUpsertOrganisationArgs;
    upsertCompetition: MutationUpsertCompetitionArgs;
    upsertTalentPool: MutationUpsertTalentPoolArgs;
    upsertRegion: MutationUpsertRegionArgs;
    upsertTechArea: MutationUpsertTechAreaArgs;
    upsertProject: MutationUpsertProjectArgs;
    upsertDemand: MutationUpsertDemandArgs;
    link: MutationLinkArgs;
    unlink: MutationUnlinkArgs;
    postDemand: MutationPostDemandArgs;
    proposeCandidates: MutationProposeCandidatesArgs;
    removeCandidate: MutationRemoveCandidateArgs;
    reorderShortlist: MutationReorderShortlistArgs;
    answerDemand: MutationAnswerDemandArgs;
    recordFirmResponse: MutationRecordFirmResponseArgs;
    withdrawDemand: MutationWithdrawDemandArgs;
    admitToPool: MutationAdmitToPoolArgs;
    leavePool: MutationLeavePoolArgs;
    undoLastChange: Record<string, never>;
    checkImport: MutationCheckImportArgs;
    commitImport: MutationCommitImportArgs;
    recordIntroduction: MutationRecordIntroductionArgs;
    recordOutcome: MutationRecordOutcomeArgs;
    createProject: MutationCreateProjectArgs;
    depositEscrow: MutationDepositEscrowArgs;
    completeMilestone: MutationCompleteMilestoneArgs;
    failMilestone: MutationFailMilestoneArgs;
    upsertRiskPool: MutationUpsertRiskPoolArgs;
  };
  Node: {
    id: Record<string, never>;
    type: Record<string, never>;
    labels: Record<string, never>;
    name: Record<string, never>;
    nameZh: Record<string, never>;
    nameEn: Record<string, never>;
    illustrative: Record<string, never>;
    properties: Record<string, never>;
  };
  NodeDistance: {
    id: Record<string, never>;
    depth: Record<string, never>;
  };
  Outcome: {
    id: Record<string, never>;
    kind: Record<string, never>;
    date: Record<string, never>;
    project: Record<string, never>;
    note: Record<string, never>;
    recordedBy: Record<string, never>;
    recordedAt: Record<string, never>;
    illustrative: Record<string, never>;
  };
  OutcomeKindCount: {
    kind: Record<string, never>;
    count: Record<string, never>;
  };
  Path: {
    length: Record<string, never>;
    nodes: Record<string, never>;
    relationships: Record<string, never>;
    weight: Record<string, never>;
    diversity: Record<string, never>;
  };
  PathDiversity: {
    requested: Record<string, never>;
    found: Record<string, never>;
    complete: Record<string, never>;
    upperBound: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  PoolMember: {
    person: Record<string, never>;
    pool: Record<string, never>;
    dimensions: Record<string, never>;
    scores: Record<string, never>;
    averageScore: Record<string, never>;
    tags: Record<string, never>;
    admittedOn: Record<string, never>;
    admittedBy: Record<string, never>;
    leftOn: Record<string, never>;
    illustrative: Record<string, never>;
  };
  PoolMemberPage: {
    items: Record<string, never>;
    nextCursor: Record<string, never>;
    total: Record<string, never>;
  };
  Project: {
    id: Record<string, never>;
    node: Record<string, never>;
    name: Record<string, never>;
    status: Record<string, never>;
    start: Record<string, never>;
    end: Record<string, never>;
    participants: Record<string, never>;
    milestones: Record<string, never>;
    escrow: Record<string, never>;
    introductions: Record<string, never>;
    version: Record<string, never>;
  };
  QuarterCount: {
    quarter: Record<string, never>;
    introductions: Record<string, never>;
    meetings: Record<string, never>;
    projects: Record<string, never>;
    contracts: Record<string, never>;
    hires: Record<string, never>;
    noFit: Record<string, never>;
  };
  Query: {
    stats: Record<string, never>;
    demandDesk: QueryDemandDeskArgs;
    demand: QueryDemandArgs;
    deskStats: QueryDeskStatsArgs;
    poolMembers: QueryPoolMembersArgs;
    modelFields: QueryModelFieldsArgs;
    tieTypes: QueryTieTypesArgs;
    search: QuerySearchArgs;
    node: QueryNodeArgs;
    neighbourhood: QueryNeighbourhoodArgs;
    paths: QueryPathsArgs;
    bridges: QueryBridgesArgs;
    importJobs: Record<string, never>;
    importJob: QueryImportJobArgs;
    importUploadLimit: Record<string, never>;
    introductions: QueryIntroductionsArgs;
    introduction: QueryIntroductionArgs;
    project: QueryProjectArgs;
    riskPool: QueryRiskPoolArgs;
    riskPools: Record<string, never>;
    trackRecord: QueryTrackRecordArgs;
    fragility: QueryFragilityArgs;
    regionFragility: QueryRegionFragilityArgs;
    regionGaps: QueryRegionGapsArgs;
    recommendLabs: QueryRecommendLabsArgs;
    recommendTalents: QueryRecommendTalentsArgs;
    recommendCollaborators: QueryRecommendCollaboratorsArgs;
    diaspora: QueryDiasporaArgs;
    brokers: QueryBrokersArgs;
    me: Record<string, never>;
    auditLog: QueryAuditLogArgs;
  };
  Reason: {
    code: Record<string, never>;
    zh: Record<string, never>;
    en: Record<string, never>;
  };
  Recommendation: {
    node: Record<string, never>;
    score: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
    path: Record<string, never>;
    scoreParts: Record<string, never>;
    related: Record<string, never>;
  };
  RegionFragility: {
    scope: Record<string, never>;
    people: Record<string, never>;
    pairs: Record<string, never>;
    fragilePairs: Record<string, never>;
    hopBound: Record<string, never>;
    truncated: Record<string, never>;
    brokers: Record<string, never>;
  };
  RegionGap: {
    need: Record<string, never>;
    outsideLabs: Record<string, never>;
    diaspora: Record<string, never>;
    diasporaTotal: Record<string, never>;
    onlyFromAbroad: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  RegionGaps: {
    region: Record<string, never>;
    homeRegionCount: Record<string, never>;
    needs: Record<string, never>;
    gaps: Record<string, never>;
    reasons: Record<string, never>;
    reasonDetails: Record<string, never>;
  };
  RegionNeed: {
    techArea: Record<string, never>;
    firms: Record<string, never>;
    demands: Record<string, never>;
    weight: Record<string, never>;
    localLabs: Record<string, never>;
    localPeople: Record<string, never>;
    covered: Record<string, never>;
  };
  Relationship: {
    id: Record<string, never>;
    type: Record<string, never>;
    from: Record<string, never>;
    to: Record<string, never>;
    direction: Record<string, never>;
    properties: Record<string, never>;
  };
  RiskPool: {
    id: Record<string, never>;
    name: Record<string, never>;
    nameZh: Record<string, never>;
    nameEn: Record<string, never>;
    capital: Record<string, never>;
    paidOut: Record<string, never>;
    available: Record<string, never>;
    perProjectCap: Record<string, never>;
    organisation: Record<string, never>;
    projectCount: Record<string, never>;
    illustrative: Record<string, never>;
  };
  ScorePart: {
    code: Record<string, never>;
    value: Record<string, never>;
    weight: Record<string, never>;
    neutral: Record<string, never>;
  };
  SearchHit: {
    node: Record<string, never>;
    score: Record<string, never>;
    matched: Record<string, never>;
    matchedField: Record<string, never>;
  };
  Subgraph: {
    root: Record<string, never>;
    nodes: Record<string, never>;
    edges: Record<string, never>;
    distances: Record<string, never>;
    totals: Record<string, never>;
    truncated: Record<string, never>;
    nodeCount: Record<string, never>;
    edgeCount: Record<string, never>;
    totalNeighbours: Record<string, never>;
    estimated: Record<string, never>;
  };
  TechAreaCount: {
    techArea: Record<string, never>;
    count: Record<string, never>;
  };
  TieType: {
    type: Record<string, never>;
    properties: Record<string, never>;
  };
  TrackRecord: {
    subject: Record<string, never>;
    asOf: Record<string, never>;
    introductions: Record<string, never>;
    asBroker: Record<string, never>;
    asIntermediary: Record<string, never>;
    successful: Record<string, never>;
    becameProjects: Record<string, never>;
    outcomes: Record<string, never>;
    milestonesDone: Record<string, never>;
    milestonesOnTime: Record<string, never>;
    milestonesFailed: Record<string, never>;
    escrowReleased: Record<string, never>;
    escrowRefunded: Record<string, never>;
    score: Record<string, never>;
    evidence: Record<string, never>;
    reason: Record<string, never>;
    reasonDetail: Record<string, never>;
    byQuarter: Record<string, never>;
  };
  TypeCount: {
    kind: Record<string, never>;
    type: Record<string, never>;
    count: Record<string, never>;
  };
  UndoResult: {
    eventId: Record<string, never>;
    operation: Record<string, never>;
    at: Record<string, never>;
    subjects: Record<string, never>;
  };
}
