// Spreadsheets as offices keep them, against a real Neo4j: the same people saved as UTF-8, UTF-8 with BOM and CRLF,
// Excel's "Unicode text" (UTF-16 LE, tabs), GBK and .xlsx (written here with SheetJS) land with identical Chinese
// names; a GBK file forced through --encoding utf-8 is refused row by row with file:line:column and writes nothing;
// a second file with changed and damaged values keeps the stored values by default and reports the differences,
// replaces them with --update (the audit record holds the old ones); a sheet with 姓名/单位/职称/手机 under a title
// row imports through the shipped mapping, matching stored employers by name and alias; the shipped examples load
// against the demo dataset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seed/demo/load.js';
import { importDirectory, type ImportReport } from '../../seed/import/importer.js';
import { nodeRow, writeBatch } from '../../seed/import/writer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { createApp } from '../../server/yoga.js';
import { resetGraph, testConfig, testDb } from '../support/db.js';
import { importCli } from '../support/import-cli.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-sheet-'));

/** The people every variant holds: [id, name, nameZh]; 镕 is outside GB2312 but inside GBK. */
const PEOPLE: Array<[string, string, string]> = [
  ['1', 'Zhang San', '张三'],
  ['2', 'Li Si', '李四'],
  ['3', 'Ouyang Xiu', '欧阳修'],
  ['4', 'Zhu Rongji', '朱镕基'],
];
const HEADER = ['id:ID(Person)', 'name', 'nameZh', ':LABEL'];
const table = (rows: string[][], sep: string, eol: string) => rows.map((r) => r.join(sep)).join(eol) + eol;
const peopleRows = (people = PEOPLE) => [HEADER, ...people.map(([id, name, zh]) => [id, name, zh, 'Person'])];

/** An .xlsx file of one sheet holding `rows`, with the ranges in `merges` merged. */
function writeWorkbook(name: string, sheet: string, rows: Array<Array<string | number>>, merges: XLSX.Range[] = []): string {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  if (merges.length) ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  return write(name, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

async function storedPeople(): Promise<Array<[string, string]>> {
  const rows = await db.runText('MATCH (p:Person) RETURN p.id AS id, p.nameZh AS nameZh ORDER BY id');
  return rows.map((r) => [String(r.id), String(r.nameZh)]);
}


beforeAll(async () => {
  await resetGraph(db);
});

afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the same people from every encoding and from Excel', () => {
  const expected = PEOPLE.map(([id, , zh]) => [`Person:${id}`, zh]);
  const variants: Array<[string, () => Promise<string>, RegExp]> = [
    ['UTF-8', async () => write('utf8/people.csv', table(peopleRows(), ',', '\n')), /UTF-8 \(valid UTF-8\)/],
    ['UTF-8 with BOM and CRLF', async () => write('bom/people.csv', `\uFEFF${table(peopleRows(), ',', '\r\n')}`), /UTF-8 \(byte-order mark\)/],
    [
      'UTF-16 LE (Excel "Unicode text", tab-separated)',
      async () => write('utf16/people.txt', iconv.encode(table(peopleRows(), '\t', '\r\n'), 'utf-16le', { addBOM: true })),
      /UTF-16LE \(byte-order mark\)/,
    ],
    ['GBK with CRLF', async () => write('gbk/people.csv', iconv.encode(table(peopleRows(), ',', '\r\n'), 'gbk')), /GBK\/GB18030 \(detected/],
    [
      '.xlsx written with SheetJS',
      async () => writeWorkbook('xlsx/people.xlsx', '人员', peopleRows()),
      /^$/,
    ],
  ];

  for (const [label, make, encoding] of variants) {
    it(`imports identical Chinese names from ${label}`, async () => {
      await resetGraph(db);
      const file = await make();
      const report = await importDirectory(db, file);
      expect(report.badRows).toEqual([]);
      expect(report.status).toBe('ok');
      expect(report.files[0]!.encoding ?? '').toMatch(encoding);
      expect(await storedPeople()).toEqual(expected);
    });
  }

  it('refuses a GBK file read as UTF-8 (--encoding utf-8) with file:line:column and writes nothing', async () => {
    await resetGraph(db);
    const file = write('forced/people-gbk.csv', iconv.encode(table(peopleRows(), ',', '\r\n'), 'gbk'));
    const report = await importDirectory(db, file, { encoding: 'utf-8' });
    expect(report.status).toBe('bad-rows');
    // Every data row has Chinese in column 3 (nameZh), so each is bad there: lines 2-5.
    expect(report.badRows.map((b) => [b.line, b.column])).toEqual(PEOPLE.map((_, i) => [i + 2, 3]));
    for (const b of report.badRows) expect(b.reason).toMatch(/nameZh.*replacement character/);
    expect(await storedPeople()).toEqual([]);

    const run = importCli([file, '--encoding', 'utf-8', '--quiet']);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/people-gbk\.csv:2:3: property 'nameZh' holds the replacement character/);
    expect(await storedPeople()).toEqual([]);
  });
});

describe('an import never overwrites good data with garbage', () => {
  let good: string;
  let changed: string;
  const mojibake = iconv.decode(Buffer.from('朱镕基', 'utf8'), 'win1252');

  beforeAll(async () => {
    await resetGraph(db);
    good = write('policy/good/people.csv', table(peopleRows(), ',', '\n'));
    // Row 1: a changed name; row 2: a name read through the wrong decoder; row 3: a new title (an empty property
    // filled); row 4: UTF-8 shown as Windows-1252.
    const rows = [
      ['id:ID(Person)', 'name', 'nameZh', 'title', ':LABEL'],
      ['1', 'Zhang San', '张叁', '', 'Person'],
      ['2', 'Li Si', '李\uFFFD\uFFFD', '', 'Person'],
      ['3', 'Ouyang Xiu', '欧阳修', 'Professor', 'Person'],
      ['4', 'Zhu Rongji', mojibake, '', 'Person'],
    ];
    changed = write('policy/changed/people.csv', table(rows, ',', '\n'));
    const first = await importDirectory(db, good);
    expect(first.status).toBe('ok');
  });

  it('refuses damaged values with file:line:column and writes nothing', async () => {
    const report = await importDirectory(db, changed);
    expect(report.status).toBe('bad-rows');
    expect(report.badRows.map((b) => [b.file, b.line, b.column])).toEqual([
      [changed, 3, 3],
      [changed, 5, 3],
    ]);
    expect(report.badRows[0]!.reason).toMatch(/replacement character/);
    expect(report.badRows[1]!.reason).toMatch(/UTF-8 read as Latin-1/);
    expect(await storedPeople()).toEqual(PEOPLE.map(([id, , zh]) => [`Person:${id}`, zh]));
  });

  it('by default keeps stored values, fills empty ones and reports the differences', async () => {
    const dry = await importDirectory(db, changed, { skipBad: true, dryRun: true });
    expect(dry.dryRun).toBe(true);
    const report = await importDirectory(db, changed, { skipBad: true });
    for (const r of [dry, report]) {
      expect(r.status).toBe('ok');
      expect(r.changes.existingNodes).toBe(2);
      expect(r.changes.table.map((c) => [c.id, c.property, c.old, c.new, c.kind])).toEqual([
        ['Person:1', 'nameZh', '张三', '张叁', 'differs'],
        ['Person:3', 'title', null, 'Professor', 'fill'],
      ]);
    }
    expect(await storedPeople()).toEqual(PEOPLE.map(([id, , zh]) => [`Person:${id}`, zh]));
    const [p3] = await db.runText("MATCH (p:Person {id: 'Person:3'}) RETURN p.title AS title");
    expect(p3!.title).toBe('Professor');
    const audits = await db.runText("MATCH (e:AuditEvent {action: 'import'}) RETURN count(e) AS n");
    expect(Number(audits[0]!.n)).toBe(0);
  });

  it('with --update replaces them, and the audit record holds the old values', async () => {
    const dry = await importDirectory(db, changed, { skipBad: true, update: true, dryRun: true });
    expect(dry.changes.table.map((c) => [c.id, c.property, c.old, c.new, c.kind])).toEqual([['Person:1', 'nameZh', '张三', '张叁', 'replace']]);
    expect(await storedPeople()).toContainEqual(['Person:1', '张三']);
    const report: ImportReport = await importDirectory(db, changed, { skipBad: true, update: true, actor: 'import:test' });
    expect(report.status).toBe('ok');
    expect(report.changes.replaced).toBe(1);
    expect(await storedPeople()).toEqual([
      ['Person:1', '张叁'],
      ['Person:2', '李四'],
      ['Person:3', '欧阳修'],
      ['Person:4', '朱镕基'],
    ]);
    const events = await db.runText("MATCH (e:AuditEvent {action: 'import'}) RETURN e.replaced AS replaced, e.status AS status, e.actor AS actor, e.subjects AS subjects");
    expect(events).toHaveLength(1);
    expect(events[0]!.status).toBe('ok');
    expect(events[0]!.actor).toBe('import:test');
    expect(events[0]!.subjects).toEqual(['Person:1']);
    expect(JSON.parse(String(events[0]!.replaced))).toEqual([{ id: 'Person:1', property: 'nameZh', old: '张三', new: '张叁' }]);
    // An admin reads the same old values through the API, to restore them.
    const app = await createApp({ config: testConfig(), db, resolveViewer: () => ({ role: 'admin', id: 'ops' }) });
    const res = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ auditLog(action: import) { actor status replaced } }' }),
    });
    const body = (await res.json()) as { data: { auditLog: Array<{ actor: string; status: string; replaced: string | null }> } };
    expect(body.data.auditLog).toHaveLength(1);
    expect(body.data.auditLog[0]!.actor).toBe('import:test');
    expect(JSON.parse(String(body.data.auditLog[0]!.replaced))).toEqual([{ id: 'Person:1', property: 'nameZh', old: '张三', new: '张叁' }]);
  });
});

describe('a sheet with Chinese headers and a title row, through the shipped mapping', () => {
  const mapping = path.join(PROJECT_ROOT, 'seed', 'mappings', 'talent-pool-members.json');
  const rows: Array<[string, string, string, number]> = [
    ['张伟', '杭州五星铝业有限公司', '高级工程师', 13900000001],
    ['李娜', '天目山', '研究员', 13900000002],
    ['王强', '新星科技有限公司', '工程师', 13900000003],
    ['赵敏', '杭州五星铝业有限公司', '工程师', 13900000004],
  ];
  let report: ImportReport;

  beforeAll(async () => {
    await resetGraph(db);
    await writeBatch(
      db,
      [
        nodeRow({ id: 'E:1', labels: ['Enterprise'], props: { name: '杭州五星铝业有限公司' } }),
        nodeRow({ id: 'L:1', labels: ['Lab'], props: { name: '天目山实验室', nameEn: 'Tianmushan Laboratory', aliases: ['天目山'] } }),
      ],
      [],
    );
    // The title merged over the header's four columns (A1:D1).
    const file = writeWorkbook('sheet/members.xlsx', '成员名单', [['2025年人才库成员名单'], ['姓名', '单位', '职称', '手机'], ...rows], [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }]);
    report = await importDirectory(db, file, { mapping });
  });

  it('makes people with their title and phone', async () => {
    expect(report.badRows).toEqual([]);
    expect(report.status).toBe('ok');
    const people = await db.runText('MATCH (p:Person) RETURN p.nameZh AS zh, p.name AS name, p.title AS title, p.phone AS phone ORDER BY phone');
    expect(people).toEqual(rows.map(([zh, , title, phone]) => ({ zh, name: zh, title, phone: String(phone) })));
  });

  it('ties them to stored employers by name or alias, and creates the unknown one', async () => {
    const ties = await db.runText('MATCH (p:Person)-[:WORKS_AT]->(o) RETURN p.nameZh AS person, o.id AS org, o.name AS orgName, labels(o) AS labels ORDER BY person');
    const byPerson = new Map(ties.map((t) => [String(t.person), t]));
    expect(ties).toHaveLength(rows.length);
    expect(byPerson.get('张伟')!.org).toBe('E:1');
    expect(byPerson.get('赵敏')!.org).toBe('E:1');
    expect(byPerson.get('李娜')!.org).toBe('L:1');
    expect(byPerson.get('王强')!.orgName).toBe('新星科技有限公司');
    expect(byPerson.get('王强')!.labels).toContain('Enterprise');
    const [count] = await db.runText('MATCH (e:Enterprise) RETURN count(e) AS n');
    expect(Number(count!.n)).toBe(2);
    expect(report.names.matched.map((m) => [m.name, m.id, m.by]).sort()).toEqual([
      ['天目山', 'L:1', 'alias'],
      ['杭州五星铝业有限公司', 'E:1', 'name'],
    ]);
    expect(report.names.created.map((c) => c.name)).toEqual(['新星科技有限公司']);
  });

  it('changes nothing when the same sheet is imported again', async () => {
    const before = await db.runText('MATCH (n) RETURN count(n) AS n');
    const again = await importDirectory(db, path.join(dir, 'sheet', 'members.xlsx'), { mapping });
    expect(again.status).toBe('ok');
    expect(again.names.created).toEqual([]);
    expect(again.changes.filled + again.changes.differing).toBe(0);
    const after = await db.runText('MATCH (n) RETURN count(n) AS n');
    expect(after).toEqual(before);
  });
});

describe('the shipped examples against the demo dataset', () => {
  const members = path.join(PROJECT_ROOT, 'seed', 'spreadsheets', 'talent-pool', 'members-gbk.csv');
  const demands = path.join(PROJECT_ROOT, 'seed', 'spreadsheets', 'firm-demands', 'demands.xlsx');

  beforeAll(async () => {
    await resetGraph(db);
    await loadDemo(db);
  });

  it('reads the GBK member list below its title line and ties each member to stored employers, pool and areas', async () => {
    const report = await importDirectory(db, members, { mapping: path.join(PROJECT_ROOT, 'seed', 'mappings', 'talent-pool-members.json') });
    expect(report.badRows).toEqual([]);
    expect(report.files[0]!.encoding).toMatch(/GBK\/GB18030/);
    // Expected from the example's rows (seed/spreadsheets/make-examples.ts), looked up in the demo by hand.
    const ties = await db.runText(
      "MATCH (p:Person {source: 'talent-pool-sheet'})-[r]->(o) RETURN p.nameZh AS person, type(r) AS type, o.id AS other ORDER BY person, type, other",
    );
    const got = ties.map((t) => `${String(t.person)} ${String(t.type)} ${String(t.other)}`);
    expect(got).toEqual(
      expect.arrayContaining([
        '陈明远 WORKS_AT demo:enterprise:wuxing-aluminium',
        '陈明远 MEMBER_OF demo:pool:lishui-liandu',
        '陈明远 EXPERT_IN demo:tech:new-materials',
        '陈明远 EXPERT_IN demo:tech:aluminium-foil',
        '林晓静 WORKS_AT demo:lab:tianmushan',
        '吴佳怡 WORKS_AT demo:lab:tianmushan',
      ]),
    );
    expect(report.names.created.map((c) => c.name)).toEqual(['丽水绿谷精密机械有限公司']);
    const [birthday] = await db.runText("MATCH (p:Person {nameZh: '陈明远'}) RETURN toString(p.birthday) AS b, p.phone AS phone");
    expect(birthday).toEqual({ b: '1982-05-17', phone: '13800000001' });
  });

  it('reads the demand workbook: demands posted by stored or new firms, needing stored areas', async () => {
    const report = await importDirectory(db, demands, { mapping: path.join(PROJECT_ROOT, 'seed', 'mappings', 'firm-demands.json') });
    expect(report.badRows).toEqual([]);
    const rows = await db.runText(
      "MATCH (e:Enterprise)-[:POSTED]->(d:Demand {source: 'firm-demand-sheet'}) RETURN d.nameZh AS demand, e.id AS firm, d.status AS status, toString(d.postedAt) AS posted ORDER BY demand",
    );
    const byDemand = new Map(rows.map((r) => [String(r.demand), r]));
    expect(rows).toHaveLength(3);
    expect(byDemand.get('高强铝合金焊接工艺优化')).toMatchObject({ firm: 'demo:enterprise:wuxing-aluminium', status: 'open' });
    expect(String(byDemand.get('高强铝合金焊接工艺优化')!.posted)).toMatch(/^2025-04-01T00:00/);
    expect(byDemand.get('竹木制品智能分拣')).toMatchObject({ status: 'matching' });
    expect(report.names.created.map((c) => c.name)).toEqual(['丽水竹韵家居有限公司']);
    const [needs] = await db.runText("MATCH (:Demand {source: 'firm-demand-sheet'})-[n:NEEDS]->(:TechArea) RETURN count(n) AS n");
    expect(Number(needs!.n)).toBe(5);
  });
});
