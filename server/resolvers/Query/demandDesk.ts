// Query.demandDesk: the order queue of a region or pool, soonest due first, cursor-paginated (server/desk/reads.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, intArg, parseArgs } from '../../explore/validate.js';
import { clock, cursorArg, instantArg, statusesArg } from '../../desk/args.js';
import { storedStatuses } from '../../desk/lifecycle.js';
import { decodeCursor, deskCards, deskScope, encodeCursor, type DeskDemandValue } from '../../desk/reads.js';

const Args = z.object({
  scopeId: idArg.nullish().transform((v) => v ?? null),
  status: statusesArg,
  dueBefore: instantArg,
  asOf: instantArg,
  limit: intArg(1, 200, 50),
  after: cursorArg,
});

interface Page {
  items: DeskDemandValue[];
  nextCursor: string | null;
  total: number;
}

const demandDesk: FieldResolver<'Query', 'demandDesk', Page> = async (_p, rawArgs, { db }) => {
  const args = parseArgs(Args, rawArgs);
  const cursor = decodeCursor(args.after);
  const scope = await deskScope(db, args.scopeId);
  const statuses = args.status ? storedStatuses(args.status) : null;
  // Each shape of question has the query whose index finds its demands: a scope's by region, a state filter over
  // the whole graph by status, the whole queue in the order of the due index.
  const [pageQuery, countQuery, filters] =
    scope.regionIds !== null
      ? (['deskDemandsIn', 'deskDemandsInCount', { regionIds: scope.regionIds, statuses, dueBefore: args.dueBefore }] as const)
      : statuses !== null
        ? (['deskDemandsByStatus', 'deskDemandsByStatusCount', { statuses, dueBefore: args.dueBefore }] as const)
        : (['deskDemands', 'deskDemandsCount', { dueBefore: args.dueBefore }] as const);
  const [rows, [total]] = await Promise.all([
    // One more than asked tells whether another page follows.
    db.read<{ id: string; responseDue: string }>(pageQuery, { ...filters, ...cursor, limit: args.limit + 1 }),
    db.read<{ total: number }>(countQuery, filters),
  ]);
  const page = rows.slice(0, args.limit);
  const last = page[page.length - 1];
  return {
    items: await deskCards(db, page.map((r) => r.id), clock(args.asOf)),
    nextCursor: rows.length > args.limit && last ? encodeCursor(last.responseDue, last.id) : null,
    total: total?.total ?? 0,
  };
};

export default demandDesk;
