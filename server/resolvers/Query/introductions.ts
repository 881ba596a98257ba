// Query.introductions: a cursor-paginated page of the introductions ledger (server/ledger/introductions.ts).
// Brokers and admins: introductions name people and the ties between them.
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { listIntroductions, type IntroductionPage } from '../../ledger/introductions.js';

const introductions: FieldResolver<'Query', 'introductions', IntroductionPage> = async (_p, args, ctx) => {
  requireRole(ctx, 'broker', 'introductions');
  return listIntroductions(ctx.db, args);
};

export default introductions;
