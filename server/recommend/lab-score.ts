// Scores a lab for an enterprise (recommendLabs): topical fit between the firm's focus areas and the lab's research
// areas through the taxonomy, mixed with network proximity - how many distinct people could bridge the two. Labs
// the firm already partners with stay in the ranking at half score, flagged, so the broker sees them but new
// openings come first. Pure: the Cypher gathers the features, this decides. Documented in docs/scoring.md.
import { reason, type Reason } from '../graph/shape.js';
import { listNames, type NameLookup } from './names.js';
import { combine, saturate, type ScorePart } from './score-parts.js';
import { matchText, type AreaFamily, type AreaMatch } from './taxonomy.js';

export const LAB_WEIGHTS = { topical: 0.55, proximity: 0.45 } as const;
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
}

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

export function scoreLab(focusIds: readonly string[], family: AreaFamily, f: LabFeatures): LabScore {
  const topical = topicalFit(focusIds, family, f.labAreaIds);
  const prox = proximity(f.directCount, f.chainCount, f.collaborated);
  // For an existing partner every weight is scaled down, so score = sum(weight * value) still holds.
  const factor = f.partner ? PARTNER_FACTOR : 1;
  const parts: ScorePart[] = [
    { code: 'TOPICAL_FIT', value: topical.value, weight: LAB_WEIGHTS.topical * factor },
    { code: 'NETWORK_PROXIMITY', value: prox, weight: LAB_WEIGHTS.proximity * factor },
  ];
  const score = combine(parts);
  const best = f.topDirect[0] ?? f.topChains[0] ?? null;
  return { labId: f.labId, score, parts, matches: topical.matches, topical: topical.value, proximity: prox, bestBridge: best ? best.people : null };
}

/** Ranks by score, then by more bridges, then by id so equal labs keep a stable order. */
export function rankLabs(scores: LabScore[], features: ReadonlyMap<string, LabFeatures>): LabScore[] {
  const bridges = (id: string) => (features.get(id)?.directCount ?? 0) + (features.get(id)?.chainCount ?? 0);
  return [...scores].sort((a, b) => b.score - a.score || bridges(b.labId) - bridges(a.labId) || a.labId.localeCompare(b.labId));
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
  if (f.directCount === 0 && f.chainCount === 0 && !f.collaborated && !f.partner) {
    reasons.push(reason('NO_BRIDGE_YET', '目前尚无人能引荐双方，需要新建联系', 'No one ties the two yet; a new introduction is needed'));
  }
  if (f.collaborated) reasons.push(reason('COLLABORATED_BEFORE', '双方曾有合作', 'The firm and the lab have collaborated before'));
  if (f.partner && f.jointLab) {
    reasons.push(reason('OWN_JOINT_LAB', '是企业自己的联合实验室（排序降低）', "The firm's own joint lab (ranked lower)"));
  } else if (f.partner) {
    reasons.push(reason('ALREADY_PARTNER', '已是企业的合作伙伴（排序降低）', 'Already a partner of the firm (ranked lower)'));
  }
  return reasons;
}
