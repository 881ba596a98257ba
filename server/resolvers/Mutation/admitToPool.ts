// Mutation.admitToPool: pool admission (server/desk/pool.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { admitToPool as run, type PoolMemberValue } from '../../desk/pool.js';

const admitToPool: FieldResolver<'Mutation', 'admitToPool', PoolMemberValue> = (_p, args, ctx) => run(ctx, args);

export default admitToPool;
