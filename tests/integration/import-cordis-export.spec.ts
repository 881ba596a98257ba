// The portal's own CORDIS export imported with seed/mappings/cordis-export.json: the real slice of organization.csv
// (comma-separated, under its own name) with a project.csv in CORDIS's layout (';', every field quoted) written here
// from the slice's own grant ids and acronyms, since the shared data has no project.csv. Organisations per label,
// projects and participations are counted here from the file (csv-parse); the same tables as .xlsx workbooks, and as
// Excel on Chinese Windows re-saves them (organization.csv in GBK with ';', project.txt as UTF-16 "Unicode text"),
// give the same graph without naming an encoding. On the imported graph recommendLabs answers a firm of the slice
// from its network and bridges names the organisations in between a firm and a lab at distance 4, both checked
// against the participation graph worked out here; and H2020 participations imported with cordis-h2020.json on top
// add no second node for an organisation both name (projects are keyed apart: grant id against rcn).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { createApp, type App } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { withImport } from '../support/imported.js';
import { sharedDataset } from '../support/shared-data.js';
import { cordisText, scratchFolders, workbook } from './cordis-files.js';
import { bridgeVias, bridgesBetween, expectCordisCounts, participationGraph } from './cordis-participations.js';
import { graphChecksum, graphCounts, type GraphChecksum } from './import-graph.js';
import { gql } from './recommend-support.js';

const dir = sharedDataset('cordis-h2020');
const SLICE = 'h2020_organizations_out_formatted_latest.csv';
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-export.json');
const H2020_MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-h2020.json');
const db = testDb();

type Row = Record<string, string>;
const rows: Row[] = dir ? (parse(fs.readFileSync(path.join(dir, SLICE)), { columns: true }) as Row[]) : [];
const ORG_COLUMNS = rows.length ? Object.keys(rows[0]!) : [];

// project.csv in the portal's layout, one row per grant of the slice (plus one grant the slice lacks, which must
// add no project). Values are made up from the grant id: titles with ',', ';' and quotes, objectives over two
// lines, costs with a decimal comma as CORDIS writes them.
const PROJECT_COLUMNS = [
  'id', 'acronym', 'status', 'title', 'startDate', 'endDate', 'totalCost', 'ecMaxContribution', 'legalBasis', 'topics',
  'ecSignatureDate', 'frameworkProgramme', 'masterCall', 'subCall', 'fundingScheme', 'nature', 'objective',
  'contentUpdateDate', 'rcn', 'grantDoi',
];
const STATUS = ['SIGNED', 'CLOSED', 'TERMINATED'];
const acronymOf = new Map(rows.map((r) => [r.projectID!, r.projectAcronym!]));
const projectRows: Row[] = [...acronymOf, ['999999999', 'NOT-IN-SLICE']].map(([id, acronym], i) => {
  const n = Number(id);
  const year = 2014 + (n % 7);
  const month = String(1 + (n % 12)).padStart(2, '0');
  return {
    id: id!, acronym: acronym!, status: STATUS[i % 3]!, title: `${acronym}: a title, with "quotes"; and more`,
    startDate: `${year}-${month}-01`, endDate: `${year + 3}-${month}-01`, totalCost: `${1_000_000 + n % 9973},5`,
    ecMaxContribution: `${900_000 + (n % 7919)}`, legalBasis: 'H2020-EU.1.', topics: 'MSCA-IF-2019', ecSignatureDate: `${year}-01-15`,
    frameworkProgramme: 'H2020', masterCall: 'H2020-MSCA-IF-2019', subCall: 'H2020-MSCA-IF-2019', fundingScheme: 'MSCA-IF',
    nature: '', objective: `First line of ${acronym}'s objective.\nSecond line.`, contentUpdateDate: '2022-08-10 10:00:00',
    rcn: String(200_000 + i), grantDoi: `10.3030/${id}`,
  };
});
const projectOf = new Map(projectRows.map((p) => [p.id!, p]));

/** What a GBK file keeps of a text: characters GBK lacks become '?' (as Excel writes them). */
const gbkKept = (s: string) => iconv.decode(iconv.encode(s, 'gbk'), 'gbk');

const { folder } = scratchFolders('tb-cordis-export-');
const AS_CSV = dir ? folder('csv', { [SLICE]: fs.readFileSync(path.join(dir, SLICE)), 'project.csv': cordisText(PROJECT_COLUMNS, projectRows, ';') }) : null;

// The participation graph, from the file (starts from project.csv).
const graph = participationGraph(rows.map((r) => ({ org: r.organisationID!, project: r.projectID!, type: r.activityType!, start: projectOf.get(r.projectID!)!.startDate! })));
const { typeOf, projectsOf, orgsOf, shared, between, pickPairs } = graph;
const org = (pic: string) => `cordis-org:${pic}`;
const grant = (id: string) => `cordis-grant:${id}`;
const firstRow = new Map<string, Row>();
for (const r of rows) if (!firstRow.has(r.organisationID!)) firstRow.set(r.organisationID!, r);

/** Every node (labels, properties without those derived from names) and relationship of the graph, by key. */
async function snapshot(store: Db) {
  const clean = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'pinyin' && k !== 'aliasText'));
  const nodes = await store.runText('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props');
  const rels = await store.runText('MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + " " + type(r) + " " + b.id AS key, properties(r) AS props');
  return {
    nodes: Object.fromEntries(nodes.map((n) => [n.id as string, { labels: [...(n.labels as string[])].sort(), props: clean(n.props as Record<string, unknown>) }])),
    rels: Object.fromEntries(rels.map((r) => [r.key as string, clean(r.props as Record<string, unknown>)])),
  };
}

let app: App;
let first: ImportReport;
let asCsv: GraphChecksum;
let asCsvNodes: Awaited<ReturnType<typeof snapshot>>;

async function reimport(from: string, mapping = MAPPING): Promise<ImportReport> {
  await resetGraph(db);
  const report = await importDirectory(db, from, { mapping });
  expect(report.status, JSON.stringify(report.badRows.slice(0, 5))).toBe('ok');
  return report;
}

describe.skipIf(!dir)('import of the CORDIS export with seed/mappings/cordis-export.json', () => {
  withImport(
    db,
    AS_CSV,
    MAPPING,
    async (report) => {
      first = report;
      asCsv = await graphChecksum(db);
      asCsvNodes = await snapshot(db);
      app = await createApp({ config: testConfig(), db });
    },
    300_000,
  );

  it('imports every organisation, grant and participation of the slice, and project.csv adds no grant', async () => {
    expect(first.status, JSON.stringify(first.badRows.slice(0, 5))).toBe('ok');
    expect(first.badCount).toBe(0);
    const counts = await graphCounts(db);
    expectCordisCounts(counts, { typeOf, projects: acronymOf.size, participations: new Set(rows.map((r) => `${r.organisationID}>${r.projectID}`)).size });
    expect(Object.keys(counts.types)).toEqual(['PARTICIPATES_IN']);
    const projectFile = first.files.find((f) => f.file === 'project.csv')!;
    expect([projectFile.updated, projectFile.missing]).toEqual([acronymOf.size, 1]);
  });

  it('gives organisations their name, short name, country, url, kind and SME flag (enterprises only)', async () => {
    const got = await db.runText(
      'MATCH (n:Entity) WHERE n.id STARTS WITH "cordis-org:" RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.country AS country, n.url AS url, n.kind AS kind, n.sme AS sme, n.activityType AS type',
    );
    const KIND: Record<string, string | null> = { PRC: null, HES: 'university', REC: 'research_institute', PUB: 'public_body', OTH: 'other' };
    const expected = [...firstRow.values()].map((r) => ({
      id: org(r.organisationID!),
      name: r.name!,
      aliases: r.shortName ? [r.shortName] : null,
      country: r.country!,
      url: r.organizationURL || null,
      kind: KIND[r.activityType!],
      sme: r.activityType === 'PRC' && r.SME ? r.SME === 'True' : null,
      type: r.activityType!,
    }));
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
    expect(got.sort(byId)).toEqual(expected.sort(byId));
  });

  it('names grants by acronym with project.csv title, dates, status and budget; participations keep role and contribution', async () => {
    const got = await db.runText(
      'MATCH (p:Project) RETURN p.id AS id, p.name AS name, p.description AS title, p.status AS status, toString(p.start) AS start, toString(p.end) AS end, p.budget AS budget, p.totalCost AS totalCost ORDER BY id',
    );
    const STATUS_OF: Record<string, string> = { SIGNED: 'active', CLOSED: 'completed', TERMINATED: 'terminated' };
    expect(got).toEqual(
      [...acronymOf.keys()].sort((a, b) => grant(a).localeCompare(grant(b))).map((id) => {
        const p = projectOf.get(id)!;
        const number = (t: string) => Number(t.replace(',', '.'));
        return { id: grant(id), name: p.acronym, title: p.title, status: STATUS_OF[p.status!], start: p.startDate, end: p.endDate, budget: number(p.ecMaxContribution!), totalCost: number(p.totalCost!) };
      }),
    );
    // A pair on two rows (an organisation both participant and third party) is one tie; the others are compared.
    const once = rows.filter((r) => rows.filter((s) => s.organisationID === r.organisationID && s.projectID === r.projectID).length === 1);
    const ties = await db.runText(
      'UNWIND $pairs AS p MATCH (:Entity {id: p[0]})-[r:PARTICIPATES_IN]->(:Project {id: p[1]}) RETURN r.role AS role, r.contribution AS contribution',
      { pairs: once.map((r) => [org(r.organisationID!), grant(r.projectID!)]) },
    );
    expect(ties).toEqual(once.map((r) => ({ role: r.role, contribution: r.ecContribution ? Number(r.ecContribution) : null })));
  });

  it('recommends labs to a firm of the slice from its network: partners of its partners first, its own partners last', async () => {
    const labs = (ids: Iterable<string>) => [...ids].filter(graph.isLab);
    // A firm whose network is within the walk's bounds, with a handful of new labs two projects away.
    const pick = [...typeOf.keys()].sort().flatMap((firm) => {
      if (typeOf.get(firm) !== 'PRC') return [];
      const own = projectsOf.get(firm)!;
      const partners = new Set([...own].flatMap((q) => [...orgsOf.get(q)!]).filter((o) => o !== firm));
      const known = new Set(labs(partners));
      const reach = new Map<string, { partners: Set<string>; projects: Set<string> }>();
      for (const w of partners) {
        for (const q of projectsOf.get(w)!) {
          if (own.has(q)) continue;
          for (const l of labs(orgsOf.get(q)!)) {
            if (l === w || known.has(l)) continue;
            const r = reach.get(l) ?? { partners: new Set(), projects: new Set() };
            reach.set(l, { partners: r.partners.add(w), projects: r.projects.add(q) });
          }
        }
      }
      const inBounds = partners.size <= 200 && [...partners].every((w) => projectsOf.get(w)!.size <= 60);
      return inBounds && reach.size >= 3 && reach.size + known.size <= 100 ? [{ firm, own, known, reach }] : [];
    })[0];
    expect(pick).toBeDefined();
    const { firm, own, known, reach } = pick!;
    const { data, errors } = await gql(
      app,
      `query($id: ID!) { recommendLabs(enterpriseId: $id, limit: 100) { node { id } reasonDetails { code en } path { nodes { id } relationships { type } } } }`,
      { id: org(firm) },
    );
    expect(errors).toBeUndefined();
    const got = data.recommendLabs as Array<{ node: { id: string }; reasonDetails: Array<{ code: string; en: string }>; path: { nodes: Array<{ id: string }>; relationships: Array<{ type: string }> } }>;
    const codes = (r: (typeof got)[number]) => r.reasonDetails.map((x) => x.code);
    const fresh = got.slice(0, reach.size);
    expect(fresh.map((r) => r.node.id).sort()).toEqual([...reach.keys()].map(org).sort());
    for (const r of fresh) {
      const w = reach.get(r.node.id.slice('cordis-org:'.length))!;
      const reason = r.reasonDetails.find((x) => x.code === 'SHARED_PARTNERS')!;
      expect(reason.en).toContain(`Worked with ${w.partners.size} of your partners in ${w.projects.size} ${w.projects.size === 1 ? 'project' : 'projects'}`);
      expect(r.path.relationships.map((x) => x.type)).toEqual(Array(4).fill('PARTICIPATES_IN'));
      expect(own.has(r.path.nodes[1]!.id.slice('cordis-grant:'.length))).toBe(true);
    }
    expect(got.slice(reach.size).map((r) => r.node.id).sort()).toEqual([...known].map(org).sort());
    for (const r of got.slice(reach.size)) expect(codes(r)).toContain('ALREADY_PROJECT_PARTNER');
  });

  it('names the organisations in between a firm and a lab at distance 4, with their grants', async () => {
    const pairs = pickPairs(3);
    expect(pairs.length).toBe(3);
    for (const { firm, lab } of pairs) {
      const expected = between(firm, lab);
      expect(expected.length, `${firm}-${lab}`).toBeGreaterThan(0);
      const found = await bridgesBetween(app, org(firm), org(lab), ['ORGANISATION']);
      expect(found.every((b) => b.kind === 'ORGANISATION')).toBe(true);
      expect(found.map((b) => b.intermediaries[0]!.id).sort(), `${firm}-${lab}`).toEqual(expected.map(org).sort());
      for (const b of found) {
        const o = b.intermediaries[0]!.id.slice('cordis-org:'.length);
        expect(bridgeVias(b, 'FROM')).toEqual(shared(firm, o).map(grant).sort());
        expect(bridgeVias(b, 'TO')).toEqual(shared(lab, o).map(grant).sort());
        // The reasons name the grants by acronym, with their start year from project.csv.
        const named = (ids: string[]) => ids.map((id) => `“${acronymOf.get(id)}” (${projectOf.get(id)!.startDate!.slice(0, 4)})`);
        const fromReason = b.reasonDetails.find((r) => r.code === 'TIE_FROM')!.en;
        expect(named(shared(firm, o)).some((n) => fromReason.includes(n)), fromReason).toBe(true);
      }
    }
  });

  it('gives the same graph from .xlsx workbooks named with a prefix', async () => {
    const xlsx = folder('xlsx', {
      'h2020-organization.xlsx': workbook(ORG_COLUMNS, rows),
      'h2020-project.xlsx': workbook(PROJECT_COLUMNS, projectRows),
    });
    const report = await reimport(xlsx);
    expect(report.files.map((f) => f.format)).toEqual(['rows', 'rows']);
    expect(await graphChecksum(db)).toEqual(asCsv);
  }, 300_000);

  it('gives the same graph from a GBK organization.csv with ";" and a UTF-16 project.txt, without naming an encoding', async () => {
    const orgText = cordisText(ORG_COLUMNS, rows, ';');
    const gbk = folder('resaved', {
      'organization.csv': iconv.encode(orgText, 'gbk'),
      'project.txt': iconv.encode(cordisText(PROJECT_COLUMNS, projectRows, '\t'), 'utf-16le', { addBOM: true }),
    });
    const report = await reimport(gbk);
    expect(report.files.map((f) => f.encoding?.split(' ')[0])).toEqual(['GBK/GB18030', 'UTF-16LE']);
    // GBK has é, ü and Greek (kept exactly) but not ä, ñ or ł (Excel writes '?'): the graph is the first one as GBK keeps it.
    const kept = [...new Set(rows.map((r) => r.name!))].filter((n) => /[^\x20-\x7e]/.test(n));
    expect(kept.some((n) => gbkKept(n) === n) && kept.some((n) => gbkKept(n) !== n)).toBe(true);
    const expected = JSON.parse(JSON.stringify(asCsvNodes), (_k, v: unknown) => (typeof v === 'string' ? gbkKept(v) : v)) as typeof asCsvNodes;
    // Grants take name and title from the UTF-16 project file (it runs after the participations), which keeps all.
    for (const [id, n] of Object.entries(asCsvNodes.nodes)) {
      if (id.startsWith('cordis-grant:')) Object.assign(expected.nodes[id]!.props, { name: n.props.name, description: n.props.description });
    }
    expect(await snapshot(db)).toEqual(expected);
  }, 300_000);

  it('adds no second organisation when H2020 participations are imported with cordis-h2020.json on top', async () => {
    // Back to the export's graph, then the H2020 rows of 40 of the slice's organisations (those with fewest rows).
    await reimport(AS_CSV!);
    const h2020 = parse(zlib.gunzipSync(fs.readFileSync(path.join(dir!, 'h2020.csv.gz'))), { columns: true }) as Row[];
    const rowsOf = new Map<string, Row[]>();
    for (const r of h2020) if (typeOf.has(r.pic!)) rowsOf.set(r.pic!, [...(rowsOf.get(r.pic!) ?? []), r]);
    const picks = [...rowsOf].filter(([pic, rs]) => rs[0]!.type === typeOf.get(pic)).sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0])).slice(0, 40);
    const subset = picks.flatMap(([, rs]) => rs);
    const header = Object.keys(h2020[0]!);
    const csv = [header.join(','), ...subset.map((r) => header.map((c) => r[c]).join(','))].join('\n') + '\n';
    const both = folder('h2020', { 'h2020.csv.gz': zlib.gzipSync(csv) });
    const report = await importDirectory(db, both, { mapping: H2020_MAPPING });
    expect(report.status).toBe('ok');
    const orgs = new Set([...typeOf.keys(), ...subset.map((r) => r.pic!)]);
    const { labels } = await graphCounts(db);
    expect(labels.Enterprise! + labels.Lab! + labels.Organisation!).toBe(orgs.size);
    expect(labels.Project).toBe(acronymOf.size + new Set(subset.map((r) => r.rcn!)).size);
    // The organisations both files name keep the export's name (H2020's placeholder fills only a missing one).
    const named = await db.runText('UNWIND $pics AS pic MATCH (n:Entity {id: "cordis-org:" + pic}) RETURN pic, n.name AS name', { pics: picks.map(([pic]) => pic) });
    expect(Object.fromEntries(named.map((r) => [r.pic, r.name]))).toEqual(Object.fromEntries(picks.map(([pic]) => [pic, firstRow.get(pic)!.name])));
  }, 300_000);
});
