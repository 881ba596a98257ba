// Import jobs started from the web app. A job runs the importer (seed/import/importer.ts) in a child program,
// seed/import/job-worker.ts, spawned by path: the API process loads no importer code (server/ never imports seed/,
// docs/architecture.md), a slow check does not stall the API's event loop, and a job outlives the request (and the
// page) that started it. A CHECK job is a dry run that reports every bad row as file:line:column; a COMMIT job
// writes a checked set of files (the importer checks them again first, and writes nothing if a row is bad). Jobs
// live in this process's memory, one registry per store, and are saved in the staging folder when they start and end
// (job-record.ts), so a restarted server lists them and reports one it cut short as INTERRUPTED; one job runs at a
// time per store, others are refused with CONFLICT. Progress (stage, rows done, rows/s, ETA) comes from the worker's
// JSON lines.
import crypto from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.js';
import type { Db } from '../db.js';
import { recordAudit } from '../auth/audit.js';
import { runChildProgram } from './child-runner.js';
import { loadJobRecords, saveJobRecords, type JobRecord } from './job-record.js';
import { shippedLabel, type ShippedMapping } from './shipped.js';
import { removeStaged, stageJob, type StagedUpload } from './staging.js';
import { jobSummary, type ImportSummary, type WorkerReport } from './summary.js';

export type JobKind = 'CHECK' | 'COMMIT';
export type JobStatus = 'RUNNING' | 'OK' | 'BAD_ROWS' | 'FAILED' | 'INTERRUPTED';

export interface ImportProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ImportJob {
  id: string;
  kind: JobKind;
  status: JobStatus;
  actor: string;
  files: string[];
  mapping: string | null;
  /** For a COMMIT, the CHECK it commits; for a CHECK, the COMMIT that used it (once there is one). */
  checkId: string | null;
  commitId: string | null;
  startedAt: string;
  finishedAt: string | null;
  stage: 'check' | 'write' | null;
  /** Rows handled in the current stage (read in the check, written in the write stage) and all rows (write). */
  rowsDone: number;
  rowsTotal: number | null;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  problemCount: number;
  problems: ImportProblem[];
  summary: ImportSummary | null;
  error: string | null;
}

const WORKER = path.join(PROJECT_ROOT, 'seed', 'import', 'job-worker.ts');
/**
 * The worker's longest line is its closing report: up to a thousand bad rows and changes (values quoted whole) and
 * the tie ends it matched by name. A bound generous for that still keeps a broken worker from filling this process.
 */
const MAX_WORKER_LINE_BYTES = 64 * 2 ** 20;
/** Finished jobs kept for the list. */
const KEPT_JOBS = 50;

export class JobConflict extends Error {}

export class ImportJobs {
  private readonly jobs = new Map<string, JobRecord>();
  private readonly finishListeners = new Set<(job: ImportJob) => void>();
  private readonly store: string;

  constructor(
    private readonly db: Db,
    private readonly config: Config,
  ) {
    this.store = storeKey(db, config);
    const saved = loadJobRecords(config.uploads.dir, this.store);
    for (const record of saved) this.jobs.set(record.job.id, record);
    // A job the previous server cut short is stored as INTERRUPTED now, once.
    if (saved.length) this.save();
  }

  /** Calls `listener` with each job as it ends (any status); returns the way to stop. */
  onFinished(listener: (job: ImportJob) => void): () => void {
    this.finishListeners.add(listener);
    return () => this.finishListeners.delete(listener);
  }

  list(): ImportJob[] {
    return [...this.jobs.values()].map((r) => r.job).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  get(id: string): ImportJob | null {
    return this.jobs.get(id)?.job ?? null;
  }

  running(): ImportJob | null {
    return this.list().find((j) => j.status === 'RUNNING') ?? null;
  }

  /** Starts a dry run over these uploads, with an uploaded mapping or a shipped one (seed/mappings). */
  check(actor: string, data: StagedUpload[], mapping: StagedUpload | ShippedMapping | null): ImportJob {
    this.refuseWhileRunning();
    const id = crypto.randomUUID();
    const shipped = mapping !== null && !('bytes' in mapping);
    const staged = stageJob(this.config.uploads.dir, id, data, mapping && (shipped ? { name: `${mapping.id}.json`, file: mapping.file, shipped } : mapping));
    const uploads = [...data.map((u) => u.id), ...(mapping && !shipped ? [mapping.id] : [])];
    const label = mapping ? (shipped ? shippedLabel(mapping.id) : mapping.name) : null;
    return this.start({ id, kind: 'CHECK', actor, files: data.map((u) => u.name), mapping: label, checkId: null }, uploads, staged);
  }

  /** Writes the files of a clean CHECK job. The caller checked that it is one. */
  commit(actor: string, checkId: string): ImportJob {
    this.refuseWhileRunning();
    const check = this.jobs.get(checkId)!;
    const job = this.start({ id: crypto.randomUUID(), kind: 'COMMIT', actor, files: check.job.files, mapping: check.job.mapping, checkId }, check.uploads, check.staged);
    check.job.commitId = job.id;
    this.save(); // the check's link to its commit, which start() saved before it existed
    return job;
  }

  private refuseWhileRunning(): void {
    const busy = this.running();
    if (busy) throw new JobConflict(`an import job is already running on this store (${busy.kind.toLowerCase()} ${busy.id}, started by ${busy.actor}); one job at a time`);
  }

  private start(head: Pick<ImportJob, 'id' | 'kind' | 'actor' | 'files' | 'mapping' | 'checkId'>, uploads: string[], staged: JobRecord['staged']): ImportJob {
    const job: ImportJob = {
      ...head,
      status: 'RUNNING',
      commitId: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      stage: null,
      rowsDone: 0,
      rowsTotal: null,
      rowsPerSecond: null,
      etaSeconds: null,
      problemCount: 0,
      problems: [],
      summary: null,
      error: null,
    };
    const run: JobRecord = { job, uploads, staged };
    this.jobs.set(job.id, run);
    this.trim();
    this.save();
    this.spawnWorker(run);
    return job;
  }

  private spawnWorker(run: JobRecord): void {
    const { job, staged } = run;
    let stageStart = Date.now();
    const ended = runChildProgram({
      name: 'the importer',
      script: WORKER,
      args: [job.kind === 'CHECK' ? 'check' : 'commit', staged.dataDir, ...(staged.mapping ? [staged.mapping] : []), `web:${job.actor}`],
      env: { NEO4J_URI: this.db.uri },
      maxLineBytes: MAX_WORKER_LINE_BYTES,
      // No timeout: a commit of a large export may write for hours. The runner stops it when this process exits.
      onMessage: (msg) => {
        if (msg.type === 'progress') {
          const stage = msg.stage as 'check' | 'write';
          if (stage !== job.stage) {
            job.stage = stage;
            stageStart = Date.now();
          }
          progress(job, { done: Number(msg.done), total: Number(msg.total), rows: Number(msg.rows) }, (Date.now() - stageStart) / 1000);
        } else if (msg.type === 'report') {
          this.finish(run, msg.report as WorkerReport);
        } else if (msg.type === 'error') {
          job.error = String(msg.message);
        }
      },
    });
    void ended.then((end) => {
      if (job.status !== 'RUNNING') return;
      job.status = 'FAILED';
      job.finishedAt = new Date().toISOString();
      // The worker's own word on what went wrong, when it had one, says more than how it ended.
      job.error ??= end.account;
      this.ended(job);
    });
  }

  private finish(run: JobRecord, report: WorkerReport): void {
    const { job } = run;
    job.finishedAt = new Date().toISOString();
    job.problemCount = report.badCount;
    job.problems = report.badRows.map((b) => ({ file: b.file, line: b.line, column: b.column, message: b.reason }));
    job.summary = jobSummary(report);
    job.etaSeconds = report.status === 'ok' ? 0 : null;
    // The whole job's speed: rows over the time of its last stage (the write for a commit, else the check).
    const ms = job.kind === 'COMMIT' && report.writeMs > 0 ? report.writeMs : report.checkMs;
    job.rowsDone = report.rows;
    job.rowsPerSecond = ms > 0 ? Math.round(report.rows / (ms / 1000)) : null;
    job.status = report.status === 'ok' ? 'OK' : report.status === 'bad-rows' ? 'BAD_ROWS' : 'INTERRUPTED';
    if (job.kind === 'COMMIT' && job.status === 'OK') removeStaged(this.config.uploads.dir, job.checkId ?? job.id, run.uploads);
    this.ended(job);
  }

  /** A job has its final status: saved, told to the listeners (metrics), and a commit audited. */
  private ended(job: ImportJob): void {
    this.save();
    for (const listener of this.finishListeners) listener(job);
    void this.audit(job);
  }

  private save(): void {
    saveJobRecords(
      this.config.uploads.dir,
      this.store,
      [...this.jobs.values()].map(({ job, uploads, staged }) => ({ job, uploads, staged })),
    );
  }

  /** A commit's outcome goes into the audit record beside the mutation that started it. */
  private async audit(job: ImportJob): Promise<void> {
    if (job.kind !== 'COMMIT') return;
    await recordAudit(this.db, {
      actor: job.actor,
      role: 'admin',
      action: 'import',
      operation: 'web-import',
      fields: ['commitImport'],
      variables: JSON.stringify({ job: job.id, files: job.files, mapping: job.mapping, status: job.status, nodes: job.summary?.nodes, relationships: job.summary?.relationships }),
      status: job.status === 'OK' ? 'ok' : 'failed',
      errorCodes: job.status === 'OK' ? [] : [job.status],
    }).catch((e: Error) => console.error(`import job ${job.id}: could not write its audit record: ${e.message}`));
  }

  private trim(): void {
    const finished = this.list().filter((j) => j.status !== 'RUNNING');
    for (const j of finished.slice(KEPT_JOBS)) this.jobs.delete(j.id);
  }
}

/** Rows done, rows/s and the ETA of the stage in progress. */
function progress(job: ImportJob, p: { done: number; total: number; rows: number }, seconds: number): void {
  job.rowsDone = p.rows;
  job.rowsTotal = job.stage === 'write' ? p.total : null;
  if (seconds < 0.5) return;
  job.rowsPerSecond = Math.round(p.rows / seconds);
  const unitsPerSecond = p.done / seconds;
  job.etaSeconds = unitsPerSecond > 0 ? Math.max(0, Math.round((p.total - p.done) / unitsPerSecond)) : null;
}

const registries = new Map<string, ImportJobs>();

/** The store a gateway writes to: its URI and database. */
const storeKey = (db: Db, config: Config) => `${db.uri}|${config.neo4j.database ?? ''}`;

/** The job registry of the store this gateway writes to (one per URI and database). */
export function importJobsFor(db: Db, config: Config): ImportJobs {
  const key = storeKey(db, config);
  let jobs = registries.get(key);
  if (!jobs) registries.set(key, (jobs = new ImportJobs(db, config)));
  return jobs;
}
