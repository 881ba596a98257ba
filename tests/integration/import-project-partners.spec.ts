// A Chinese project-partner sheet (项目合作单位清单) through the shipped mapping into the demo graph, against a real
// Neo4j: projects, organisations per label (stored ones matched by name, new ones created with the label their
// 单位类型 gives), PARTICIPATES_IN ties with their roles and organisations' regions, all worked out here from the
// example's GBK CSV; the workbook and the CSV give the same graph; a type outside the map and a type that
// contradicts a stored node's label are bad rows at file:line:column and nothing is written; and recommendLabs for a
// firm of the sheet reaches labs through its sheet partners, with paths through the sheet's projects. The command
// line's dry run lists the regions it could not link.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import type { App } from '../../server/yoga.js';
import { resetGraph, testDb } from '../support/db.js';
import { importCli } from '../support/import-cli.js';
import { demoLines, gql, makeApp } from './recommend-support.js';

const db = testDb();
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'project-partners.json');
const EXAMPLE = path.join(PROJECT_ROOT, 'seed', 'spreadsheets', 'project-partners');
const SOURCE = 'project-partner-sheet';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-partners-'));

// What the sheet's words mean, written here rather than read from the mapping.
const LABEL: Record<string, string> = { 企业: 'Enterprise', 高校: 'Lab', 科研院所: 'Lab', 新型研发机构: 'Lab', 政府部门: 'Organisation', 其他: 'Organisation' };
const KIND: Record<string, string> = { 高校: 'university', 科研院所: 'research_institute', 新型研发机构: 'innovation_platform', 政府部门: 'public_body', 其他: 'other' };
const ROLE: Record<string, string> = { 牵头: 'coordinator', 参与: 'participant' };

/** The example's GBK CSV as text lines split into cells (the example quotes nothing). */
const csvLines = iconv.decode(fs.readFileSync(path.join(EXAMPLE, 'partners-gbk.csv')), 'gbk').split('\r\n').filter(Boolean);
const HEADER = csvLines[0]!.split(',');
const ROWS = csvLines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [HEADER[i]!, v])) as Record<string, string>);
const col = (name: string) => HEADER.indexOf(name) + 1;
const projectKey = (r: Record<string, string>) => r['项目编号'] || r['项目名称']!;
const uniq = <T>(xs: T[]) => [...new Set(xs)];

const demoNodes = demoLines('nodes') as Array<{ id: string; labels: string[]; props: { name: string; aliases?: string[] } }>;
const demoNamed = (name: string, label: string) => demoNodes.find((n) => n.labels.includes(label) && (n.props.name === name || n.props.aliases?.includes(name)));

let app: App;
let report: ImportReport;
const count = async () => (await db.runText('MATCH (n) RETURN count(n) AS n, COUNT { ()-[]->() } AS r'))[0];

beforeAll(async () => {
  await resetGraph(db);
  await loadDemo(db);
  app = await makeApp(db);
  report = await importDirectory(db, path.join(EXAMPLE, 'partners.xlsx'), { mapping: MAPPING });
});

afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the example sheet in the demo graph', () => {
  it('makes one Project per 项目编号 (else 项目名称) with its dates and budget in yuan', async () => {
    expect(report.badRows).toEqual([]);
    expect(report.status).toBe('ok');
    const expected = uniq(ROWS.map(projectKey)).map((k) => {
      const r = ROWS.find((x) => projectKey(x) === k)!;
      return {
        name: r['项目名称'],
        start: r['开始日期'] || (r['立项年份'] ? `${r['立项年份']}-01-01` : null),
        end: r['结束日期'] || null,
        budget: r['经费(万元)'] ? Math.round(Number(r['经费(万元)']) * 10000) : null,
      };
    });
    const stored = await db.runText(
      'MATCH (p:Project {source: $s}) RETURN p.name AS name, toString(p.start) AS start, toString(p.end) AS end, p.budget AS budget ORDER BY name',
      { s: SOURCE },
    );
    expect(stored.map((p) => ({ ...p, budget: p.budget === null ? null : Math.round(Number(p.budget)) }))).toEqual(expected.sort((a, b) => (a.name! < b.name! ? -1 : 1)));
  });

  it('ties each organisation with the label its type gives: stored ones matched, new ones created with their kind', async () => {
    const orgs = uniq(ROWS.map((r) => r['单位名称']!)).map((name) => ({ name, type: ROWS.find((r) => r['单位名称'] === name)!['单位类型']! }));
    const stored = await db.runText(
      'MATCH (o)-[:PARTICIPATES_IN]->(:Project {source: $s}) WITH DISTINCT o RETURN o.name AS name, [l IN labels(o) WHERE l <> "Entity"][0] AS label, o.id AS id, o.kind AS kind',
      { s: SOURCE },
    );
    const byName = new Map(stored.map((o) => [String(o.name), o]));
    expect([...byName.keys()].sort()).toEqual(orgs.map((o) => o.name).sort());
    const perLabel = (list: ReadonlyArray<Record<string, unknown>>) => list.reduce<Record<string, number>>((m, o) => ({ ...m, [String(o.label)]: (m[String(o.label)] ?? 0) + 1 }), {});
    expect(perLabel(stored)).toEqual(perLabel(orgs.map((o) => ({ label: LABEL[o.type] }))));
    const created: string[] = [];
    for (const o of orgs) {
      const got = byName.get(o.name)!;
      expect(got.label, o.name).toBe(LABEL[o.type]);
      const demo = demoNamed(o.name, LABEL[o.type]!);
      if (demo) expect(got.id, o.name).toBe(demo.id);
      else {
        created.push(o.name);
        expect(got.kind ?? null, o.name).toBe(KIND[o.type] ?? null);
      }
    }
    expect(created.length).toBeGreaterThan(0);
    expect(report.names.created.map((c) => c.name).sort()).toEqual(created.sort());
  });

  it('gives every tie its role, and each organisation its stored region where there is one', async () => {
    const ties = await db.runText('MATCH (o)-[r:PARTICIPATES_IN]->(p:Project {source: $s}) RETURN o.name + "|" + p.name + "|" + r.role AS t ORDER BY t', { s: SOURCE });
    expect(ties.map((t) => t.t)).toEqual(uniq(ROWS.map((r) => `${r['单位名称']}|${r['项目名称']}|${ROLE[r['角色']!]}`)).sort());
    const regions = demoNodes.filter((n) => n.labels.includes('Region'));
    for (const r of ROWS.filter((x) => x['所在地区'])) {
      const region = regions.find((g) => g.props.name === r['所在地区'] || g.props.aliases?.includes(r['所在地区']!));
      const [hit] = await db.runText('MATCH (o:Entity {name: $org})-[:LOCATED_IN]->(g:Region) RETURN collect(g.id) AS ids', { org: r['单位名称'] });
      if (region) expect(hit!.ids, r['单位名称']).toContain(region.id);
      else {
        expect(hit!.ids, r['单位名称']).toEqual([]);
        expect(report.names.skipped?.map((s) => s.name)).toContain(r['所在地区']);
      }
    }
  });

  it('gives the same graph from the GBK CSV of the same rows: a second import changes no count', async () => {
    const before = await count();
    const again = await importDirectory(db, path.join(EXAMPLE, 'partners-gbk.csv'), { mapping: MAPPING });
    expect(again.badRows).toEqual([]);
    expect(again.files[0]!.encoding).toMatch(/GBK/);
    expect(again.names.created).toEqual([]);
    expect(await count()).toEqual(before);
  });
});

describe('the command line', () => {
  it('lists the matched names and the regions not linked in a dry run', () => {
    const run = importCli([path.join(EXAMPLE, 'partners.xlsx'), '--mapping', MAPPING, '--dry-run']);
    expect(run.status, run.stderr).toBe(0);
    // Everything is stored by now: the organisations are matched, and the regions the demo lacks are listed.
    const missing = uniq(ROWS.map((r) => r['所在地区']!).filter((g) => g && !demoNodes.some((n) => n.labels.includes('Region') && n.props.name === g)));
    expect(missing.length).toBeGreaterThan(0);
    expect(run.stdout).toMatch(new RegExp(`not linked\\s+${missing.length} not in the store \\(no tie\\): ${missing.map((g) => `${g} \\(Region\\)`).join(', ')}`));
    expect(run.stdout).toContain('浙江大学 (demo:lab:zju)');
  });
});

describe('bad rows of a project-partner sheet', () => {
  /** The example's rows with cells changed, as GBK CSV in a folder of its own. */
  function variant(name: string, change: Record<number, Record<string, string>>): string {
    const lines = ROWS.map((r, i) => HEADER.map((h) => change[i]?.[h] ?? r[h]).join(','));
    const file = path.join(dir, name);
    fs.writeFileSync(file, iconv.encode([HEADER.join(','), ...lines].join('\r\n') + '\r\n', 'gbk'));
    return file;
  }

  it('a type outside the map, or one that contradicts a stored label, is bad at the type column and nothing is written', async () => {
    const zju = ROWS.findIndex((r) => r['单位名称'] === '浙江大学');
    const other = ROWS.findIndex((r, i) => i !== zju && LABEL[r['单位类型']!] === 'Enterprise');
    expect(zju).toBeGreaterThanOrEqual(0);
    // Everything else as before, plus one new project, so a write would change the counts.
    const file = variant('bad.csv', { [zju]: { 单位类型: '企业' }, [other]: { 单位类型: '民营企业', 项目编号: 'NEW-1' } });
    const before = await count();
    const bad = await importDirectory(db, file, { mapping: MAPPING });
    expect(bad.status).toBe('bad-rows');
    const demoZju = demoNamed('浙江大学', 'Lab')!;
    expect(bad.badRows.map((b) => [b.line, b.column])).toEqual(
      [
        [zju + 2, col('单位类型')],
        [other + 2, col('单位类型')],
      ].sort((a, b) => a[0]! - b[0]!),
    );
    const reason = (line: number) => bad.badRows.find((b) => b.line === line)!.reason;
    expect(reason(zju + 2)).toContain(`'单位类型' says '企业' (Enterprise), but '浙江大学' is a stored Lab (${demoZju.id})`);
    expect(reason(other + 2)).toMatch(/'民营企业' is not a type this mapping knows/);
    expect(await count()).toEqual(before);
  });
});

describe('the network rankings on the imported sheet', () => {
  it("recommendLabs for a firm of the sheet names labs its sheet partners worked with, through the sheet's projects", async () => {
    const firm = '杭州五星铝业有限公司';
    const firmId = demoNamed(firm, 'Enterprise')!.id;
    // From the sheet: the firm's projects, its partners there, and the labs in the partners' other projects.
    const projectsOf = (org: string) => uniq(ROWS.filter((r) => r['单位名称'] === org).map((r) => r['项目名称']!));
    const mine = projectsOf(firm);
    const partners = uniq(ROWS.filter((r) => mine.includes(r['项目名称']!) && r['单位名称'] !== firm).map((r) => r['单位名称']!));
    const reached = new Map<string, string[]>();
    for (const p of partners) {
      for (const q of projectsOf(p).filter((x) => !mine.includes(x))) {
        for (const r of ROWS.filter((x) => x['项目名称'] === q && LABEL[x['单位类型']!] === 'Lab')) reached.set(r['单位名称']!, [...(reached.get(r['单位名称']!) ?? []), q]);
      }
    }
    expect(reached.size).toBeGreaterThan(0);
    const { data, errors } = await gql(
      app,
      `query($id: ID!) { recommendLabs(enterpriseId: $id, limit: 100) { node { name } reasonDetails { code zh } path { nodes { name labels } } } }`,
      { id: firmId },
    );
    expect(errors).toBeUndefined();
    const got = data!.recommendLabs as Array<{ node: { name: string }; reasonDetails: Array<{ code: string; zh: string }>; path: { nodes: Array<{ name: string; labels: string[] }> } }>;
    let chains = 0;
    for (const [lab, via] of reached) {
      const item = got.find((g) => g.node.name === lab);
      expect(item, lab).toBeDefined();
      const shared = item!.reasonDetails.find((r) => r.code === 'SHARED_PARTNERS');
      expect(shared?.zh, lab).toMatch(new RegExp(partners.filter((p) => projectsOf(p).some((q) => via.includes(q))).map((p) => p.replace(/[()]/g, '\\$&')).join('|')));
      // The path is the strongest bridge where people tie the two (docs/scoring.md); else the project chain: firm -
      // its sheet project - partner - the partner's sheet project with the lab - lab.
      if (item!.reasonDetails.some((r) => r.code === 'DIRECT_BRIDGES' || r.code === 'TWO_PERSON_CHAINS')) continue;
      chains++;
      const names = item!.path.nodes.map((n) => n.name);
      expect(names[0]).toBe(firm);
      expect(mine).toContain(names[1]);
      expect(via).toContain(names[3]);
      expect(names[4]).toBe(lab);
    }
    expect(chains).toBeGreaterThan(0);
  });
});
