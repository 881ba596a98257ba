// The talent-network model in one place: node labels, relationship types, property types and which properties are
// personal. Import, demo data, the generator, mutations and masking all read this module, so the allow-lists that
// guard dynamic labels and types in Cypher cannot drift from what the schema documents. The web app reads its node
// labels from here too, so this module imports nothing: the app's bundle must not pull in server code.

export const BASE_LABEL = 'Entity' as const;

export const NODE_LABELS = [
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
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Extra labels a Person may carry beside `Person`. */
export const ROLE_LABELS = ['TechManager', 'Researcher', 'Entrepreneur', 'Expert'] as const;
export type RoleLabel = (typeof ROLE_LABELS)[number];

export const REL_TYPES = [
  'WORKS_AT',
  'AFFILIATED_WITH',
  'STUDIED_AT',
  'KNOWS',
  'COLLABORATED_WITH',
  'EXPERT_IN',
  'FOCUSES_ON',
  'RESEARCHES',
  'WON',
  'MEMBER_OF',
  'ORIGINATES_FROM',
  'LIVES_IN',
  'LOCATED_IN',
  'PART_OF',
  'PARTNERS_WITH',
  'PARTICIPATES_IN',
  'BROKERED',
  'POSTED',
  'NEEDS',
  'FOUNDED',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Ties between people; these are "personal ties" that viewers do not see. */
export const PERSONAL_REL_TYPES: readonly RelType[] = ['KNOWS', 'COLLABORATED_WITH'];

export const LAB_KINDS = ['provincial_lab', 'joint_lab', 'university', 'research_institute', 'innovation_platform'] as const;
export const ORGANISATION_KINDS = ['public_body', 'other'] as const;
export const REGION_LEVELS = ['country', 'province', 'city', 'county'] as const;
export const POOL_KINDS = ['city', 'county'] as const;
// A Project node's escrowState mirrors its EscrowAccount (LEDGER_LABELS) for graph views, in the account's own words:
// proposed, deposited, released or refunded; none for a project without escrow.
export const ESCROW_STATES = ['none', 'proposed', 'deposited', 'released', 'refunded'] as const;

/**
 * The introductions ledger and 安心宝 escrow (docs/model.md). These nodes are records about the graph, not part of it:
 * they never carry the Entity label, so search, paths, neighbourhoods and stats leave them out, and their ties to
 * Entity nodes are not in REL_TYPES (no link/unlink, no import).
 */
export const LEDGER_LABELS = ['Introduction', 'Outcome', 'Milestone', 'EscrowAccount', 'RiskPool'] as const;
export const LEDGER_REL_TYPES = [
  'INTRODUCED_FROM', // Introduction -> the firm
  'INTRODUCED_TO', // Introduction -> the lab
  'INTRODUCED_BY', // Introduction -> the broker (TechManager)
  'INTRODUCED_VIA', // Introduction -> an intermediary, {order: 0, 1, ...}
  'HAS_OUTCOME', // Introduction -> Outcome {seq}
  'LED_TO', // Outcome -> Project
  'HAS_MILESTONE', // Project -> Milestone
  'HAS_ESCROW', // Project -> EscrowAccount
  'COVERED_BY', // EscrowAccount -> RiskPool
  'RUN_BY', // RiskPool -> Organisation
] as const;
export const OUTCOME_KINDS = ['meeting', 'project', 'contract', 'hire', 'no_fit'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
/** Outcomes that count as an introduction's success in a track record. */
export const SUCCESS_OUTCOMES: readonly OutcomeKind[] = ['project', 'contract', 'hire'];
export const MILESTONE_STATES = ['planned', 'done', 'failed'] as const;
export const ESCROW_ACCOUNT_STATES = ['proposed', 'deposited', 'released', 'refunded'] as const;
export type EscrowAccountState = (typeof ESCROW_ACCOUNT_STATES)[number];

export type PropType = 'string' | 'string[]' | 'int' | 'int[]' | 'float' | 'boolean' | 'date' | 'datetime';

/** Properties every node may carry. */
export const COMMON_NODE_PROPS: Record<string, PropType> = {
  id: 'string',
  name: 'string',
  nameZh: 'string',
  nameEn: 'string',
  aliases: 'string[]',
  description: 'string',
  url: 'string',
  source: 'string',
  illustrative: 'boolean',
  // Derived at write time (search-text.ts); never supplied by users.
  pinyin: 'string',
  aliasText: 'string',
};

export const NODE_PROPS: Record<NodeLabel, Record<string, PropType>> = {
  Person: {
    title: 'string',
    gender: 'string',
    birthday: 'date',
    email: 'string',
    phone: 'string',
    wechat: 'string',
    consent: 'boolean',
    country: 'string',
  },
  Enterprise: { founded: 'int', employees: 'int', country: 'string', sme: 'boolean', activityType: 'string' },
  Lab: { kind: 'string', founded: 'int', country: 'string', activityType: 'string' },
  Organisation: { kind: 'string', country: 'string', activityType: 'string' },
  Competition: { year: 'int', edition: 'int', tracks: 'string[]' },
  TalentPool: { kind: 'string', dimensions: 'string[]', responseHours: 'int', memberCount: 'int' },
  Region: { level: 'string', population: 'int', overseasPopulation: 'int', code: 'string', lat: 'float', lon: 'float' },
  TechArea: { code: 'string' },
  Project: {
    status: 'string',
    start: 'date',
    end: 'date',
    budget: 'float',
    totalCost: 'float',
    escrowPercent: 'float',
    escrowState: 'string',
    milestones: 'string[]',
    nextMilestone: 'string',
    nextMilestoneDue: 'date',
    programme: 'string[]',
  },
  Demand: {
    status: 'string',
    postedAt: 'datetime',
    responseDue: 'datetime',
    techAreaIds: 'string[]',
    regionId: 'string',
    // The order desk's lifecycle (DEMAND_STATUSES; server/desk/lifecycle.ts).
    answeredAt: 'datetime',
    answeredBy: 'string',
    answerMessage: 'string',
    closedAt: 'datetime',
    closedBy: 'string',
    withdrawReason: 'string',
    version: 'int',
  },
};

/**
 * Fields that identify or reach a person. Viewers never see them; reading them as a broker or admin is audited.
 * `birthday` is personal but not contact.
 */
export const CONTACT_FIELDS = ['email', 'phone', 'wechat'] as const;
export const PERSONAL_FIELDS = [...CONTACT_FIELDS, 'birthday', 'gender'] as const;

/**
 * The 48-hour order desk (docs/model.md, "The order desk"). A Demand is `open` when posted, `answered` when a broker
 * sent the firm a shortlist, then `accepted`, `declined` or `withdrawn`. The shortlist is PROPOSED ties from the
 * Demand to people, written only by the desk's mutations: not in REL_TYPES (no link/unlink, no import), and never
 * shown to viewers. `scores` on MEMBER_OF lines up with its `dimensions`.
 */
export const DEMAND_STATUSES = ['open', 'answered', 'accepted', 'declined', 'withdrawn'] as const;
export const DESK_REL_TYPES = ['PROPOSED'] as const;
export const PROPOSED_PROPS: Record<string, PropType> = {
  rank: 'int',
  score: 'float',
  reasonCodes: 'string[]',
  reasonsZh: 'string[]',
  reasonsEn: 'string[]',
  proposedBy: 'string',
  proposedAt: 'datetime',
  note: 'string',
  response: 'string',
  responseNote: 'string',
  respondedAt: 'datetime',
  source: 'string',
  illustrative: 'boolean',
};
/** Demand fields only brokers and admins read: who answered or closed it, and what was written to the firm. */
export const DESK_PRIVATE_FIELDS = ['answeredBy', 'answerMessage', 'closedBy', 'withdrawReason'] as const;

/** Properties every relationship may carry. */
export const COMMON_REL_PROPS: Record<string, PropType> = {
  role: 'string',
  start: 'date',
  end: 'date',
  strength: 'float',
  source: 'string',
  illustrative: 'boolean',
};

export const REL_PROPS: Partial<Record<RelType, Record<string, PropType>>> = {
  WON: { rank: 'int', year: 'int', track: 'string', prize: 'string' },
  MEMBER_OF: { dimensions: 'string[]', admittedOn: 'date', tags: 'string[]', scores: 'int[]', admittedBy: 'string', leftReason: 'string' },
  PARTICIPATES_IN: { contribution: 'float' },
  STUDIED_AT: { degree: 'string', classYear: 'int' },
  KNOWS: { since: 'date' },
  PARTNERS_WITH: { jointLabId: 'string' },
  NEEDS: { weight: 'float' },
  EXPERT_IN: { level: 'float' },
};

/**
 * Which (start label, end label) pairs a relationship type may join. `*` means any node label. Used to validate
 * imports and `link` mutations so that the graph keeps the shape the queries expect.
 */
export const REL_ENDPOINTS: Record<RelType, ReadonlyArray<readonly [NodeLabel | '*', NodeLabel | '*']>> = {
  WORKS_AT: [['Person', 'Enterprise'], ['Person', 'Lab'], ['Person', 'Organisation']],
  AFFILIATED_WITH: [['Person', 'Lab'], ['Person', 'Enterprise'], ['Person', 'Organisation'], ['Person', 'TalentPool']],
  STUDIED_AT: [['Person', 'Lab']],
  KNOWS: [['Person', 'Person']],
  COLLABORATED_WITH: [['Person', 'Person'], ['Enterprise', 'Lab'], ['Lab', 'Enterprise'], ['Enterprise', 'Enterprise'], ['Lab', 'Lab']],
  EXPERT_IN: [['Person', 'TechArea']],
  FOCUSES_ON: [['Enterprise', 'TechArea'], ['Competition', 'TechArea'], ['TalentPool', 'TechArea'], ['Organisation', 'TechArea']],
  RESEARCHES: [['Lab', 'TechArea'], ['Project', 'TechArea']],
  WON: [['Person', 'Competition'], ['Enterprise', 'Competition']],
  MEMBER_OF: [['Person', 'TalentPool']],
  ORIGINATES_FROM: [['Person', 'Region']],
  LIVES_IN: [['Person', 'Region']],
  LOCATED_IN: [['Enterprise', 'Region'], ['Lab', 'Region'], ['Organisation', 'Region'], ['Competition', 'Region'], ['TalentPool', 'Region'], ['Project', 'Region']],
  PART_OF: [['Region', 'Region'], ['TalentPool', 'TalentPool'], ['TechArea', 'TechArea'], ['Lab', 'Lab'], ['Lab', 'Enterprise']],
  // Region -> Lab: a city or county's cooperation agreement with an institute (Pinghu with its technology-manager
  // institutes, Qingtian with USTC and ShanghaiTech).
  PARTNERS_WITH: [['Lab', 'Enterprise'], ['Enterprise', 'Lab'], ['Lab', 'Lab'], ['Enterprise', 'Enterprise'], ['Region', 'Lab']],
  PARTICIPATES_IN: [['Person', 'Project'], ['Enterprise', 'Project'], ['Lab', 'Project'], ['Organisation', 'Project']],
  BROKERED: [['Person', 'Project'], ['Person', 'Demand']],
  POSTED: [['Enterprise', 'Demand']],
  NEEDS: [['Demand', 'TechArea'], ['Project', 'TechArea']],
  FOUNDED: [['Person', 'Enterprise'], ['Person', 'Lab']],
};

export function isNodeLabel(x: string): x is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(x);
}
export function isRoleLabel(x: string): x is RoleLabel {
  return (ROLE_LABELS as readonly string[]).includes(x);
}
export function isRelType(x: string): x is RelType {
  return (REL_TYPES as readonly string[]).includes(x);
}

/** Type of a property on a node with these labels, or undefined if the model does not know it. */
// Own keys only: `in` and plain lookups also find Object.prototype's names (__proto__, constructor, toString).
export function nodePropType(labels: readonly string[], prop: string): PropType | undefined {
  if (Object.hasOwn(COMMON_NODE_PROPS, prop)) return COMMON_NODE_PROPS[prop];
  for (const l of labels) if (isNodeLabel(l) && Object.hasOwn(NODE_PROPS[l], prop)) return NODE_PROPS[l][prop];
  return undefined;
}

export function relPropType(type: RelType, prop: string): PropType | undefined {
  if (Object.hasOwn(COMMON_REL_PROPS, prop)) return COMMON_REL_PROPS[prop];
  const own = REL_PROPS[type];
  return own && Object.hasOwn(own, prop) ? own[prop] : undefined;
}

export function endpointsAllowed(type: RelType, startLabel: string, endLabel: string): boolean {
  return REL_ENDPOINTS[type].some(([s, e]) => (s === '*' || s === startLabel) && (e === '*' || e === endLabel));
}
