// Every ranked list as a CSV file a spreadsheet opens as it is: RFC 4180 (fields with a comma, quote or line break
// quoted, quotes doubled, CRLF between records), UTF-8 with a byte-order mark so Excel reads Chinese correctly, and
// the columns a spreadsheet user expects (rank, names in both languages, type, score, reasons in both languages...).
// The rows are built from the answer the view already holds, so a masked answer stays masked: nothing is fetched.
import type { ApiNodeSummary, ApiPath, BrokerScore, Bridge, DiasporaMap, Fragility, Lang, Reason, Recommendation } from '../api/types.js';
import { displayName, typeLabel, type Translate } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages.js';
import { reasonsIn } from '../recommend/ranking-display.js';

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** The byte-order mark that tells a spreadsheet the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * One field as RFC 4180 writes it. Text that a spreadsheet would run as a formula (starting with = + - @ or a tab
 * or carriage return) is prefixed with an apostrophe, so a name in the data cannot execute in the user's sheet;
 * numbers are written as they are.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header, one record per row, CRLF-separated (and a CRLF after the last record). */
export function csvText(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

const LIST = '; ';
const CHAIN = ' → ';

function names(nodes: readonly ApiNodeSummary[], lang: Lang, sep = LIST): string {
  return nodes.map((n) => displayName(n, lang)).join(sep);
}

function reasons(lang: Lang, details: readonly Reason[] | undefined, plain: readonly string[]): string {
  return reasonsIn(lang, details, plain).join(LIST);
}

function header(t: Translate, keys: MessageKey[]): string[] {
  return keys.map((k) => t(k));
}

function uniqueById(nodes: readonly ApiNodeSummary[]): ApiNodeSummary[] {
  const seen = new Map<string, ApiNodeSummary>();
  for (const n of nodes) if (!seen.has(n.id)) seen.set(n.id, n);
  return [...seen.values()];
}

/** Bridges between two ends, in the order the answer ranked them. */
export function bridgesCsv(bridges: readonly Bridge[], t: Translate): CsvTable {
  return {
    header: header(t, [
      'csv.rank',
      'csv.kind',
      'csv.score',
      'csv.nameZh',
      'csv.nameEn',
      'csv.ids',
      'csv.carriersZh',
      'csv.carriersEn',
      'csv.hops',
      'csv.chainZh',
      'csv.chainEn',
      'csv.reasonsZh',
      'csv.reasonsEn',
    ]),
    rows: bridges.map((b, i) => {
      const carriers = b.kind === 'ORGANISATION' ? uniqueById(b.carriers ?? []) : [];
      return [
        i + 1,
        t(`bridges.kind.${b.kind}` as MessageKey),
        b.score,
        names(b.intermediaries, 'zh', ' + '),
        names(b.intermediaries, 'en', ' + '),
        b.intermediaries.map((n) => n.id).join(' '),
        names(carriers, 'zh'),
        names(carriers, 'en'),
        b.path.length,
        names(b.path.nodes, 'zh', CHAIN),
        names(b.path.nodes, 'en', CHAIN),
        reasons('zh', b.reasonDetails, b.reasons),
        reasons('en', b.reasonDetails, b.reasons),
      ];
    }),
  };
}

/** Paths between two ends: hops, weight, the chain in both languages, the ids and the tie types. */
export function pathsCsv(paths: readonly ApiPath[], t: Translate): CsvTable {
  return {
    header: header(t, ['csv.rank', 'csv.hops', 'csv.weight', 'csv.chainZh', 'csv.chainEn', 'csv.intermediariesZh', 'csv.intermediariesEn', 'csv.ids', 'csv.relTypes']),
    rows: paths.map((p, i) => {
      const middle = p.nodes.slice(1, -1);
      return [
        i + 1,
        p.length,
        p.weight,
        names(p.nodes, 'zh', CHAIN),
        names(p.nodes, 'en', CHAIN),
        names(middle, 'zh'),
        names(middle, 'en'),
        p.nodes.map((n) => n.id).join(' '),
        p.relationships.map((r) => r.type).join(' '),
      ];
    }),
  };
}

/** The columns that open every list of ranked nodes: rank, id, type and the name in both languages. */
const NODE_HEAD: MessageKey[] = ['csv.rank', 'csv.id', 'csv.type', 'csv.nameZh', 'csv.nameEn'];

function nodeCells(rank: number, node: ApiNodeSummary, lang: Lang): CsvCell[] {
  return [rank, node.id, typeLabel(lang, node.type), displayName(node, 'zh'), displayName(node, 'en')];
}

/** Recommendations (labs, talents or collaborators) with score, reasons, related nodes and the path's length. */
export function recommendationsCsv(items: readonly Recommendation[], t: Translate, lang: Lang): CsvTable {
  return {
    header: header(t, [...NODE_HEAD, 'csv.score', 'csv.reasonsZh', 'csv.reasonsEn', 'csv.relatedZh', 'csv.relatedEn', 'csv.hops']),
    rows: items.map((r, i) => [
      ...nodeCells(i + 1, r.node, lang),
      r.score,
      reasons('zh', r.reasonDetails, r.reasons),
      reasons('en', r.reasonDetails, r.reasons),
      names(r.related, 'zh'),
      names(r.related, 'en'),
      r.path ? r.path.length : null,
    ]),
  };
}

/** Brokers with their betweenness, community and reasons, ranked as the answer ranks them. */
export function brokersCsv(scores: readonly BrokerScore[], t: Translate, lang: Lang): CsvTable {
  return {
    header: header(t, [
      ...NODE_HEAD,
      'csv.betweenness',
      'csv.normalised',
      'csv.community',
      'csv.communitySize',
      'csv.degree',
      'csv.bridgedCommunities',
      'csv.reasons',
    ]),
    rows: scores.map((b) => [
      ...nodeCells(b.rank, b.node, lang),
      b.betweenness,
      b.normalised,
      b.community,
      b.communitySize,
      b.degree,
      b.bridgedCommunities,
      b.reasons.join(LIST),
    ]),
  };
}

/** The diaspora, one row per city (a country's own row when the answer places people in the country only). */
export function diasporaCsv(map: DiasporaMap, t: Translate): CsvTable {
  const rows: CsvCell[][] = [];
  for (const c of map.countries) {
    for (const x of c.cities) {
      const sameAsCountry = x.city.id === c.country.id;
      rows.push([
        displayName(c.country, 'zh'),
        displayName(c.country, 'en'),
        sameAsCountry ? '' : displayName(x.city, 'zh'),
        sameAsCountry ? '' : displayName(x.city, 'en'),
        x.count,
        names(x.people, 'zh'),
        names(x.people, 'en'),
        x.expertise.map((e) => `${displayName(e.techArea, 'zh')} (${e.count})`).join(LIST),
        x.expertise.map((e) => `${displayName(e.techArea, 'en')} (${e.count})`).join(LIST),
      ]);
    }
  }
  return {
    header: header(t, ['csv.countryZh', 'csv.countryEn', 'csv.cityZh', 'csv.cityEn', 'csv.count', 'csv.peopleZh', 'csv.peopleEn', 'csv.expertiseZh', 'csv.expertiseEn']),
    rows,
  };
}

/** What remains without a critical node, in one language: the best bridge left, else the shortest path left. */
function remaining(c: Fragility['critical'][number], lang: Lang): string {
  if (c.remainingBridge) return names(c.remainingBridge.intermediaries, lang, ' + ');
  if (c.remainingPath) return names(c.remainingPath.nodes, lang, CHAIN);
  return '';
}

/** The critical nodes of a fragility answer, in its order, with what each cuts and what remains without it. */
export function fragilityCsv(f: Fragility, t: Translate, lang: Lang): CsvTable {
  const yes = (b: boolean) => t(b ? 'csv.yes' : 'csv.no');
  return {
    header: header(t, [
      ...NODE_HEAD,
      'csv.spof',
      'csv.cutsAllPaths',
      'csv.cutsAllBridges',
      'csv.pathsLost',
      'csv.bridgesLost',
      'csv.remainingZh',
      'csv.remainingEn',
      'csv.reasonsZh',
      'csv.reasonsEn',
    ]),
    rows: f.critical.map((c, i) => [
      ...nodeCells(i + 1, c.node, lang),
      yes(c.singlePointOfFailure),
      yes(c.cutsAllPaths),
      yes(c.cutsAllBridges),
      `${c.pathsLost}/${f.paths.length}`,
      `${c.bridgesLost}/${f.bridges.length}`,
      remaining(c, 'zh'),
      remaining(c, 'en'),
      reasons('zh', c.reasonDetails, c.reasons),
      reasons('en', c.reasonDetails, c.reasons),
    ]),
  };
}
