// recommendTalents (and the first matches of postDemand): gathers the demand's needs and region, the taxonomy
// family of its needs and the candidates from pools, diaspora and competitions (cypher/recommendTalentsCandidates.cypher,
// first through the strong areas only: talent-prune.ts), scores them with talent-score.ts and builds the answer.
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { areaFamily, explainMissing, nodesById, pathsAlong, toRecommendations, uniq } from './graph-reads.js';
import { lookupFrom } from './names.js';
import type { Recommendation } from './recommendation.js';
import { outsiderBound, splitAreas, strongReadIsExact } from './talent-prune.js';
import { rankTalents, scoreTalent, talentReasons, toCandidate, type CandidateRow, type Need, type SourceSets, type TalentCandidate } from './talent-score.js';
import type { AreaFamily } from './taxonomy.js';
import { applyEffect, rerankWithTrackRecords } from '../ledger/rank-track-record.js';
import { TRACK_RECORD_WEIGHTS } from '../ledger/track-record.js';

interface DemandRow {
  demand: PlainNode;
  posterId: string | null;
  region: PlainNode | null;
  needs: Need[];
  parentIds: string[];
  subRegionIds: string[];
}

/** A row of recommendTalentsCandidates: its ties carry whether a pool or competition is local or related. */
type SourcedRow = Omit<CandidateRow, 'ties'> & { ties: Array<CandidateRow['ties'][number] & { local?: boolean; related?: boolean }> };

interface Search {
  needs: Need[];
  family: AreaFamily;
  areaIds: string[];
  homeRegionIds: string[];
  localRegionIds: string[];
  posterId: string;
}

/** The candidates scored and ranked, best first, with the features the reasons need. */
async function rankCandidates(db: Db, q: Search, scanAreaIds: string[], otherAreaIds: string[]) {
  const rows = await db.read<SourcedRow>('recommendTalentsCandidates', {
    scanAreaIds,
    otherAreaIds,
    areaIds: q.areaIds,
    homeRegionIds: q.homeRegionIds,
    localRegionIds: q.localRegionIds,
    posterId: q.posterId,
  });
  const ties = rows.flatMap((r) => r.ties);
  const idsWhere = (type: string, flag: 'local' | 'related') => new Set(ties.filter((t) => t.type === type && t[flag]).map((t) => t.id));
  const home = new Set(q.homeRegionIds);
  const sets: SourceSets = {
    localPoolIds: idsWhere('MEMBER_OF', 'local'),
    localCompetitionIds: idsWhere('WON', 'local'),
    relatedCompetitionIds: idsWhere('WON', 'related'),
    homeRegionIds: home,
    today: new Date().toISOString().slice(0, 10),
  };
  const candidates: TalentCandidate[] = rows.map((r) => toCandidate(r, sets));
  return { sets, candidates, sorted: rankTalents(candidates.map((c) => scoreTalent(q.needs, q.family, c, home))) };
}

export async function recommendTalents(db: Db, demandId: string, limit: number, lang: Lang, argument = 'demandId', useTrackRecord = true): Promise<Recommendation[]> {
  const [d] = await db.read<DemandRow>('recommendTalentsDemand', { demandId });
  if (!d) return explainMissing(db, argument, demandId, ['Demand']);
  const needs = [...new Map(d.needs.map((n) => [n.areaId, n])).values()].sort((a, b) => a.areaId.localeCompare(b.areaId));
  if (needs.length === 0) return [];
  const family = await areaFamily(db, needs.map((n) => n.areaId));
  const regionId = d.region?.id ?? null;
  const homeRegionIds = regionId ? uniq([regionId, ...d.subRegionIds]) : [];
  const localRegionIds = regionId ? uniq([regionId, ...d.parentIds, ...d.subRegionIds]) : [];
  const search: Search = { needs, family, areaIds: family.areaIds(), homeRegionIds, localRegionIds, posterId: d.posterId ?? '' };
  // The experts of the strong areas first; the whole family only when someone left out could still rank.
  const split = splitAreas(needs, family, search.areaIds);
  const window = useTrackRecord ? TRACK_RECORD_WEIGHTS.talents : 0;
  let read = await rankCandidates(db, search, split.strong, split.weak);
  if (split.weak.length && !strongReadIsExact(read.sorted, limit, outsiderBound(needs, family, split.weak), window)) {
    read = await rankCandidates(db, search, search.areaIds, []);
  }
  const { sets, candidates, sorted } = read;
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  // The introductions ledger's trackRecord part (docs/scoring.md); without it, or without history, the order stands.
  const { ranked, effects } = useTrackRecord
    ? await rerankWithTrackRecords(db, sorted, (s) => s.personId, limit, sets.today, TRACK_RECORD_WEIGHTS.talents, true)
    : { ranked: sorted.slice(0, limit), effects: new Map() };
  if (ranked.length === 0) return [];

  // Demand - NEEDS - needed area (- taxonomy -) the person's area - EXPERT_IN - person, through their best match.
  const sequences = new Map<string, string[]>();
  for (const s of ranked) {
    const best = [...s.matched].sort((a, b) => b.value - a.value || a.match.chain.length - b.match.chain.length)[0];
    if (best) sequences.set(s.personId, [demandId, ...best.match.chain, s.personId]);
  }
  // The nodes the answer names and the supporting paths do not depend on each other: read them together.
  const [nodes, paths] = await Promise.all([
    nodesById(db, [
      demandId,
      ...ranked.flatMap((s) => {
        const c = byId.get(s.personId)!;
        return [s.personId, ...s.matched.flatMap((m) => m.match.chain), ...c.pools.map((p) => p.id), ...c.wins.map((w) => w.id), ...c.originIds, ...c.residenceIds];
      }),
    ]),
    pathsAlong(db, sequences),
  ]);
  const name = lookupFrom(nodes);

  return toRecommendations(
    ranked,
    { idOf: (s) => s.personId, nodes, paths, lang },
    (s) => {
      const c = byId.get(s.personId)!;
      return {
        reasons: talentReasons(s, c, needs.length, name),
        relatedIds: [...s.matched.map((m) => m.match.areaId), ...c.pools.map((p) => p.id), ...c.wins.map((w) => w.id), ...(s.diaspora ? c.originIds : [])],
      };
    },
    (item, s) => applyEffect(item, effects.get(s.personId), lang),
  );
}
