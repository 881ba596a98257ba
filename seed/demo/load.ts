// The curated bilingual demo dataset: reads seed/demo/nodes/*.jsonl and seed/demo/relationships/*.jsonl, validates
// every line against the model (so a typo names its file and line instead of half-loading), and writes the whole
// set in one transaction (then the order desk's shortlists, desk/*.jsonl). `npm start` calls loadDemo when the database is empty; loading twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { isNodeLabel, type NodeLabel } from '../../server/model/model.js';
import { RecordError, checkEndpoints, nodeRow, relRow, writeBatch, type NodeRecord, type RelRecord } from '../import/writer.js';
import { readShortlists, writeShortlists, type ShortlistRow } from './desk.js';
import { readLedger, writeLedger, type DemoLedger } from './ledger.js';
import { forEachRecord, type Line } from './lines.js';

export const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Every problem found in the demo files, one `file:line: reason` per entry. */
export class DemoDataError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  ... and ${problems.length - shown.length} more` : '';
    super(`the demo dataset has ${problems.length} bad line(s):\n  ${shown.join('\n  ')}${more}`);
  }
}

export interface DemoData {
  nodes: ReturnType<typeof nodeRow>[];
  relationships: ReturnType<typeof relRow>[];
  /** The order desk's shortlists (desk/*.jsonl): PROPOSED ties, outside the model's relationship types. */
  shortlists: ShortlistRow[];
  /** The introductions ledger (ledger/*.jsonl): introductions, outcomes, milestones, escrow, risk pools. */
  ledger: DemoLedger;
}

function displayPath(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

/** The .jsonl files of one folder in name order (the numeric prefixes give a stable theme order). */
function jsonlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Parses every non-blank line; a JSON error is reported with its line and column. */
function readLines(file: string, problems: string[]): Line[] {
  const lines: Line[] = [];
  const shown = displayPath(file);
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      const where = `${shown}:${i + 1}`;
      try {
        lines.push({ where, value: JSON.parse(text) });
      } catch (e) {
        const pos = /position (\d+)/.exec((e as Error).message);
        const col = pos ? `:${Number(pos[1]) + 1}` : '';
        problems.push(`${where}${col}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
      }
    });
  return lines;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function asNodeRecord(v: unknown): NodeRecord {
  if (!isObject(v)) throw new RecordError('a node line must be a JSON object {"id", "labels", "props"}');
  if (typeof v.id !== 'string') throw new RecordError('node has no string "id"');
  if (!Array.isArray(v.labels) || !v.labels.every((l) => typeof l === 'string')) {
    throw new RecordError(`node ${v.id}: "labels" must be a list of strings`);
  }
  if (v.props !== undefined && !isObject(v.props)) throw new RecordError(`node ${v.id}: "props" must be an object`);
  const extra = Object.keys(v).filter((k) => !['id', 'labels', 'props'].includes(k));
  if (extra.length) throw new RecordError(`node ${v.id}: unexpected key(s) ${extra.join(', ')} (properties go under "props")`);
  return { id: v.id, labels: v.labels as string[], props: (v.props as Record<string, unknown>) ?? {} };
}

function asRelRecord(v: unknown): RelRecord {
  if (!isObject(v)) throw new RecordError('a relationship line must be a JSON object {"type", "start", "end", "props"}');
  for (const k of ['type', 'start', 'end'] as const) {
    if (typeof v[k] !== 'string') throw new RecordError(`relationship has no string "${k}"`);
  }
  if (v.props !== undefined && !isObject(v.props)) throw new RecordError('relationship "props" must be an object');
  const extra = Object.keys(v).filter((k) => !['type', 'start', 'end', 'props'].includes(k));
  if (extra.length) throw new RecordError(`unexpected key(s) ${extra.join(', ')} (properties go under "props")`);
  return { type: v.type as string, start: v.start as string, end: v.end as string, props: (v.props as Record<string, unknown>) ?? {} };
}

/**
 * Reads and validates the whole dataset without touching a database. Throws DemoDataError listing every bad line:
 * unknown labels, types or properties, wrong value types, duplicate ids, duplicate (start, type, end) ties (the
 * writer merges on those, so a duplicate would silently vanish), dangling ends and endpoints the model forbids.
 */
export function readDemo(dir = DEMO_DIR): DemoData {
  const problems: string[] = [];
  const nodeFiles = jsonlFiles(path.join(dir, 'nodes'));
  const relFiles = jsonlFiles(path.join(dir, 'relationships'));
  if (nodeFiles.length === 0) problems.push(`${displayPath(path.join(dir, 'nodes'))}: no .jsonl files`);

  const nodes: DemoData['nodes'] = [];
  const mainLabel = new Map<string, NodeLabel>();
  const firstSeen = new Map<string, string>();
  for (const file of nodeFiles) {
    forEachRecord(readLines(file, problems), problems, (value, where) => {
      const row = nodeRow(asNodeRecord(value));
      const seen = firstSeen.get(row.id);
      if (seen) throw new RecordError(`duplicate id ${row.id} (first at ${seen})`);
      firstSeen.set(row.id, where);
      mainLabel.set(row.id, row.labels.find(isNodeLabel)!);
      nodes.push(row);
    });
  }

  const relationships: DemoData['relationships'] = [];
  const relSeen = new Map<string, string>();
  for (const file of relFiles) {
    forEachRecord(readLines(file, problems), problems, (value, where) => {
      const row = relRow(asRelRecord(value));
      const startLabel = mainLabel.get(row.start);
      const endLabel = mainLabel.get(row.end);
      if (!startLabel) throw new RecordError(`start id ${row.start} is not a node of the dataset`);
      if (!endLabel) throw new RecordError(`end id ${row.end} is not a node of the dataset`);
      checkEndpoints(row.type, startLabel, endLabel);
      const key = `${row.start}\u0000${row.type}\u0000${row.end}`;
      const seen = relSeen.get(key);
      if (seen) throw new RecordError(`duplicate ${row.type} from ${row.start} to ${row.end} (first at ${seen})`);
      relSeen.set(key, where);
      relationships.push(row);
    });
  }

  const shortlists = readShortlists(jsonlFiles(path.join(dir, 'desk')).flatMap((f) => readLines(f, problems)), mainLabel, problems);

  const labelsById = new Map(nodes.map((n) => [n.id, n.labels]));
  const ledger = readLedger(jsonlFiles(path.join(dir, 'ledger')).flatMap((f) => readLines(f, problems)), labelsById, problems);

  if (problems.length) throw new DemoDataError(problems);
  return { nodes, relationships, shortlists, ledger };
}

/**
 * Validates the demo dataset and writes it in one transaction (it is small), so either all of it lands or none.
 * Nodes and ties are merged on their ids, so loading into a graph that already holds the demo changes no count.
 */
/**
 * The demo's introductions ledger (ledger/*.jsonl), written after loadDemo on its own: its nodes are records about
 * the graph, not graph nodes, so loading the graph alone leaves the graph exactly as its files describe it.
 */
export async function loadDemoLedger(db: Db, dir = DEMO_DIR): Promise<void> {
  await writeLedger(db, readDemo(dir).ledger);
}

export async function loadDemo(db: Db, dir = DEMO_DIR): Promise<{ nodes: number; relationships: number }> {
  const data = readDemo(dir);
  await writeBatch(db, data.nodes, data.relationships);
  await writeShortlists(db, data.shortlists);
  return { nodes: data.nodes.length, relationships: data.relationships.length };
}
