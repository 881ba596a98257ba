// The named queries' texts: every cypher/*.cypher file loaded into a map at start-up (a missing file stops
// start-up), the DDL file split into statements, and the whole-number slots some texts hold filled from code.
// Part of the db gateway (db.ts), kept apart because none of it talks to Neo4j.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import { QUERY_NAMES } from './query-names.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export class MissingQueryError extends Error {}

/** Loads every cypher/*.cypher file into a map, and checks that each name the code uses has a file. */
export function loadQueries(dir = CYPHER_DIR, required: readonly string[] = QUERY_NAMES): Map<string, string> {
  const queries = new Map<string, string>();
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith('.cypher') || file === 'schema.cypher') continue;
    queries.set(file.slice(0, -'.cypher'.length), withoutOpeningComment(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  const missing = required.filter((name) => !queries.has(name));
  if (missing.length) {
    throw new MissingQueryError(`missing query file(s) in ${dir}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  }
  return queries;
}

/**
 * A query's text without its opening comment (what it answers, the `:params` example): that is for readers and
 * Neo4j Browser, and sent with every run it was most of the bytes of a short query and split longer ones over
 * several socket writes. Comments further down stay; a file that is all comment is kept whole.
 */
export function withoutOpeningComment(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && (lines[first]!.trim() === '' || lines[first]!.trimStart().startsWith('//'))) first++;
  return first < lines.length ? lines.slice(first).join('\n') : text;
}

/** Splits a DDL file into statements, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * In a .cypher file a slot is a block comment holding `:name` directly followed by an example number, e.g.
 * `SHORTEST /` + `*:k*` + `/3`: valid Cypher, so the file runs unchanged in Neo4j Browser. Each slot is replaced by
 * a whole number from 0 to 1000 given by code; a missing or unfilled slot is an error.
 */
export function fillIntSlots(text: string, ints: Record<string, number>): string {
  const used = new Set<string>();
  const filled = text.replace(/\/\*:([A-Za-z]\w*)\*\/\d+/g, (_m, slot: string) => {
    const value = ints[slot];
    if (value === undefined) throw new Error(`no value for the integer slot ${slot}`);
    if (!Number.isSafeInteger(value) || value < 0 || value > 1000) throw new Error(`integer slot ${slot} must be 0..1000, got ${value}`);
    used.add(slot);
    return `/*:${slot}*/${value}`;
  });
  const unused = Object.keys(ints).filter((k) => !used.has(k));
  if (unused.length) throw new Error(`the query has no integer slot(s) ${unused.join(', ')}`);
  return filled;
}
