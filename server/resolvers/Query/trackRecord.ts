// Query.trackRecord: what came of the introductions of a person or an organisation (server/ledger/track-record.ts).
// A person's record needs the broker role; an enterprise's, lab's or organisation's is open to all.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { requireRole } from '../../auth/guard.js';
import { dateArg, idArg, parseArgs } from '../../explore/validate.js';
import { toGqlNode, nodeType } from '../../graph/shape.js';
import { checkNode, nodesById } from '../../recommend/graph-reads.js';
import { readTrackRecord, type GqlTrackRecord } from '../../ledger/track-record-answer.js';

const Args = z.object({ id: idArg, asOf: dateArg });

const trackRecord: FieldResolver<'Query', 'trackRecord', GqlTrackRecord> = async (_p, args, ctx) => {
  const { id, asOf } = parseArgs(Args, args);
  const nodes = await nodesById(ctx.db, [id]);
  const node = checkNode('id', id, nodes.get(id), ['Person', 'Enterprise', 'Lab', 'Organisation']);
  if (nodeType(node.labels) === 'Person') requireRole(ctx, 'broker', "a person's trackRecord");
  return readTrackRecord(ctx.db, toGqlNode(node), asOf ?? new Date().toISOString().slice(0, 10), ctx.lang);
};

export default trackRecord;
