// CORDIS H2020 imported straight from the shared data with the shipped mapping: organisations per activity type,
// projects and participations counted here from h2020.csv.gz (csv-parse), the named slice's names on exactly the
// organisations that exist (it adds none), programme parts on their projects, and a second import that changes
// nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { expectCordisCounts } from './cordis-participations.js';
import { graphChecksum, graphCounts, withChecksummedImport, type GraphChecksum } from './import-graph.js';

const dir = sharedDataset('cordis-h2020');
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-h2020.json');
const db = testDb();

type Row = Record<string, string>;
function read(file: string): Row[] {
  const raw = fs.readFileSync(path.join(dir!, file));
  return parse(file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw, { columns: true }) as Row[];
}

let report: ImportReport;
let afterFirst: GraphChecksum;

describe.skipIf(!dir)('import of CORDIS H2020 with seed/mappings/cordis-h2020.json', () => {
  const rows = dir ? read('h2020.csv.gz') : [];
  const slice = dir ? read('h2020_organizations_out_formatted_latest.csv') : [];
  const parts = dir ? read('programme_parts.csv.gz') : [];
  const typeOf = new Map(rows.map((r) => [r.pic!, r.type!]));
  const projects = new Set(rows.map((r) => r.rcn!));

  withChecksummedImport(db, dir, MAPPING, (first, checksum) => ([report, afterFirst] = [first, checksum]), 900_000);

  it('imports every organisation, project and participation of h2020.csv.gz', async () => {
    expect(report.status).toBe('ok');
    expect(report.badCount).toBe(0);
    const byType = (...types: string[]) => [...typeOf.values()].filter((t) => types.includes(t)).length;
    const participations = new Set(rows.map((r) => `${r.pic}>${r.rcn}`)).size;
    expect([typeOf.size, projects.size, participations]).toEqual([35871, 31451, 144726]);
    expectCordisCounts(await graphCounts(db), { typeOf, projects: projects.size, participations });
    const kinds = await db.runText(
      'MATCH (n:Entity) WHERE n:Lab OR n:Organisation RETURN n.activityType AS type, n.kind AS kind, count(*) AS c ORDER BY type',
    );
    expect(Object.fromEntries(kinds.map((k) => [`${k.type} ${k.kind}`, Number(k.c)]))).toEqual({
      'HES university': byType('HES'),
      'OTH other': byType('OTH'),
      'PUB public_body': byType('PUB'),
      'REC research_institute': byType('REC'),
    });
  });

  it('keeps each participation role and contribution (NA stays absent)', async () => {
    const sample = rows.filter((_, i) => i % 997 === 0);
    const got = await db.runText(
      'UNWIND $pairs AS p MATCH (:Entity {id: p[0]})-[r:PARTICIPATES_IN]->(:Project {id: p[1]}) RETURN r.role AS role, r.contribution AS contribution',
      { pairs: sample.map((r) => [`cordis-org:${r.pic}`, `cordis-project:${r.rcn}`]) },
    );
    expect(got).toEqual(sample.map((r) => ({ role: r.role, contribution: r.contribution === 'NA' ? null : Number(r.contribution) })));
  });

  it('puts the named slice on the organisations that exist, and adds none', async () => {
    const firstName = new Map<string, string>();
    for (const r of slice) if (!firstName.has(r.organisationID!)) firstName.set(r.organisationID!, r.name!);
    const inFile1 = [...firstName.keys()].filter((pic) => typeOf.has(pic));
    const onlyInSlice = [...firstName.keys()].filter((pic) => !typeOf.has(pic));
    expect(inFile1.length).toBe(1709);
    const named = await db.runText('UNWIND $pics AS pic MATCH (n:Entity {id: "cordis-org:" + pic}) RETURN pic, n.name AS name', { pics: inFile1 });
    expect(Object.fromEntries(named.map((r) => [r.pic, r.name]))).toEqual(Object.fromEntries(inFile1.map((pic) => [pic, firstName.get(pic)])));
    const [absent] = await db.runText('UNWIND $pics AS pic MATCH (n:Entity {id: "cordis-org:" + pic}) RETURN count(n) AS c', { pics: onlyInSlice });
    expect(Number(absent!.c)).toBe(0);
    // Organisations the slice does not name keep a placeholder naming their PIC.
    const unnamed = [...typeOf.keys()].find((pic) => !firstName.has(pic))!;
    const [placeholder] = await db.runText('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: `cordis-org:${unnamed}` });
    expect(placeholder!.name).toBe(`PIC ${unnamed}`);
  });

  it('adds programme parts to the projects they belong to', async () => {
    const expected = new Map<string, Set<string>>();
    for (const p of parts) if (projects.has(p.rcn!)) expected.set(p.rcn!, (expected.get(p.rcn!) ?? new Set()).add(p.programme_part!));
    const got = await db.runText('MATCH (p:Project) WHERE p.programme IS NOT NULL RETURN p.id AS id, p.programme AS programme');
    expect(got.length).toBe(expected.size);
    const norm = (ids: Array<[string, string[]]>) => Object.fromEntries(ids.map(([id, list]) => [id, [...list].sort()]));
    expect(norm(got.map((r) => [r.id as string, r.programme as string[]]))).toEqual(
      norm([...expected].map(([rcn, set]) => [`cordis-project:${rcn}`, [...set]])),
    );
  });

  it('changes nothing when imported a second time', async () => {
    const again = await importDirectory(db, dir!, { mapping: MAPPING });
    expect(again.status).toBe('ok');
    expect(await graphChecksum(db)).toEqual(afterFirst);
  }, 900_000);
});
