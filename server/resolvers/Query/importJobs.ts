// Query.importJobs: the store's import jobs, newest first (server/import-jobs). Admins only.
import type { FieldResolver } from '../../context.js';
import { jobsOf } from '../../import-jobs/api.js';
import type { ImportJob } from '../../import-jobs/jobs.js';

const importJobs: FieldResolver<'Query', 'importJobs', ImportJob[]> = (_p, _args, ctx) => jobsOf(ctx, 'importJobs').list();

export default importJobs;
