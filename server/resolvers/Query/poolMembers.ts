// Query.poolMembers: a pool's members (sub-pools included) by tag, score and expertise, cursor-paginated
// (server/desk/pool.ts).
import type { FieldResolver } from '../../context.js';
import { poolMembers as run, type PoolMemberPage } from '../../desk/pool.js';

const poolMembers: FieldResolver<'Query', 'poolMembers', PoolMemberPage> = (_p, args, ctx) => run(ctx, args);

export default poolMembers;
