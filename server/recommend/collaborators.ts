// recommendCollaborators: gathers candidates and link-prediction features (cypher/recommendCollaborators*.cypher),
// scores them with collaborator-score.ts and builds the answer.
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { collaboratorReasons, rankCollaborators, scoreCollaborator, type CollaboratorCandidate } from './collaborator-score.js';
import { explainMissing, nodesById, pathsAlong, toRecommendations, uniq } from './graph-reads.js';
import { lookupFrom } from './names.js';
import type { Recommendation } from './recommendation.js';

/** Friends of friends read at most; people read per shared organisation or tech area at most. */
export const NEIGHBOUR_CAP = 50_000;
export const GROUP_CAP = 300;

export async function recommendCollaborators(db: Db, personId: string, limit: number, lang: Lang): Promise<Recommendation[]> {
  // The candidates' read needs only the id, so it runs beside the person's; an unknown id gives no candidates.
  const [[person], rows] = await Promise.all([
    db.read<{ person: PlainNode; areaCount: number }>('recommendCollaboratorsPerson', { personId }),
    db.read<CollaboratorCandidate & { sharedOrgSizes: Array<{ id: string; members: number }> }>('recommendCollaboratorsCandidates', {
      personId,
      neighbourCap: NEIGHBOUR_CAP,
      groupCap: GROUP_CAP,
    }),
  ]);
  if (!person) return explainMissing(db, 'personId', personId, ['Person']);
  // Two ties to the same organisation (works at and founded) share it once.
  const candidates = rows.map(({ sharedOrgSizes, ...c }) => ({
    ...c,
    sharedOrgIds: uniq(c.sharedOrgIds),
    sharedAreaIds: uniq(c.sharedAreaIds),
    orgMembers: Object.fromEntries(sharedOrgSizes.map((o) => [o.id, o.members])),
  }));
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  const ranked = rankCollaborators(candidates.map((c) => scoreCollaborator(c, person.areaCount))).slice(0, limit);
  if (ranked.length === 0) return [];

  const sequences = new Map<string, string[]>();
  for (const s of ranked) if (s.via) sequences.set(s.personId, [personId, s.via, s.personId]);
  // The nodes named in the answer and the paths through the shared friend are independent reads.
  const [nodes, paths] = await Promise.all([
    nodesById(db, [
      personId,
      ...ranked.flatMap((s) => {
        const c = byId.get(s.personId)!;
        return [s.personId, ...c.shared.map((w) => w.id), ...c.sharedAreaIds, ...c.sharedOrgIds];
      }),
    ]),
    pathsAlong(db, sequences),
  ]);
  const name = lookupFrom(nodes);

  return toRecommendations(ranked, { idOf: (s) => s.personId, nodes, paths, lang }, (s) => {
    const c = byId.get(s.personId)!;
    return { reasons: collaboratorReasons(s, c, name), relatedIds: [...c.shared.map((w) => w.id), ...c.sharedAreaIds, ...c.sharedOrgIds] };
  });
}
