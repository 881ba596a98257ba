// Mutation.removeCandidate: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { removeCandidate as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const removeCandidate: FieldResolver<'Mutation', 'removeCandidate', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default removeCandidate;
