// Link prediction for recommendCollaborators: how likely two people who do not yet know each other would work well
// together. Shared neighbours count by Adamic-Adar (a shared acquaintance who knows few people says more than a hub),
// over people and over organisations both belong to (a small shared organisation says more than a big one; an
// organisation weighs ORG_FACTOR acquaintances of the same degree), plus the plain count of common neighbours, the
// overlap of tech areas (Jaccard) and shared organisations. Pure: the Cypher gathers the features, this decides.
// Documented in docs/scoring.md; measured against baselines by eval/ (npm run eval).
import { reason, type Reason } from '../graph/shape.js';
import { fmt, listNames, type NameLookup } from './names.js';
import { combine, saturate, type ScorePart } from './score-parts.js';

export const COLLABORATOR_WEIGHTS = { adamicAdar: 0.45, commonNeighbours: 0.1, sharedAreas: 0.3, sharedOrganisations: 0.15 } as const;
/** Common neighbours at which that part reaches 1 - 1/e. */
export const COMMON_NEIGHBOUR_SCALE = 2;
/**
 * How many shared acquaintances of the same degree one shared organisation counts as in the Adamic-Adar part. On LDBC
 * held out at two KNOWS dates, 2 lifted Hits@10 above plain Adamic-Adar at both; 1 at only one (eval/RESULTS.md).
 */
export const ORG_FACTOR = 2;

export interface CollaboratorCandidate {
  personId: string;
  /** Shared neighbours (people both know or collaborated with) and each one's number of distinct such ties. */
  shared: Array<{ id: string; degree: number }>;
  sharedAreaIds: string[];
  /** The candidate's number of tech areas. */
  areaCount: number;
  sharedOrgIds: string[];
  /** Member ties of each shared organisation (its degree); an organisation missing here counts as degree 2. */
  orgMembers?: Readonly<Record<string, number>>;
}

export interface CollaboratorScore {
  personId: string;
  score: number;
  parts: ScorePart[];
  /** Adamic-Adar over shared people, and over shared organisations (before ORG_FACTOR). */
  adamicAdar: number;
  orgAdamicAdar: number;
  commonNeighbours: number;
  areaJaccard: number;
  /** The shared neighbour that says most (lowest degree), the shared organisation or the shared area: the path's middle. */
  via: string | null;
}

/** Adamic-Adar index: sum over shared neighbours of 1 / ln(degree). A shared neighbour has degree >= 2. */
export function adamicAdar(shared: ReadonlyArray<{ degree: number }>): number {
  return shared.reduce((sum, w) => sum + 1 / Math.log(Math.max(2, w.degree)), 0);
}

/** |A ∩ B| / |A ∪ B| from the sizes of A and B and of their intersection. */
export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union > 0 ? shared / union : 0;
}

export function scoreCollaborator(c: CollaboratorCandidate, personAreaCount: number): CollaboratorScore {
  const aa = adamicAdar(c.shared);
  const orgAa = adamicAdar(c.sharedOrgIds.map((id) => ({ degree: c.orgMembers?.[id] ?? 2 })));
  const areaJaccard = jaccard(c.sharedAreaIds.length, personAreaCount, c.areaCount);
  const parts: ScorePart[] = [
    { code: 'ADAMIC_ADAR', value: saturate(aa + ORG_FACTOR * orgAa), weight: COLLABORATOR_WEIGHTS.adamicAdar },
    { code: 'COMMON_NEIGHBOURS', value: saturate(c.shared.length, COMMON_NEIGHBOUR_SCALE), weight: COLLABORATOR_WEIGHTS.commonNeighbours },
    { code: 'SHARED_AREAS', value: areaJaccard, weight: COLLABORATOR_WEIGHTS.sharedAreas },
    { code: 'SHARED_ORGANISATIONS', value: saturate(c.sharedOrgIds.length), weight: COLLABORATOR_WEIGHTS.sharedOrganisations },
  ];
  const bestNeighbour = [...c.shared].sort((a, b) => a.degree - b.degree || a.id.localeCompare(b.id))[0];
  const via = bestNeighbour?.id ?? [...c.sharedOrgIds].sort()[0] ?? [...c.sharedAreaIds].sort()[0] ?? null;
  return { personId: c.personId, score: combine(parts), parts, adamicAdar: aa, orgAdamicAdar: orgAa, commonNeighbours: c.shared.length, areaJaccard, via };
}

/** The Adamic-Adar part before saturation: people, and organisations ORG_FACTOR times. */
const linkEvidence = (s: CollaboratorScore) => s.adamicAdar + ORG_FACTOR * s.orgAdamicAdar;

/** Candidates with no shared neighbour, area or organisation are not predictions; ranked by score, then Adamic-Adar (people and organisations), then id. */
export function rankCollaborators(scores: CollaboratorScore[]): CollaboratorScore[] {
  return scores
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || linkEvidence(b) - linkEvidence(a) || a.personId.localeCompare(b.personId));
}

export function collaboratorReasons(s: CollaboratorScore, c: CollaboratorCandidate, name: NameLookup): Reason[] {
  const reasons: Reason[] = [];
  if (c.shared.length) {
    const who = listNames([...c.shared].sort((a, b) => a.degree - b.degree || a.id.localeCompare(b.id)).map((w) => name(w.id)), 3);
    reasons.push(
      reason(
        'SHARED_NEIGHBOURS',
        `${c.shared.length} 位共同联系人：${who.zh}（Adamic-Adar 指数 ${fmt(s.adamicAdar)}）`,
        `${c.shared.length} shared ${c.shared.length === 1 ? 'contact' : 'contacts'}: ${who.en} (Adamic-Adar ${fmt(s.adamicAdar)})`,
      ),
    );
  }
  if (c.sharedAreaIds.length) {
    const areas = listNames([...c.sharedAreaIds].sort().map(name), 4);
    reasons.push(reason('SHARED_AREAS', `共同的技术领域：${areas.zh}`, `Shared tech areas: ${areas.en}`));
  }
  if (c.sharedOrgIds.length) {
    const orgs = listNames([...c.sharedOrgIds].sort().map(name), 3);
    const small = c.orgMembers ? Math.min(...c.sharedOrgIds.map((id) => c.orgMembers?.[id] ?? Infinity)) : Infinity;
    const size = Number.isFinite(small) ? { zh: `（最小的有 ${small} 人）`, en: ` (the smallest has ${small} ${small === 1 ? 'member' : 'members'})` } : { zh: '', en: '' };
    reasons.push(reason('SHARED_ORGANISATIONS', `同属机构：${orgs.zh}${size.zh}`, `Both tied to ${orgs.en}${size.en}`));
  }
  return reasons;
}
