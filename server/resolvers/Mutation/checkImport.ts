// Mutation.checkImport: starts the importer's check over uploaded files as a job (server/import-jobs). Admins only.
import type { FieldResolver } from '../../context.js';
import { startCheck } from '../../import-jobs/api.js';
import type { ImportJob } from '../../import-jobs/jobs.js';

const checkImport: FieldResolver<'Mutation', 'checkImport', ImportJob> = (_p, args, ctx) => startCheck(ctx, args);

export default checkImport;
