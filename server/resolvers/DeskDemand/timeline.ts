// DeskDemand.timeline: posted, proposed, answered, responses and closing, from the stored times. Viewers see when
// things happened but not who did them nor whom they concerned.
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import { deskShortlist, timeline as build, type DeskDemandValue, type MilestoneValue } from '../../desk/reads.js';

const timeline: FieldResolver<'DeskDemand', 'timeline', MilestoneValue[], DeskDemandValue> = async (d, _a, ctx) => {
  const shortlist = d.shortlistSize > 0 ? await deskShortlist(ctx.db, d.id) : [];
  const steps = build(d, shortlist);
  return hasRole(ctx, 'broker') ? steps : steps.map((s) => ({ ...s, actor: null, personId: null }));
};

export default timeline;
