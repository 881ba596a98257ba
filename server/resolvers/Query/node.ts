// Query.node: one node by id, or null when no node has it.
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import type { PlainNode } from '../../db.js';
import { toGqlNode, type GqlNode } from '../../graph/shape.js';
import { idArg, parseArgs } from '../../explore/validate.js';

const Args = z.object({ id: idArg });

const node: FieldResolver<'Query', 'node', GqlNode | null> = async (_parent, rawArgs, { db }) => {
  const { id } = parseArgs(Args, rawArgs);
  const [row] = await db.read<{ node: PlainNode }>('node', { ids: [id] });
  return row ? toGqlNode(row.node) : null;
};

export default node;
