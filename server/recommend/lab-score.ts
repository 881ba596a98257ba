// Scores a lab for an enterprise (recommendLabs): topical fit between the firm's focus areas and the lab's research
// areas through the taxonomy, network proximity through people (how many distinct people could bridge the two) and,
// when the firm has projects with partners, its project network: how many of the firm's partners the lab has worked
// with (common neighbours over project co-participation), with the lab's project activity as a small prior. Labs the
// firm already partners with stay in the ranking at half score, flagged; labs it already shared a project with rank
// after every other, flagged, so new openings come first. Pure: the Cypher gathers the features, this decides.
// Documented in docs/scoring.md, and measured against baselines by eval/ (npm run eval).
import { reason, type Reason } from '../graph/shape.js';
import { listNames, type NameLookup } from './names.js';
import { combine, saturate, type ScorePart } from './score-parts.js';
import { matchText, type AreaFamily, type AreaMatch } from './taxonomy.js';

export const LAB_WEIGHTS = { topical: 0.55, proximity: 0.45 } as const;
/**
 * Used instead when the firm's projects give it partners. Shared partners lead: on CORDIS held out in time they find
 * future lab partners far better than tags or people (eval/RESULTS.md); activity only breaks near-ties.
 */
export const LAB_NETWORK_WEIGHTS = { topical: 0.25, proximity: 0.25, sharedPartners: 0.45, activity: 0.05 } as const;
/**
 * With projectPartners: RANKED, labs already in the firm's projects compete. A short random walk from the firm's
 * projects, the projects it coordinated that the lab joined, and the lab's activity carry the network's weight; chosen
 * on the validation cut-offs 2015 and 2016 with labels from projects starting before the first reported cut-off
 * (2017), where they are also the choice (a near-tie; eval/lab-consortium.ts, docs/scoring.md).
 */
export const LAB_CONSORTIUM_WEIGHTS = { topical: 0.2, proximity: 0.2, consortiumWalk: 0.18, sharedPartners: 0.06, ledProjects: 0.18, activity: 0.18 } as const;
/** How much the walk's four-move share (through the firm's partners) counts beside its two-move share: 0.85². */
export const WALK_FURTHER = 0.72;
/** Existing partners keep this share of their score. */
export const PARTNER_FACTOR = 0.5;
/** A two-person chain counts as half a direct bridge; a recorded firm-lab collaboration as one. */
export const CHAIN_VALUE = 0.5;
export const COLLABORATION_VALUE = 1;
/** Bridge units at which proximity reaches 1 - 1/e (about 0.63). */
export const PROXIMITY_SCALE = 2;

export interface BridgeSample {
  /** Person ids, firm side first. */
  people: string[];
  weight: number;
}

export interface LabFeatures {
  labId: string;
  /** The lab's research areas that are in the family of the firm's focus. */
  labAreaIds: string[];
  directCount: number;
  chainCount: number;
  topDirect: BridgeSample[];
  topChains: BridgeSample[];
  /** Already a partner (PARTNERS_WITH) or the firm's own joint lab (PART_OF the firm). */
  partner: boolean;
  /** PART_OF the firm. */
  jointLab?: boolean;
  collaborated: boolean;
  /** Reached through the firm's project partners (recommendLabsNetwork); absent when none worked with the lab. */
  network?: LabNetwork;
  /** Project participations of the lab (its activity). */
  activity?: number;
  /** Projects the lab already shared with the firm itself: the lab then ranks last, flagged. */
  sharedProjects?: SharedProjects;
  /** Only when filling a consortium (recommendLabsWalk): the walk's shares, and the firm's coordinated projects joined. */
  walk?: WalkShare;
}

export interface WalkShare {
  /** Share of walks arriving in two moves (firm -> one of its projects -> the lab) and in four (through a partner). */
  direct: number;
  further: number;
  /** Projects the firm coordinated (among its recent ones) that the lab took part in. */
  led: number;
}

/** The walk's value before scaling: its two-move share plus WALK_FURTHER times its four-move share. */
export function walkReach(w: WalkShare | undefined): number {
  return w ? w.direct + WALK_FURTHER * w.further : 0;
}

export interface LabNetwork {
  /** Distinct partners of the firm (co-participants of its projects) that took part in a project with the lab. */
  partnerCount: number;
  /** Distinct projects in which those partners worked with the lab, and their start years. */
  projectCount: number;
  firstYear: number | null;
  lastYear: number | null;
  /** The strongest partners, each with a project it shares with the firm and one it shares with the lab. */
  via: Array<{ partner: string; firmProject: string; labProject: string }>;
}

export interface SharedProjects {
  count: number;
  firstYear: number | null;
  lastYear: number | null;
  /** One shared project, for the path. */
  projectId: string;
}

/** What the whole answer knows, against which each lab's network parts are scaled. */
export interface LabContext {
  /** The firm's projects give it at least one partner: the network weights apply. */
  projectNetwork: boolean;
  /** Labs already in the firm's projects are ranked with the others (projectPartners: RANKED), not last. */
  rankProjectPartners?: boolean;
  /** Highest partnerCount and activity among the candidates (0 when none). */
  maxPartners: number;
  maxActivity: number;
  /** Highest walkReach among the candidates (filling a consortium only). */
  maxWalk?: number;
}

export const NO_PROJECT_NETWORK: LabContext = { projectNetwork: false, maxPartners: 0, maxActivity: 0 };

export interface LabScore {
  labId: string;
  score: number;
  parts: ScorePart[];
  /** Best match per firm focus area (those that matched). */
  matches: AreaMatch[];
  topical: number;
  proximity: number;
  /** Person ids of the strongest bridge (direct first), or null when no one bridges. */
  bestBridge: string[] | null;
  /** A lab already in the firm's projects, put after every other. */
  ranksLast?: boolean;
}

/** Share of the firm's focus areas the lab covers, each counted by its best taxonomy match. */
export function topicalFit(focusIds: readonly string[], family: AreaFamily, labAreaIds: readonly string[]): { value: number; matches: AreaMatch[] } {
  if (focusIds.length === 0) return { value: 0, matches: [] };
  const matches: AreaMatch[] = [];
  let sum = 0;
  for (const f of focusIds) {
    const m = family.best(f, labAreaIds);
    if (m) {
      matches.push(m);
      sum += m.weight;
    }
  }
  return { value: sum / focusIds.length, matches };
}

export function proximity(directCount: number, chainCount: number, collaborated: boolean): number {
  return saturate(directCount + CHAIN_VALUE * chainCount + (collaborated ? COLLABORATION_VALUE : 0), PROXIMITY_SCALE);
}

/** Partners shared with the firm, relative to the lab that shares most in this answer. */
export function sharedPartnersValue(partnerCount: number, maxPartners: number): number {
  return maxPartners > 0 ? partnerCount / maxPartners : 0;
}

/** Project activity on a log scale, relative to the most active candidate: a prior for who keeps joining projects. */
export function activityValue(activity: number, maxActivity: number): number {
  return maxActivity > 0 ? Math.log1p(activity) / Math.log1p(maxActivity) : 0;
}

/** What each named score part measures for one lab, every value in [0, 1]. */
export interface LabPartValues {
  topical: number;
  proximity: number;
  sharedPartners: number;
  consortiumWalk: number;
  ledProjects: number;
  activity: number;
}

/** A weight per named part; a part without a weight in a set is left out of that answer. */
export type LabWeights = Partial<Record<keyof LabPartValues, number>>;

/**
 * The named score parts, in the order the answer lists them. A new part (a track record of introductions, say) is
 * one line here, one value in LabPartValues and a weight in the sets above that should count it.
 */
export const LAB_PARTS: ReadonlyArray<{ key: keyof LabPartValues; code: string }> = [
  { key: 'topical', code: 'TOPICAL_FIT' },
  { key: 'proximity', code: 'NETWORK_PROXIMITY' },
  { key: 'sharedPartners', code: 'SHARED_PARTNERS' },
  { key: 'consortiumWalk', code: 'CONSORTIUM_WALK' },
  { key: 'ledProjects', code: 'JOINED_YOUR_CONSORTIA' },
  { key: 'activity', code: 'PROJECT_ACTIVITY' },
];

/** The weight set that applies: people and tags only; the project network; or filling a consortium (RANKED). */
export function labWeights(ctx: LabContext): LabWeights {
  if (!ctx.projectNetwork) return LAB_WEIGHTS;
  return ctx.rankProjectPartners ? LAB_CONSORTIUM_WEIGHTS : LAB_NETWORK_WEIGHTS;
}

/** The weighted parts of one lab's score, every weight scaled by `factor` so score = sum(weight * value) holds. */
export function labParts(weights: LabWeights, values: LabPartValues, factor = 1): ScorePart[] {
  return LAB_PARTS.flatMap(({ key, code }) => {
    const w = weights[key];
    return w === undefined ? [] : [{ code, value: values[key], weight: w * factor }];
  });
}

export function scoreLab(focusIds: readonly string[], family: AreaFamily, f: LabFeatures, ctx: LabContext = NO_PROJECT_NETWORK): LabScore {
  const topical = topicalFit(focusIds, family, f.labAreaIds);
  const prox = proximity(f.directCount, f.chainCount, f.collaborated);
  // For an existing partner (or a lab the firm shared a project with) every weight is scaled down, so
  // score = sum(weight * value) still holds.
  const factor = f.partner || (f.sharedProjects && !ctx.rankProjectPartners) ? PARTNER_FACTOR : 1;
  const parts = labParts(
    labWeights(ctx),
    {
      topical: topical.value,
      proximity: prox,
      sharedPartners: sharedPartnersValue(f.network?.partnerCount ?? 0, ctx.maxPartners),
      consortiumWalk: ctx.maxWalk ? walkReach(f.walk) / ctx.maxWalk : 0,
      ledProjects: saturate(f.walk?.led ?? 0),
      activity: activityValue(f.activity ?? 0, ctx.maxActivity),
    },
    factor,
  );
  const score = combine(parts);
  const best = f.topDirect[0] ?? f.topChains[0] ?? null;
  return {
    labId: f.labId,
    score,
    parts,
    matches: topical.matches,
    topical: topical.value,
    proximity: prox,
    bestBridge: best ? best.people : null,
    ranksLast: !!f.sharedProjects && !ctx.rankProjectPartners,
  };
}

/**
 * Labs the firm already shared a project with come last; then by score, more bridges, more shared partners, more
 * activity, and the id so equal labs keep a stable order.
 */
export function rankLabs(scores: LabScore[], features: ReadonlyMap<string, LabFeatures>, rankProjectPartners = false): LabScore[] {
  const f = (id: string) => features.get(id);
  const bridges = (id: string) => (f(id)?.directCount ?? 0) + (f(id)?.chainCount ?? 0);
  const worked = (id: string) => (f(id)?.sharedProjects && !rankProjectPartners ? 1 : 0);
  return [...scores].sort(
    (a, b) =>
      worked(a.labId) - worked(b.labId) ||
      b.score - a.score ||
      bridges(b.labId) - bridges(a.labId) ||
      (f(b.labId)?.network?.partnerCount ?? 0) - (f(a.labId)?.network?.partnerCount ?? 0) ||
      (f(b.labId)?.activity ?? 0) - (f(a.labId)?.activity ?? 0) ||
      a.labId.localeCompare(b.labId),
  );
}

/** "2015", "2015-2017" or "" for a span of years. */
export function yearSpan(first: number | null | undefined, last: number | null | undefined): { zh: string; en: string } {
  if (first == null || last == null) return { zh: '', en: '' };
  const span = first === last ? String(first) : `${first}–${last}`;
  return { zh: `（${span}）`, en: ` (${span})` };
}

export function labReasons(s: LabScore, f: LabFeatures, focusCount: number, name: NameLookup): Reason[] {
  const reasons: Reason[] = [];
  if (s.matches.length) {
    const texts = [...s.matches].sort((a, b) => b.weight - a.weight).map((m) => matchText(m, name));
    const all = listNames([...new Map(texts.map((t) => [t.en, t])).values()], 4);
    reasons.push(
      reason(
        'TOPICAL_OVERLAP',
        `研究方向契合企业关注的 ${s.matches.length}/${focusCount} 个领域：${all.zh}`,
        `Research matches ${s.matches.length} of the firm's ${focusCount} focus areas: ${all.en}`,
      ),
    );
  } else if (focusCount === 0) {
    reasons.push(reason('NO_FOCUS', '企业尚未登记技术关注领域，仅按人脉关系排序', 'The firm has no recorded tech focus; ranked on network ties only'));
  } else {
    reasons.push(reason('NO_TOPICAL_OVERLAP', '研究方向与企业关注领域无重合', "Research does not overlap the firm's focus areas"));
  }
  if (f.walk && walkReach(f.walk) > 0) {
    // Shares of walks and a count, not the weighted values, so the reason states what was measured.
    const w = f.walk;
    const pct = (x: number) => `${Number((100 * x).toPrecision(2))}%`;
    const led = w.led > 0 ? { zh: `；参与过企业牵头的 ${w.led} 个项目`, en: `; joined ${w.led} ${w.led === 1 ? 'project' : 'projects'} you coordinated` } : { zh: '', en: '' };
    reasons.push(
      reason(
        'CONSORTIUM_WALK',
        `从企业近期项目出发的短程随机游走中，${pct(w.direct)} 经共同项目、${pct(w.further)} 经合作方到达该实验室${led.zh}`,
        `Of short random walks from your projects, ${pct(w.direct)} reach this lab through a project you shared and ${pct(w.further)} through one of your partners${led.en}`,
      ),
    );
  }
  if (f.network) {
    const n = f.network;
    const who = listNames(n.via.map((v) => name(v.partner)), 3);
    const years = yearSpan(n.firstYear, n.lastYear);
    reasons.push(
      reason(
        'SHARED_PARTNERS',
        `与企业的 ${n.partnerCount} 个合作方共同参与过 ${n.projectCount} 个项目${years.zh}：${who.zh}`,
        `Worked with ${n.partnerCount} of your partners in ${n.projectCount} ${n.projectCount === 1 ? 'project' : 'projects'}${years.en}: ${who.en}`,
      ),
    );
  } else if (f.activity !== undefined && !f.sharedProjects && f.directCount === 0 && f.chainCount === 0 && s.matches.length === 0) {
    reasons.push(
      reason(
        'MOST_ACTIVE',
        `企业的合作方尚未与任何实验室合作；该实验室参与项目最多（${f.activity} 个）`,
        `None of your partners has worked with a lab yet; this lab takes part in the most projects (${f.activity})`,
      ),
    );
  }
  if (f.directCount > 0) {
    const who = listNames(f.topDirect.map((b) => name(b.people[0]!)), 3);
    reasons.push(
      reason(
        'DIRECT_BRIDGES',
        `${f.directCount} 人同时与企业和实验室有联系：${who.zh}`,
        `${f.directCount} ${f.directCount === 1 ? 'person is' : 'people are'} tied to both the firm and the lab: ${who.en}`,
      ),
    );
  }
  if (f.chainCount > 0) {
    const chains = f.topChains.slice(0, 2).map((b) => ({
      zh: b.people.map((p) => name(p).zh).join(' — '),
      en: b.people.map((p) => name(p).en).join(' – '),
    }));
    const shown = listNames(chains, 2);
    reasons.push(
      reason(
        'TWO_PERSON_CHAINS',
        `${f.chainCount} 条两人引荐链（企业一方认识实验室一方），如 ${shown.zh}`,
        `${f.chainCount} two-person ${f.chainCount === 1 ? 'chain' : 'chains'} (someone at the firm knows someone at the lab), e.g. ${shown.en}`,
      ),
    );
  }
  if (f.directCount === 0 && f.chainCount === 0 && !f.collaborated && !f.partner && !f.network && !f.sharedProjects && f.activity === undefined) {
    reasons.push(reason('NO_BRIDGE_YET', '目前尚无人能引荐双方，需要新建联系', 'No one ties the two yet; a new introduction is needed'));
  }
  if (f.collaborated) reasons.push(reason('COLLABORATED_BEFORE', '双方曾有合作', 'The firm and the lab have collaborated before'));
  if (f.sharedProjects) {
    const sp = f.sharedProjects;
    const years = yearSpan(sp.firstYear, sp.lastYear);
    reasons.push(
      reason(
        'ALREADY_PROJECT_PARTNER',
        `已与企业共同参与 ${sp.count} 个项目${years.zh}${s.ranksLast ? '（排在最后）' : ''}`,
        `Already shares ${sp.count} ${sp.count === 1 ? 'project' : 'projects'} with the firm${years.en}${s.ranksLast ? ' (ranked last)' : ''}`,
      ),
    );
  }
  if (f.partner && f.jointLab) {
    reasons.push(reason('OWN_JOINT_LAB', '是企业自己的联合实验室（排序降低）', "The firm's own joint lab (ranked lower)"));
  } else if (f.partner) {
    reasons.push(reason('ALREADY_PARTNER', '已是企业的合作伙伴（排序降低）', 'Already a partner of the firm (ranked lower)'));
  }
  return reasons;
}
