// Helpers for the importer's integration tests: a checksum of the whole graph (counts per label and type plus a
// hash of every node and relationship with its properties), computed with raw Cypher independently of the importer.
import crypto from 'node:crypto';
import type { Db } from '../../server/db.js';
import type { ImportReport } from '../../seed/import/importer.js';
import { withImport } from '../support/imported.js';

export interface GraphChecksum {
  labels: Record<string, number>;
  types: Record<string, number>;
  hash: string;
}

const canon = (o: unknown): string =>
  JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

export async function graphChecksum(db: Db): Promise<GraphChecksum> {
  const nodes = await db.runText('MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
  const rels = await db.runText('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const lines: string[] = [];
  for (const n of nodes) {
    for (const l of n.labels as string[]) labels[l] = (labels[l] ?? 0) + 1;
    lines.push(`N ${String(n.id)} ${[...(n.labels as string[])].sort().join(':')} ${canon(n.props)}`);
  }
  for (const r of rels) {
    types[r.type as string] = (types[r.type as string] ?? 0) + 1;
    lines.push(`R ${String(r.a)} ${String(r.type)} ${String(r.b)} ${canon(r.props)}`);
  }
  lines.sort();
  return { labels, types, hash: crypto.createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** Nodes per label (without the base label) and relationships per type, from Neo4j's count store. */
export async function graphCounts(db: Db): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labelRows = await db.runText('MATCH (n) UNWIND labels(n) AS l WITH l WHERE l <> "Entity" RETURN l, count(*) AS c');
  const typeRows = await db.runText('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c');
  return {
    labels: Object.fromEntries(labelRows.map((r) => [r.l as string, Number(r.c)])),
    types: Object.fromEntries(typeRows.map((r) => [r.t as string, Number(r.c)])),
  };
}

/** The file's import of real data (see withImport), handing `done` its report and the graph's checksum right after. */
export function withChecksummedImport(
  db: Db,
  dir: string | null,
  mapping: string,
  done: (report: ImportReport, checksum: GraphChecksum) => void,
  timeoutMs: number,
): void {
  withImport(db, dir, mapping, async (report) => done(report, await graphChecksum(db)), timeoutMs);
}
