// DeskDemand.shortlist: the people proposed, by rank, with their snapshots and the firm's responses. Viewers never
// learn who was proposed: for them the list is empty (shortlistSize still counts).
import type { FieldResolver } from '../../context.js';
import { hasRole } from '../../auth/guard.js';
import { deskShortlist, type CandidateValue, type DeskDemandValue } from '../../desk/reads.js';

const shortlist: FieldResolver<'DeskDemand', 'shortlist', CandidateValue[], DeskDemandValue> = async (d, _a, ctx) => {
  if (!hasRole(ctx, 'broker') || d.shortlistSize === 0) return [];
  return deskShortlist(ctx.db, d.id);
};

export default shortlist;
