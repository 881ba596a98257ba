// recommendTalents(demandId, poolId): an order restricted to a pool. The demand's ranking is read deep (the top
// POOL_FIRST_DEPTH), then the pool's current members (its sub-pools included) are moved before everyone else, each
// keeping its score and order, and every item says which side of the restriction it is on. A member ranked below
// that depth by the base ranking is not brought in; docs/scoring.md says so.
import type { Lang } from '../context.js';
import type { Db, PlainNode } from '../db.js';
import { reasonTexts, toGqlNode, type Reason } from '../graph/shape.js';
import { checkNode, nodesById } from '../recommend/graph-reads.js';
import type { Recommendation } from '../recommend/recommendation.js';

export const POOL_FIRST_DEPTH = 100;

const label = (n: PlainNode, lang: 'zh' | 'en') => String((lang === 'en' ? n.properties.nameEn : n.properties.nameZh) ?? n.properties.name ?? n.id);

/**
 * Moves the pool's members first and adds the reason. `rank(depth)` gives the base ranking, best first; it runs
 * only once the pool is known to be one.
 */
export async function poolFirst(db: Db, poolId: string, limit: number, lang: Lang, rank: (depth: number) => Promise<Recommendation[]>): Promise<Recommendation[]> {
  const pool = checkNode('poolId', poolId, (await nodesById(db, [poolId])).get(poolId), ['TalentPool']);
  const ranking = await rank(POOL_FIRST_DEPTH);
  const rows = ranking.length
    ? await db.read<{ personId: string; pool: PlainNode }>('poolMembersAmong', { poolId, personIds: ranking.map((r) => r.node.id) })
    : [];
  const via = new Map<string, PlainNode>();
  for (const r of rows) if (!via.has(r.personId)) via.set(r.personId, r.pool);
  const tag = (r: Recommendation, reason: Reason, related: PlainNode[]): Recommendation => {
    const reasonDetails = [reason, ...r.reasonDetails];
    const seen = new Set(r.related.map((n) => n.id));
    return { ...r, reasonDetails, reasons: reasonTexts(reasonDetails, lang), related: [...r.related, ...related.filter((n) => !seen.has(n.id)).map(toGqlNode)] };
  };
  const members = ranking.filter((r) => via.has(r.node.id)).map((r) => {
    const sub = via.get(r.node.id)!;
    const through = sub.id === pool.id ? '' : `(${label(sub, 'zh')})`;
    const throughEn = sub.id === pool.id ? '' : ` (through ${label(sub, 'en')})`;
    return tag(
      r,
      { code: 'IN_ORDER_POOL', zh: `本单限定${label(pool, 'zh')}:入库人才${through},优先排列`, en: `the order is restricted to ${label(pool, 'en')}: a member${throughEn}, ranked first` },
      sub.id === pool.id ? [pool] : [pool, sub],
    );
  });
  const others = ranking.filter((r) => !via.has(r.node.id)).map((r) =>
    tag(r, { code: 'OUTSIDE_ORDER_POOL', zh: `不在${label(pool, 'zh')}内,排在库内人才之后`, en: `not in ${label(pool, 'en')}: after its members` }, []),
  );
  return [...members, ...others].slice(0, limit);
}
