// Mutation.leavePool: pool admission (server/desk/pool.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { leavePool as run, type PoolMemberValue } from '../../desk/pool.js';

const leavePool: FieldResolver<'Mutation', 'leavePool', PoolMemberValue> = (_p, args, ctx) => run(ctx, args);

export default leavePool;
