// Bad input for the importer, written here into a temporary folder: a wrong type, a missing id, dangling and
// forbidden endpoints, an unknown type and bad JSON lines are each reported as file:line:column with the physical
// line (a quoted field over two lines shifts the lines after it) and nothing is written; --skip-bad writes exactly
// the good rows. The CLI's exit codes say the same (1 bad rows, 2 a bad mapping, 0 done).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../seed/import/importer.js';
import { nodeRow, writeBatch } from '../../seed/import/writer.js';
import { resetGraph, testDb } from '../support/db.js';
import { importCli } from '../support/import-cli.js';
import { graphChecksum, graphCounts } from './import-graph.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-bad-'));

const FILES: Record<string, string> = {
  'people.csv': [
    'id:ID(P),:LABEL,name,birthday:date,consent:boolean',
    '1,Person,Ann,1990-01-02,true',
    '2,Person,"Bob',
    'the builder",1991-02-03,false',
    '3,Person,Cy,19900102,true',
    ',Person,Nobody,,',
    '5,Person;Researcher,Ed,1985-05-05,true',
    '',
  ].join('\n'),
  'firms.csv': ['id:ID(F)|:LABEL|name|employees:int', '1|Enterprise|Acme|12', '2|Enterprise|Beta|twelve', '3|Lab|Gamma Lab|'].join('\n'),
  'rels.csv': [
    ':START_ID(P),:END_ID(F),:TYPE,role',
    '1,1,WORKS_AT,cto',
    '2,9,WORKS_AT,dev',
    '5,3,WORKS_AT,',
    '1,2,WORKS_AT,x',
    '1,1,KNOWS,',
    '3,1,WORKS_AT,',
    '5,1,BOSS_OF,',
    '5,8,WORKS_AT,advisor',
    '',
  ].join('\r\n'),
  'ties.jsonl': [
    '{"type":"KNOWS","start":"P:1","end":"P:2","props":{"since":"2020-02-30"}}',
    '{"type":"KNOWS","start":"P:1","end":"P:5"}',
    '',
    '{"labels":["Person"],"props":{"name":"No id"}}',
    '{"id":"F:7","labels":["Enterprise"],"props":{"name":"Delta","founded":1999}}',
  ].join('\n'),
};

/** Expected problems, by hand from the files above: [file, line, column, what the reason must say]. */
const sinceColumn = FILES['ties.jsonl']!.split('\n')[0]!.indexOf('"since"') + 1;
const EXPECTED: Array<[string, number, number, RegExp]> = [
  ['firms.csv', 3, 4, /employees.*whole number.*"twelve"/],
  ['people.csv', 5, 4, /birthday.*date.*"19900102"/],
  ['people.csv', 6, 1, /missing id/],
  ['rels.csv', 3, 2, /dangling end id 'F:9'/],
  ['rels.csv', 5, 2, /dangling end id 'F:2'/],
  ['rels.csv', 6, 2, /KNOWS cannot join Person to Enterprise/],
  ['rels.csv', 7, 1, /dangling start id 'P:3'/],
  ['rels.csv', 8, 3, /unknown relationship type 'BOSS_OF'/],
  ['ties.jsonl', 1, sinceColumn, /since.*"2020-02-30" is not a real date/],
  ['ties.jsonl', 4, 1, /missing id/],
];


beforeAll(async () => {
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
  await resetGraph(db);
  // A node already in the store: relationships may end there without their file defining it.
  await writeBatch(db, [nodeRow({ id: 'F:8', labels: ['Enterprise'], props: { name: 'Stored Ltd' } })], []);
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('import of files with bad rows', () => {
  it('reports every bad row as file:line:column and writes nothing', async () => {
    const before = await graphChecksum(db);
    const report = await importDirectory(db, dir);
    expect(report.status).toBe('bad-rows');
    expect(report.badCount).toBe(EXPECTED.length);
    expect(report.badRows.map((b) => `${b.file}:${b.line}:${b.column}`)).toEqual(EXPECTED.map(([f, l, c]) => `${f}:${l}:${c}`));
    report.badRows.forEach((b, i) => expect(b.reason).toMatch(EXPECTED[i]![3]));
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('writes exactly the good rows with skipBad, and still lists the bad ones', async () => {
    const report = await importDirectory(db, dir, { skipBad: true });
    expect(report.status).toBe('ok');
    expect(report.badCount).toBe(EXPECTED.length);
    const ids = await db.runText('MATCH (n:Entity) RETURN n.id AS id ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual(['F:1', 'F:3', 'F:7', 'F:8', 'P:1', 'P:2', 'P:5']);
    const rels = await db.runText('MATCH (a)-[r]->(b) RETURN a.id + " " + type(r) + " " + b.id AS rel ORDER BY rel');
    expect(rels.map((r) => r.rel)).toEqual(['P:1 KNOWS P:5', 'P:1 WORKS_AT F:1', 'P:5 WORKS_AT F:3', 'P:5 WORKS_AT F:8']);
    const [bob] = await db.runText('MATCH (p:Person {id: "P:2"}) RETURN p.name AS name, toString(p.birthday) AS birthday, p.consent AS consent');
    expect(bob).toEqual({ name: 'Bob\nthe builder', birthday: '1991-02-03', consent: false });
    const [ed] = await db.runText('MATCH (p:Person {id: "P:5"}) RETURN labels(p) AS labels');
    expect([...(ed!.labels as string[])].sort()).toEqual(['Entity', 'Person', 'Researcher']);
  });

  it('exits 1 from the command line with the list on stderr, and 0 with --skip-bad', async () => {
    await resetGraph(db);
    const before = await graphChecksum(db);
    const bad = importCli([dir, '--quiet']);
    expect(bad.status).toBe(1);
    for (const [f, l, c] of EXPECTED) expect(bad.stderr).toContain(`${f}:${l}:${c}: `);
    expect(await graphChecksum(db)).toEqual(before);
    const skipped = importCli([dir, '--skip-bad', '--quiet']);
    expect(skipped.status).toBe(0);
    const { labels } = await graphCounts(db);
    expect(labels).toMatchObject({ Person: 3, Enterprise: 2, Lab: 1 });
  }, 300_000);

  it('exits 2 for a mapping that names a label the model lacks, naming the file and the key', () => {
    const mapping = path.join(dir, 'bad-mapping.json');
    fs.writeFileSync(mapping, JSON.stringify({ labels: { Company: 'Firm' }, files: [{ match: '*.csv' }] }));
    const run = importCli([dir, '--mapping', mapping, '--quiet']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${mapping}: labels.Company: 'Firm' is not a model label`);
  }, 120_000);
});
