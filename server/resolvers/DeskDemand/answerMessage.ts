// DeskDemand.answerMessage: the text sent with the shortlist, which may name the people proposed; brokers and admins only.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import type { DeskDemandValue } from '../../desk/reads.js';

const answerMessage: FieldResolver<'DeskDemand', 'answerMessage', string | null, DeskDemandValue> = (d, _a, ctx) =>
  hasRole(ctx, 'broker') && typeof d.stored.answerMessage === 'string' ? d.stored.answerMessage : null;

export default answerMessage;
