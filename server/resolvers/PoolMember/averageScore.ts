// PoolMember.averageScore: the mean of the admission's scores (brokers and admins only, as the scores).
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { PoolMemberValue } from '../../desk/pool.js';

const averageScore: FieldResolver<'PoolMember', 'averageScore', number | null, PoolMemberValue> = (m, _a, ctx) => {
  if (!hasRole(ctx, 'broker') || m.rawScores.length === 0) return null;
  return Math.round((m.rawScores.reduce((s, x) => s + x.score, 0) / m.rawScores.length) * 100) / 100;
};

export default averageScore;
