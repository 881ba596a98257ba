// DeskDemand.answeredBy: the broker who answered; viewers do not learn brokers' names.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const answeredBy: FieldResolver<'DeskDemand', 'answeredBy', string | null, DeskDemandValue> = (d, _a, ctx) =>
  hasRole(ctx, 'broker') && typeof d.stored.answeredBy === 'string' ? d.stored.answeredBy : null;

export default answeredBy;
