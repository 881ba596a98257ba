// Mutation.answerDemand: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { answerDemand as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const answerDemand: FieldResolver<'Mutation', 'answerDemand', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default answerDemand;
