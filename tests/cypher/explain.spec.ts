// Every query file in cypher/ (except the DDL) must run unchanged in Neo4j Browser: it opens with a comment saying
// what it answers, documents its parameters on a `// :params {...}` line, and Neo4j accepts it (EXPLAIN) with
// exactly those parameters. The file set and the allow-list of query names must match both ways. Covers the files
// of every area, including ones added later.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../server/db.js';
import { QUERY_NAMES } from '../../server/query-names.js';
import { testDb } from '../support/db.js';

const db = testDb();
afterAll(() => db.close());

const files = fs
  .readdirSync(CYPHER_DIR)
  .filter((f) => f.endsWith('.cypher') && f !== 'schema.cypher')
  .sort();

/** The map literal of the `// :params` line, or null when the file has none. */
function paramsLiteral(text: string): string | null {
  const line = text.split('\n').find((l) => /^\s*\/\/\s*:params\b/.test(l));
  return line ? line.replace(/^\s*\/\/\s*:params\s*/, '').trim() : null;
}

/** Parameter names the query uses (`$name`), outside comments; `$(...)` dynamic labels are not parameters. */
function usedParams(text: string): string[] {
  const code = text
    .split('\n')
    .map((l) => l.replace(/\/\/.*$/, ''))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

describe('cypher files', () => {
  it('are exactly the named queries the code allows', () => {
    const names = files.map((f) => f.slice(0, -'.cypher'.length));
    expect(names.filter((n) => !(QUERY_NAMES as readonly string[]).includes(n)), 'files whose name is not in QUERY_NAMES').toEqual([]);
    expect(QUERY_NAMES.filter((n) => !names.includes(n)), 'names in QUERY_NAMES without a file').toEqual([]);
  });

  it.each(files)('%s explains with its documented parameters', async (file) => {
    const text = fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8');
    expect(text.trimStart().startsWith('//'), `${file} must open with a comment saying what it answers`).toBe(true);
    const literal = paramsLiteral(text);
    expect(literal, `${file} has no "// :params {...}" line`).not.toBeNull();
    expect(literal!.startsWith('{') && literal!.endsWith('}'), `${file}: the :params line must hold a map literal`).toBe(true);
    // The literal is our own file's text, never request input; Neo4j evaluates it, as Browser would.
    const [row] = await db.runText(`RETURN ${literal} AS params`);
    const params = (row?.params ?? {}) as Record<string, unknown>;
    // EXPLAIN does not insist on parameters, so check that the example documents every one the query uses.
    expect(usedParams(text).filter((p) => !(p in params)), `${file}: parameters missing from its :params line`).toEqual([]);
    await expect(db.runText(`EXPLAIN ${text}`, params), file).resolves.toBeDefined();
  });
});
