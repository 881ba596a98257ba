// recommendLabs: gathers the firm's focus, the labs researching its taxonomy family, the people bridging the firm to
// each lab and the labs its project partners worked with (cypher/recommendLabs*.cypher), scores them with
// lab-score.ts and builds the answer. While the firm takes part in projects it never answers empty: when no partner
// reaches a lab, the most active labs stand in, said so in their reasons.
import type { Lang } from '../context.js';
import { annotate, withTrackRecordScores } from '../ledger/rank-track-record.js';
import { TRACK_RECORD_WEIGHTS } from '../ledger/track-record.js';
import type { Db, PlainNode } from '../db.js';
import { areaFamily, explainMissing, nodesById, pathsAlong, uniq } from './graph-reads.js';
import { labReasons, rankLabs, scoreLab, walkReach, type BridgeSample, type LabContext, type LabFeatures, type LabNetwork, type WalkShare } from './lab-score.js';
import { lookupFrom } from './names.js';
import { recommendation, type Recommendation } from './recommendation.js';

/** Rows of (staff member, acquaintance) the two-person chain search may walk; bounds firms with huge staff. */
export const CHAIN_CAP = 20_000;
/**
 * Bounds of the project walk (recommendLabsNetwork): the firm's most recent projects, its partners with most shared
 * projects, and each partner's most recent projects. A CORDIS firm rarely passes them; a hub stays bounded.
 */
export const PROJECT_CAP = 100;
export const PARTNER_CAP = 200;
export const REACH_CAP = 60;
/** Labs read at most when looking for the most active ones (a firm whose partners never worked with a lab). */
export const ACTIVE_SCAN_CAP = 100_000;

interface FirmRow {
  firm: PlainNode;
  focusIds: string[];
  partnerIds: string[];
  jointLabIds: string[];
  collaboratorIds: string[];
  projectCount: number;
  partnerCount: number;
  projectLabs: Array<{ lab: string; project: string; year: number | null; activity: number }>;
}

interface NetworkRow extends LabNetwork {
  labId: string;
  activity: number;
}

interface BridgeRow {
  labId: string;
  directCount: number;
  chainCount: number;
  topDirect: BridgeSample[];
  topChains: BridgeSample[];
}

export async function recommendLabs(db: Db, enterpriseId: string, limit: number, lang: Lang, projectPartners: 'LAST' | 'RANKED' = 'LAST', useTrackRecord = true): Promise<Recommendation[]> {
  const [firm] = await db.read<FirmRow>('recommendLabsFirm', { enterpriseId, projectCap: PROJECT_CAP });
  if (!firm) return explainMissing(db, 'enterpriseId', enterpriseId, ['Enterprise']);
  const focusIds = uniq(firm.focusIds).sort();
  const jointLabs = new Set(firm.jointLabIds);
  const partners = new Set([...firm.partnerIds, ...firm.jointLabIds]);
  const collaborators = new Set(firm.collaboratorIds);
  const family = await areaFamily(db, focusIds);
  const hasProjectNetwork = firm.partnerCount > 0;
  const rankPartners = projectPartners === 'RANKED';
  const networkParams = { enterpriseId, projectCap: PROJECT_CAP, partnerCap: PARTNER_CAP, reachCap: REACH_CAP };
  const [topical, bridges, network, walks] = await Promise.all([
    focusIds.length ? db.read<{ labId: string; areaIds: string[] }>('recommendLabsTopical', { areaIds: family.areaIds() }) : [],
    db.read<BridgeRow>('recommendLabsBridges', { enterpriseId, chainCap: CHAIN_CAP }),
    hasProjectNetwork ? db.read<NetworkRow>('recommendLabsNetwork', networkParams) : [],
    // Filling a consortium only: the default answer, and its cost, stay without the walk.
    hasProjectNetwork && rankPartners ? db.read<WalkShare & { labId: string }>('recommendLabsWalk', networkParams) : [],
  ]);
  const sharedProjects = groupProjectLabs(firm.projectLabs);

  const features = new Map<string, LabFeatures>();
  const feature = (labId: string) => {
    let f = features.get(labId);
    if (!f) {
      f = { labId, labAreaIds: [], directCount: 0, chainCount: 0, topDirect: [], topChains: [], partner: partners.has(labId), jointLab: jointLabs.has(labId), collaborated: collaborators.has(labId) };
      features.set(labId, f);
    }
    return f;
  };
  for (const t of topical) feature(t.labId).labAreaIds = t.areaIds;
  for (const b of bridges) Object.assign(feature(b.labId), { directCount: b.directCount, chainCount: b.chainCount, topDirect: b.topDirect, topChains: b.topChains });
  for (const id of [...partners, ...collaborators]) feature(id);
  for (const n of network) {
    if (sharedProjects.has(n.labId) && !rankPartners) continue;
    const { labId, activity, ...rest } = n;
    Object.assign(feature(labId), { network: rest, activity });
  }
  for (const [labId, sp] of sharedProjects) feature(labId).sharedProjects = sp;
  for (const r of firm.projectLabs) feature(r.lab).activity = r.activity;
  // The walk only weighs labs found otherwise; it adds no candidate of its own.
  for (const { labId, direct, further, led } of walks) {
    const f = features.get(labId);
    if (f) f.walk = { direct, further, led };
  }
  // A firm with projects but no lab within reach still gets an answer: the most active labs, flagged as such.
  if (firm.projectCount > 0 && features.size === 0) {
    for (const a of await db.read<{ labId: string; activity: number }>('recommendLabsActive', { limit, scanCap: ACTIVE_SCAN_CAP })) {
      feature(a.labId).activity = a.activity;
    }
  }
  const all = [...features.values()];
  const ctx: LabContext = {
    projectNetwork: hasProjectNetwork,
    rankProjectPartners: rankPartners,
    maxPartners: Math.max(0, ...all.map((f) => f.network?.partnerCount ?? 0)),
    maxActivity: Math.max(0, ...all.map((f) => f.activity ?? 0)),
    maxWalk: Math.max(0, ...all.map((f) => walkReach(f.walk))),
  };

  const scored = all.map((f) => scoreLab(focusIds, family, f, ctx));
  // The introductions ledger's trackRecord part for each lab (docs/scoring.md); without history nothing changes.
  const { items: withRecords, effects } = useTrackRecord
    ? await withTrackRecordScores(db, scored, (s) => s.labId, new Date().toISOString().slice(0, 10), TRACK_RECORD_WEIGHTS.labs, false)
    : { items: scored, effects: new Map() };
  const ranked = rankLabs(withRecords, features, rankPartners).slice(0, limit);
  if (ranked.length === 0) return [];

  const chosen = ranked.map((s) => features.get(s.labId)!);
  const nodes = await nodesById(db, [
    enterpriseId,
    ...focusIds,
    ...ranked.flatMap((s) => [s.labId, ...s.matches.flatMap((m) => m.chain)]),
    ...chosen.flatMap((f) => [...f.topDirect, ...f.topChains].flatMap((b) => b.people)),
    ...chosen.flatMap((f) => f.network?.via.map((v) => v.partner) ?? []),
  ]);
  // The strongest bridge when there is one; else the partnership; else a shared project; else the strongest chain
  // through a project partner (firm - project - partner - project - lab); else the best topical chain.
  const sequences = new Map<string, string[]>();
  for (const s of ranked) {
    const f = features.get(s.labId)!;
    const bestMatch = [...s.matches].sort((a, b) => b.weight - a.weight || a.chain.length - b.chain.length)[0];
    const seq = s.bestBridge
      ? [enterpriseId, ...s.bestBridge, s.labId]
      : f.partner || f.collaborated
        ? [enterpriseId, s.labId]
        : f.sharedProjects
          ? [enterpriseId, f.sharedProjects.projectId, s.labId]
          : f.network?.via[0]
            ? [enterpriseId, f.network.via[0].firmProject, f.network.via[0].partner, f.network.via[0].labProject, s.labId]
            : bestMatch
              ? [enterpriseId, ...bestMatch.chain, s.labId]
              : null;
    if (seq) sequences.set(s.labId, seq);
  }
  const paths = await pathsAlong(db, sequences);
  const name = lookupFrom(nodes);

  return ranked.flatMap((s) => {
    const node = nodes.get(s.labId);
    if (!node) return [];
    const f = features.get(s.labId)!;
    const people = uniq([...f.topDirect, ...f.topChains].flatMap((b) => b.people));
    const item = recommendation({
        node,
        score: s.score,
        reasons: labReasons(s, f, focusIds.length, name),
        parts: s.parts,
        path: paths.get(s.labId) ?? null,
        related: [...people, ...(f.network?.via.map((v) => v.partner) ?? []), ...s.matches.map((m) => m.areaId)].map((id) => nodes.get(id)),
        lang,
      });
    annotate(item, effects.get(s.labId), lang);
    return [item];
  });
}

/** Per lab the firm shared projects with: how many, their years, and one of them for the path. */
function groupProjectLabs(rows: FirmRow['projectLabs']): Map<string, NonNullable<LabFeatures['sharedProjects']>> {
  const out = new Map<string, NonNullable<LabFeatures['sharedProjects']> & { seen: Set<string> }>();
  for (const r of rows) {
    let g = out.get(r.lab);
    if (!g) out.set(r.lab, (g = { count: 0, firstYear: null, lastYear: null, projectId: r.project, seen: new Set() }));
    if (g.seen.has(r.project)) continue;
    g.seen.add(r.project);
    g.count += 1;
    if (r.year != null) {
      g.firstYear = g.firstYear == null ? r.year : Math.min(g.firstYear, r.year);
      g.lastYear = g.lastYear == null ? r.year : Math.max(g.lastYear, r.year);
    }
  }
  return new Map([...out].map(([lab, { seen: _seen, ...g }]) => [lab, g]));
}
