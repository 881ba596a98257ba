// Metrics in the Prometheus text format (prom-client): GraphQL operations by root field and outcome code with their
// latency, every named Neo4j query's latency and outcome, sessions in use against the pool size, HTTP answers by
// status, scheduled backups' age, and the process's own figures (memory, CPU, event-loop lag). Served at /metrics to
// admins, and on TB_METRICS_PORT (loopback only) to a scraper without a token (index.ts).
import { getOperationAST, Kind, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import client from 'prom-client';
import type { Db, QueryObservation } from './db.js';

export interface Metrics {
  registry: client.Registry;
  /** Counts and times every GraphQL operation per root field. */
  plugin: Plugin;
  httpAnswered(route: string, status: number): void;
  /** How old the newest backup is; undefined while there is none or backups are not scheduled. */
  setBackupClock(lastBackupAt: () => Date | undefined): void;
  text(): Promise<string>;
  contentType: string;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(db: Db): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'tb_' });

  const operations = new client.Counter({
    name: 'tb_graphql_field_requests_total',
    help: 'GraphQL root fields executed, by field and outcome (OK or the error code).',
    labelNames: ['field', 'outcome'] as const,
    registers: [registry],
  });
  const operationSeconds = new client.Histogram({
    name: 'tb_graphql_field_duration_seconds',
    help: 'Time to execute the operation that asked for this root field.',
    labelNames: ['field'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const queries = new client.Counter({
    name: 'tb_neo4j_queries_total',
    help: 'Named Neo4j queries run, by query and outcome (OK or the error code).',
    labelNames: ['query', 'outcome'] as const,
    registers: [registry],
  });
  const querySeconds = new client.Histogram({
    name: 'tb_neo4j_query_duration_seconds',
    help: 'Time of each named Neo4j query, transaction included.',
    labelNames: ['query'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
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

  db.setQueryObserver((o: QueryObservation) => {
    queries.inc({ query: o.query, outcome: o.outcome });
    querySeconds.observe({ query: o.query }, o.ms / 1000);
  });

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
            operations.inc({ field: f.name, outcome });
            operationSeconds.observe({ field: f.name }, seconds);
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
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
