// The LDBC SNB SF0.1 person/organisation subgraph imported straight from the shared data with the shipped mapping:
// counts per label and type computed here from the CSV files (csv-parse, not the importer's reader) and equal to
// the numbers, values converted as the mapping says, and a second import leaving the graph byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { graphChecksum, graphCounts, withChecksummedImport, type GraphChecksum } from './import-graph.js';

const dir = sharedDataset('ldbc-snb-sf0.1');
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json');
const db = testDb();

let first: ImportReport;
let afterFirst: GraphChecksum;

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(fs.readFileSync(path.join(dir!, file)), { delimiter: '|', columns: true }) as Row[];

describe.skipIf(!dir)('import of LDBC SNB SF0.1 with seed/mappings/ldbc-snb.json', () => {
  const persons = dir ? read('Person.csv') : [];
  const orgs = dir ? read('Organisation.csv') : [];
  const places = dir ? read('Place.csv') : [];
  const knows = dir ? [...read('Person_knows_Person.csv'), ...read('Person_knows_Person_1.csv')] : [];
  const studyAt = dir ? read('Person_studyAt_Organisation.csv') : [];
  const workAt = dir ? read('Person_workAt_Organisation.csv') : [];
  const pairs = (rows: Row[]) => new Set(rows.map((r) => `${r[':START_ID(Person)']}>${Object.values(r)[1]}`)).size;

  withChecksummedImport(db, dir, MAPPING, (report, checksum) => ([first, afterFirst] = [report, checksum]), 600_000);

  it('imports the counts the CSV files hold, which are the issue numbers', async () => {
    expect(first.status).toBe('ok');
    expect(first.badCount).toBe(0);
    const { labels, types } = await graphCounts(db);
    const expected = {
      Person: new Set(persons.map((p) => p['id:ID(Person)'])).size,
      Enterprise: orgs.filter((o) => o[':LABEL'] === 'Company').length,
      University: orgs.filter((o) => o[':LABEL'] === 'University').length,
      KNOWS: pairs(knows),
      WORKS_AT: pairs(workAt),
      STUDIED_AT: pairs(studyAt),
    };
    expect(expected).toEqual({ Person: 1528, Enterprise: 1575, University: 6380, KNOWS: 14073, WORKS_AT: 3313, STUDIED_AT: 1209 });
    expect(labels.Person).toBe(expected.Person);
    expect(labels.Enterprise).toBe(expected.Enterprise);
    expect(labels.Lab).toBe(expected.University);
    const [kinds] = await db.runText('MATCH (l:Lab) RETURN count(l) AS all, count(CASE WHEN l.kind = "university" THEN 1 END) AS universities');
    expect(Number(kinds!.universities)).toBe(expected.University);
    expect(Number(kinds!.all)).toBe(expected.University);
    expect(types.KNOWS).toBe(expected.KNOWS);
    expect(types.WORKS_AT).toBe(expected.WORKS_AT);
    expect(types.STUDIED_AT).toBe(expected.STUDIED_AT);
  });

  it('adds places as regions without continents, and their ties', async () => {
    const { labels, types } = await graphCounts(db);
    const kept = places.filter((p) => p[':LABEL'] !== 'Continent');
    const continents = new Set(places.filter((p) => p[':LABEL'] === 'Continent').map((p) => p['id:ID(Place)']));
    const partOf = read('Place_isPartOf_Place.csv').filter((r) => !continents.has(r[':START_ID(Place)']!) && !continents.has(r[':END_ID(Place)']!));
    expect(labels.Region).toBe(kept.length);
    expect(types.PART_OF).toBe(partOf.length);
    expect(types.LIVES_IN).toBe(read('Person_isLocatedIn_Place.csv').length);
    expect(types.LOCATED_IN).toBe(read('Organisation_isLocatedIn_Place.csv').length);
    const levels = await db.runText('MATCH (r:Region) RETURN r.level AS level, count(*) AS c ORDER BY level');
    expect(Object.fromEntries(levels.map((l) => [l.level, Number(l.c)]))).toEqual({
      city: places.filter((p) => p[':LABEL'] === 'City').length,
      country: places.filter((p) => p[':LABEL'] === 'Country').length,
    });
    // Every label and type written is one of the model's, with the base label on every node.
    const [bare] = await db.runText('MATCH (n) WHERE NOT n:Entity RETURN count(n) AS c');
    expect(Number(bare!.c)).toBe(0);
  });

  it('converts values as the mapping says: names, yyyymmdd dates, years', async () => {
    const p = persons[17]!;
    const [person] = await db.runText('MATCH (p:Person {id: $id}) RETURN p.name AS name, toString(p.birthday) AS birthday, p.gender AS gender, p.source AS source, p.browserUsed AS browser', {
      id: `ldbc-person:${p['id:ID(Person)']}`,
    });
    const b = p['birthday:LONG']!;
    expect(person).toEqual({
      name: `${p['firstName:STRING']} ${p['lastName:STRING']}`,
      birthday: `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`,
      gender: p['gender:STRING'],
      source: 'ldbc-snb',
      browser: null,
    });
    const k = knows[100]!;
    const c = k['creationDate:LONG']!;
    const [tie] = await db.runText('MATCH (:Person {id: $a})-[r:KNOWS]->(:Person {id: $b}) RETURN toString(r.since) AS since', {
      a: `ldbc-person:${k[':START_ID(Person)']}`,
      b: `ldbc-person:${k[':END_ID(Person)']}`,
    });
    expect(tie).toEqual({ since: `${c.slice(0, 4)}-${c.slice(4, 6)}-${c.slice(6, 8)}` });
    const w = workAt[5]!;
    const [job] = await db.runText('MATCH (:Person {id: $a})-[r:WORKS_AT]->(e:Enterprise {id: $b}) RETURN toString(r.start) AS start, e.name AS name', {
      a: `ldbc-person:${w[':START_ID(Person)']}`,
      b: `ldbc-org:${w[':END_ID(Organisation)']}`,
    });
    const org = orgs.find((o) => o['id:ID(Organisation)'] === w[':END_ID(Organisation)'])!;
    expect(job).toEqual({ start: `${w['workFrom:INT']}-01-01`, name: org['name:STRING']!.replaceAll('_', ' ') });
  });

  it('changes nothing when imported a second time', async () => {
    const again = await importDirectory(db, dir!, { mapping: MAPPING });
    expect(again.status).toBe('ok');
    expect(await graphChecksum(db)).toEqual(afterFirst);
  }, 600_000);
});
