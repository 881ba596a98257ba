// What the import resolvers share: the admin check, the caller's job registry, and the checks on the arguments of
// checkImport and commitImport (BAD_USER_INPUT naming the argument, CONFLICT while another job runs).
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { requireRole } from '../auth/guard.js';
import { badInput } from '../explore/validate.js';
import { importJobsFor, JobConflict, type ImportJob, type ImportJobs } from './jobs.js';
import { suggestFor, type MappingSuggestion } from './mapping-suggestions.js';
import { shippedMappings, type ShippedMapping } from './shipped.js';
import { findUpload, isMappingName, type StagedUpload } from './staging.js';

const MAX_FILES = 100;

/** The store's jobs, for admins only (FORBIDDEN for everyone else). */
export function jobsOf(ctx: Context, what: string): ImportJobs {
  requireRole(ctx, 'admin', what);
  return importJobsFor(ctx.db, ctx.config);
}

function conflictOf(e: unknown): never {
  if (e instanceof JobConflict) throw new GraphQLError(`Import refused: ${e.message}`, { extensions: { code: 'CONFLICT', http: { status: 409 } } });
  throw e;
}

/** The uploaded data files these ids name: each one there, none a mapping, no name twice (else BAD_USER_INPUT). */
function dataUploads(ctx: Context, uploads: readonly string[]): StagedUpload[] {
  if (uploads.length === 0) throw badInput('uploads', 'name at least one uploaded data file');
  if (uploads.length > MAX_FILES) throw badInput('uploads', `at most ${MAX_FILES} files per import`);
  const dir = ctx.config.uploads.dir;
  const data: StagedUpload[] = [];
  const names = new Set<string>();
  for (const id of uploads) {
    const upload = findUpload(dir, id);
    if (!upload) throw badInput('uploads', `there is no upload ${JSON.stringify(id.slice(0, 80))} (uploads are kept for a day; upload the file again)`);
    if (isMappingName(upload.name)) throw badInput('uploads', `'${upload.name}' is a mapping file: pass it as \`mapping\``);
    if (names.has(upload.name)) throw badInput('uploads', `two uploads are named '${upload.name}'; every file of an import needs its own name`);
    names.add(upload.name);
    data.push(upload);
  }
  return data;
}

/** The shipped mapping with this id, or BAD_USER_INPUT naming `shippedMapping` and the ids there are. */
function shippedMapping(id: string): ShippedMapping {
  const all = shippedMappings();
  const found = all.find((m) => m.id === id);
  if (!found) throw badInput('shippedMapping', `there is no shipped mapping ${JSON.stringify(id.slice(0, 80))} (shipped: ${all.map((m) => m.id).join(', ') || 'none'})`);
  return found;
}

/** Starts a CHECK job over uploaded files, once every argument is right. */
export function startCheck(ctx: Context, args: { uploads: readonly string[]; mapping?: string | null; shippedMapping?: string | null }): ImportJob {
  const jobs = jobsOf(ctx, 'Importing');
  if (args.mapping && args.shippedMapping) throw badInput('shippedMapping', 'give either `mapping` (an uploaded mapping file) or `shippedMapping`, not both');
  const data = dataUploads(ctx, args.uploads);
  const dir = ctx.config.uploads.dir;
  let mapping: StagedUpload | ShippedMapping | null = args.shippedMapping ? shippedMapping(args.shippedMapping) : null;
  if (args.mapping) {
    const upload = findUpload(dir, args.mapping);
    if (!upload) throw badInput('mapping', `there is no upload ${JSON.stringify(args.mapping.slice(0, 80))}`);
    if (!isMappingName(upload.name)) throw badInput('mapping', `'${upload.name}' is not a mapping file (.json)`);
    mapping = upload;
  }
  try {
    return jobs.check(ctx.viewer.id, data, mapping);
  } catch (e) {
    return conflictOf(e);
  }
}

/** Starts a COMMIT job for a clean CHECK job. */
export function startCommit(ctx: Context, checkId: string): ImportJob {
  const jobs = jobsOf(ctx, 'Importing');
  const check = jobs.get(checkId);
  const quoted = JSON.stringify(checkId.slice(0, 80));
  if (!check || check.kind !== 'CHECK') throw badInput('check', `there is no check job ${quoted} (or the server restarted since; check the files again)`);
  if (check.status === 'RUNNING') throw badInput('check', `the check ${quoted} is still running; commit once it is done`);
  if (check.status === 'BAD_ROWS') throw badInput('check', `the check ${quoted} found ${check.problemCount} bad row(s); fix the files, upload them and check again`);
  if (check.status !== 'OK') throw badInput('check', `the check ${quoted} did not finish (${check.status.toLowerCase()}); check the files again`);
  if (check.commitId) throw badInput('check', `the check ${quoted} was committed already (job ${check.commitId})`);
  try {
    return jobs.commit(ctx.viewer.id, checkId);
  } catch (e) {
    return conflictOf(e);
  }
}

/** The shipped mappings that fit these uploads (admins only), best first. */
export async function suggestMappings(ctx: Context, uploads: readonly string[]): Promise<MappingSuggestion[]> {
  requireRole(ctx, 'admin', 'Suggesting import mappings');
  return suggestFor(ctx.config.uploads.dir, dataUploads(ctx, uploads));
}
