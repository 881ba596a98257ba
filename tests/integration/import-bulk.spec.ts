// The bulk import (`npm run import -- DIR --bulk`) leaves exactly the graph the transactional import leaves: a small
// generated graph plus hand-written rows that are hard for CSV (quotes, commas, semicolons and line breaks in
// values, whole floats, dates and date-times, an empty list, a list element holding the bulk files' delimiter),
// node ids and relationship keys that repeat with other values, and one bad row skipped with --skip-bad. Both
// imports run over the same folder; every node's labels and typed properties and every relationship's type,
// endpoints and typed properties are compared. Also: a bad row means no database is written; a store that holds
// nodes, runs, or is locked is refused and left as it was; NEO4J_URI makes the CLI refuse with exit code 2.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../seed/generate/generate.js';
import { BulkRefused, bulkImport, checkBulkStore } from '../../seed/import/bulk.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { testDb } from '../support/db.js';
import { bulk, compareWithTransactional, difference, openStore, storeOptions, tempStore, typedChecksum, type Store } from './import-bulk-support.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-bulk-'));
const stores: Store[] = [];

const TRICKY: Record<string, string> = {
  'tricky-nodes.csv': [
    'id:ID(T),:LABEL,name,nameZh,aliases:string[],description,founded:int,sme:boolean',
    '1,Enterprise,"Acme, ""Quoted"" Ltd",五星铝业,Acme;ACME,"two lines:',
    'second; with a semicolon, and a comma",1999,true',
    '2,Enterprise,Beta,,,,,',
    '3,Enterprise,,,,"only a description, no name",,false',
    '',
  ].join('\n'),
  'tricky-places.csv': ['id:ID(T),:LABEL,name,lat:float,lon:float,population:int', 'r1,Region,Wholeville,30,120.5,12', ''].join('\n'),
  'tricky-people.csv': ['id:ID(T),:LABEL,name,birthday:date', 'p1,Person;Researcher,Ann,1990-01-02', 'p2,Person,Bob,', ''].join('\n'),
  // Later rows of the same ids set values over the earlier ones, as MERGE does.
  'tricky-repeats.csv': ['id:ID(T),:LABEL,name,employees:int', '1,Enterprise,Acme Renamed,40', '2,Enterprise,,7', ''].join('\n'),
  'tricky.jsonl': [
    '{"id":"T:d1","labels":["Demand"],"props":{"name":"Need","postedAt":"2024-03-01T10:00:00+08:00","techAreaIds":[]}}',
    '{"id":"T:p3","labels":["Person","TechManager"],"props":{"name":"Cy","aliases":["a\\u001fb","c"]}}',
    '{"type":"KNOWS","start":"T:p1","end":"T:p2","props":{"since":"2020-01-01","strength":1}}',
    '{"type":"KNOWS","start":"T:p1","end":"T:p2","props":{"strength":0.5,"source":"second row"}}',
    '{"type":"WORKS_AT","start":"T:p1","end":"T:1","props":{"role":"cto, \\"chief\\"\\nnew line"}}',
    '{"type":"WORKS_AT","start":"T:p2","end":"T:404","props":{}}',
    '{"type":"LOCATED_IN","start":"T:1","end":"T:r1","props":{}}',
    '',
  ].join('\n'),
};

describe('bulk import', () => {
  let store: Store;

  beforeAll(async () => {
    await generate({ persons: 300, seed: 5, out: dir });
    for (const [name, text] of Object.entries(TRICKY)) fs.writeFileSync(path.join(dir, name), text);
  }, 120_000);

  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    for (const s of stores) fs.rmSync(s.dataDir, { recursive: true, force: true });
  });

  it('leaves the same graph as the transactional import (generated graph, hard values, repeats, --skip-bad)', async () => {
    const { transactional, bulk: loaded, tx, rest } = await compareWithTransactional(db, dir, { skipBad: true }, (s) => { store = s; stores.push(s); });
    expect(tx.status).toBe('ok');
    // The one bad row: WORKS_AT to T:404, which no row defines.
    expect(tx.badCount).toBe(1);
    expect(tx.badRows[0]).toMatchObject({ file: 'tricky.jsonl', line: 6 });
    // The repeated ids (1, 2), the repeated KNOWS key and the list element holding U+001F went through Bolt.
    expect(rest).toBe(4);
    expect(loaded.nodes).toBe(transactional.nodes);
    expect(loaded.relationships).toBe(transactional.relationships);
    expect(difference(transactional, loaded)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(loaded.hash).toBe(transactional.hash);
  }, 600_000);

  it('stores the hard values as the rows say (checked on the bulk-loaded store)', async () => {
    const opened = await openStore(store);
    try {
      const [acme] = await opened.db.runText(
        'MATCH (e:Enterprise {id: "T:1"}) RETURN e.name AS name, e.description AS description, e.aliases AS aliases, e.founded AS founded, e.employees AS employees',
      );
      expect(acme).toEqual({ name: 'Acme Renamed', description: 'two lines:\nsecond; with a semicolon, and a comma', aliases: ['Acme', 'ACME'], founded: 1999, employees: 40 });
      // A row without a name gets its id as the name (writer.nodeRow), and as a later row it sets that over 'Beta'.
      const [beta] = await opened.db.runText('MATCH (e:Enterprise {id: "T:2"}) RETURN e.name AS name, e.employees AS employees');
      expect(beta).toEqual({ name: 'T:2', employees: 7 });
      const [place] = await opened.db.runText('MATCH (r:Region {id: "T:r1"}) RETURN valueType(r.lat) AS lat, r.lat AS v');
      expect(place).toEqual({ lat: 'FLOAT NOT NULL', v: 30 });
      const [cy] = await opened.db.runText('MATCH (p:Person:TechManager {id: "T:p3"}) RETURN p.aliases AS aliases');
      expect(cy).toEqual({ aliases: ['a\u001fb', 'c'] });
      const [tie] = await opened.db.runText('MATCH (:Person {id: "T:p1"})-[k:KNOWS]->(:Person {id: "T:p2"}) RETURN count(k) AS n, collect(k.strength)[0] AS strength, collect(k.source)[0] AS source, toString(collect(k.since)[0]) AS since');
      expect(tie).toEqual({ n: 1, strength: 0.5, source: 'second row', since: '2020-01-01' });
      const [role] = await opened.db.runText('MATCH (:Person {id: "T:p1"})-[w:WORKS_AT]->() RETURN w.role AS role');
      expect(role).toEqual({ role: 'cto, "chief"\nnew line' });
      // The search index is there and online: a two-character Chinese query finds the name.
      const hits = await opened.db.runText('CALL db.index.fulltext.queryNodes("entity_search", "五星") YIELD node RETURN node.id AS id');
      expect(hits.map((h) => h.id)).toContain('T:1');
    } finally {
      await opened.close();
    }
  }, 300_000);

  it('refuses a store that holds nodes, and leaves it as it was', async () => {
    const before = await (async () => {
      const opened = await openStore(store);
      try {
        return await typedChecksum(opened.db);
      } finally {
        await opened.close();
      }
    })();
    await expect(bulk(dir, store, { skipBad: true })).rejects.toThrow(BulkRefused);
    await expect(bulk(dir, store, { skipBad: true })).rejects.toThrow(/already holds nodes/);
    const opened = await openStore(store);
    try {
      expect((await typedChecksum(opened.db)).hash).toBe(before.hash);
      // While that Neo4j runs: its port answers, and through another port its store is locked.
      await expect(checkBulkStore(storeOptions(store))).rejects.toThrow(/answers on 127\.0\.0\.1/);
      const other = await tempStore();
      stores.push(other);
      await expect(checkBulkStore({ ...storeOptions(store), boltPort: other.boltPort })).rejects.toThrow(/in use/);
    } finally {
      await opened.close();
    }
  }, 300_000);

  it('writes no database when a row is bad (without --skip-bad)', async () => {
    const fresh = await tempStore();
    stores.push(fresh);
    // Only this import's staging folder counts: another process on the machine may hold one of its own.
    const staging = () => new Set(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('talent-bridge-bulk-')));
    const stagedBefore = staging();
    const result = await bulkImport(dir, { store: storeOptions(fresh), open: () => openStore(fresh) });
    expect(result.report.status).toBe('bad-rows');
    expect(result.report.badRows).toEqual([expect.objectContaining({ file: 'tricky.jsonl', line: 6 })]);
    expect(fs.existsSync(path.join(fresh.dataDir, 'data', 'databases', 'neo4j'))).toBe(false);
    expect([...staging()].filter((f) => !stagedBefore.has(f))).toEqual([]);
  }, 120_000);

  it('refuses --bulk when NEO4J_URI is set (exit code 2)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'seed', 'import', 'cli.ts'), dir, '--bulk', '--quiet'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/NEO4J_URI/);
  });
});
