// Reading fewer candidates for recommendTalents without changing its answer. Only people with expertise in a
// "strong" area of the needs' taxonomy family (a match worth at least STRONG_MATCH for some need) are read first;
// everyone else can score at most outsiderBound (their best match for every need is a weaker area, and the sources
// add at most their full weight). When the limit-th score of the first read, less the re-ranking window, still lies
// above that bound, nobody left out can reach the answer, so it is exact; otherwise the caller reads the whole family.
// Pure; the scoring itself is talent-score.ts.
import { TALENT_WEIGHTS, needWeight, type Need, type TalentScore } from './talent-score.js';
import type { AreaFamily } from './taxonomy.js';

/** Exact, narrower and one-level broader matches; siblings (0.3) and two-level broader (0.35) are read only if needed. */
export const STRONG_MATCH = 0.5;

/** Scores are rounded to 4 decimals (score-parts.ts); the bound keeps a margin above that rounding. */
const ROUNDING = 1e-4;

export interface AreaSplit {
  /** Areas whose experts are read first. */
  strong: string[];
  /** The rest of the family: read only for people found through a strong area, unless the whole family is read. */
  weak: string[];
}

const bestWeight = (family: AreaFamily, needId: string, areaId: string) => family.best(needId, [areaId])?.weight ?? 0;

export function splitAreas(needs: readonly Need[], family: AreaFamily, areaIds: readonly string[]): AreaSplit {
  const strong: string[] = [];
  const weak: string[] = [];
  for (const a of areaIds) (needs.some((n) => bestWeight(family, n.areaId, a) >= STRONG_MATCH) ? strong : weak).push(a);
  return { strong, weak };
}

/** The highest score a person can have whose expertise lies only in `weak` areas. */
export function outsiderBound(needs: readonly Need[], family: AreaFamily, weak: readonly string[]): number {
  const total = needs.reduce((s, n) => s + needWeight(n), 0);
  if (total === 0 || weak.length === 0) return 0;
  const expertise = needs.reduce((s, n) => s + needWeight(n) * Math.max(0, ...weak.map((a) => bestWeight(family, n.areaId, a))), 0) / total;
  return TALENT_WEIGHTS.expertise * expertise + TALENT_WEIGHTS.sources;
}

/**
 * True when the ranking of the strong-area candidates (best first) is already the whole answer: there are at least
 * `limit` of them and every outsider scores below the limit-th less `window` (the track-record re-ranking reads
 * candidates down to that score: ledger/rank-track-record.ts).
 */
export function strongReadIsExact(sorted: readonly TalentScore[], limit: number, bound: number, window: number): boolean {
  if (sorted.length < limit) return false;
  return bound + ROUNDING < sorted[limit - 1]!.score - window;
}
