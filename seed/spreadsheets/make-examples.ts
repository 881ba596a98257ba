// Writes the example spreadsheets beside this file, as a talent office and a firm would keep them: an Excel member
// list of a talent pool (a merged title row above the header, typed date and number cells), the same list saved as
// CSV on Chinese Windows (GBK, CRLF), an Excel demand list of firms, and a project-partner list (项目合作单位清单) as
// an Excel workbook and the same rows as GBK CSV. The people, phones and demands are
// invented (示例); the employers, pools and technology areas are those of the demo dataset, so that importing the
// examples into the demo store shows names matched and names created.
// Run: npx tsx seed/spreadsheets/make-examples.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';

const here = path.dirname(fileURLToPath(import.meta.url));
// Fixed workbook dates keep the files the same from run to run.
const STAMP = new Date(Date.UTC(2025, 0, 1));

type Cell = string | number | Date | null;

export const MEMBER_TITLE = '丽水市“共享人才”莲都区分库 成员名单（示例数据）';
export const MEMBER_HEADER = ['姓名', '性别', '出生日期', '单位', '职称', '手机', '邮箱', '人才库', '专业领域'];
export const MEMBER_ROWS: Cell[][] = [
  ['陈明远', '男', new Date(Date.UTC(1982, 4, 17)), '杭州五星铝业有限公司', '高级工程师', 13800000001, 'chen.mingyuan@example.com', '丽水市“共享人才”莲都区分库', '新材料、铝箔与轻合金材料'],
  ['林晓静', '女', new Date(Date.UTC(1988, 10, 3)), '天目山实验室', '研究员', 13800000002, 'lin.xiaojing@example.com', '丽水市“共享人才”莲都区分库', '新能源材料'],
  ['周建华', '男', null, '丽水绿谷精密机械有限公司', '工程师', 13800000003, null, '丽水市“共享人才”莲都区分库', '智能制造'],
  ['吴佳怡', '女', null, 'Tianmushan Laboratory', '助理研究员', 13800000004, null, null, '人工智能'],
];

export const DEMAND_TITLE = '企业技术需求清单（示例数据）';
export const DEMAND_HEADER = ['需求名称', '发布企业', '技术领域', '需求描述', '状态', '发布日期', '截止日期'];
export const DEMAND_ROWS: Cell[][] = [
  ['高强铝合金焊接工艺优化', '杭州五星铝业有限公司', '铝箔与轻合金材料、智能制造', '焊缝强度提升 15%，需要工艺与检测方面的专家（示例）', '待对接', new Date(Date.UTC(2025, 3, 1)), new Date(Date.UTC(2025, 3, 3))],
  ['文旅 XR 内容本地化', '浙江程视元宇宙科技有限公司', '扩展现实(XR)', '面向欧洲市场的 XR 内容本地化团队（示例）', '待对接', new Date(Date.UTC(2025, 3, 8)), new Date(Date.UTC(2025, 3, 10))],
  ['竹木制品智能分拣', '丽水竹韵家居有限公司', '智能制造、人工智能', '基于视觉的竹片分级分拣（示例）', '对接中', new Date(Date.UTC(2025, 2, 20)), new Date(Date.UTC(2025, 2, 22))],
];

export const PARTNER_TITLE = '项目合作单位清单（示例数据：项目为虚构，标注“示例”的单位为虚构）';
export const PARTNER_HEADER = ['项目名称', '项目编号', '立项年份', '开始日期', '结束日期', '单位名称', '单位类型', '角色', '所在地区', '经费(万元)'];
// One row per project and partner. The projects are invented (示例); 杭州五星铝业, 浙江兆丰机电, 浙江大学, 北航国际创新研究院,
// 天目山实验室 and 萧山区科技局 are the demo dataset's own names, so they match stored nodes; the (示例) ones are created
// with the label their 单位类型 gives. 宁波市 is not a stored region, so that organisation gets no LOCATED_IN.
export const PARTNER_ROWS: Cell[][] = [
  ['动力电池铝箔轻量化关键技术(示例)', 'ZJ-2022-001', 2022, null, new Date(Date.UTC(2024, 11, 31)), '杭州五星铝业有限公司', '企业', '牵头', '杭州市', 500],
  ['动力电池铝箔轻量化关键技术(示例)', 'ZJ-2022-001', 2022, null, new Date(Date.UTC(2024, 11, 31)), '浙江兆丰机电', '企业', '参与', '萧山区', 500],
  ['动力电池铝箔轻量化关键技术(示例)', 'ZJ-2022-001', 2022, null, new Date(Date.UTC(2024, 11, 31)), '余杭轻合金精密制造有限公司(示例)', '企业', '参与', '余杭区', 500],
  ['电驱系统轴承材料可靠性研究(示例)', 'ZJ-2023-014', null, new Date(Date.UTC(2023, 2, 1)), null, '浙江兆丰机电', '企业', '牵头', '萧山区', 320],
  ['电驱系统轴承材料可靠性研究(示例)', 'ZJ-2023-014', null, new Date(Date.UTC(2023, 2, 1)), null, '浙江大学', '高校', '参与', '杭州市', 320],
  ['电驱系统轴承材料可靠性研究(示例)', 'ZJ-2023-014', null, new Date(Date.UTC(2023, 2, 1)), null, '之江轻合金材料研究院(示例)', '科研院所', '参与', '宁波市', 320],
  ['高强铝合金智能产线验证(示例)', null, 2024, null, null, '余杭轻合金精密制造有限公司(示例)', '企业', '牵头', '余杭区', 180.5],
  ['高强铝合金智能产线验证(示例)', null, 2024, null, null, '北航国际创新研究院', '科研院所', '参与', '余杭区', 180.5],
  ['高强铝合金智能产线验证(示例)', null, 2024, null, null, '杭州市轻量化材料产业联盟(示例)', '其他', '参与', null, 180.5],
  ['轻合金材料检测公共服务平台(示例)', 'ZJ-2024-032', null, new Date(Date.UTC(2024, 5, 15)), new Date(Date.UTC(2026, 5, 14)), '天目山实验室', '新型研发机构', '牵头', '余杭区', null],
  ['轻合金材料检测公共服务平台(示例)', 'ZJ-2024-032', null, new Date(Date.UTC(2024, 5, 15)), new Date(Date.UTC(2026, 5, 14)), '萧山区科技局', '政府部门', '参与', '萧山区', null],
];

/** A workbook with one sheet: a title merged over the header's width, the header, the rows. */
export async function writeSheet(file: string, sheetName: string, title: string | null, header: string[], rows: Cell[][]): Promise<void> {
  // A date cell is stored as an Excel date with a date format, so it shows as a date in Excel; the importer reads it
  // as YYYY-MM-DD. UTC: the dates above are midnight UTC and must not move with the zone of the machine.
  const ws = XLSX.utils.aoa_to_sheet([...(title ? [[title]] : []), header, ...rows], { dateNF: 'yyyy-mm-dd', UTC: true });
  if (title) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: STAMP, ModifiedDate: STAMP };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** CSV text (RFC 4180 quoting where needed), CRLF line ends as Excel writes them. */
export function csvText(rows: Cell[][]): string {
  const text = (c: Cell) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c));
  const quote = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t);
  return rows.map((r) => r.map((c) => quote(text(c))).join(',')).join('\r\n') + '\r\n';
}

async function main(): Promise<void> {
  await writeSheet(path.join(here, 'talent-pool', 'members.xlsx'), '成员名单', MEMBER_TITLE, MEMBER_HEADER, MEMBER_ROWS);
  // Excel's "CSV (逗号分隔)" on Chinese Windows: GBK, CRLF, the title row kept as a first line.
  const gbk = iconv.encode(csvText([[MEMBER_TITLE], MEMBER_HEADER, ...MEMBER_ROWS]), 'gbk');
  fs.writeFileSync(path.join(here, 'talent-pool', 'members-gbk.csv'), gbk);
  await writeSheet(path.join(here, 'firm-demands', 'demands.xlsx'), '需求清单', DEMAND_TITLE, DEMAND_HEADER, DEMAND_ROWS);
  await writeSheet(path.join(here, 'project-partners', 'partners.xlsx'), '项目合作单位清单', PARTNER_TITLE, PARTNER_HEADER, PARTNER_ROWS);
  fs.writeFileSync(path.join(here, 'project-partners', 'partners-gbk.csv'), iconv.encode(csvText([PARTNER_HEADER, ...PARTNER_ROWS]), 'gbk'));
  console.log(`wrote the examples under ${path.relative(process.cwd(), here) || '.'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
