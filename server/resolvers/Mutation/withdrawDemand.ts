// Mutation.withdrawDemand: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { withdrawDemand as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const withdrawDemand: FieldResolver<'Mutation', 'withdrawDemand', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default withdrawDemand;
