// The job list on disk: `<TB_UPLOAD_DIR>/import-jobs-<store>.json`, one per store (as the registry in jobs.ts is),
// rewritten whole (a new file renamed over the old, so a
// crash leaves the old list or the new one, never half of one) whenever a job starts or ends. A server that starts
// finds the jobs of the one before it there; a job still marked running was cut short by that server's end (its
// worker is stopped with it) and is listed as INTERRUPTED, so an admin who follows it sees what happened rather than
// a job that vanished or runs for ever. Progress ticks are not written: they change many times a second.
// The list is named after the store because servers on different stores may share an upload folder (the default
// .data/uploads): with one list for the folder, each listed the other's jobs, could commit a check made against the
// other store, marked the other's running job INTERRUPTED at its start, and overwrote the other's list.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportJob } from './jobs.js';

const JOB_LIST = /^import-jobs-[0-9a-f]{16}\.json$/;

/** The job list's file name for a store (its URI and database, as jobs.ts keys its registries). */
export function jobListFile(store: string): string {
  return `import-jobs-${crypto.createHash('sha256').update(store).digest('hex').slice(0, 16)}.json`;
}

/** Whether a name in the upload folder is a store's job list (kept when old uploads are pruned). */
export const isJobList = (name: string) => JOB_LIST.test(name);

/** What a job needs besides its public state to be committed later: its uploads and its staged folder. */
export interface JobRecord {
  job: ImportJob;
  uploads: string[];
  staged: { dataDir: string; mapping?: string };
}

export const INTERRUPTED_BY_RESTART =
  'the server stopped while this job ran, and its importer with it; check the files again (a commit cut short this way wrote whole batches only: importing the same files again completes it without duplicates)';

export function saveJobRecords(dir: string, store: string, records: JobRecord[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, jobListFile(store));
    const next = `${file}.${process.pid}.next`;
    fs.writeFileSync(next, JSON.stringify(records));
    fs.renameSync(next, file);
  } catch (e) {
    // The list in memory stays right; only a restart would forget it.
    console.error(`import jobs: could not save the job list in ${dir}: ${(e as Error).message}`);
  }
}

/** The saved jobs, a running one turned INTERRUPTED; none when there is no list or it cannot be read. */
export function loadJobRecords(dir: string, store: string, now = new Date()): JobRecord[] {
  const file = path.join(dir, jobListFile(store));
  let records: JobRecord[];
  try {
    records = JSON.parse(fs.readFileSync(file, 'utf8')) as JobRecord[];
    if (!Array.isArray(records)) throw new Error('not a list');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`import jobs: ignoring ${file}: ${(e as Error).message}`);
    return [];
  }
  const valid = records.filter((r) => typeof r?.job?.id === 'string' && Array.isArray(r.uploads) && typeof r.staged?.dataDir === 'string');
  for (const { job } of valid) {
    // A list written by an earlier version lacks the summary fields added since; they read as none.
    if (job.summary) {
      const { existingTies, differences, ignoredFiles } = job.summary;
      job.summary = { ...job.summary, existingTies: existingTies ?? 0, differences: differences ?? [], ignoredFiles: ignoredFiles ?? [] };
    }
    if (job.status !== 'RUNNING') continue;
    job.status = 'INTERRUPTED';
    job.finishedAt = now.toISOString();
    job.etaSeconds = null;
    job.error = INTERRUPTED_BY_RESTART;
  }
  return valid;
}
