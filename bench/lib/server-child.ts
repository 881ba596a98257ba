// The measured HTTP server, in a process of its own so that its memory is its own (not the generator's and
// importer's, which ran in the bench's process) and its event loop serves nothing else. It is the product's
// serve() from server/index.ts, with the product's gateway, auth and stop on signals (server/serve.ts), over a config
// built from the settings the bench passes as one JSON argument (what the server would read from its environment).
// It prints one JSON line, {url, pid}, once it listens, and closes its server and gateway on SIGTERM, so a
// --cpu-prof profile is written on the way out.
// Over the IPC channel the bench asks it where its memory is (V8 heap, external, array buffers: what RSS is made of,
// sampled every 100 ms, at the sample of highest RSS and each part's own maximum) and for heap snapshots.
import v8 from 'node:v8';
import { loadConfig } from '../../server/config.js';
import { serve } from '../../server/index.js';
import { gatewayAndAuth, stopOnSignals } from '../../server/serve.js';
import { emptyBreakdown, noteSample, type ChildRequest } from './server-memory.js';

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
  const config = loadConfig(settings);
  if (!config.neo4j.uri) throw new Error('the bench gave the server no NEO4J_URI');
  const { db, auth } = await gatewayAndAuth(config, config.neo4j.uri);
  // No access log: its lines would time stdout, not the answers.
  const running = await serve(config, db, { resolveViewer: auth.resolveViewer, extraPlugins: auth.plugins, accessLog: false });
  stopOnSignals(running, db);
  const breakdown = emptyBreakdown();
  const sample = () => noteSample(breakdown, { ...process.memoryUsage(), malloced: v8.getHeapStatistics().malloced_memory });
  const timer = setInterval(sample, 100);
  timer.unref();
  process.on('message', (m: ChildRequest) => {
    if (m.kind === 'snapshot') {
      const before = { ...process.memoryUsage(), malloced: v8.getHeapStatistics().malloced_memory };
      noteSample(breakdown, before);
      const file = v8.writeHeapSnapshot(m.file);
      process.send?.({ kind: 'snapshot', file, memory: before });
    } else if (m.kind === 'memory') {
      sample();
      process.send?.({ kind: 'memory', breakdown });
    }
  });
  process.stdout.write(`${JSON.stringify({ url: running.url, pid: process.pid })}\n`);
}

main().catch((e: Error) => {
  console.error(`bench server: ${e.stack ?? e.message}`);
  process.exit(1);
});
