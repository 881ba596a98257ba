// Mutation.recordFirmResponse: an order-desk change (server/desk/changes.ts). Brokers and admins; audited.
import type { FieldResolver } from '../../context.js';
import { recordFirmResponse as run } from '../../desk/changes.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const recordFirmResponse: FieldResolver<'Mutation', 'recordFirmResponse', DeskDemandValue> = (_p, args, ctx) => run(ctx, args);

export default recordFirmResponse;
