// A lean GraphQL-over-HTTP client for latency runs: one keep-alive socket, a body sent as one buffer, the answer
// timed from the first byte written to the last byte read. Parsing the JSON is not timed (it is the caller's cost,
// not the server's) but is always done, and any `errors` entry fails the call, so a fast error never counts as a
// fast answer.
import http from 'node:http';
import { nowMs } from './stats.js';

export interface GqlTimed<T = unknown> {
  ms: number;
  data: T;
  bytes: number;
}

export class GraphQLCallError extends Error {}

export class GqlClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(
    endpoint: string,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL(endpoint);
  }

  async post<T = unknown>(query: string, variables: Record<string, unknown>): Promise<GqlTimed<T>> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    let started = nowMs();
    let answer: { status: number; text: string };
    try {
      answer = await this.send(body);
    } catch (e) {
      // A kept-alive socket the server closed while we were idle fails on first use; a read is safe to send again.
      if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET' && (e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      started = nowMs();
      answer = await this.send(body);
    }
    const { status, text } = answer;
    const ms = nowMs() - started;
    let parsed: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new GraphQLCallError(`HTTP ${status}: not JSON: ${text.slice(0, 200)}`);
    }
    if (status !== 200 || parsed.errors?.length) {
      const e = parsed.errors?.[0];
      throw new GraphQLCallError(`HTTP ${status}: ${e ? `${e.extensions?.code ?? 'ERROR'} ${e.message}` : text.slice(0, 200)}`);
    }
    return { ms, data: parsed.data as T, bytes: Buffer.byteLength(text) };
  }

  private send(body: Buffer): Promise<{ status: number; text: string }> {
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'content-length': body.length,
            ...this.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
