// Scores a person for a demand (recommendTalents, postDemand): expertise against the demand's NEEDS areas through
// the taxonomy, weighted by the need's weight and the person's level, plus bonuses for the sources a demand draws on
// (talent-pool membership - more for a pool in the demand's region -, the region's diaspora, competition wins).
// Pure: the Cypher gathers the features, this decides. Documented in docs/scoring.md.
import { reason, type Reason } from '../graph/shape.js';
import { listNames, type NameLookup } from './names.js';
import { clamp01, combine, type ScorePart } from './score-parts.js';
import { matchText, type AreaFamily, type AreaMatch } from './taxonomy.js';

export const TALENT_WEIGHTS = { expertise: 0.7, sources: 0.3 } as const;
export const SOURCE_BONUS = {
  localPool: 0.5,
  otherPool: 0.25,
  diaspora: 0.4,
  winner: 0.3,
  /** The competition focuses on one of the demand's areas. */
  relatedCompetition: 0.1,
  /** Placed first to third. */
  podium: 0.1,
} as const;

export interface Need {
  areaId: string;
  /** NEEDS.weight; missing or non-positive counts as 1. */
  weight: number | null;
}

export interface TalentCandidate {
  personId: string;
  expertise: Array<{ areaId: string; level: number | null }>;
  pools: Array<{ id: string; local: boolean }>;
  wins: Array<{ id: string; rank: number | null; year: number | null; related: boolean; local: boolean }>;
  /** Home regions (the demand's region or sub-regions) the person originates from. */
  originIds: string[];
  /** Current residences. */
  residenceIds: string[];
}

/** A candidate row as cypher/recommendTalentsBy*.cypher return it: expertise and the person's source ties. */
export interface CandidateRow {
  personId: string;
  expertise: TalentCandidate['expertise'];
  ties: Array<{ type: string; id: string; end: string | null; rank: number | null; year: number | null }>;
}

export interface SourceSets {
  localPoolIds: ReadonlySet<string>;
  localCompetitionIds: ReadonlySet<string>;
  relatedCompetitionIds: ReadonlySet<string>;
  homeRegionIds: ReadonlySet<string>;
  /** YYYY-MM-DD; a LIVES_IN tie that ended before it is a past residence. */
  today: string;
}

/** Reads a candidate's pools, wins, home origins and current residences from their ties. */
export function toCandidate(row: CandidateRow, sets: SourceSets): TalentCandidate {
  const of = (type: string) => row.ties.filter((t) => t.type === type);
  return {
    personId: row.personId,
    expertise: row.expertise,
    // Sorted so that the reasons list pools and wins in the same order whichever side the ties were read from.
    pools: [...new Set(of('MEMBER_OF').map((t) => t.id))].sort().map((id) => ({ id, local: sets.localPoolIds.has(id) })),
    wins: [...of('WON')].sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || a.id.localeCompare(b.id) || (a.rank ?? 99) - (b.rank ?? 99)).map((t) => ({
      id: t.id,
      rank: t.rank,
      year: t.year,
      related: sets.relatedCompetitionIds.has(t.id),
      local: sets.localCompetitionIds.has(t.id),
    })),
    originIds: [...new Set(of('ORIGINATES_FROM').map((t) => t.id).filter((id) => sets.homeRegionIds.has(id)))],
    residenceIds: [...new Set(of('LIVES_IN').filter((t) => t.end === null || t.end.slice(0, 10) >= sets.today).map((t) => t.id))],
  };
}

export interface NeedMatch {
  need: Need;
  match: AreaMatch;
  level: number | null;
  value: number;
}

export interface TalentScore {
  personId: string;
  score: number;
  parts: ScorePart[];
  expertise: number;
  sources: number;
  matched: NeedMatch[];
  diaspora: boolean;
}

/**
 * EXPERT_IN.level read on [0, 1]; values above 1 are read as a 1-5 scale. Missing counts as 0.5. A level scales a
 * match between 0.6 (novice) and 1 (top), so expertise in the right area always beats the level.
 */
export function levelFactor(level: number | null | undefined): number {
  let l = typeof level === 'number' && Number.isFinite(level) ? level : 0.5;
  if (l > 1) l = l / 5;
  return 0.6 + 0.4 * clamp01(l);
}

export const needWeight = (n: Need) => (typeof n.weight === 'number' && Number.isFinite(n.weight) && n.weight > 0 ? n.weight : 1);

/** Weighted share of the needs the person covers, each by their best taxonomy match times their level there. */
export function expertiseMatch(needs: readonly Need[], family: AreaFamily, expertise: TalentCandidate['expertise']): { value: number; matched: NeedMatch[] } {
  const total = needs.reduce((s, n) => s + needWeight(n), 0);
  if (total === 0) return { value: 0, matched: [] };
  const levelOf = new Map<string, number | null>();
  for (const e of expertise) {
    const known = levelOf.get(e.areaId);
    if (known === undefined || (e.level ?? -1) > (known ?? -1)) levelOf.set(e.areaId, e.level);
  }
  const matched: NeedMatch[] = [];
  let sum = 0;
  for (const need of needs) {
    let best: NeedMatch | null = null;
    for (const [areaId, level] of levelOf) {
      const m = family.best(need.areaId, [areaId]);
      if (!m) continue;
      const value = m.weight * levelFactor(level);
      if (!best || value > best.value || (value === best.value && m.areaId < best.match.areaId)) best = { need, match: m, level, value };
    }
    if (best) {
      matched.push(best);
      sum += needWeight(need) * best.value;
    }
  }
  return { value: sum / total, matched };
}

/** Lives outside the home regions now and originates from one of them. */
export function isDiaspora(c: TalentCandidate, homeRegionIds: ReadonlySet<string>): boolean {
  return c.originIds.length > 0 && c.residenceIds.some((r) => !homeRegionIds.has(r));
}

export function sourceValue(c: TalentCandidate, homeRegionIds: ReadonlySet<string>): number {
  let v = 0;
  if (c.pools.some((p) => p.local)) v += SOURCE_BONUS.localPool;
  else if (c.pools.length) v += SOURCE_BONUS.otherPool;
  if (isDiaspora(c, homeRegionIds)) v += SOURCE_BONUS.diaspora;
  if (c.wins.length) {
    v += SOURCE_BONUS.winner;
    if (c.wins.some((w) => w.related)) v += SOURCE_BONUS.relatedCompetition;
    if (c.wins.some((w) => typeof w.rank === 'number' && w.rank >= 1 && w.rank <= 3)) v += SOURCE_BONUS.podium;
  }
  return clamp01(v);
}

export function scoreTalent(needs: readonly Need[], family: AreaFamily, c: TalentCandidate, homeRegionIds: ReadonlySet<string>): TalentScore {
  const exp = expertiseMatch(needs, family, c.expertise);
  const src = sourceValue(c, homeRegionIds);
  const parts: ScorePart[] = [
    { code: 'EXPERTISE_MATCH', value: exp.value, weight: TALENT_WEIGHTS.expertise },
    { code: 'SOURCES', value: src, weight: TALENT_WEIGHTS.sources },
  ];
  return { personId: c.personId, score: combine(parts), parts, expertise: exp.value, sources: src, matched: exp.matched, diaspora: isDiaspora(c, homeRegionIds) };
}

/** Only people who match at least one need and come from a source are answers; ranked by score, expertise, id. */
export function rankTalents(scores: TalentScore[]): TalentScore[] {
  return scores
    .filter((s) => s.matched.length > 0 && s.sources > 0)
    .sort((a, b) => b.score - a.score || b.expertise - a.expertise || a.personId.localeCompare(b.personId));
}

/** "2023 年" / " in 2023", each empty when that language's name already says the year. */
export function yearText(year: number, name: { zh: string; en: string }): { zh: string; en: string } {
  const y = String(year);
  return { zh: name.zh.includes(y) ? '' : `${y} 年`, en: name.en.includes(y) ? '' : ` in ${y}` };
}

export function talentReasons(s: TalentScore, c: TalentCandidate, needCount: number, name: NameLookup): Reason[] {
  const reasons: Reason[] = [];
  const areas = listNames(
    [...s.matched].sort((a, b) => b.value - a.value).map((m) => matchText(m.match, name)),
    4,
  );
  reasons.push(
    reason(
      'EXPERTISE_MATCH',
      `专长覆盖需求的 ${s.matched.length}/${needCount} 个技术领域：${areas.zh}`,
      `Expertise covers ${s.matched.length} of the demand's ${needCount} tech areas: ${areas.en}`,
    ),
  );
  const local = c.pools.filter((p) => p.local).map((p) => name(p.id));
  const other = c.pools.filter((p) => !p.local).map((p) => name(p.id));
  if (local.length) {
    const l = listNames(local);
    reasons.push(reason('LOCAL_POOL_MEMBER', `需求所在地人才池成员：${l.zh}`, `Member of a talent pool in the demand's region: ${l.en}`));
  }
  if (other.length) {
    const l = listNames(other);
    reasons.push(reason('POOL_MEMBER', `人才池成员：${l.zh}`, `Member of the talent pool ${l.en}`));
  }
  if (s.diaspora) {
    const from = listNames(c.originIds.map(name));
    const lives = listNames(c.residenceIds.map(name), 2);
    reasons.push(reason('DIASPORA', `籍贯${from.zh}，现居${lives.zh}（在外乡贤）`, `Originates from ${from.en} and now lives in ${lives.en} (diaspora)`));
  }
  for (const w of c.wins.slice(0, 3)) {
    const n = name(w.id);
    const rank = typeof w.rank === 'number' ? { zh: `第 ${w.rank} 名`, en: ` (rank ${w.rank})` } : { zh: '获奖', en: '' };
    // Most competitions carry their year in their name ("2023年…"); the year is added only where the name lacks it.
    const year = typeof w.year === 'number' ? yearText(w.year, n) : { zh: '', en: '' };
    reasons.push(reason('COMPETITION_WINNER', `${year.zh}${n.zh}${rank.zh}`, `Won ${n.en}${year.en}${rank.en}`));
  }
  return reasons;
}
