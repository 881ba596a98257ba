// The graph of bench/hostile-load.ts when it does not use the demo data: a deterministic synthetic talent network
// shaped like the one finding 5 of issue 18 was found on, written through the product's own writer
// (seed/import/writer.ts), batch by batch. What matters for the finding is a hub: one tech area that a large share of
// the people are experts in, reached from people who work at firms, know each other and hold several expertises,
// so a depth-3 neighbourhood of the hub fans out at every level.
import type { Db } from '../server/db.js';
import { nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../seed/import/writer.js';
import { Rng } from './lib/rng.js';

/** What was written. */
export interface HostileGraph {
  nodes: number;
  relationships: number;
}

const AREAS = 12;
const REGIONS = 20;
/** Records per write: large enough to be quick, small enough for a modest heap. */
const BATCH = 5_000;

/** Writes `persons` people, a tenth as many firms, 12 tech areas (the first a hub) and 20 regions. */
export async function writeHostileGraph(db: Db, persons: number, seed: number, log: (s: string) => void): Promise<HostileGraph> {
  const rng = new Rng(seed);
  const firms = Math.max(1, Math.floor(persons / 10));
  let nodeCount = 0;
  let relCount = 0;
  let nodes: NodeRecord[] = [];
  let rels: RelRecord[] = [];
  const flush = async (force = false) => {
    if (!force && nodes.length + rels.length < BATCH) return;
    await writeBatch(db, nodes.map(nodeRow), rels.map(relRow));
    nodeCount += nodes.length;
    relCount += rels.length;
    nodes = [];
    rels = [];
  };
  for (let r = 0; r < REGIONS; r++) nodes.push({ id: `h:region:${r}`, labels: ['Region'], props: { name: `Region ${r}` } });
  for (let a = 0; a < AREAS; a++) nodes.push({ id: `h:tech:${a}`, labels: ['TechArea'], props: { name: `Area ${a}` } });
  for (let f = 0; f < firms; f++) {
    nodes.push({ id: `h:firm:${f}`, labels: ['Enterprise'], props: { name: `Firm ${f}` } });
    rels.push({ type: 'LOCATED_IN', start: `h:firm:${f}`, end: `h:region:${f % REGIONS}`, props: {} });
    rels.push({ type: 'FOCUSES_ON', start: `h:firm:${f}`, end: `h:tech:${rng.int(AREAS)}`, props: {} });
    await flush();
  }
  // Firms first, so every WORKS_AT finds its end; likewise every person before the acquaintances.
  await flush(true);
  for (let p = 0; p < persons; p++) {
    const id = `h:person:${p}`;
    nodes.push({ id, labels: ['Person'], props: { name: `Person ${p}`, consent: true } });
    // Heavy-tailed firm sizes: a square of a uniform number favours the low firm ids.
    const firm = Math.floor(rng.next() ** 2 * firms);
    rels.push({ type: 'WORKS_AT', start: id, end: `h:firm:${firm}`, props: { strength: Math.round(rng.next() * 100) / 100 } });
    rels.push({ type: 'LIVES_IN', start: id, end: `h:region:${firm % REGIONS}`, props: {} });
    // Four in ten are experts in the hub; everyone in one or two other areas.
    if (rng.next() < 0.4) rels.push({ type: 'EXPERT_IN', start: id, end: 'h:tech:0', props: {} });
    const other = 1 + rng.int(AREAS - 1);
    rels.push({ type: 'EXPERT_IN', start: id, end: `h:tech:${other}`, props: {} });
    if (rng.next() < 0.5) rels.push({ type: 'EXPERT_IN', start: id, end: `h:tech:${1 + ((other + rng.int(AREAS - 2)) % (AREAS - 1))}`, props: {} });
    await flush();
  }
  await flush(true);
  // Acquaintances: about four per person, mostly among people of nearby ids (colleagues), some anywhere.
  for (let p = 1; p < persons; p++) {
    const ties = new Set<number>();
    for (let k = 0; k < 2; k++) {
      const q = rng.next() < 0.8 ? Math.max(0, p - 1 - rng.int(50)) : rng.int(p);
      if (q !== p) ties.add(q);
    }
    for (const q of ties) rels.push({ type: 'KNOWS', start: `h:person:${p}`, end: `h:person:${q}`, props: { strength: Math.round(rng.next() * 100) / 100 } });
    await flush();
    if (p % 10_000 === 0) log(`graph: acquaintances of ${p.toLocaleString('en-US')} persons written`);
  }
  await flush(true);
  return { nodes: nodeCount, relationships: relCount };
}
