// Query.importJob: one import job by id, so any tab (or client) can follow it (server/import-jobs). Admins only.
import type { FieldResolver } from '../../context.js';
import { jobsOf } from '../../import-jobs/api.js';
import type { ImportJob } from '../../import-jobs/jobs.js';

const importJob: FieldResolver<'Query', 'importJob', ImportJob | null> = (_p, args, ctx) => jobsOf(ctx, 'importJob').get(args.id);

export default importJob;
