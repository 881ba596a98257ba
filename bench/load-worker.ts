// The load generator, run as its own process so that its clients do not share an event loop with the server under
// test: autocannon with C concurrent connections POSTing GraphQL requests (cycling through the given bodies) for
// D seconds. Prints one JSON line with throughput, latency percentiles and every kind of error, including answers
// that came back 200 with an `errors` entry in the body. When the bodies are a mix (each named by `kinds`), the same
// figures are given per kind too.
import autocannon, { type Result } from 'autocannon';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { summarize } from './lib/stats.js';

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  /** What each body asks (search, bridges, ...), for a mixed load; the figures are then also given per kind. */
  kinds?: string[];
  connections: number;
  durationS: number;
}

export interface KindFigures {
  requests: number;
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
}

export interface LoadResult {
  requests: number;
  durationS: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  graphqlErrors: number;
  statusCodes: Record<string, number>;
  sampleError?: string;
  byKind?: Record<string, KindFigures>;
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadSpec;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let sampleError: string | undefined;
  let next = 0;
  // autocannon calls onResponse and then, synchronously, emits 'response': the kind noted in the one is the kind of
  // the answer the other times.
  let answered: { kind: string; failed: boolean } | undefined;
  const perKind = new Map<string, { ms: number[]; errors: number }>();
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    requests: [
      {
        setupRequest: (req, context: object) => {
          const i = next++ % spec.bodies.length;
          (context as { kind?: string }).kind = spec.kinds?.[i];
          return { ...req, body: spec.bodies[i] };
        },
        onResponse: (status, body, context: object) => {
          const failed = status !== 200 || body.includes('"errors"');
          const kind = (context as { kind?: string }).kind;
          answered = kind !== undefined ? { kind, failed } : undefined;
          // A 200 can still carry errors; a substring test is cheap enough to run on every answer.
          if (status === 200 && body.includes('"errors"')) {
            graphqlErrors++;
            sampleError ??= body.slice(0, 300);
          } else if (status !== 200) {
            sampleError ??= `HTTP ${status}: ${body.slice(0, 300)}`;
          }
        },
      },
    ],
    // Without a callback autocannon returns its tracker, an event emitter that is also a promise of the result.
  }) as unknown as EventEmitter & PromiseLike<Result>;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (!answered) return;
    const k = perKind.get(answered.kind) ?? perKind.set(answered.kind, { ms: [], errors: 0 }).get(answered.kind)!;
    k.ms.push(responseTime);
    if (answered.failed) k.errors++;
    answered = undefined;
  });
  const r = await instance;
  const s = summarize(latencies);
  const statusCodes: Record<string, number> = {};
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = Number((v as { count: number | string }).count);
  const result: LoadResult = {
    requests: latencies.length,
    durationS: r.duration,
    requestsPerSecond: latencies.length / r.duration,
    latencyMs: { p50: s.p50, p95: s.p95, p99: s.p99, mean: s.mean, max: s.max },
    non2xx: r.non2xx,
    connectionErrors: r.errors,
    timeouts: r.timeouts,
    graphqlErrors,
    statusCodes,
    sampleError,
    ...(perKind.size
      ? {
          byKind: Object.fromEntries(
            [...perKind].map(([kind, k]) => {
              const ks = summarize(k.ms);
              return [kind, { requests: k.ms.length, latencyMs: { p50: ks.p50, p95: ks.p95, p99: ks.p99 }, errors: k.errors }];
            }),
          ),
        }
      : {}),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: Error) => {
  console.error(`load worker: ${e.stack ?? e.message}`);
  process.exit(1);
});
