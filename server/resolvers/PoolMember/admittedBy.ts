// PoolMember.admittedBy: who admitted the person through the API (brokers and admins only).
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { PoolMemberValue } from '../../desk/pool.js';

const admittedBy: FieldResolver<'PoolMember', 'admittedBy', string | null, PoolMemberValue> = (m, _a, ctx) => (hasRole(ctx, 'broker') ? m.rawAdmittedBy : null);

export default admittedBy;
