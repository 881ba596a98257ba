// Query.riskPools: every risk pool, by name.
import type { FieldResolver } from '../../context.js';
import { readRiskPools } from '../../ledger/projects.js';
import type { GqlRiskPool } from '../../ledger/shape.js';

const riskPools: FieldResolver<'Query', 'riskPools', GqlRiskPool[]> = async (_p, _args, ctx) => readRiskPools(ctx.db, null);

export default riskPools;
