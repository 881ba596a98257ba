// Helpers for the bulk import's integration tests: a bulk import into a store of its own (a temporary folder, since
// the offline importer needs a stopped store), an embedded Neo4j started on that store afterwards, and a checksum
// of a whole graph that also records every value's Cypher type (so 30.0 and 30, or a date and its text, differ).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bulkImport, type BulkOptions, type BulkResult } from '../../seed/import/bulk.js';
import { importDirectory, type ImportOptions, type ImportReport } from '../../seed/import/importer.js';
import { Db } from '../../server/db.js';
import { freePort, startEmbeddedNeo4j } from '../../server/neo4j-process.js';
import { resetGraph } from '../support/db.js';

export interface Store {
  dataDir: string;
  boltPort: number;
}

export async function tempStore(): Promise<Store> {
  return { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bulk-store-')), boltPort: await freePort() };
}

export function storeOptions(store: Store): BulkOptions['store'] {
  return { dataDir: store.dataDir, boltPort: store.boltPort, heap: '1g', offHeap: '1g' };
}

export interface Opened {
  db: Db;
  close(): Promise<void>;
}

/** Starts the embedded Neo4j on a store (on the store's own port). */
export async function openStore(store: Store): Promise<Opened> {
  const neo4j = await startEmbeddedNeo4j({ boltPort: store.boltPort, dataDir: store.dataDir, heap: '1g', pageCache: '256m' });
  const db = Db.create({ uri: neo4j.uri, queryTimeoutMs: 120_000 });
  return {
    db,
    close: async () => {
      await db.close().catch(() => {});
      await neo4j.stop();
    },
  };
}

/** Bulk-imports a folder into the store; the Neo4j it may have started for the rest is returned in `opened`. */
export function bulk(dir: string, store: Store, options: ImportOptions = {}): Promise<BulkResult> {
  return bulkImport(dir, { ...options, store: storeOptions(store), open: () => openStore(store) });
}

const canon = (o: unknown): string =>
  JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

export interface TypedChecksum {
  nodes: number;
  relationships: number;
  hash: string;
  /** The sorted dump the hash is taken of, to show where two graphs differ. */
  sample: string[];
}

/** Every node (id, labels, properties with their types) and relationship (type, endpoints, typed properties). */
export async function typedChecksum(db: Db): Promise<TypedChecksum> {
  const nodes = await db.runText(
    'MATCH (n) RETURN n.id AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props',
  );
  const rels = await db.runText(
    'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props',
  );
  const props = (list: unknown) => (list as unknown[][]).map((p) => canon(p)).sort().join(' ');
  const lines = [
    ...nodes.map((n) => `N ${String(n.id)} ${[...(n.labels as string[])].sort().join(':')} ${props(n.props)}`),
    ...rels.map((r) => `R ${String(r.a)} ${String(r.type)} ${String(r.b)} ${props(r.props)}`),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: rels.length,
    hash: crypto.createHash('sha256').update(lines.join('\n')).digest('hex'),
    sample: lines,
  };
}

/** Lines in one dump and not in the other (both ways), for a readable failure. */
export function difference(a: TypedChecksum, b: TypedChecksum): { onlyFirst: string[]; onlySecond: string[] } {
  const sa = new Set(a.sample);
  const sb = new Set(b.sample);
  return { onlyFirst: a.sample.filter((l) => !sb.has(l)).slice(0, 10), onlySecond: b.sample.filter((l) => !sa.has(l)).slice(0, 10) };
}

/**
 * Imports a folder transactionally into the test's Neo4j (emptied first) and in bulk into a new store of its own,
 * and returns the typed checksum of both graphs. The store is handed to `onStore` as soon as it exists.
 */
export async function compareWithTransactional(
  db: Db,
  folder: string,
  options: { skipBad?: boolean; mapping?: string },
  onStore: (s: Store) => void,
): Promise<{ transactional: TypedChecksum; bulk: TypedChecksum; tx: ImportReport; rest: number }> {
  await resetGraph(db);
  const tx = await importDirectory(db, folder, options);
  const transactional = await typedChecksum(db);
  const store = await tempStore();
  onStore(store);
  const result = await bulk(folder, store, options);
  let opened: Opened | undefined = result.opened;
  try {
    if (result.report.status !== 'ok') throw new Error(`bulk import ended ${result.report.status}`);
    opened ??= await openStore(store);
    return { transactional, bulk: await typedChecksum(opened.db), tx, rest: result.rest.nodes + result.rest.updates + result.rest.relationships };
  } finally {
    await opened?.close();
  }
}
