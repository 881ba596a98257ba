// The region page, as data: the needs-vs-strengths rows of the chart (and of the table beside it), the bridges
// suggested for each gap (one per person, firm and lab, whichever lab they came with), the fragile brokers' pairs,
// and the gaps as a CSV table. Pure: the page renders what these return.
import type * as G from '../api/generated.js';
import type { Lang } from '../api/types.js';
import type { CsvCell, CsvTable } from '../export/csv.js';
import { displayName, type Translate } from '../i18n/translate.js';
import { reasonsIn } from '../recommend/ranking-display.js';

export type RegionGaps = G.LensRegionGapsQuery['regionGaps'];
export type RegionNeed = RegionGaps['needs'][number];
export type RegionGap = RegionGaps['gaps'][number];
export type GapLab = RegionGap['outsideLabs'][number];
export type GapBridge = GapLab['bridges'][number];
export type RegionFragility = G.LensRegionFragilityQuery['regionFragility'];
export type FragileBroker = RegionFragility['brokers'][number];
type LensNode = RegionNeed['techArea'];

export interface NeedRow {
  key: string;
  label: string;
  /** How much the region's firms need it (sum of need weights). */
  need: number;
  /** Local labs that research it. */
  labs: number;
  /** Local people expert in it. */
  people: number;
  covered: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** One row per need, in the answer's order (most needed first). */
export function needRows(needs: readonly RegionNeed[], lang: Lang): NeedRow[] {
  return needs.map((n) => ({
    key: n.techArea.id,
    label: displayName(n.techArea, lang),
    need: round2(n.weight),
    labs: n.localLabs.length,
    people: n.localPeople,
    covered: n.covered,
  }));
}

export interface SuggestedBridge {
  key: string;
  people: LensNode[];
  firm: LensNode;
  lab: LensNode;
  reasons: string[];
}

/** The gap's bridges, each person–firm–lab once, in the order the labs were ranked. */
export function gapBridges(gap: RegionGap, lang: Lang): SuggestedBridge[] {
  const out = new Map<string, SuggestedBridge>();
  for (const lab of gap.outsideLabs) {
    for (const b of lab.bridges) {
      const key = `${b.intermediaries.map((p) => p.id).join('+')}|${b.firm.id}|${b.lab.id}`;
      if (!out.has(key)) out.set(key, { key, people: b.intermediaries, firm: b.firm, lab: b.lab, reasons: reasonsIn(lang, b.reasonDetails, b.reasons) });
    }
  }
  return [...out.values()];
}

/** The share of the region's needs it covers itself (0..1), by need weight; null without needs. */
export function coveredShare(needs: readonly RegionNeed[]): number | null {
  const total = needs.reduce((s, n) => s + n.weight, 0);
  if (total <= 0) return null;
  return needs.filter((n) => n.covered).reduce((s, n) => s + n.weight, 0) / total;
}

const LIST = '; ';
const both = (nodes: readonly LensNode[], lang: Lang) => nodes.map((n) => displayName(n, lang)).join(LIST);

/** The gaps as a spreadsheet: one row per uncovered need, names and reasons in both languages. */
export function regionGapsCsv(gaps: readonly RegionGap[], t: Translate): CsvTable {
  const rows: CsvCell[][] = gaps.map((g) => {
    const bridges = (lang: Lang) =>
      gapBridges(g, lang)
        .map((b) => `${both(b.people, lang)} (${displayName(b.firm, lang)} – ${displayName(b.lab, lang)})`)
        .join(LIST);
    return [
      displayName(g.need.techArea, 'zh'),
      displayName(g.need.techArea, 'en'),
      round2(g.need.weight),
      both(g.need.firms, 'zh'),
      both(g.need.firms, 'en'),
      g.onlyFromAbroad,
      both(g.outsideLabs.map((l) => l.node), 'zh'),
      both(g.outsideLabs.map((l) => l.node), 'en'),
      g.diasporaTotal,
      both(g.diaspora.map((p) => p.node), 'zh'),
      both(g.diaspora.map((p) => p.node), 'en'),
      bridges('zh'),
      bridges('en'),
      reasonsIn('zh', g.reasonDetails, g.reasons).join(LIST),
      reasonsIn('en', g.reasonDetails, g.reasons).join(LIST),
    ];
  });
  const header = (
    [
      'region.csv.needZh', 'region.csv.needEn', 'region.csv.weight', 'region.csv.firmsZh', 'region.csv.firmsEn', 'region.csv.onlyAbroad',
      'region.csv.labsZh', 'region.csv.labsEn', 'region.csv.diasporaTotal', 'region.csv.diasporaZh', 'region.csv.diasporaEn',
      'region.csv.bridgesZh', 'region.csv.bridgesEn', 'csv.reasonsZh', 'csv.reasonsEn',
    ] as const
  ).map((k) => t(k));
  return { header, rows };
}
