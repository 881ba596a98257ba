// Query.project: a project with its milestones, escrow account and risk pool, or null (server/ledger/projects.ts).
import * as z from 'zod';
import type { FieldResolver } from '../../context.js';
import { idArg, parseArgs } from '../../explore/validate.js';
import { readProject } from '../../ledger/projects.js';
import type { GqlProject } from '../../ledger/shape.js';

const Args = z.object({ id: idArg });

const project: FieldResolver<'Query', 'project', GqlProject | null> = async (_p, args, ctx) => {
  const { id } = parseArgs(Args, args);
  return readProject(ctx.db, id);
};

export default project;
