// DeskDemand.withdrawReason: why the firm withdrew; brokers and admins only.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const withdrawReason: FieldResolver<'DeskDemand', 'withdrawReason', string | null, DeskDemandValue> = (d, _a, ctx) =>
  hasRole(ctx, 'broker') && typeof d.stored.withdrawReason === 'string' ? d.stored.withdrawReason : null;

export default withdrawReason;
