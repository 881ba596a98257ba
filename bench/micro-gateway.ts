// The fixed cost of one query on each way to Neo4j, with no work in the query: `RETURN 1` through the driver's
// auto-commit `session.run`, its managed `executeRead`, its `executeQuery`, and our gateway (`db.runText`, the
// same path as a named `db.read`), each repeated after a warm-up, one after another, interleaved rep by rep so a noisy
// neighbour slows all alike. Beside them, the floor no Neo4j client can go under on this machine: one round trip of a
// small message to a TCP echo server in this process over loopback, and the same round trip kept open on one
// connection, as the driver keeps its pooled connection. Prints p50/p95 per path.
// Usage: npx tsx bench/micro-gateway.ts [--uri bolt://127.0.0.1:7801] [--reps 2000] [--warmup 200]
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { Db } from '../server/db.js';
import { nowMs, summarize } from './lib/stats.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const uri = option('uri', 'bolt://127.0.0.1:7801');
  const reps = Number(option('reps', '2000'));
  const warmup = Number(option('warmup', '200'));
  const db = Db.create({ uri, queryTimeoutMs: 10_000 });
  // The driver itself, as the peer and profile-query open it: the floor our gateway is compared with.
  const driver = neo4j.driver(uri);
  const paths: Record<string, () => Promise<unknown>> = {
    'driver session.run': async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.run('RETURN 1 AS one')).records;
      } finally {
        await session.close();
      }
    },
    'driver executeRead': async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.executeRead((tx) => tx.run('RETURN 1 AS one'))).records;
      } finally {
        await session.close();
      }
    },
    'driver executeQuery': async () =>
      (await driver.executeQuery('RETURN 1 AS one', {}, { routing: neo4j.routing.READ, bookmarkManager: null })).records,
    'db.runText (gateway)': () => db.runText('RETURN 1 AS one'),
  };
  // The loopback floor: an echo server here, and one client connection kept open.
  const echo = net.createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const client = net.connect((echo.address() as net.AddressInfo).port, '127.0.0.1');
  client.setNoDelay(true);
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  // About the size of a Bolt RUN + PULL for `RETURN 1`.
  const message = Buffer.alloc(64, 1);
  paths['TCP echo (loopback)'] = () =>
    new Promise<void>((resolve) => {
      let got = 0;
      const onData = (c: Buffer) => {
        got += c.length;
        if (got < message.length) return;
        client.off('data', onData);
        resolve();
      };
      client.on('data', onData);
      client.write(message);
    });
  const samples = new Map<string, number[]>(Object.keys(paths).map((k) => [k, []]));
  try {
    const names = Object.keys(paths);
    for (let i = 0; i < warmup + reps; i++) {
      // Rotate the order every rep so no path always runs right after another.
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j) % names.length]!;
        const t = nowMs();
        await paths[name]!();
        if (i >= warmup) samples.get(name)!.push(nowMs() - t);
      }
    }
    for (const [name, xs] of samples) {
      const s = summarize(xs);
      console.log(`${name.padEnd(22)} p50 ${s.p50.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  (${s.n} reps)`);
    }
  } finally {
    client.destroy();
    echo.close();
    await driver.close();
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(`micro-gateway: ${e.stack ?? e.message}`);
  process.exit(1);
});
