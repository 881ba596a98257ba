// Finds out exactly which named queries a GraphQL request makes, with which parameters and in which order, so the
// raw side of the comparison can replay that very sequence and nothing else. The request is executed once by the
// real GraphQL app (server/yoga.ts: same schema, same resolvers, same argument coercion) built over a db gateway
// whose reads are recorded on their way to Neo4j. Reads that a resolver starts while another is in flight
// (Promise.all) form one group, and are replayed concurrently too.
import { loadConfig, type Config } from '../../server/config.js';
import { fillIntSlots, type Db } from '../../server/db.js';
import { createApp, type App } from '../../server/yoga.js';
import type { GqlRequest } from './measure.js';

export interface RecordedRead {
  name: string;
  params: Record<string, unknown>;
  /** Whole-number slots, for readWithInts. */
  ints?: Record<string, number>;
}

/** Reads in the order the resolver made them; the reads of one group ran concurrently. */
export type Recording = RecordedRead[][];

export class Recorder {
  private log: Recording = [];
  private inFlight = 0;
  private readonly app: Promise<App>;

  constructor(private readonly db: Db, config: Config = loadConfig({ NODE_ENV: 'production', TB_LOAD_DEMO: 'false' })) {
    const record = (entry: RecordedRead) => {
      if (this.inFlight > 0 && this.log.length) this.log[this.log.length - 1]!.push(entry);
      else this.log.push([entry]);
    };
    const track = async <T>(p: Promise<T>): Promise<T> => {
      this.inFlight++;
      try {
        return await p;
      } finally {
        this.inFlight--;
      }
    };
    const proxy = new Proxy(db, {
      get: (target, prop, receiver) => {
        if (prop === 'read') {
          return (name: string, params: Record<string, unknown> = {}, opts?: unknown) => {
            record({ name, params });
            return track(target.read(name as never, params, opts as never));
          };
        }
        if (prop === 'readWithInts') {
          return (name: string, ints: Record<string, number>, params: Record<string, unknown> = {}, opts?: unknown) => {
            record({ name, params, ints });
            return track(target.readWithInts(name as never, ints, params, opts as never));
          };
        }
        if (prop === 'write' || prop === 'writeAll') {
          return () => {
            throw new Error('the benchmark records reads only; this request writes');
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    // A broker sees everything unmasked; the request gate and audit plugins are not installed, since they are not
    // the resolver's queries.
    this.app = createApp({ config, db: proxy, resolveViewer: () => ({ role: 'broker', id: 'bench-recorder' }) });
  }

  /** Runs the request once and returns the reads it made. */
  async record(req: GqlRequest): Promise<Recording> {
    const { recording } = await this.run(req);
    if (!recording.length) throw new Error('the request made no named read');
    return recording;
  }

  /** Runs the request in process and returns its data and the reads it made; GraphQL errors throw. */
  async run<T = unknown>(req: GqlRequest): Promise<{ data: T; recording: Recording }> {
    const app = await this.app;
    this.log = [];
    const res = await app.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(req),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (body.errors?.length) {
      const e = body.errors[0]!;
      throw new Error(`${e.extensions?.code ?? 'ERROR'} ${e.message}`);
    }
    return { data: body.data as T, recording: this.log };
  }
}

/** Replays a recording through the gateway's raw door: same texts, same parameters, same order and concurrency. */
export async function replay(db: Db, recording: Recording): Promise<number> {
  let rows = 0;
  for (const group of recording) {
    const results = await Promise.all(
      group.map((r) => db.runText(r.ints ? fillIntSlots(db.text(r.name), r.ints) : db.text(r.name), r.params)),
    );
    for (const x of results) rows += x.length;
  }
  return rows;
}

export function describeRecording(recording: Recording): string {
  return recording.map((g) => g.map((r) => r.name).join(' ‖ ')).join(' → ');
}
