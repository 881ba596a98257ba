// The LDBC SNB SF0.1 subgraph (shared data, shipped mapping) through the bulk import leaves exactly the graph the
// transactional import leaves: every node's labels and typed properties and every relationship's type, endpoints and
// typed properties. The knows files repeat pairs, so the repeated relationship keys take the Bolt path after the
// bulk load; their count is computed here from the CSV files.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { compareWithTransactional, difference, type Store } from './import-bulk-support.js';

const dir = sharedDataset('ldbc-snb-sf0.1');
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json');
const db = testDb();
const stores: Store[] = [];

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(fs.readFileSync(path.join(dir!, file)), { delimiter: '|', columns: true }) as Row[];

describe.skipIf(!dir)('bulk import of LDBC SNB SF0.1 with seed/mappings/ldbc-snb.json', () => {
  afterAll(async () => {
    await db.close();
    for (const s of stores) fs.rmSync(s.dataDir, { recursive: true, force: true });
  });

  it('leaves the same graph as the transactional import', async () => {
    const { transactional, bulk, tx, rest } = await compareWithTransactional(db, dir!, { mapping: MAPPING }, (s) => stores.push(s));
    expect(tx.status).toBe('ok');
    // Rows of the knows files beyond the first of each (start, end) pair: MERGE keeps one, the bulk path sends them on.
    const knows = [...read('Person_knows_Person.csv'), ...read('Person_knows_Person_1.csv')];
    const repeats = knows.length - new Set(knows.map((r) => `${r[':START_ID(Person)']}>${Object.values(r)[1]}`)).size;
    expect(rest).toBeGreaterThanOrEqual(repeats);
    expect(bulk.nodes).toBe(transactional.nodes);
    expect(bulk.relationships).toBe(transactional.relationships);
    expect(difference(transactional, bulk)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(bulk.hash).toBe(transactional.hash);
  }, 900_000);
});
