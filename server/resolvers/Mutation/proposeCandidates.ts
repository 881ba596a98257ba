// Mutation.proposeCandidates: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { proposeCandidates as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const proposeCandidates: FieldResolver<'Mutation', 'proposeCandidates', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default proposeCandidates;
