// Dates as Excel on Chinese Windows writes them, against a real Neo4j: a talent-pool member list saved as GBK CSV
// with 出生日期 as 1982/5/17, 1990-1-2, 1975.12.3, 1988年7月9日 or with a time stores the right ISO birthdays; the
// same list with a year-last, impossible, two-digit-year or month-only date is refused at file:line:column and
// writes nothing; a firm-demands workbook whose date cells are text (2026/3/5, 2026/3/5 9:30) stores the right
// moments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../seed/import/importer.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { resetGraph, testDb } from '../support/db.js';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-import-dates-'));
const mappings = path.join(PROJECT_ROOT, 'seed', 'mappings');
const MEMBER_HEADER = ['姓名', '性别', '出生日期', '单位', '职称', '手机', '邮箱'];
/** 出生日期 is the third column of the header above. */
const BIRTHDAY_COLUMN = 3;

/** A member row with the birthday text as typed. */
const member = (name: string, birthday: string, phone: string) => [name, '男', birthday, '丽水示例精密机械有限公司', '工程师', phone, ''];

/** A GBK CSV with CRLF, as Excel on Chinese Windows saves "CSV (逗号分隔)". */
function writeGbkCsv(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, iconv.encode(rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'gbk'));
  return file;
}

beforeAll(async () => {
  await resetGraph(db);
});

afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a GBK talent-pool member list with Excel-style birthdays', () => {
  // [name, birthday as typed, phone, the ISO date it is (worked out by hand)]
  const members: Array<[string, string, string, string | null]> = [
    ['陈明远', '1982/5/17', '13800000101', '1982-05-17'],
    ['林晓静', '1990-1-2', '13800000102', '1990-01-02'],
    ['吴佳怡', '1975.12.3', '13800000103', '1975-12-03'],
    ['周子豪', '1988年7月9日', '13800000104', '1988-07-09'],
    ['郑雨桐', '1992/03/04 0:00', '13800000105', '1992-03-04'],
    ['孙立伟', '2000/2/29', '13800000106', '2000-02-29'],
    ['何静', '', '13800000107', null],
  ];

  it('stores each birthday as its ISO date', async () => {
    const file = writeGbkCsv('members/members-gbk.csv', [MEMBER_HEADER, ...members.map(([n, b, p]) => member(n, b, p))]);
    const report = await importDirectory(db, file, { mapping: path.join(mappings, 'talent-pool-members.json') });
    expect(report.badRows).toEqual([]);
    expect(report.files[0]!.encoding).toMatch(/GBK\/GB18030/);
    const rows = await db.runText("MATCH (p:Person {source: 'talent-pool-sheet'}) RETURN p.nameZh AS name, toString(p.birthday) AS birthday ORDER BY p.phone");
    expect(rows).toEqual(members.map(([name, , , birthday]) => ({ name, birthday })));
  });

  it('refuses ambiguous, impossible and month-only birthdays at file:line:column and writes nothing', async () => {
    await resetGraph(db);
    const bad: Array<[string, RegExp]> = [
      ['17/05/1982', /puts the day or month first/],
      ['1990/2/30', /is not a real date: 1990-02 has 28 days/],
      ['82/5/17', /has a two-digit year/],
      ['1988年7月', /is a month, not a day/],
    ];
    const rows = [member('好人', '1982/5/17', '13800000200'), ...bad.map(([text], i) => member(`坏${i}`, text, `1380000021${i}`))];
    const file = writeGbkCsv('bad/members-gbk.csv', [MEMBER_HEADER, ...rows]);
    const report = await importDirectory(db, file, { mapping: path.join(mappings, 'talent-pool-members.json') });
    expect(report.status).toBe('bad-rows');
    // The header is line 1 and the good row line 2, so the bad ones are lines 3 to 6, all at 出生日期.
    expect(report.badRows.map((b) => [b.line, b.column])).toEqual(bad.map((_, i) => [i + 3, BIRTHDAY_COLUMN]));
    report.badRows.forEach((b, i) => {
      expect(b.reason).toMatch(bad[i]![1]);
      expect(b.reason).toMatch(/accepted: 2020-01-31, 2020\/1\/31, 2020\.1\.31 or 2020年1月31日/);
    });
    const [count] = await db.runText('MATCH (n) RETURN count(n) AS n');
    expect(Number(count!.n)).toBe(0);
  });
});

describe('a firm-demands workbook whose dates are text', () => {
  it('stores 2026/3/5 as that day and 2026/3/5 9:30 as that local moment', async () => {
    await resetGraph(db);
    const rows = [
      ['需求名称', '发布企业', '状态', '发布日期', '截止日期'],
      ['铝合金焊接工艺优化(示例)', '丽水示例铝业有限公司', '待对接', '2026/3/5', '2026年6月30日'],
      ['竹木制品智能分拣(示例)', '丽水示例家居有限公司', '对接中', '2026/3/5 9:30', '2026.12.1'],
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    // Text cells, as a sheet typed on a Chinese locale and saved without date formats holds them.
    expect(ws.D2!.t).toBe('s');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '需求');
    const file = path.join(dir, 'demands', 'demands.xlsx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const report = await importDirectory(db, file, { mapping: path.join(mappings, 'firm-demands.json') });
    expect(report.badRows).toEqual([]);
    const stored = await db.runText(
      "MATCH (d:Demand {source: 'firm-demand-sheet'}) RETURN d.nameZh AS name, d.postedAt.epochMillis AS posted, d.responseDue.epochMillis AS due ORDER BY name",
    );
    // A date alone is midnight UTC (as an Excel date cell is); a time of day without a zone is the importer's local time.
    const expected = [
      { name: '竹木制品智能分拣(示例)', posted: new Date(2026, 2, 5, 9, 30).getTime(), due: Date.UTC(2026, 11, 1) },
      { name: '铝合金焊接工艺优化(示例)', posted: Date.UTC(2026, 2, 5), due: Date.UTC(2026, 5, 30) },
    ].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(stored.map((r) => ({ name: r.name, posted: Number(r.posted), due: Number(r.due) }))).toEqual(expected);
  });
});
