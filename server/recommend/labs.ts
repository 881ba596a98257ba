// recommendLabs: gathers the firm's focus, the labs researching its taxonomy family and the people bridging the
// firm to each lab (cypher/recommendLabs*.cypher), scores them with lab-score.ts and builds the answer.
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { areaFamily, explainMissing, nodesById, pathsAlong, uniq } from './graph-reads.js';
import { labReasons, rankLabs, scoreLab, type BridgeSample, type LabFeatures } from './lab-score.js';
import { lookupFrom } from './names.js';
import { recommendation, type Recommendation } from './recommendation.js';

/** Rows of (staff member, acquaintance) the two-person chain search may walk; bounds firms with huge staff. */
export const CHAIN_CAP = 20_000;

interface FirmRow {
  firm: PlainNode;
  focusIds: string[];
  partnerIds: string[];
  jointLabIds: string[];
  collaboratorIds: string[];
}

interface BridgeRow {
  labId: string;
  directCount: number;
  chainCount: number;
  topDirect: BridgeSample[];
  topChains: BridgeSample[];
}

export async function recommendLabs(db: Db, enterpriseId: string, limit: number, lang: Lang): Promise<Recommendation[]> {
  const [firm] = await db.read<FirmRow>('recommendLabsFirm', { enterpriseId });
  if (!firm) return explainMissing(db, 'enterpriseId', enterpriseId, ['Enterprise']);
  const focusIds = uniq(firm.focusIds).sort();
  const jointLabs = new Set(firm.jointLabIds);
  const partners = new Set([...firm.partnerIds, ...firm.jointLabIds]);
  const collaborators = new Set(firm.collaboratorIds);
  const family = await areaFamily(db, focusIds);
  const [topical, bridges] = await Promise.all([
    focusIds.length ? db.read<{ labId: string; areaIds: string[] }>('recommendLabsTopical', { areaIds: family.areaIds() }) : [],
    db.read<BridgeRow>('recommendLabsBridges', { enterpriseId, chainCap: CHAIN_CAP }),
  ]);

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

  const ranked = rankLabs([...features.values()].map((f) => scoreLab(focusIds, family, f)), features).slice(0, limit);
  if (ranked.length === 0) return [];

  const chosen = ranked.map((s) => features.get(s.labId)!);
  const nodes = await nodesById(db, [
    enterpriseId,
    ...focusIds,
    ...ranked.flatMap((s) => [s.labId, ...s.matches.flatMap((m) => m.chain)]),
    ...chosen.flatMap((f) => [...f.topDirect, ...f.topChains].flatMap((b) => b.people)),
  ]);
  // The strongest bridge when there is one; else the partnership; else the best topical chain firm - areas - lab.
  const sequences = new Map<string, string[]>();
  for (const s of ranked) {
    const f = features.get(s.labId)!;
    const bestMatch = [...s.matches].sort((a, b) => b.weight - a.weight || a.chain.length - b.chain.length)[0];
    const seq = s.bestBridge
      ? [enterpriseId, ...s.bestBridge, s.labId]
      : f.partner || f.collaborated
        ? [enterpriseId, s.labId]
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
    return [
      recommendation({
        node,
        score: s.score,
        reasons: labReasons(s, f, focusIds.length, name),
        parts: s.parts,
        path: paths.get(s.labId) ?? null,
        related: [...people, ...s.matches.map((m) => m.areaId)].map((id) => nodes.get(id)),
        lang,
      }),
    ];
  });
}
