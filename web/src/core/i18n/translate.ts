// Turns message keys, node names, property names and values into words in the chosen language. Anything the
// tables do not know falls back to something readable (the raw name), never to an empty string.
import type { ApiNode, Lang } from '../api/types.js';
import { en, zh, type MessageKey } from './messages.js';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang): Translate {
  const table: Record<MessageKey, string> = lang === 'en' ? en : zh;
  return (key, params) => fill(table[key] ?? key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

/** A label for a node type, role label or relationship type; unknown ones are shown as they are. */
export function typeLabel(lang: Lang, type: string): string {
  const key = `type.${type}`;
  return isMessageKey(key) ? translator(lang)(key) : type;
}
export function roleLabel(lang: Lang, role: string): string {
  const key = `role.${role}`;
  return isMessageKey(key) ? translator(lang)(key) : role;
}
export function relLabel(lang: Lang, type: string): string {
  const key = `rel.${type}`;
  return isMessageKey(key) ? translator(lang)(key) : type.toLowerCase().replace(/_/g, ' ');
}

/** The node's name in the chosen language, falling back to the other language and then to `name`. */
export function displayName(node: Pick<ApiNode, 'name' | 'nameZh' | 'nameEn'>, lang: Lang): string {
  return (lang === 'en' ? node.nameEn ?? node.nameZh : node.nameZh ?? node.nameEn) ?? node.name;
}

/** The name in the other language, when it differs, for a secondary line. */
export function otherName(node: Pick<ApiNode, 'name' | 'nameZh' | 'nameEn'>, lang: Lang): string | null {
  const other = lang === 'en' ? node.nameZh : node.nameEn;
  return other && other !== displayName(node, lang) ? other : null;
}

const PROP_LABELS: Record<string, [string, string]> = {
  name: ['名称', 'Name'],
  nameZh: ['中文名', 'Chinese name'],
  nameEn: ['英文名', 'English name'],
  aliases: ['别名', 'Aliases'],
  description: ['简介', 'Description'],
  url: ['网址', 'Website'],
  source: ['来源', 'Source'],
  illustrative: ['示例数据', 'Illustrative'],
  title: ['职务', 'Title'],
  gender: ['性别', 'Gender'],
  birthday: ['生日', 'Birthday'],
  email: ['邮箱', 'Email'],
  phone: ['电话', 'Phone'],
  wechat: ['微信', 'WeChat'],
  consent: ['同意公开', 'Consent'],
  country: ['国家', 'Country'],
  founded: ['成立年份', 'Founded'],
  employees: ['员工数', 'Employees'],
  sme: ['中小企业', 'SME'],
  activityType: ['机构类别', 'Activity type'],
  kind: ['类别', 'Kind'],
  year: ['年份', 'Year'],
  edition: ['届次', 'Edition'],
  tracks: ['赛道', 'Tracks'],
  dimensions: ['入选维度', 'Admission dimensions'],
  responseHours: ['响应时限（小时）', 'Response time (hours)'],
  memberCount: ['成员数', 'Members'],
  level: ['层级', 'Level'],
  population: ['人口', 'Population'],
  overseasPopulation: ['海外人口', 'Population overseas'],
  code: ['代码', 'Code'],
  lat: ['纬度', 'Latitude'],
  lon: ['经度', 'Longitude'],
  status: ['状态', 'Status'],
  start: ['开始', 'Start'],
  end: ['结束', 'End'],
  budget: ['预算', 'Budget'],
  totalCost: ['总投入', 'Total cost'],
  escrowPercent: ['托管比例', 'Escrow share'],
  escrowState: ['托管状态', 'Escrow state'],
  milestones: ['里程碑', 'Milestones'],
  nextMilestone: ['下一里程碑', 'Next milestone'],
  nextMilestoneDue: ['下一里程碑截止', 'Next milestone due'],
  programme: ['所属计划', 'Programme'],
  postedAt: ['发布时间', 'Posted at'],
  responseDue: ['响应截止', 'Response due'],
  techAreaIds: ['技术领域', 'Tech areas'],
  regionId: ['地区', 'Region'],
  role: ['角色', 'Role'],
  strength: ['强度', 'Strength'],
  rank: ['名次', 'Rank'],
  track: ['赛道', 'Track'],
  prize: ['奖项', 'Prize'],
  degree: ['学位', 'Degree'],
  classYear: ['届', 'Class of'],
  since: ['相识自', 'Since'],
  admittedOn: ['入选日期', 'Admitted on'],
  tags: ['标签', 'Tags'],
  contribution: ['贡献', 'Contribution'],
  weight: ['权重', 'Weight'],
  jointLabId: ['联合实验室', 'Joint lab'],
};

export function propLabel(lang: Lang, prop: string): string {
  const pair = PROP_LABELS[prop];
  return pair ? pair[lang === 'en' ? 1 : 0] : prop;
}

const VALUE_LABELS: Record<string, [string, string]> = {
  provincial_lab: ['省实验室', 'Provincial lab'],
  joint_lab: ['联合实验室', 'Joint lab'],
  university: ['高校', 'University'],
  research_institute: ['研究院所', 'Research institute'],
  innovation_platform: ['创新平台', 'Innovation platform'],
  public_body: ['公共机构', 'Public body'],
  other: ['其他', 'Other'],
  country: ['国家', 'Country'],
  province: ['省', 'Province'],
  city: ['市', 'City'],
  county: ['县（区）', 'County'],
  none: ['无', 'None'],
  proposed: ['拟议中', 'Proposed'],
  deposited: ['已存入托管', 'Deposited in escrow'],
  refunded: ['已退回', 'Refunded'],
  released: ['已释放', 'Released'],
  open: ['开放', 'Open'],
  active: ['进行中', 'Active'],
  closed: ['已关闭', 'Closed'],
  completed: ['已完成', 'Completed'],
  matched: ['已匹配', 'Matched'],
};

/** Enumerated values of the model (kinds, levels, states) in words. */
export function valueLabel(lang: Lang, prop: string, value: string): string {
  if (!['kind', 'level', 'escrowState', 'status'].includes(prop)) return value;
  const pair = VALUE_LABELS[value];
  return pair ? pair[lang === 'en' ? 1 : 0] : value;
}

/** Dates come as ISO strings ("2023-05-01", "2024-01-02T03:04:05Z"); shown as the locale writes them. */
export function formatDate(value: string, lang: Lang, withTime = false): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const d = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: dateOnly ? 'UTC' : undefined };
  if (withTime && !dateOnly) {
    opts.hour = '2-digit';
    opts.minute = '2-digit';
  }
  return new Intl.DateTimeFormat(locale, opts).format(d);
}

export function formatNumber(value: number, lang: Lang, digits?: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', digits === undefined ? {} : { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** Scores in [0,1] as a percentage-like figure users read at a glance ("87"). */
export function formatScore(score: number): string {
  const clipped = Math.max(0, Math.min(1, Number.isFinite(score) ? score : 0));
  return String(Math.round(clipped * 100));
}

/** A list in the language's way: "a、b、c" or "a, b, c". */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(translator(lang)('common.listSeparator'));
}
