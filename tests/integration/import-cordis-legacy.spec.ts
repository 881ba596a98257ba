// CORDIS files in their older layout (FP7, and H2020 before 2021: cordis-h2020organizations.csv with the PIC in `id`,
// `organizationUrl` and no SME column; cordis-h2020projects.csv with `programme`) imported with the shipped
// seed/mappings/cordis-export.json. The files are written here, in that layout (';', every field quoted), from a few
// hundred real H2020 participations (../shared/data/cordis-h2020/h2020.csv.gz): organisations named `PIC <pic>`,
// contributions with a decimal comma or empty (NA in the source), objectives over two lines with ';' inside. Grant
// ids and acronyms are made up from the record number, which is all the source has. Counts, labels, ids, roles,
// contributions and project values are compared with what is worked out here from the source rows. A second import
// changes nothing; the newer layout of the same organisations and projects adds no second node; a GBK copy under the
// FP7 names and .xlsx workbooks give the same graph; an empty activityType is a bad row naming the column;
// mapping-fit suggests cordis-export for the older files.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { suggestMappings } from '../../seed/import/mapping-fit.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph, testDb } from '../support/db.js';
import { sharedDataset } from '../support/shared-data.js';
import { cordisText as cordisTable, scratchFolders, workbook } from './cordis-files.js';
import { expectCordisCounts } from './cordis-participations.js';
import { graphChecksum, graphCounts, withChecksummedImport, type GraphChecksum } from './import-graph.js';

const dir = sharedDataset('cordis-h2020');
const MAPPINGS = path.join(PROJECT_ROOT, 'seed', 'mappings');
const MAPPING = path.join(MAPPINGS, 'cordis-export.json');
const db = testDb();

type Row = Record<string, string>;
const source: Row[] = dir ? (parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'h2020.csv.gz'))), { columns: true }) as Row[]) : [];

// Every 60th project by record number, until a few hundred participations: organisations recur across them.
const teamSize = new Map<string, number>();
for (const r of source) teamSize.set(r.rcn!, (teamSize.get(r.rcn!) ?? 0) + 1);
const rcns = [...teamSize.keys()].sort((a, b) => Number(a) - Number(b));
const picked = new Set<string>();
for (let i = 0, n = 0; i < rcns.length && n < 300; i += 60) {
  picked.add(rcns[i]!);
  n += teamSize.get(rcns[i]!)!;
}
const rows = source.filter((r) => picked.has(r.rcn!));

const grantOf = (rcn: string) => String(Number(rcn) + 500_000);
const acronymOf = (rcn: string) => `ACR-${rcn}`;
const nameOf = (pic: string) => (Number(pic) % 5 === 0 ? `Société PIC ${pic}` : `PIC ${pic}`);
const shortOf = (pic: string) => ['', `中科${pic.slice(-3)}`, `S${pic}`][Number(pic) % 3]!;
const urlOf = (pic: string) => (Number(pic) % 4 === 0 ? '' : `http://pic${pic}.example.eu`);
const given = (v: string | undefined) => (v === undefined || v === 'NA' ? '' : v);
const comma = (v: string | undefined) => given(v).replace('.', ',');
const number = (v: string | undefined) => (given(v) === '' ? null : Number(given(v)));

const ORG_OLD = [
  'projectRcn', 'projectID', 'projectAcronym', 'role', 'id', 'name', 'shortName', 'activityType', 'endOfParticipation', 'ecContribution',
  'country', 'street', 'city', 'postCode', 'organizationUrl', 'vatNumber', 'contactForm', 'contactType', 'contactTitle', 'contactFirstNames',
  'contactLastNames', 'contactFunction', 'contactTelephoneNumber', 'contactFaxNumber',
];
const orgOld: Row[] = rows.map((r) => ({
  projectRcn: r.rcn!, projectID: grantOf(r.rcn!), projectAcronym: acronymOf(r.rcn!), role: r.role!, id: r.pic!, name: nameOf(r.pic!),
  shortName: shortOf(r.pic!), activityType: r.type!, endOfParticipation: 'false', ecContribution: comma(r.contribution), country: r.country!,
  street: `Rue ${r.pic!.slice(-2)}; bâtiment B`, city: 'Bruxelles', postCode: '1000', organizationUrl: urlOf(r.pic!), contactForm: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/',
}));

const PROJECT_OLD = [
  'rcn', 'id', 'acronym', 'status', 'programme', 'topics', 'frameworkProgramme', 'title', 'startDate', 'endDate', 'projectUrl', 'objective',
  'totalCost', 'ecMaxContribution', 'call', 'fundingScheme', 'coordinator', 'coordinatorCountry', 'participants', 'participantCountries', 'subjects',
];
const STATUS = ['SIGNED', 'CLOSED', 'TERMINATED', 'ONG', 'CLO'];
const STATUS_OF: Record<string, string | null> = { SIGNED: 'active', CLOSED: 'completed', TERMINATED: 'terminated', ONG: 'active', CLO: null };
const first = new Map<string, Row>();
for (const r of rows) if (!first.has(r.rcn!)) first.set(r.rcn!, r);
// One project without participations in the files: it must add no project.
const projectOld: Row[] = [...first.values(), { rcn: '1', start_date: '2015-01-01', end_date: '2016-01-01' }].map((r, i) => {
  const team = rows.filter((p) => p.rcn === r.rcn);
  return {
    rcn: r.rcn!, id: grantOf(r.rcn!), acronym: acronymOf(r.rcn!), status: STATUS[i % STATUS.length]!,
    programme: i % 2 ? 'H2020-EU.1.3.1.' : 'H2020-EU.3.4.;H2020-EU.2.1.1.', topics: 'MSCA-IF-2019', frameworkProgramme: 'H2020',
    title: `${acronymOf(r.rcn!)}: a title, with "quotes"`, startDate: given(r.start_date), endDate: given(r.end_date), projectUrl: '',
    objective: `First line; of ${acronymOf(r.rcn!)}.\nSecond line.`, totalCost: comma(r.total_cost), ecMaxContribution: comma(r.max_contribution),
    call: 'H2020-MSCA-IF-2019', fundingScheme: 'MSCA-IF-EF-ST', coordinator: team.filter((p) => p.role === 'coordinator').map((p) => nameOf(p.pic!)).join(';'),
    coordinatorCountry: '', participants: team.map((p) => nameOf(p.pic!)).join(';'), participantCountries: team.map((p) => p.country).join(';'), subjects: '',
  };
});

// The older files are ';'-separated.
const cordisText = (columns: string[], table: Row[]) => cordisTable(columns, table, ';');
const { work, folder } = scratchFolders('tb-cordis-legacy-');
const OLD_FILES = { 'cordis-h2020organizations.csv': cordisText(ORG_OLD, orgOld), 'cordis-h2020projects.csv': cordisText(PROJECT_OLD, projectOld) };
const OLD = dir ? folder('older', OLD_FILES) : null;

// Worked out from the source rows.
const typeOf = new Map(rows.map((r) => [r.pic!, r.type!]));
const org = (pic: string) => `cordis-org:${pic}`;
const grant = (rcn: string) => `cordis-grant:${grantOf(rcn)}`;
const KIND: Record<string, string | null> = { PRC: null, HES: 'university', REC: 'research_institute', PUB: 'public_body', OTH: 'other' };
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));

async function reimport(from: string, options: { skipBad?: boolean; reset?: boolean } = {}): Promise<ImportReport> {
  if (options.reset !== false) await resetGraph(db);
  return importDirectory(db, from, { mapping: MAPPING, ...(options.skipBad ? { skipBad: true } : {}) });
}

let report: ImportReport;
let olderGraph: GraphChecksum;

describe.skipIf(!dir)('import of CORDIS files in the older layout with seed/mappings/cordis-export.json', () => {
  withChecksummedImport(
    db,
    OLD,
    MAPPING,
    (r, checksum) => {
      report = r;
      olderGraph = checksum;
    },
    300_000,
  );

  it('works on a sample with what the older files hold: recurring organisations, decimals, empty contributions, every role', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(typeOf.size).toBeLessThan(rows.length);
    expect(rows.some((r) => r.contribution!.includes('.')) && rows.some((r) => r.contribution === 'NA')).toBe(true);
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(['coordinator', 'participant', 'partner']));
  });

  it('imports every organisation, grant and participation, and the project file only updates grants', async () => {
    expect(report.status, JSON.stringify(report.badRows.slice(0, 5))).toBe('ok');
    expect(report.files.map((f) => [f.file, f.format, f.rows])).toEqual([
      ['cordis-h2020organizations.csv', 'rows', rows.length],
      ['cordis-h2020projects.csv', 'rows', projectOld.length],
    ]);
    expect(report.files[1]).toMatchObject({ updated: first.size, missing: 1 });
    const counts = await graphCounts(db);
    expectCordisCounts(counts, { typeOf, projects: first.size, participations: rows.length });
    expect(Object.keys(counts.types)).toEqual(['PARTICIPATES_IN']);
  });

  it('gives organisations the ids, labels, names, short names, countries and urls of the rows, without an SME flag', async () => {
    const got = await db.runText(
      'MATCH (n:Entity) WHERE n.id STARTS WITH "cordis-org:" RETURN n.id AS id, [l IN labels(n) WHERE l <> "Entity"] AS labels, n.name AS name, n.aliases AS aliases, n.country AS country, n.url AS url, n.kind AS kind, n.sme AS sme, n.activityType AS type',
    );
    const LABEL: Record<string, string> = { PRC: 'Enterprise', HES: 'Lab', REC: 'Lab', PUB: 'Organisation', OTH: 'Organisation' };
    const country = new Map(rows.map((r) => [r.pic!, r.country!]));
    const expected = [...typeOf].map(([pic, type]) => ({
      id: org(pic), labels: [LABEL[type]], name: nameOf(pic), aliases: shortOf(pic) ? [shortOf(pic)] : null, country: country.get(pic),
      url: urlOf(pic) || null, kind: KIND[type], sme: null, type,
    }));
    expect(got.sort(byId)).toEqual(expected.sort(byId));
  });

  it('gives grants acronym, title, status, dates, budget and programme codes; participations keep role and contribution', async () => {
    const got = await db.runText(
      'MATCH (p:Project) RETURN p.id AS id, p.name AS name, p.description AS title, p.status AS status, toString(p.start) AS start, toString(p.end) AS end, p.budget AS budget, p.totalCost AS totalCost, p.programme AS programme',
    );
    const expected = projectOld.slice(0, -1).map((p) => {
      const r = first.get(p.rcn!)!;
      return {
        id: grant(r.rcn!), name: acronymOf(r.rcn!), title: p.title, status: STATUS_OF[p.status!], start: given(r.start_date) || null, end: given(r.end_date) || null,
        budget: number(r.max_contribution), totalCost: number(r.total_cost), programme: p.programme!.split(';'),
      };
    });
    expect(got.sort(byId)).toEqual(expected.sort(byId));
    const ties = await db.runText(
      'UNWIND $pairs AS p MATCH (:Entity {id: p[0]})-[r:PARTICIPATES_IN]->(:Project {id: p[1]}) RETURN r.role AS role, r.contribution AS contribution',
      { pairs: rows.map((r) => [org(r.pic!), grant(r.rcn!)]) },
    );
    expect(ties).toEqual(rows.map((r) => ({ role: r.role, contribution: number(r.contribution) })));
  });

  it('changes nothing when the same files are imported again', async () => {
    const again = await reimport(OLD!, { reset: false });
    expect(again.status).toBe('ok');
    expect(again.changes).toMatchObject({ newNodes: 0, existingNodes: typeOf.size + first.size, existingTies: rows.length, filled: 0, differing: 0 });
    expect(await graphChecksum(db)).toEqual(olderGraph);
  }, 300_000);

  it('adds no second organisation, grant or participation when the newer layout of the same rows is imported on top', async () => {
    // organization.csv and project.csv as the portal writes them today: organisationID, organizationURL, SME.
    const ORG_NEW = ['projectID', 'projectAcronym', 'organisationID', 'vatNumber', 'name', 'shortName', 'SME', 'activityType', 'street', 'postCode', 'city', 'country', 'organizationURL', 'role', 'ecContribution'];
    const smeOf = (pic: string) => (Number(pic) % 2 ? 'True' : 'False');
    const orgNew = orgOld.map((r) => ({ ...r, organisationID: r.id!, organizationURL: r.organizationUrl!, SME: smeOf(r.id!), ecContribution: r.ecContribution!.replace(',', '.') }));
    const PROJECT_NEW = ['id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'legalBasis', 'topics', 'frameworkProgramme', 'objective', 'rcn'];
    const newer = folder('newer', { 'organization.csv': cordisText(ORG_NEW, orgNew), 'project.csv': cordisText(PROJECT_NEW, projectOld) });
    const r = await reimport(newer, { reset: false });
    expect(r.status, JSON.stringify(r.badRows.slice(0, 5))).toBe('ok');
    expect(r.changes).toMatchObject({ newNodes: 0, existingNodes: typeOf.size + first.size, existingTies: rows.length, differing: 0 });
    const { labels, types } = await graphChecksum(db);
    expect({ labels, types }).toEqual({ labels: olderGraph.labels, types: olderGraph.types });
    // What only the newer layout has lands on the same nodes: the SME flag of enterprises.
    const sme = await db.runText('MATCH (n:Enterprise) RETURN n.id AS id, n.sme AS sme');
    expect(Object.fromEntries(sme.map((n) => [n.id, n.sme]))).toEqual(
      Object.fromEntries([...typeOf].filter(([, t]) => t === 'PRC').map(([pic]) => [org(pic), smeOf(pic) === 'True'])),
    );
  }, 300_000);

  it('gives the same graph from a GBK copy under the FP7 file names, without naming an encoding', async () => {
    const gbk = folder('gbk', {
      'cordis-fp7organizations.csv': iconv.encode(OLD_FILES['cordis-h2020organizations.csv'], 'gbk'),
      'cordis-fp7projects.csv': iconv.encode(OLD_FILES['cordis-h2020projects.csv'], 'gbk'),
    });
    const r = await reimport(gbk);
    expect(r.status).toBe('ok');
    expect(r.files.map((f) => f.encoding?.split(' ')[0])).toEqual(['GBK/GB18030', 'GBK/GB18030']);
    expect(await graphChecksum(db)).toEqual(olderGraph);
  }, 300_000);

  it('gives the same graph from the older layout as .xlsx workbooks (PICs, costs and dates typed as Excel types them)', async () => {
    const xlsx = folder('xlsx', { 'cordis-h2020organizations.xlsx': workbook(ORG_OLD, orgOld), 'cordis-h2020projects.xlsx': workbook(PROJECT_OLD, projectOld) });
    const r = await reimport(xlsx);
    expect(r.status, JSON.stringify(r.badRows.slice(0, 5))).toBe('ok');
    expect(await graphChecksum(db)).toEqual(olderGraph);
  }, 300_000);

  it('makes a row with an empty activityType a bad row at that column, naming it; the others import with --skip-bad', async () => {
    const blank = new Set([3, 17]);
    const file = 'cordis-h2020organizations.csv';
    const bad = folder('blank-type', { [file]: cordisText(ORG_OLD, orgOld.map((r, i) => (blank.has(i) ? { ...r, activityType: '' } : r))) });
    const r = await reimport(bad);
    expect(r.status).toBe('bad-rows');
    const column = ORG_OLD.indexOf('activityType') + 1;
    expect(r.badRows.map((b) => [b.file, b.line, b.column, b.reason])).toEqual(
      [...blank].map((i) => [file, i + 2, column, "column 'activityType' is empty, and the mapping needs a value there (files[0].nodes[0].label)"]),
    );
    expect((await graphCounts(db)).types).toEqual({});
    const skipped = await reimport(bad, { skipBad: true });
    expect(skipped.badCount).toBe(2);
    const kept = rows.filter((_, i) => !blank.has(i));
    const counts = await graphCounts(db);
    expect(counts.types.PARTICIPATES_IN).toBe(kept.length);
    expect(counts.labels.Enterprise! + counts.labels.Lab! + counts.labels.Organisation!).toBe(new Set(kept.map((k) => k.pic)).size);
  }, 300_000);

  it('is what mapping-fit suggests first for the older files, in UTF-8 and in GBK', async () => {
    for (const name of ['older', 'gbk']) {
      const files = fs.readdirSync(path.join(work, name)).sort().map((f) => ({ name: f, path: path.join(work, name, f) }));
      const [best] = await suggestMappings(MAPPINGS, files);
      expect(best?.id, name).toBe('cordis-export');
      expect(best!.files.map((f) => [f.entry !== null, f.headerLine, f.missing])).toEqual([
        [true, 1, ['SME']],
        [true, 1, []],
      ]);
    }
  });
});
