// What the details drawer shows for one node, worked out from the node and its neighbourhood: readable properties
// (with masked personal fields marked as such), every affiliation with its dates, the facts that matter for pools,
// competitions, projects and demands, and the neighbours grouped by tie so each can be opened.
import type { ApiNode, ApiNodeSummary, ApiRelationship, Lang, Subgraph } from '../api/types.js';
import { formatDate, formatNumber, joinList, propLabel, translator, valueLabel } from '../i18n/translate.js';

/** Fields shown in the header rather than the property list, or never shown. */
const HEADER_FIELDS = new Set(['id', 'name', 'nameZh', 'nameEn', 'illustrative', 'pinyin', 'aliasText', 'description']);
const CONTACT_FIELDS = ['email', 'phone', 'wechat'] as const;
const PERSONAL_FIELDS = [...CONTACT_FIELDS, 'birthday', 'gender'] as const;
const DATE_FIELDS = new Set(['birthday', 'start', 'end', 'nextMilestoneDue', 'admittedOn', 'since']);
const DATETIME_FIELDS = new Set(['postedAt', 'responseDue']);
const URL_FIELDS = new Set(['url']);

export interface PropertyRow {
  key: string;
  label: string;
  /** Display text; null for a masked field. */
  value: string | null;
  masked: boolean;
  href?: string;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * The demo data writes some free text in both languages, "首席科学家 / chief scientist"; the reader gets the side in
 * their language. Text that is not such a pair comes back unchanged.
 */
export function pickLanguage(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  if (parts.length !== 2) return text;
  const [a, b] = parts as [string, string];
  if (CJK.test(a) && !CJK.test(b) && b.trim()) return lang === 'en' ? b.trim() : a.trim();
  if (CJK.test(b) && !CJK.test(a) && a.trim()) return lang === 'en' ? a.trim() : b.trim();
  return text;
}

export function formatValue(key: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return joinList(value.map((v) => formatValue(key, v, lang)), lang);
  if (typeof value === 'boolean') return translator(lang)(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') {
    if (key === 'escrowPercent') return `${formatNumber(value <= 1 ? value * 100 : value, lang, 0)}%`;
    if (key === 'strength' || key === 'contribution' || key === 'weight' || key === 'level') return formatNumber(value, lang, 2);
    if (key === 'founded' || key === 'year' || key === 'classYear') return String(value);
    return formatNumber(value, lang);
  }
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(key)) return formatDate(value, lang);
    if (DATETIME_FIELDS.has(key)) return formatDate(value, lang, true);
    return pickLanguage(valueLabel(lang, key, value), lang);
  }
  return JSON.stringify(value);
}

/**
 * The node's properties as rows. For a person seen without the right to contact details, the contact and personal
 * fields are listed as masked rather than silently missing, so the reader knows they exist behind a token.
 */
export function propertyRows(node: ApiNode, lang: Lang, seesPersonal: boolean): PropertyRow[] {
  const rows: PropertyRow[] = [];
  for (const [key, value] of Object.entries(node.properties)) {
    if (HEADER_FIELDS.has(key) || value === null || value === undefined) continue;
    const row: PropertyRow = { key, label: propLabel(lang, key), value: formatValue(key, value, lang), masked: false };
    if (URL_FIELDS.has(key) && typeof value === 'string' && /^https?:\/\//i.test(value)) row.href = value;
    rows.push(row);
  }
  if (node.type === 'Person' && !seesPersonal) {
    for (const key of PERSONAL_FIELDS) {
      if (key in node.properties) continue;
      if (key === 'gender' || key === 'birthday') continue;
      rows.push({ key, label: propLabel(lang, key), value: null, masked: true });
    }
  }
  return rows;
}

/** A person who did not consent to being shown: the server sends `consent: false` and nothing else. */
export function isAnonymous(node: ApiNode): boolean {
  return node.type === 'Person' && node.properties.consent === false && Object.keys(node.properties).length === 1;
}

export interface Tie {
  rel: ApiRelationship;
  other: ApiNodeSummary;
  /** True when the tie points from the node to `other`. */
  outgoing: boolean;
}

export function tiesOf(nodeId: string, subgraph: Pick<Subgraph, 'nodes' | 'edges'>): Tie[] {
  const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const ties: Tie[] = [];
  for (const rel of subgraph.edges) {
    const outgoing = rel.from === nodeId;
    if (!outgoing && rel.to !== nodeId) continue;
    const other = byId.get(outgoing ? rel.to : rel.from);
    if (other) ties.push({ rel, other, outgoing });
  }
  return ties;
}

const AFFILIATION_TYPES = ['WORKS_AT', 'AFFILIATED_WITH', 'FOUNDED', 'STUDIED_AT', 'MEMBER_OF'];

export interface AffiliationRow {
  relType: string;
  org: ApiNodeSummary;
  role: string | null;
  start: string | null;
  end: string | null;
  current: boolean;
  illustrative: boolean;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function localised(text: string | null, lang: Lang): string | null {
  return text === null ? null : pickLanguage(text, lang);
}

/** A person's posts (current first, then by start date, newest first). Empty for other node types. */
export function affiliations(node: ApiNode, ties: readonly Tie[], today: string, lang: Lang = 'zh'): AffiliationRow[] {
  if (node.type !== 'Person') return [];
  return ties
    .filter((t) => t.outgoing && AFFILIATION_TYPES.includes(t.rel.type))
    .map((t) => {
      const end = str(t.rel.properties.end);
      const start = str(t.rel.properties.start) ?? str(t.rel.properties.admittedOn);
      return {
        relType: t.rel.type,
        org: t.other,
        role: localised(str(t.rel.properties.role) ?? str(t.rel.properties.degree) ?? str(t.rel.properties.title), lang),
        start,
        end,
        current: t.rel.type !== 'STUDIED_AT' && (end === null || end.slice(0, 10) >= today),
        illustrative: t.rel.properties.illustrative === true,
      };
    })
    .sort((a, b) => Number(b.current) - Number(a.current) || (b.start ?? '').localeCompare(a.start ?? '') || a.relType.localeCompare(b.relType));
}

export interface Fact {
  label: string;
  value: string;
}

export interface FactList {
  title: 'winners' | 'participants' | 'members' | 'subPools';
  items: { node: ApiNodeSummary; note: string | null }[];
}

function note(parts: Array<string | null | undefined>): string | null {
  const s = parts.filter((p): p is string => !!p).join(' · ');
  return s || null;
}

/** Lists that make a pool, competition, project or demand understandable at a glance. */
export function factLists(node: ApiNode, ties: readonly Tie[], lang: Lang): FactList[] {
  const lists: FactList[] = [];
  const incoming = (type: string) => ties.filter((t) => !t.outgoing && t.rel.type === type);
  switch (node.type) {
    case 'Competition': {
      const winners = incoming('WON')
        .map((t) => ({ t, rank: typeof t.rel.properties.rank === 'number' ? t.rel.properties.rank : Number.MAX_SAFE_INTEGER }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ t }) => ({
          node: t.other,
          note: note([
            typeof t.rel.properties.rank === 'number' ? translator(lang)('details.rank', { n: t.rel.properties.rank }) : null,
            localised(str(t.rel.properties.prize), lang),
            localised(str(t.rel.properties.track), lang),
            typeof t.rel.properties.year === 'number' ? String(t.rel.properties.year) : null,
          ]),
        }));
      if (winners.length) lists.push({ title: 'winners', items: winners });
      break;
    }
    case 'TalentPool': {
      const members = incoming('MEMBER_OF').map((t) => ({
        node: t.other,
        note: note([Array.isArray(t.rel.properties.dimensions) ? formatValue('dimensions', t.rel.properties.dimensions, lang) : null, str(t.rel.properties.admittedOn) ? formatDate(String(t.rel.properties.admittedOn), lang) : null]),
      }));
      if (members.length) lists.push({ title: 'members', items: members });
      const subPools = incoming('PART_OF').filter((t) => t.other.type === 'TalentPool').map((t) => ({ node: t.other, note: null }));
      if (subPools.length) lists.push({ title: 'subPools', items: subPools });
      break;
    }
    case 'Project':
    case 'Demand': {
      const participants = ties
        .filter((t) => ['PARTICIPATES_IN', 'BROKERED', 'POSTED'].includes(t.rel.type))
        .map((t) => ({ node: t.other, note: note([localised(str(t.rel.properties.role), lang), typeof t.rel.properties.contribution === 'number' ? formatValue('contribution', t.rel.properties.contribution, lang) : null]) }));
      if (participants.length) lists.push({ title: 'participants', items: participants });
      break;
    }
    default:
      break;
  }
  return lists;
}

/** Headline facts for pools, competitions, projects and demands, from the node's own fields. */
export function keyFacts(node: ApiNode, lang: Lang): Fact[] {
  const p = node.properties;
  const pick: Record<string, string[]> = {
    TalentPool: ['kind', 'memberCount', 'responseHours', 'dimensions'],
    Competition: ['year', 'edition', 'tracks'],
    Project: ['status', 'start', 'end', 'budget', 'totalCost', 'escrowPercent', 'escrowState', 'nextMilestone', 'nextMilestoneDue', 'milestones', 'programme'],
    Demand: ['status', 'postedAt', 'responseDue'],
    Lab: ['kind', 'founded'],
    Enterprise: ['founded', 'employees'],
    Region: ['level', 'population', 'overseasPopulation'],
  };
  return (pick[node.type] ?? [])
    .filter((k) => p[k] !== undefined && p[k] !== null && p[k] !== '')
    .map((k) => ({ label: propLabel(lang, k), value: formatValue(k, p[k], lang) }));
}

export interface NeighbourGroup {
  relType: string;
  outgoing: boolean;
  items: Tie[];
}

/** Neighbours grouped by tie type and direction, largest group first, strongest ties first within a group. */
export function neighbourGroups(ties: readonly Tie[]): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  for (const t of ties) {
    const key = `${t.rel.type}/${t.outgoing ? 'out' : 'in'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { relType: t.rel.type, outgoing: t.outgoing, items: [] }));
    g.items.push(t);
  }
  const strength = (t: Tie) => (typeof t.rel.properties.strength === 'number' ? t.rel.properties.strength : 0.5);
  for (const g of groups.values()) g.items.sort((a, b) => strength(b) - strength(a) || a.other.name.localeCompare(b.other.name));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.relType.localeCompare(b.relType));
}

/** "2019 – present", "2015-09 – 2019-06", or null when no date is known. */
export function dateRange(start: string | null, end: string | null, lang: Lang, present: string): string | null {
  if (!start && !end) return null;
  return `${start ? formatDate(start, lang) : '…'} – ${end ? formatDate(end, lang) : present}`;
}
