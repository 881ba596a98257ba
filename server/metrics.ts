// Metrics in the Prometheus text format (prom-client): GraphQL operations by root field and outcome code with their
// latency, every named Neo4j query's latency and outcome, sessions in use against the pool size, HTTP answers by
// status, scheduled backups' age, import jobs (the running one's progress, finished ones by outcome), and the
// process's own figures (memory, CPU, event-loop lag). Served at /metrics to admins, and on TB_METRICS_PORT
// (loopback only) to a scraper without a token (index.ts).
import { getOperationAST, Kind, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import client from 'prom-client';
import type { Db, QueryObservation } from './db.js';
import type { ImportJob } from './import-jobs/jobs.js';

/** What the metrics read of the import jobs (server/import-jobs/jobs.ts). */
export interface ImportJobSource {
  running(): ImportJob | null;
  onFinished(listener: (job: ImportJob) => void): () => void;
}

export interface Metrics {
  registry: client.Registry;
  /** Counts and times every GraphQL operation per root field. */
  plugin: Plugin;
  httpAnswered(route: string, status: number): void;
  /** How old the newest backup is; undefined while there is none or backups are not scheduled. */
  setBackupClock(lastBackupAt: () => Date | undefined): void;
  /** Follows the store's import jobs: the running one's progress, and each one that ends. Returns the unsubscribe. */
  watchImports(jobs: ImportJobSource): () => void;
  text(): Promise<string>;
  contentType: string;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * A counter by subject and outcome with a latency histogram by subject, both recorded by the function returned:
 * GraphQL root fields and named Neo4j queries are counted and timed alike.
 */
function outcomesAndLatency(
  registry: client.Registry,
  subject: string,
  counted: { name: string; help: string },
  timed: { name: string; help: string },
): (of: string, outcome: string, seconds: number) => void {
  const count = new client.Counter({ ...counted, labelNames: [subject, 'outcome'], registers: [registry] });
  const time = new client.Histogram({ ...timed, labelNames: [subject], buckets: LATENCY_BUCKETS, registers: [registry] });
  return (of, outcome, seconds) => {
    count.inc({ [subject]: of, outcome });
    time.observe({ [subject]: of }, seconds);
  };
}

/**
 * A gauge labelled by the running import job's kind and stage, read from it at each scrape; absent while no job
 * runs or the job does not know the value yet (a 0 would read as a stalled job).
 */
function importJobGauge(registry: client.Registry, name: string, help: string, value: (job: ImportJob) => number | null, jobs: () => ImportJobSource | undefined) {
  new client.Gauge({
    name,
    help,
    labelNames: ['kind', 'stage'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const job = jobs()?.running();
      const v = job ? value(job) : null;
      if (job && v !== null) this.set({ kind: job.kind, stage: job.stage ?? 'starting' }, v);
    },
  });
}

export function createMetrics(db: Db): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'tb_' });

  const operation = outcomesAndLatency(
    registry,
    'field',
    { name: 'tb_graphql_field_requests_total', help: 'GraphQL root fields executed, by field and outcome (OK or the error code).' },
    { name: 'tb_graphql_field_duration_seconds', help: 'Time to execute the operation that asked for this root field.' },
  );
  const query = outcomesAndLatency(
    registry,
    'query',
    { name: 'tb_neo4j_queries_total', help: 'Named Neo4j queries run, by query and outcome (OK or the error code).' },
    { name: 'tb_neo4j_query_duration_seconds', help: 'Time of each named Neo4j query, transaction included.' },
  );
  new client.Gauge({
    name: 'tb_neo4j_sessions_in_use',
    help: 'Neo4j sessions open right now (each holds a pooled connection while it runs).',
    registers: [registry],
    collect() {
      this.set(db.sessionsInUse());
    },
  });
  new client.Gauge({
    name: 'tb_neo4j_pool_size',
    help: 'The largest number of connections the driver keeps to Neo4j.',
    registers: [registry],
    collect() {
      this.set(db.poolSize());
    },
  });
  const http = new client.Counter({
    name: 'tb_http_responses_total',
    help: 'HTTP answers by route (graphql, healthz, metrics, static, other) and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  let backupClock: (() => Date | undefined) | undefined;
  // Labelled, so that the series is absent (not 0) while there is no backup: "0 seconds old" would read as fresh.
  new client.Gauge({
    name: 'tb_backup_age_seconds',
    help: 'Seconds since the newest scheduled backup was written (absent when backups are not scheduled or none exists).',
    labelNames: ['schedule'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const at = backupClock?.();
      if (at) this.set({ schedule: 'TB_BACKUP_EVERY' }, (Date.now() - at.getTime()) / 1000);
    },
  });

  let importJobs: ImportJobSource | undefined;
  new client.Gauge({
    name: 'tb_import_jobs_running',
    help: 'Import jobs running now (0 or 1: one at a time per store).',
    registers: [registry],
    collect() {
      this.set(importJobs?.running() ? 1 : 0);
    },
  });
  const watched = () => importJobs;
  importJobGauge(registry, 'tb_import_job_rows_done', "The running import job's rows handled in its current stage (checked, then written).", (j) => j.rowsDone, watched);
  importJobGauge(registry, 'tb_import_job_rows_planned', "The running import job's rows to write (known in the write stage).", (j) => j.rowsTotal, watched);
  importJobGauge(registry, 'tb_import_job_rows_per_second', "The running import job's speed in its current stage.", (j) => j.rowsPerSecond, watched);
  importJobGauge(registry, 'tb_import_job_eta_seconds', "The running import job's estimated seconds to the end of its current stage.", (j) => j.etaSeconds, watched);
  const importsFinished = new client.Counter({
    name: 'tb_import_jobs_finished_total',
    help: 'Import jobs ended, by kind (CHECK, COMMIT) and status (OK, BAD_ROWS, FAILED, INTERRUPTED).',
    labelNames: ['kind', 'status'] as const,
    registers: [registry],
  });
  const importRows = new client.Counter({
    name: 'tb_import_rows_total',
    help: 'Rows handled by ended import jobs, by kind: checked (CHECK) or written (COMMIT).',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  let stopWatching: (() => void) | undefined;

  db.setQueryObserver((o: QueryObservation) => query(o.query, o.outcome, o.ms / 1000));

  const plugin: Plugin = {
    onExecute({ args }) {
      const started = performance.now();
      const op = getOperationAST(args.document, args.operationName ?? undefined);
      const fields = (op?.selectionSet.selections ?? []).flatMap((s) =>
        s.kind === Kind.FIELD ? [{ name: s.name.value, key: s.alias?.value ?? s.name.value }] : [],
      );
      return {
        onExecuteDone({ result }) {
          if (!result || Symbol.asyncIterator in (result as object)) return;
          const seconds = (performance.now() - started) / 1000;
          const errors = (result as ExecutionResult).errors ?? [];
          for (const f of fields) {
            const error = errors.find((e) => e.path?.[0] === f.key);
            const outcome = error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
            operation(f.name, outcome, seconds);
          }
        },
      };
    },
  };

  return {
    registry,
    plugin,
    httpAnswered: (route, status) => http.inc({ route, status: String(status) }),
    setBackupClock: (clock) => {
      backupClock = clock;
    },
    watchImports: (jobs) => {
      stopWatching?.();
      importJobs = jobs;
      stopWatching = jobs.onFinished((job) => {
        importsFinished.inc({ kind: job.kind, status: job.status });
        importRows.inc({ kind: job.kind }, job.rowsDone);
      });
      return stopWatching;
    },
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
