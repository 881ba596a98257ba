// Mutation.reorderShortlist: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { reorderShortlist as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const reorderShortlist: FieldResolver<'Mutation', 'reorderShortlist', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default reorderShortlist;
