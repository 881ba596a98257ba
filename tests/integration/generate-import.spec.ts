// A small generated graph goes through the importer into a real Neo4j whole: every row is accepted and becomes a
// node or relationship with the model's labels and types, a second import changes nothing, and search finds
// generated names in Chinese and pinyin the way it finds real ones. Expected counts come from the CSV files, not
// from the generator's or the importer's summaries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../seed/generate/generate.js';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import type { Db } from '../../server/db.js';
import { resetGraph, testDb } from '../support/db.js';

const PERSONS = 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-generate-import-'));
const db: Db = testDb();

interface Parsed {
  file: string;
  header: string[];
  rows: string[][];
}
const files: Parsed[] = [];
const nodeCounts = new Map<string, number>();
const relCounts = new Map<string, number>();
let first: ImportReport;

beforeAll(async () => {
  await generate({ persons: PERSONS, seed: 11, out: dir });
  for (const file of fs.readdirSync(dir).sort()) {
    const [header, ...rows] = parse(fs.readFileSync(path.join(dir, file))) as string[][];
    files.push({ file, header: header!, rows });
    if (file.startsWith('nodes-')) {
      const label = /\((\w+)\)$/.exec(header![0]!)![1]!;
      nodeCounts.set(label, (nodeCounts.get(label) ?? 0) + rows.length);
    } else {
      for (const r of rows) relCounts.set(r[2]!, (relCounts.get(r[2]!) ?? 0) + 1);
    }
  }
  await resetGraph(db);
  first = await importDirectory(db, dir);
}, 600_000);

afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function storedCounts() {
  const labels = await db.runText('MATCH (n:Entity) UNWIND labels(n) AS l RETURN l AS label, count(*) AS c');
  const types = await db.runText('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c');
  return {
    labels: new Map(labels.map((r) => [String(r.label), Number(r.c)])),
    types: new Map(types.map((r) => [String(r.type), Number(r.c)])),
  };
}

describe('a generated graph in Neo4j', () => {
  it('is accepted by the importer without a bad row', () => {
    expect(first.status).toBe('ok');
    expect(first.badCount).toBe(0);
    expect(first.ignoredFiles).toEqual([]);
    expect(first.files.length).toBe(files.length);
  });

  it('holds every generated node under its label and every relationship under its type', async () => {
    const { labels: stored, types: storedTypes } = await storedCounts();
    for (const [label, n] of nodeCounts) expect(stored.get(label), label).toBe(n);
    const total = [...nodeCounts.values()].reduce((a, b) => a + b, 0);
    expect(stored.get('Entity')).toBe(total);
    expect(storedTypes).toEqual(relCounts);
  });

  it('changes no count when imported a second time', async () => {
    const before = await storedCounts();
    const again = await importDirectory(db, dir);
    expect(again.status).toBe('ok');
    expect(await storedCounts()).toEqual(before);
  });

  it('keeps role labels, typed properties and the busiest KNOWS hub', async () => {
    const people = files.find((f) => f.file === 'nodes-person.csv')!;
    const tms = people.rows.filter((r) => r[1]!.split(';').includes('TechManager')).length;
    const [tm] = await db.runText('MATCH (p:Person:TechManager) RETURN count(p) AS c');
    expect(Number(tm!.c)).toBe(tms);

    const degree = new Map<string, number>();
    for (const r of files.find((f) => f.file === 'rels-person-knows-person.csv')!.rows) {
      degree.set(r[0]!, (degree.get(r[0]!) ?? 0) + 1);
      degree.set(r[1]!, (degree.get(r[1]!) ?? 0) + 1);
    }
    const max = Math.max(...degree.values());
    const [hub] = await db.runText('MATCH (p:Person) RETURN max(COUNT { (p)-[:KNOWS]-() }) AS d');
    expect(Number(hub!.d)).toBe(max);

    const [typedRow] = await db.runText(
      `MATCH (e:Enterprise) WITH e LIMIT 1
       MATCH (p:Person) WHERE p.birthday IS NOT NULL WITH e, p LIMIT 1
       RETURN valueType(e.founded) AS founded, valueType(e.sme) AS sme, valueType(p.birthday) AS birthday`,
    );
    expect(typedRow).toEqual({ founded: 'INTEGER NOT NULL', sme: 'BOOLEAN NOT NULL', birthday: 'DATE NOT NULL' });
  });

  it('finds generated names by two Chinese characters and by pinyin, like real ones', async () => {
    const search = async (q: string) =>
      (await db.runText("CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node.id AS id LIMIT 50", { q })).map((r) => String(r.id));
    expect(await search('青田')).toContain('Region:cn.zj.lishui.qingtian');
    expect(await search('qingtian')).toContain('Region:cn.zj.lishui.qingtian');
    // A generated firm by the two characters of its brand (after the place name), and by their pinyin.
    const firms = files.find((f) => f.file === 'nodes-enterprise.csv')!;
    const firm = firms.rows.find((r) => r[3]!.startsWith('杭州'))!;
    const brandZh = firm[3]!.slice(2, 4);
    const brandEn = firm[4]!.split(' ')[1]!.toLowerCase().replace(/'/g, '');
    const hits = await db.runText(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node WHERE node.id = $id RETURN count(*) AS c",
      { q: brandZh, id: `Enterprise:${firm[0]}` },
    );
    expect(Number(hits[0]!.c), brandZh).toBe(1);
    const byPinyin = await db.runText(
      "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node WHERE node.id = $id RETURN count(*) AS c",
      { q: brandEn, id: `Enterprise:${firm[0]}` },
    );
    expect(Number(byPinyin[0]!.c), brandEn).toBe(1);
  });
});
