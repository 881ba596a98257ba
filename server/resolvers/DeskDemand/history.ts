// DeskDemand.history: the audit events of changes made to the demand through the API, oldest first. Their
// arguments name the people proposed, so viewers get none.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import { deskHistory, type DemandEventValue, type DeskDemandValue } from '../../desk/reads.js';

const history: FieldResolver<'DeskDemand', 'history', DemandEventValue[], DeskDemandValue> = async (d, _a, ctx) =>
  hasRole(ctx, 'broker') ? deskHistory(ctx.db, d) : [];

export default history;
