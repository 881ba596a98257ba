// recommendTalents (and the first matches of postDemand): gathers the demand's needs and region, the taxonomy
// family of its needs and the candidates from pools, diaspora and competitions (cypher/recommendTalents*.cypher),
// scores them with talent-score.ts and builds the answer.
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { areaFamily, explainMissing, nodesById, pathsAlong, uniq } from './graph-reads.js';
import { lookupFrom } from './names.js';
import { recommendation, type Recommendation } from './recommendation.js';
import { rankTalents, scoreTalent, talentReasons, toCandidate, type CandidateRow, type Need, type TalentCandidate } from './talent-score.js';
import { applyEffect, rerankWithTrackRecords } from '../ledger/rank-track-record.js';
import { TRACK_RECORD_WEIGHTS } from '../ledger/track-record.js';

/** (area, expert) ties the expertise-side search reads at most; people the source-side search reads at most. */
export const EXPERT_CAP = 50_000;
export const SOURCE_CAP = 100_000;

interface SourcesRow {
  localPoolIds: string[];
  localCompetitionIds: string[];
  relatedCompetitionIds: string[];
  expertCount: number;
  sourceCount: number;
}

interface DemandRow {
  demand: PlainNode;
  posterId: string | null;
  region: PlainNode | null;
  needs: Need[];
  parentIds: string[];
  subRegionIds: string[];
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
  const areaIds = family.areaIds();
  const [sources] = await db.read<SourcesRow>('recommendTalentsSources', { areaIds, localRegionIds, homeRegionIds });
  // Start from the smaller side: the experts of the needed areas, or the people the sources hold.
  const common = { areaIds, homeRegionIds, posterId: d.posterId ?? '' };
  const rows =
    (sources?.expertCount ?? 0) <= (sources?.sourceCount ?? 0)
      ? await db.read<CandidateRow>('recommendTalentsByExpertise', { ...common, expertCap: EXPERT_CAP })
      : await db.read<CandidateRow>('recommendTalentsBySource', { ...common, sourceCap: SOURCE_CAP });
  const home = new Set(homeRegionIds);
  const sets = {
    localPoolIds: new Set(sources?.localPoolIds ?? []),
    localCompetitionIds: new Set(sources?.localCompetitionIds ?? []),
    relatedCompetitionIds: new Set(sources?.relatedCompetitionIds ?? []),
    homeRegionIds: home,
    today: new Date().toISOString().slice(0, 10),
  };
  const candidates: TalentCandidate[] = rows.map((r) => toCandidate(r, sets));
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  const sorted = rankTalents(candidates.map((c) => scoreTalent(needs, family, c, home)));
  // The introductions ledger's trackRecord part (docs/scoring.md); without it, or without history, the order stands.
  const { ranked, effects } = useTrackRecord
    ? await rerankWithTrackRecords(db, sorted, (s) => s.personId, limit, sets.today, TRACK_RECORD_WEIGHTS.talents, true)
    : { ranked: sorted.slice(0, limit), effects: new Map() };
  if (ranked.length === 0) return [];

  const nodes = await nodesById(db, [
    demandId,
    ...ranked.flatMap((s) => {
      const c = byId.get(s.personId)!;
      return [s.personId, ...s.matched.flatMap((m) => m.match.chain), ...c.pools.map((p) => p.id), ...c.wins.map((w) => w.id), ...c.originIds, ...c.residenceIds];
    }),
  ]);
  // Demand - NEEDS - needed area (- taxonomy -) the person's area - EXPERT_IN - person, through their best match.
  const sequences = new Map<string, string[]>();
  for (const s of ranked) {
    const best = [...s.matched].sort((a, b) => b.value - a.value || a.match.chain.length - b.match.chain.length)[0];
    if (best) sequences.set(s.personId, [demandId, ...best.match.chain, s.personId]);
  }
  const paths = await pathsAlong(db, sequences);
  const name = lookupFrom(nodes);

  return ranked.flatMap((s) => {
    const node = nodes.get(s.personId);
    if (!node) return [];
    const c = byId.get(s.personId)!;
    const item = recommendation({
        node,
        score: s.score,
        reasons: talentReasons(s, c, needs.length, name),
        parts: s.parts,
        path: paths.get(s.personId) ?? null,
        related: [...s.matched.map((m) => m.match.areaId), ...c.pools.map((p) => p.id), ...c.wins.map((w) => w.id), ...(s.diaspora ? c.originIds : [])].map((id) =>
          nodes.get(id),
        ),
        lang,
      });
    applyEffect(item, effects.get(s.personId), lang);
    return [item];
  });
}
