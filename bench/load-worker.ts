// The load generator, run as its own process so that its clients do not share an event loop with the server under
// test: autocannon with C concurrent connections POSTing GraphQL requests (cycling through the given bodies) for
// D seconds. Prints one JSON line with throughput, latency percentiles and every kind of error, including answers
// that came back 200 with an `errors` entry in the body.
import autocannon, { type Result } from 'autocannon';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { summarize } from './lib/stats.js';

export interface LoadSpec {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  durationS: number;
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
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadSpec;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let sampleError: string | undefined;
  let next = 0;
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...spec.headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: spec.bodies[next++ % spec.bodies.length] }),
        onResponse: (status, body) => {
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
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
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
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: Error) => {
  console.error(`load worker: ${e.stack ?? e.message}`);
  process.exit(1);
});
