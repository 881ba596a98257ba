// How ranked answers (bridges, recommendations, brokers) read: reasons in the chosen language, score parts in
// words, and the due time of a posted demand.
import type { Lang, Reason, ScorePart } from '../api/types.js';

/** Reasons in the chosen language from the bilingual details; the plain list when there are no details. */
export function reasonsIn(lang: Lang, details: readonly Reason[] | undefined, plain: readonly string[]): string[] {
  if (details && details.length) return details.map((r) => (lang === 'en' ? r.en : r.zh) || r.code);
  return [...plain];
}

const PART_LABELS: Record<string, [string, string]> = {
  tie: ['关系强度', 'Tie strength'],
  ties: ['关系强度', 'Tie strength'],
  tieStrength: ['关系强度', 'Tie strength'],
  strength: ['关系强度', 'Tie strength'],
  recency: ['时效', 'Recency'],
  overlap: ['技术重合', 'Topic overlap'],
  topic: ['主题契合', 'Topical fit'],
  topical: ['主题契合', 'Topical fit'],
  topicalFit: ['主题契合', 'Topical fit'],
  expertise: ['专长匹配', 'Expertise match'],
  techManager: ['技术经理人', 'Technology manager'],
  role: ['角色', 'Role'],
  affiliations: ['多重任职', 'Several affiliations'],
  multiAffiliation: ['多重任职', 'Several affiliations'],
  pool: ['人才池成员', 'Pool membership'],
  poolMember: ['人才池成员', 'Pool membership'],
  proximity: ['网络距离', 'Network proximity'],
  bridges: ['桥梁人数', 'Distinct bridges'],
  diaspora: ['海外乡亲', 'Diaspora'],
  winner: ['赛事获奖', 'Competition winner'],
  competition: ['赛事获奖', 'Competition winner'],
  adamicAdar: ['共同邻居（Adamic-Adar）', 'Shared neighbours (Adamic-Adar)'],
  sharedNeighbours: ['共同邻居', 'Shared neighbours'],
  sharedTech: ['共同技术领域', 'Shared tech areas'],
  sharedAreas: ['共同技术领域', 'Shared tech areas'],
  sharedOrgs: ['共同机构', 'Shared organisations'],
  region: ['地区', 'Region'],
  partner: ['已有合作', 'Existing partner'],
  carriers: ['有联系人', 'Known people on the ties'],
  broker: ['技术经理人撮合', 'Brokered by its people'],
  organisation: ['机构折减', 'Organisation factor'],
  chain: ['两人链折减', 'Chain factor'],
};

function normaliseCode(code: string): string {
  // Accept snake_case and SCREAMING_CASE codes as well as camelCase.
  const parts = code.toLowerCase().split(/[_\s-]+/);
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

export function partLabel(lang: Lang, code: string): string {
  const pair = PART_LABELS[code] ?? PART_LABELS[normaliseCode(code)];
  if (pair) return pair[lang === 'en' ? 1 : 0];
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Score parts by contribution (weight x value), largest first, each as a share of the whole in [0,1]. */
export function partContributions(parts: readonly ScorePart[]): { code: string; value: number; weight: number; contribution: number }[] {
  return parts
    .map((p) => ({ ...p, contribution: Math.max(0, p.weight * p.value) }))
    .sort((a, b) => b.contribution - a.contribution);
}

/** Hours left until `due` (rounded down, never negative) and whether it has passed. */
export function timeLeft(due: string, now = new Date()): { hours: number; overdue: boolean } {
  const ms = new Date(due).getTime() - now.getTime();
  if (Number.isNaN(ms)) return { hours: 0, overdue: false };
  return { hours: Math.max(0, Math.floor(ms / 3_600_000)), overdue: ms < 0 };
}
