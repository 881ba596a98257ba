// Mutation.commitImport: writes the files of a clean check as a job (server/import-jobs). Admins only.
import type { FieldResolver } from '../../context.js';
import { startCommit } from '../../import-jobs/api.js';
import type { ImportJob } from '../../import-jobs/jobs.js';

const commitImport: FieldResolver<'Mutation', 'commitImport', ImportJob> = (_p, args, ctx) => startCommit(ctx, args.check);

export default commitImport;
