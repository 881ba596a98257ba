// Ties follow the import's overwrite policy, as nodes do, against a real Neo4j: the project-partner example sheet
// into the demo graph names organisations whose LOCATED_IN ties the demo already holds, with another `source`. By
// default those ties keep their stored source silently (provenance, not a conflict in the data); a dry run writes
// nothing; an empty tie property is filled; --update replaces them after the audit record took the old values, and
// replaces nothing when that record cannot be written. A tie whose data differs (a partner's role, from a changed
// copy of the sheet) is kept and listed as differing (id `start -TYPE-> end`), and replaced with --update. Which stored ties
// the sheet names is worked out here from the demo's files and the example's GBK CSV.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { changesText, summaryText } from '../../seed/import/report.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { jobSummary } from '../../server/import-jobs/summary.js';
import { testDb, withGraph } from '../support/db.js';
import { demoLines } from './recommend-support.js';

const db = testDb();
const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'project-partners.json');
const EXAMPLE = path.join(PROJECT_ROOT, 'seed', 'spreadsheets', 'project-partners');
const XLSX = path.join(EXAMPLE, 'partners.xlsx');
const SOURCE = 'project-partner-sheet';

/** The example's rows as read here (GBK CSV of the same rows as the workbook; the example quotes nothing). */
const csvLines = iconv.decode(fs.readFileSync(path.join(EXAMPLE, 'partners-gbk.csv')), 'gbk').split('\r\n').filter(Boolean);
const HEADER = csvLines[0]!.split(',');
const ROWS = csvLines.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [HEADER[i]!, v])) as Record<string, string>);

type DemoNode = { id: string; labels: string[]; props: { name: string; aliases?: string[] } };
type DemoRel = { type: string; start: string; end: string; props: Record<string, unknown> };
const demoNodes = demoLines('nodes') as DemoNode[];
const demoRels = demoLines('relationships') as DemoRel[];
const named = (name: string, labels: string[]) =>
  demoNodes.filter((n) => n.labels.some((l) => labels.includes(l)) && (n.props.name === name || n.props.aliases?.includes(name)));

/** The demo's LOCATED_IN ties that a sheet row names again (organisation and region both in the demo): old source. */
const STORED_TIES = (() => {
  const found = new Map<string, { id: string; start: string; end: string; source: string }>();
  for (const r of ROWS) {
    if (!r['所在地区']) continue;
    for (const org of named(r['单位名称']!, ['Enterprise', 'Lab', 'Organisation'])) {
      for (const region of named(r['所在地区'], ['Region'])) {
        const tie = demoRels.find((t) => t.type === 'LOCATED_IN' && t.start === org.id && t.end === region.id);
        const id = `${org.id} -LOCATED_IN-> ${region.id}`;
        if (tie) found.set(id, { id, start: org.id, end: region.id, source: String(tie.props.source) });
      }
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
})();

const tieChanges = (r: ImportReport) =>
  r.changes.table
    .filter((c) => c.id.includes(' -LOCATED_IN-> '))
    .map((c) => [c.id, c.property, c.old, c.new, c.kind])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** The `source` of each stored tie, as the store holds it now. */
async function storedSources(): Promise<string[]> {
  const rows = await db.runText(
    'UNWIND $ties AS t MATCH (:Entity {id: t.start})-[r:LOCATED_IN]->(:Entity {id: t.end}) RETURN t.id AS id, r.source AS source ORDER BY id',
    { ties: STORED_TIES.map(({ id, start, end }) => ({ id, start, end })) },
  );
  return rows.map((r) => `${String(r.id)}|${String(r.source)}`);
}
const sourcesOf = (source: (t: (typeof STORED_TIES)[number]) => string) => STORED_TIES.map((t) => `${t.id}|${source(t)}`);
const counts = async () => (await db.runText('MATCH (n) RETURN count(n) AS n, COUNT { ()-[]->() } AS r, COUNT { (:AuditEvent) } AS a'))[0];
const importEvents = () => db.runText("MATCH (e:AuditEvent {action: 'import'}) RETURN e.replaced AS replaced, e.status AS status, e.subjects AS subjects");

withGraph(db, async () => {
  await loadDemo(db);
});

beforeAll(() => {
  // The example is meant to name ties the demo holds; without them this file would check nothing.
  expect(STORED_TIES.length).toBeGreaterThan(0);
});

describe('ties already in the store', () => {
  it('a dry run keeps the stored sources silently, lists what --update would replace, and writes nothing', async () => {
    const before = await counts();
    const dry = await importDirectory(db, XLSX, { mapping: MAPPING, dryRun: true });
    const dryUpdate = await importDirectory(db, XLSX, { mapping: MAPPING, dryRun: true, update: true });
    expect(dry.badRows).toEqual([]);
    expect(tieChanges(dry)).toEqual([]);
    expect(dry.changes.table.filter((c) => c.property === 'source')).toEqual([]);
    expect(tieChanges(dryUpdate)).toEqual(STORED_TIES.map((t) => [t.id, 'source', t.source, SOURCE, 'replace']));
    expect(dry.changes.existingTies).toBeGreaterThanOrEqual(STORED_TIES.length);
    expect(dryUpdate.changes.replaced).toBe(dryUpdate.changes.differing);
    expect(dryUpdate.changes.differing).toBeGreaterThanOrEqual(STORED_TIES.length);
    // The web import's check job is such a dry run: its counts take the ties in.
    expect(jobSummary(dry).existingTies).toBe(dry.changes.existingTies);
    expect(jobSummary(dry).differing).toBe(dry.changes.differing);
    expect(await counts()).toEqual(before);
    expect(await storedSources()).toEqual(sourcesOf((t) => t.source));
  });

  it('by default keeps the stored source of each tie, without calling it a difference', async () => {
    const report = await importDirectory(db, XLSX, { mapping: MAPPING });
    expect(report.status).toBe('ok');
    expect(report.badRows).toEqual([]);
    expect(tieChanges(report)).toEqual([]);
    expect(report.changes.differing).toBe(report.changes.table.filter((c) => c.kind === 'differs').length);
    expect(await storedSources()).toEqual(sourcesOf((t) => t.source));
    expect(await importEvents()).toEqual([]);
    expect(summaryText(report)).toMatch(/tie\(s\)/);
  });

  it('fills a tie property that was empty, and leaves the others', async () => {
    const emptied = STORED_TIES[0]!;
    await db.runText('MATCH (:Entity {id: $start})-[r:LOCATED_IN]->(:Entity {id: $end}) REMOVE r.source', { start: emptied.start, end: emptied.end }, 'WRITE');
    const report = await importDirectory(db, path.join(EXAMPLE, 'partners-gbk.csv'), { mapping: MAPPING });
    expect(tieChanges(report)).toEqual([[emptied.id, 'source', null, SOURCE, 'fill']]);
    expect(await storedSources()).toEqual(sourcesOf((t) => (t === emptied ? SOURCE : t.source)));
  });

  it('with --update replaces nothing when the audit record cannot be written', async () => {
    const operation = `import --update ${XLSX}`.slice(0, 200);
    // A real refusal by Neo4j: an audit event of the same operation already exists and the operation must be unique.
    await db.runText("CREATE (:AuditEvent {id: 'planted', operation: $operation, action: 'test'})", { operation }, 'WRITE');
    await db.runText('CREATE CONSTRAINT rel_overwrite_operation IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.operation IS UNIQUE', {}, 'WRITE');
    try {
      const before = await storedSources();
      await expect(importDirectory(db, XLSX, { mapping: MAPPING, update: true, actor: 'import:test' })).rejects.toThrow();
      expect(await storedSources()).toEqual(before);
      expect(await importEvents()).toEqual([]);
    } finally {
      await db.runText('DROP CONSTRAINT rel_overwrite_operation IF EXISTS', {}, 'WRITE');
      await db.runText("MATCH (e:AuditEvent {id: 'planted'}) DELETE e", {}, 'WRITE');
    }
  });

  it('with --update replaces them, after the audit record took the old values', async () => {
    const stored = await storedSources();
    const report = await importDirectory(db, XLSX, { mapping: MAPPING, update: true, actor: 'import:test' });
    expect(report.status).toBe('ok');
    // What was stored just before (one tie was filled by the previous test) is what the audit record must hold.
    const old = new Map(stored.map((s) => s.split('|') as [string, string]));
    const replacedTies = STORED_TIES.filter((t) => old.get(t.id) !== SOURCE);
    expect(tieChanges(report)).toEqual(replacedTies.map((t) => [t.id, 'source', old.get(t.id), SOURCE, 'replace']));
    expect(await storedSources()).toEqual(sourcesOf(() => SOURCE));
    const events = await importEvents();
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('ok');
    const entries = (JSON.parse(String(events[0]!.replaced)) as Array<Record<string, unknown>>).filter((e) => e.type === 'LOCATED_IN');
    expect(entries.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual(
      replacedTies.map((t) => ({ id: t.id, property: 'source', old: old.get(t.id), new: SOURCE, type: 'LOCATED_IN', start: t.start, end: t.end })),
    );
    for (const t of replacedTies) expect(events[0]!.subjects).toEqual(expect.arrayContaining([t.start, t.end]));
    // Once replaced, a second run finds nothing left to change on these ties.
    const again = await importDirectory(db, XLSX, { mapping: MAPPING, update: true, dryRun: true });
    expect(tieChanges(again)).toEqual([]);
  });
  it('a tie whose data differs (a partner role) is kept and listed, and replaced with --update', async () => {
    // A copy of the sheet in which the first row's partner takes the other role.
    const row = ROWS[0]!;
    const flipped = row['角色'] === '牵头' ? '参与' : '牵头';
    const roleOf = (text: string) => (text === '牵头' ? 'coordinator' : 'participant');
    const cells = csvLines[1]!.split(',');
    cells[HEADER.indexOf('角色')] = flipped;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-rel-overwrite-'));
    try {
      const copy = path.join(dir, 'partners-gbk.csv');
      fs.writeFileSync(copy, iconv.encode([csvLines[0], cells.join(','), ...csvLines.slice(2)].join('\r\n') + '\r\n', 'gbk'));
      const stored = async () =>
        (await db.runText(
          'MATCH (o:Entity)-[r:PARTICIPATES_IN]->(p:Project {name: $project}) WHERE $org IN [o.name, o.nameZh] RETURN o.id AS org, p.id AS project, r.role AS role',
          { project: row['项目名称'], org: row['单位名称'] },
        ))[0]!;
      const before = await stored();
      expect(before.role).toBe(roleOf(row['角色']!));
      const id = `${String(before.org)} -PARTICIPATES_IN-> ${String(before.project)}`;
      const roleChanges = (r: ImportReport) => r.changes.table.filter((c) => c.id === id).map((c) => [c.property, c.old, c.new, c.kind]);

      const kept = await importDirectory(db, copy, { mapping: MAPPING });
      expect(roleChanges(kept)).toEqual([['role', roleOf(row['角色']!), roleOf(flipped), 'differs']]);
      expect(kept.changes.differing).toBe(1);
      // The web import's check lists it for the admin before a commit.
      expect(jobSummary(kept).differences).toEqual([
        { subject: id, property: 'role', stored: JSON.stringify(roleOf(row['角色']!)), incoming: JSON.stringify(roleOf(flipped)), at: expect.stringMatching(/partners-gbk\.csv:2$/) },
      ]);
      expect((await stored()).role).toBe(roleOf(row['角色']!));
      expect(changesText(kept)).toMatch(new RegExp(`${id} +role .* kept`));

      const replaced = await importDirectory(db, copy, { mapping: MAPPING, update: true, actor: 'import:test' });
      expect(roleChanges(replaced)).toEqual([['role', roleOf(row['角色']!), roleOf(flipped), 'replace']]);
      expect((await stored()).role).toBe(roleOf(flipped));
      const entries = (await importEvents()).flatMap((e) => JSON.parse(String(e.replaced)) as Array<Record<string, unknown>>).filter((e) => e.id === id);
      expect(entries).toEqual([{ id, property: 'role', old: roleOf(row['角色']!), new: roleOf(flipped), type: 'PARTICIPATES_IN', start: before.org, end: before.project }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
