// Brings a store imported before the order desk's and the escrow ledger's changes up to date, in place and
// idempotently (running it twice changes nothing the second time), so the benchmark can measure them on a store it
// did not import itself:
//   - Project.escrowState `held` becomes `deposited` (one vocabulary with the escrow account);
//   - a Demand without a stored status gets `open`, which it was read as (the queue's status index needs a value);
//   - the generated 安心宝 projects get their milestones and escrow accounts (seed/generate/ledger-projects.ts), drawn
//     from the graph's own nodes-project.csv with its seed, as a fresh generate + import writes them; a project that
//     already has milestones is left alone, so milestones completed since stay completed.
// Usage: npx tsx bench/migrate-store.ts --uri bolt://127.0.0.1:7801 --graph DIR [--seed 1]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Db } from '../server/db.js';
import { readLedger, writeLedger } from '../seed/demo/ledger.js';
import { ledgerProjectLines } from '../seed/generate/ledger-projects.js';
import { Rng } from '../seed/generate/random.js';

const CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');
const text = (name: string) => fs.readFileSync(path.join(CYPHER, `${name}.cypher`), 'utf8');

function arg(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const uri = arg(argv, '--uri');
  const graph = arg(argv, '--graph');
  const seed = Number(arg(argv, '--seed') ?? 1);
  if (!uri || !graph || !Number.isInteger(seed)) {
    console.error('usage: npx tsx bench/migrate-store.ts --uri bolt://HOST:PORT --graph DIR [--seed 1]');
    process.exit(2);
  }
  const db = Db.create({ uri, queryTimeoutMs: 600_000 });
  try {
    for (const name of ['migrateEscrowStateWords', 'migrateDemandStatus']) {
      const [row] = await db.runText(text(name), {}, 'WRITE', name);
      console.log(`${name}: ${String(row?.changed ?? 0)} changed`);
    }
    const plain = path.join(graph, 'nodes-project.csv');
    const csvText = fs.existsSync(plain) ? fs.readFileSync(plain, 'utf8') : zlib.gunzipSync(fs.readFileSync(`${plain}.gz`)).toString('utf8');
    const lines = csvText.split('\n').filter((l) => l !== '');
    const escrow = ledgerProjectLines({ header: (lines[0] ?? '').split(','), lines: lines.slice(1) }, new Rng(seed, 'ledger-projects'));
    const problems: string[] = [];
    const records = escrow.lines.map((l, i) => ({ where: `line ${i + 1}`, value: JSON.parse(l) as { project?: string } }));
    // The projects named are the graph's own (read from its nodes-project.csv).
    const labels = new Map(records.flatMap((r) => (r.value.project ? [[r.value.project, ['Project']] as const] : [])));
    const ledger = readLedger(records, labels, problems);
    if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
    const ids = ledger.projects.map((p) => p.projectId);
    const done = new Set((await db.runText(text('benchProjectsWithMilestones'), { ids })).map((r) => String(r.id)));
    const todo = ledger.projects.filter((p) => !done.has(p.projectId));
    // The pool's paidOut is what it covered: none of the generated accounts is refunded, so only a new pool is written.
    const pools = done.size ? [] : ledger.pools;
    for (let k = 0; k < Math.max(todo.length, pools.length ? 1 : 0); k += 500) {
      await writeLedger(db, { pools: k === 0 ? pools : [], introductions: [], projects: todo.slice(k, k + 500) });
    }
    console.log(`escrow projects: ${ledger.projects.length} in the graph, ${done.size} already had milestones, ${todo.length} written (${escrow.milestones} milestones in all)`);
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(`migrate-store: ${e.stack ?? e.message}`);
  process.exit(1);
});
