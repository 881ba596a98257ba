// `npm run bench -- --persons N [--seed S]`: the benchmark, end to end. Generates the graph (seed/generate), starts
// a dedicated embedded Neo4j sized for it, applies the schema and imports the graph (seed/import), starts the real
// HTTP server (server/index.ts serve(), with the product's auth and request gate) in a process of its own, then
// measures, warm and with seeded parameters: query latency through GraphQL and through the same Cypher run raw,
// the same answers from @neo4j/graphql on the same database, the server's memory in its own process and the JVM's,
// a load test on `bridges` and a mixed load that mirrors use. Prints the figures, writes them as JSON and Markdown
// under bench/results/, updates bench/RESULTS.md and the scaling chart, and judges the targets of issues 7 and 15.
// However it ends (Ctrl-C, SIGTERM to it or to the npm that started it, a failure) it stops the processes it started
// and removes its temporary folders (bench/lib/cleanup.ts); stopped by a signal it exits 130 or 143.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, loadConfig } from '../server/config.js';
import { Db } from '../server/db.js';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/neo4j-process.js';
import { ArgError, jvmSizes, parseArgs, usage, type BenchArgs } from './lib/args.js';
import { GqlClient } from './lib/http-client.js';
import { runLoad } from './lib/load.js';
import { MIX, mixedBodies } from './lib/mixed-load.js';
import { refreshScaling, scalingMarkdown, updateScalingSection } from './lib/chart.js';
import type { LoadResult } from './load-worker.js';
import { loadAverage, machineInfo } from './lib/machine.js';
import { measureCase, measureOne, type CaseResult } from './lib/measure.js';
import { fmt, nowMs } from './lib/stats.js';
import { cpuMeter } from './lib/cpu.js';
import { lifetimePeakMiB, procMemory } from './lib/memory.js';
import { breakdownLine } from './lib/server-memory.js';
import { startServerProcess, type ServerProcess } from './lib/server-process.js';
import { judgeIssue15 } from './lib/targets.js';
import { judgeTargets, toMarkdown, updateResultsFile, writeResults, type BenchReport, type ImportFigures, type PeerComparison } from './lib/report.js';
import { bulkImportGraph, generateGraph, importGraph } from './lib/pipeline.js';
import { graphCounts, sampleParams } from './params.js';
import { loadLedgerHistory } from '../seed/generate/ledger-history.js';
import { caseSpecs, loadBodies, prepareCases } from './cases.js';
import { completeMilestoneCase } from './write-cases.js';
import { Recorder } from './lib/recorder.js';
import { CleanupRegistry, removeFolder, runWithCleanup, stopChildren, type Interruption } from './lib/cleanup.js';
import { runPeerComparisons, startPeer, type PeerServer } from './peer/peer.js';

const RESULTS_MD = path.join(PROJECT_ROOT, 'bench', 'RESULTS.md');
const SCALING_JSON = path.join(PROJECT_ROOT, 'bench', 'scaling.json');
const SCALING_SVG = path.join(PROJECT_ROOT, 'bench', 'scaling.svg');

function loadLine(r: LoadResult): string {
  return (
    `${fmt(r.requestsPerSecond)} req/s over ${r.requests} answers, p50 ${fmt(r.latencyMs.p50)} p95 ${fmt(r.latencyMs.p95)} p99 ${fmt(r.latencyMs.p99)} ms, ` +
    `${r.non2xx} non-2xx, ${r.graphqlErrors} GraphQL errors, ${r.connectionErrors} connection errors, ${r.timeouts} timeouts`
  );
}

function commandLine(argv: readonly string[]): string {
  return ['npm run bench --', ...argv].join(' ');
}

const cleanup = new CleanupRegistry();

// Long on purpose: the numbered steps run in order and share the handles (Neo4j, gateways, server, peer, clients)
// that the cleanup registered below must close whatever step fails or is interrupted.
async function main(stop: Interruption): Promise<void> {
  const argv = process.argv.slice(2);
  let args: BenchArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof ArgError) {
      console.error(`bench: ${e.message}`);
      process.exit(e.message === usage() ? 0 : 2);
    }
    throw e;
  }
  const t0 = Date.now();
  const log = (s: string) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${s}`);
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const resultsDir = path.resolve(args.out ?? path.join(PROJECT_ROOT, 'bench', 'results'));
  const workDir = path.join(resultsDir, 'work');
  const tag = `p${args.persons}-s${args.seed}`;
  const graphDir = args.reuse ? path.resolve(args.reuse) : path.join(workDir, `graph-${tag}`);
  const storeDir = path.join(workDir, `neo4j-${tag}`);
  const importedMarker = path.join(storeDir, 'bench-imported.json');
  const sizes = { ...jvmSizes(args.persons, machine.memoryGiB), ...(args.heap ? { heap: args.heap } : {}), ...(args.pageCache ? { pageCache: args.pageCache } : {}) };
  const notes: string[] = [];
  log(`${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.cpuModel}; load average ${machine.loadAverage.join(' / ')}`);

  let embedded: EmbeddedNeo4j | undefined;
  let db: Db | undefined;
  let running: ServerProcess | undefined;
  let rawDb: Db | undefined;
  let peer: PeerServer | undefined;
  let client: GqlClient | undefined;
  let viewer: GqlClient | undefined;
  // Run last: this run's temporary folders, the generator's unfinished output and a store this run began to import
  // but did not finish (useless, and gigabytes at a million persons); the next run would remove it anyway.
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-bridge-bench-'));
  const partialsBefore = new Set(partialGraphs(graphDir));
  const store = { halfImported: false };
  cleanup.add('temporary folders', () => {
    removeFolder(tmpDir);
    for (const p of partialGraphs(graphDir)) if (!partialsBefore.has(p)) removeFolder(p);
    if (store.halfImported) removeFolder(storeDir);
  });
  // Then any child process the handles below did not stop (those started inside a step that did not return).
  cleanup.add('child processes', async () => void (await stopChildren()));
  cleanup.add('server, clients and Neo4j', async () => {
    client?.close();
    viewer?.close();
    await peer?.close().catch(() => {});
    await running?.close().catch(() => {});
    await rawDb?.close().catch(() => {});
    await db?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
  });
  const interrupted = () => stop.signal !== undefined;

  try {
    let generateSeconds: number | undefined;
    let importFigures: ImportFigures | undefined;
    let uri: string;
    let jvmPid: number | undefined;
    if (args.uri) {
      uri = args.uri;
      log(`measuring the graph already in ${uri} (no generation, no import)`);
      notes.push(`measured against an existing Neo4j (${uri}); its memory was not read`);
      db = Db.create({ uri, queryTimeoutMs: 600_000, maxConnectionPoolSize: 200 });
    } else {
      // 1. The graph.
      if (args.reuse || args.skipGenerate) {
        if (!fs.existsSync(graphDir)) {
          throw new Error(
            args.reuse
              ? `--reuse ${args.reuse}: no such folder`
              : `--skip-generate: no graph generated yet for ${args.persons} persons, seed ${args.seed} (expected ${path.relative(PROJECT_ROOT, graphDir)})`,
          );
        }
        log(`using the generated graph in ${path.relative(PROJECT_ROOT, graphDir) || graphDir}`);
      } else if (args.skipImport && fs.existsSync(importedMarker)) {
        log('--skip-import: the store already holds this graph, so it is not generated again');
      } else {
        log(`generating ${args.persons.toLocaleString('en-US')} persons (seed ${args.seed}) into ${path.relative(PROJECT_ROOT, graphDir)}`);
        const g = await generateGraph({ persons: args.persons, seed: args.seed, out: graphDir, log });
        generateSeconds = g.seconds;
        log(`generated ${g.rows.toLocaleString('en-US')} rows in ${g.seconds.toFixed(1)} s (generator peak RSS ${Math.round(g.peakRssMiB)} MiB)`);
      }

      // 2. A dedicated Neo4j.
      if (args.skipImport) {
        if (!fs.existsSync(importedMarker)) throw new Error(`--skip-import: no imported store for ${tag} at ${path.relative(PROJECT_ROOT, storeDir)}; run once without it`);
      } else {
        fs.rmSync(storeDir, { recursive: true, force: true });
        store.halfImported = true;
      }
      const boltPort = args.boltPort ?? (await freePort());
      const neo4jOptions = { boltPort, dataDir: storeDir, heap: sizes.heap, pageCache: sizes.pageCache, readyTimeoutMs: 600_000 };
      const recordImport = (figures: ImportFigures, how: string) => {
        // The figures stay with the store, so a later --skip-import run on it can still report how it was imported.
        fs.writeFileSync(importedMarker, JSON.stringify({ persons: args.persons, seed: args.seed, graphDir, at: new Date().toISOString(), import: figures }));
        store.halfImported = false;
        log(
          `imported ${figures.nodes.toLocaleString('en-US')} nodes at ${Math.round(figures.nodesPerSecond).toLocaleString('en-US')} rows/s and ` +
            `${figures.relationships.toLocaleString('en-US')} relationships at ${Math.round(figures.relationshipsPerSecond).toLocaleString('en-US')} rows/s; ` +
            `${figures.totalSeconds.toFixed(1)} s in all, ${how}`,
        );
      };
      // 3a. The bulk import (default) loads the stopped store before Neo4j starts: check, CSV, neo4j-admin, indexes.
      if (!args.skipImport && !args.transactionalImport) {
        log(`bulk-importing into ${path.relative(PROJECT_ROOT, storeDir)} (offline; --transactional-import for the Bolt path)`);
        const bulk = await bulkImportGraph(graphDir, neo4jOptions, log, tmpDir);
        embedded = bulk.embedded;
        importFigures = bulk.figures;
        recordImport(importFigures, 'schema and index population included');
      }
      if (!embedded) {
        log(`starting Neo4j on Bolt port ${boltPort} (heap ${sizes.heap}, page cache ${sizes.pageCache}, store ${path.relative(PROJECT_ROOT, storeDir)})`);
        embedded = await startEmbeddedNeo4j(neo4jOptions);
      }
      uri = embedded.uri;
      jvmPid = embedded.pid;
      db = Db.create({ uri, queryTimeoutMs: 600_000, maxConnectionPoolSize: 200 });

      // 3b. Schema and the transactional import.
      if (!args.skipImport && args.transactionalImport) {
        const ts = Date.now();
        await db.applySchema();
        const schemaSeconds = (Date.now() - ts) / 1000;
        log(`schema applied in ${schemaSeconds.toFixed(1)} s; importing`);
        importFigures = await importGraph(db, graphDir, schemaSeconds, log);
        recordImport(importFigures, 'schema included');
      } else if (args.skipImport) {
        await db.applySchema();
        const marker = JSON.parse(fs.readFileSync(importedMarker, 'utf8')) as { at?: string; import?: ImportFigures };
        if (marker.import) {
          importFigures = marker.import;
          notes.push(`import figures are those of ${marker.at ?? 'the run'} that imported this store (this run reused it with --skip-import)`);
        }
      }
      // The introductions ledger the generator drew beside the graph (seed/generate/ledger-history.ts).
      if (!args.skipImport) {
        const ledger = await loadLedgerHistory(db, graphDir);
        log(`ledger: ${ledger.introductions.toLocaleString('en-US')} introductions, ${ledger.outcomes.toLocaleString('en-US')} outcomes`);
      }
    }
    const neo4jVersion = await db.verify();
    const counts = await graphCounts(db);
    log(`graph: ${counts.nodes.toLocaleString('en-US')} nodes, ${counts.relationships.toLocaleString('en-US')} relationships`);

    // 4. Parameters, sampled from the graph with the seed.
    const ts = Date.now();
    const samplingDb = Db.create({ uri, queryTimeoutMs: 10_000 });
    const sampler = new Recorder(samplingDb);
    const params = await sampleParams(db, { seed: args.seed, sets: args.paramSets, log, execute: async (req) => (await sampler.run(req)).data }).finally(() =>
      samplingDb.close(),
    );
    log(`sampled parameters in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
    notes.push(...params.notes);

    // 5. The real server in its own process, with a broker token so that nothing is masked, and a rate limit the
    // load test cannot hit. The raw side runs through a gateway of its own in this process.
    const token = crypto.randomBytes(24).toString('base64url');
    const httpPort = args.httpPort ?? (await freePort());
    const settings = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      NEO4J_URI: uri,
      TB_LOAD_DEMO: 'false',
      TB_TOKENS: `bench:broker:${token}`,
      TB_RATE_LIMIT_PER_MINUTE: '1000000',
    };
    const config = loadConfig(settings);
    const serverDb = Db.create({ uri, queryTimeoutMs: config.queryTimeoutMs });
    rawDb = serverDb;
    const cpuProfDir = args.cpuProf ? path.join(resultsDir, 'cpuprofile') : undefined;
    running = await startServerProcess({ settings, cpuProfDir, log });
    client = new GqlClient(`${running.url}/graphql`, { authorization: `Bearer ${token}` });
    viewer = new GqlClient(`${running.url}/graphql`);

    // 6. Latency: GraphQL against raw Cypher.
    const tr = Date.now();
    const cases = await prepareCases(caseSpecs(params), new Recorder(serverDb), args.only, notes, log);
    log(`recorded the reads of every request in ${((Date.now() - tr) / 1000).toFixed(1)} s`);
    const latency: CaseResult[] = [];
    for (const c of cases) {
      if (interrupted()) break;
      latency.push(await measureCase(c, client, serverDb, { reps: args.reps, warmup: args.warmup, log, viewer }));
    }
    // The write case is prepared on its own: its requests cannot be recorded without writing (bench/write-cases.ts).
    if (!interrupted() && (!args.only || args.only.includes('completeMilestone'))) {
      const write = await completeMilestoneCase(serverDb, client, { seed: args.seed, reps: args.reps, warmup: args.warmup, firmLab: params.bridges[0], log });
      latency.push(await measureCase(write, client, serverDb, { reps: args.reps, warmup: args.warmup, log }));
    }

    // The fixed cost of one request on each path, with no work in it, measured once the cases have warmed the JVM and
    // the server: on a JVM just started, `RETURN 1` costs 3.3 ms p50 over its first 60 runs, 1.8 ms over the next 300
    // and 0.9 ms after about 10,000 queries (bench/micro-gateway.ts on the 10k store), so measured first it reported
    // the JVM's warm-up, not the gateway's cost. The target is for a warm server.
    const gqlFloor = await measureOne([0], async () => (await client!.post('query Floor { __typename }', {})).ms, { reps: 300, warmup: 300 });
    const rawFloor = await measureOne(
      [0],
      async () => {
        const t = nowMs();
        await serverDb.runText('RETURN 1 AS one');
        return nowMs() - t;
      },
      { reps: 300, warmup: 300 },
    );
    const floor = { graphql: gqlFloor.summary, raw: rawFloor.summary };
    log(`fixed cost of a request: GraphQL over HTTP p50 ${floor.graphql.p50.toFixed(2)} ms ({ __typename }), raw p50 ${floor.raw.p50.toFixed(2)} ms (RETURN 1)`);

    // Heap snapshots (--heap-snapshots): once the answers have all been asked, and halfway through the mixed load.
    const heapDir = path.join(resultsDir, 'heap');
    const snapshot = async (label: string) => {
      if (!args.heapSnapshots || !running) return;
      fs.mkdirSync(heapDir, { recursive: true });
      const file = path.join(heapDir, `server-${label}.heapsnapshot`);
      const m = await running.heapSnapshot(file);
      log(`heap snapshot ${path.relative(PROJECT_ROOT, file)}: RSS ${(m.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(m.heapUsed / 2 ** 20).toFixed(0)} MiB (npx tsx bench/heap-summary.ts ${path.relative(PROJECT_ROOT, file)})`);
    };
    if (!interrupted()) await snapshot('after-latency');

    // 7. The peer.
    let peerResults: PeerComparison[] = [];
    if (args.peer && !interrupted()) {
      peer = await startPeer(uri, log);
      peerResults = await runPeerComparisons({ peer, client, params, reps: args.reps, warmup: args.warmup, log });
      await peer.close();
      peer = undefined;
    }

    // 8. Load: bridges alone, then the mix that mirrors use.
    let load: BenchReport['load'];
    let mixedLoad: BenchReport['mixedLoad'];
    if (args.load && !interrupted()) {
      const url = `${running.url}/graphql`;
      const headers = { authorization: `Bearer ${token}` };
      const bodies = loadBodies(params);
      const pids = { neo4j: jvmPid, server: running.pid };
      const loadCpu = cpuMeter(pids);
      const r = await runLoad({ url, headers, bodies, connections: args.connections, durationS: args.duration }, log, tmpDir);
      load = { ...r, query: 'bridges', connections: args.connections, paramSets: bodies.length, cpu: loadCpu() ?? undefined };
      log(`load: ${loadLine(r)}`);
      if (!interrupted()) {
        try {
          const mix = mixedBodies(new Map(caseSpecs(params).map((c) => [c.name, c.requests])), args.seed);
          const mixedCpu = cpuMeter(pids);
          const halfway = args.heapSnapshots ? setTimeout(() => void snapshot('mixed-load').catch((e: Error) => log(`heap snapshot failed: ${e.message}`)), (args.mixedDuration * 1000) / 2) : undefined;
          const m = await runLoad({ url, headers, bodies: mix.bodies, kinds: mix.kinds, connections: args.connections, durationS: args.mixedDuration }, log, tmpDir).finally(() =>
            clearTimeout(halfway),
          );
          mixedLoad = { ...m, query: MIX.map((x) => `${x.kind} ${x.percent} %`).join(', '), connections: args.connections, paramSets: new Set(mix.bodies).size, cpu: mixedCpu() ?? undefined };
          log(`mixed load: ${loadLine(m)}`);
        } catch (e) {
          // The figures measured so far are still worth writing; the report says the mixed load did not run.
          notes.push(`the mixed load did not run: ${(e as Error).message.split('\n')[0]}`);
          log(`mixed load not run: ${(e as Error).message}`);
        }
      }
    }
    const served = running.memory();
    const serverBreakdown = await running.breakdown();
    log(`server memory ${breakdownLine(serverBreakdown)}`);
    const jvm = jvmPid ? procMemory(jvmPid) : null;

    const base: Omit<BenchReport, 'targets'> = {
      startedAt,
      finishedAt: new Date().toISOString(),
      command: commandLine(argv),
      args,
      machine: { ...machine, loadAverageEnd: loadAverage() },
      neo4j: { version: neo4jVersion, heap: sizes.heap, pageCache: sizes.pageCache },
      graph: {
        persons: args.persons,
        seed: args.seed,
        dir: path.relative(PROJECT_ROOT, graphDir) || graphDir,
        generateSeconds,
        nodes: counts.nodes,
        relationships: counts.relationships,
        byLabel: counts.byLabel,
        byType: counts.byType,
      },
      import: importFigures,
      floor,
      latency,
      peer: peerResults,
      memory: {
        serverPeakMiB: served.peakMiB,
        serverEndMiB: served.currentMiB,
        serverHwmMiB: served.hwmMiB,
        serverBreakdown,
        benchLifetimePeakMiB: lifetimePeakMiB(),
        neo4jPeakMiB: jvm?.peakMiB ?? null,
        neo4jCurrentMiB: jvm?.currentMiB ?? null,
      },
      load,
      mixedLoad,
      notes,
    };
    const report: BenchReport = { ...base, targets: judgeTargets(base), issue15: judgeIssue15(base) };
    const files = writeResults(report, resultsDir);
    // Only a complete run of the product as shipped replaces the committed figures.
    const complete = !interrupted() && !args.uri && !args.only && args.peer && args.load && !args.out && !args.cpuProf && !args.heapSnapshots;
    if (complete) {
      // The history is read before this run's section replaces the one of its size in RESULTS.md.
      const history = await refreshScaling(report, { history: SCALING_JSON, svg: SCALING_SVG, resultsMd: RESULTS_MD });
      updateResultsFile(RESULTS_MD, report);
      updateScalingSection(RESULTS_MD, scalingMarkdown(history, path.basename(SCALING_SVG)));
      log(`scaling chart redrawn: ${path.relative(PROJECT_ROOT, SCALING_SVG)} (${history.sizes.map((x) => x.persons).join(', ')} persons)`);
    }
    console.log(`\n${toMarkdown(report)}`);
    log(
      `results: ${path.relative(PROJECT_ROOT, files.json)}, ${path.relative(PROJECT_ROOT, files.md)}` +
        (complete ? `; ${path.relative(PROJECT_ROOT, RESULTS_MD)} updated` : ' (a partial run: bench/RESULTS.md left as it was)'),
    );
  } finally {
    // Before --clean removes the store: its Neo4j must have stopped. Failures are reported by runWithCleanup.
    await cleanup.run();
    if (args.clean && !args.uri) {
      if (!args.reuse) fs.rmSync(graphDir, { recursive: true, force: true });
      fs.rmSync(storeDir, { recursive: true, force: true });
    }
  }
}

/** Unfinished generator output beside the graph folder (seed/generate writes into `<out>.partial-*` first). */
function partialGraphs(graphDir: string): string[] {
  const parent = path.dirname(graphDir);
  const prefix = `${path.basename(graphDir)}.partial-`;
  return fs.existsSync(parent) ? fs.readdirSync(parent).filter((f) => f.startsWith(prefix)).map((f) => path.join(parent, f)) : [];
}

void runWithCleanup(cleanup, main, { log: (line) => console.error(`bench: ${line}`) });
