// PROFILEs one named query (cypher/<name>.cypher) against a running Neo4j and prints its plan as a tree with rows
// and database hits per operator, and the totals: the evidence a slow answer is reported with. Parameters are
// given as JSON and converted exactly as db.ts converts them (whole numbers become integers; {"$date": "..."}
// becomes a DATE). Runs the query for real, in a transaction that is rolled back (a write query needs --write).
// Usage: npx tsx bench/profile-query.ts --uri bolt://127.0.0.1:7687 NAME '{"param": 1}' [--ints '{"k": 3}'] [--write]
//        (a JSON argument starting with @ names a file holding the parameters)
//
// PROFILE needs the driver's result summary, which the db gateway does not hand out, so this developer tool opens
// its own driver.
import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypherDate, fillIntSlots, loadQueries, toNeo4jParams } from '../server/db.js';

interface PlanNode {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

function num(x: unknown): number {
  if (typeof x === 'number') return x;
  if (neo4j.isInt(x)) return (x as ReturnType<typeof neo4j.int>).toNumber();
  return Number(x ?? 0);
}

function print(node: PlanNode, depth: number, out: string[]): number {
  const details = String(node.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 140);
  out.push(`${'  '.repeat(depth)}${node.operatorType.replace(/@neo4j$/, '')}  rows ${num(node.rows)}  db hits ${num(node.dbHits)}${details ? `  ${details}` : ''}`);
  let hits = num(node.dbHits);
  for (const c of node.children) hits += print(c, depth + 1, out);
  return hits;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const uriAt = argv.indexOf('--uri');
  const intsAt = argv.indexOf('--ints');
  const uri = uriAt >= 0 ? argv[uriAt + 1]! : 'bolt://127.0.0.1:7687';
  const ints = intsAt >= 0 ? (JSON.parse(argv[intsAt + 1]!) as Record<string, number>) : null;
  const write = argv.includes('--write');
  const rest = argv.filter((a, i) => ![uriAt, uriAt + 1, intsAt, intsAt + 1].includes(i) && a !== '--write');
  const [name, json] = rest;
  if (!name) {
    console.error("usage: npx tsx bench/profile-query.ts --uri bolt://HOST:PORT NAME '{\"param\": 1}' [--ints '{\"k\": 3}'] [--write]");
    process.exit(2);
  }
  const text = loadQueries(undefined, []).get(name);
  if (!text) throw new Error(`no query named ${name} in cypher/`);
  const source = json?.startsWith('@') ? fs.readFileSync(json.slice(1), 'utf8') : (json ?? '{}');
  const raw = JSON.parse(source, (_k, v: unknown) =>
    v && typeof v === 'object' && '$date' in (v as Record<string, unknown>) ? cypherDate(String((v as { $date: string }).$date)) : v,
  ) as Record<string, unknown>;
  const driver = neo4j.driver(uri);
  const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
  const tx = await session.beginTransaction();
  try {
    const started = Date.now();
    const result = await tx.run(`PROFILE ${ints ? fillIntSlots(text, ints) : text}`, toNeo4jParams(raw));
    const ms = Date.now() - started;
    const profile = result.summary.profile as unknown as PlanNode | false;
    if (!profile) throw new Error('no profile in the result summary');
    const out: string[] = [];
    const hits = print(profile, 0, out);
    console.log(out.join('\n'));
    console.log(`\n${name}: ${result.records.length} rows, ${hits.toLocaleString('en-US')} db hits in all, ${ms} ms (PROFILE adds overhead)`);
    const global = (profile.arguments ?? {}) as Record<string, unknown>;
    for (const key of ['runtime', 'planner', 'GlobalMemory', 'PageCacheHits', 'PageCacheMisses']) {
      if (global[key] !== undefined) console.log(`  ${key}: ${String(num(global[key]) || global[key])}`);
    }
  } finally {
    await tx.rollback();
    await session.close();
    await driver.close();
  }
}

main().catch((e: Error) => {
  console.error(`profile-query: ${e.message}`);
  process.exit(1);
});
