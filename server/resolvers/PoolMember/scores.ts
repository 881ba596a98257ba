// PoolMember.scores: the admission's scores per dimension; an assessment of a person, so brokers and admins only.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { PoolMemberValue } from '../../desk/pool.js';

const scores: FieldResolver<'PoolMember', 'scores', PoolMemberValue['rawScores'], PoolMemberValue> = (m, _a, ctx) => (hasRole(ctx, 'broker') ? m.rawScores : []);

export default scores;
