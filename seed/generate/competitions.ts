// The competitions phase: the provincial innovation competition, one per city and Qingtian's own, held every year
// from FIRST_COMPETITION_YEAR, with tracks leaning towards local industries; and `award`, by which the persons
// phase gives their places (WON) to founders and researchers.
import { TOP_WEIGHTS } from './areas.js';
import { csvArray, csvField } from './csv-sink.js';
import { ZHEJIANG_CITIES } from './gazetteer.js';
import type { Outputs } from './outputs.js';
import { pickWeighted, type Rng } from './random.js';
import type { Competitions, GenContext, Regions } from './state.js';
import { SUB_AREAS, TECH_AREAS, areaSlug } from './taxonomy.js';

export const FIRST_COMPETITION_YEAR = 2019;
export const LAST_COMPETITION_YEAR = 2024;
const WINNERS_PER_COMPETITION = 40;

interface Series {
  slug: string;
  zh: string;
  en: string;
  region: string;
  start: number;
  city: number;
  county: number;
  tracks: number;
}

function allSeries(regions: Regions): Series[] {
  const qt = regions.counties[regions.qingtian]!;
  return [
    { slug: 'zj', zh: '中国创新创业大赛（浙江赛区）', en: 'China Innovation and Entrepreneurship Competition (Zhejiang)', region: 'cn.zj', start: 2012, city: -1, county: -1, tracks: 5 },
    ...ZHEJIANG_CITIES.map((c, ci) => ({ slug: c.slug, zh: `${c.zh}人才创业创新大赛`, en: `${c.en} Talent Innovation and Entrepreneurship Competition`, region: regions.cityIds[ci]!, start: 2015 + (ci % 4), city: ci, county: -1, tracks: 3 })),
    { slug: 'qingtian', zh: '青田华侨华人创业创新大赛', en: 'Qingtian Overseas Chinese Innovation and Entrepreneurship Competition', region: qt.id, start: 2019, city: qt.city, county: regions.qingtian, tracks: 2 },
  ];
}

/** Tracks of one edition: the county's own industries first, then the city's leanings or anything. */
function drawTracks(rng: Rng, regions: Regions, s: Series): number[] {
  const tracks: number[] = [];
  const lean = s.city >= 0 ? regions.cityCounties[s.city]!.flatMap((c) => regions.counties[c]!.tops) : [];
  if (s.county >= 0) tracks.push(...regions.counties[s.county]!.tops);
  while (tracks.length < s.tracks) {
    const t = lean.length && rng.chance(0.5) ? rng.pick(lean) : pickWeighted(rng, TOP_WEIGHTS);
    if (!tracks.includes(t)) tracks.push(t);
  }
  tracks.length = Math.min(tracks.length, s.tracks);
  return tracks;
}

export function competitionsPhase(ctx: GenContext): void {
  const rng = ctx.rng('competitions');
  const regions = ctx.state.get('regions');
  const nodes = ctx.out.node('Competition');
  const located = ctx.out.rel('LOCATED_IN', 'Competition', 'Region');
  const focuses = ctx.out.rel('FOCUSES_ON', 'Competition', 'TechArea');
  const list: Competitions['list'] = [];
  const byKey = new Map<string, number[]>();
  for (const s of allSeries(regions)) {
    for (let year = FIRST_COMPETITION_YEAR; year <= LAST_COMPETITION_YEAR; year++) {
      const tracks = drawTracks(rng, regions, s);
      const id = `${s.slug}-${year}`;
      const trackNames = tracks.map((t) => TECH_AREAS[t]!.zh);
      nodes.add(`${id},Competition,${csvField(`${year}年${s.zh}`)},${csvField(`${year}年${s.zh}`)},${csvField(`${s.en} ${year}`)},${year},${year - s.start + 1},${csvArray(trackNames)},synthetic`);
      located.add(id, s.region, '');
      for (const t of tracks) focuses.add(id, areaSlug(TECH_AREAS[t]!.code), ',1.00');
      const ci = list.length;
      list.push({ id, year, city: s.city, county: s.county, tracks });
      // Looked up by the county's own series, the city's series, or the provincial one.
      const key = s.county >= 0 ? `k${s.county}y${year}` : s.city >= 0 ? `c${s.city}y${year}` : `y${year}`;
      const keyed = byKey.get(key) ?? [];
      keyed.push(ci);
      byKey.set(key, keyed);
    }
  }
  ctx.state.put('competitions', { list, byKey, winners: new Int32Array(list.length) });
}

export interface Award {
  /** The winning person, the winning firm, or both. */
  person: number | null;
  firm: number | null;
  county: number;
  year: number;
  /** The winner's sub-area, which picks the track when the competition has it. */
  sub: number;
}

/**
 * Awards a place in a competition held in `year` near `county` (its county's own series, its city's, or the
 * provincial one) if one still has places; does nothing when none does.
 */
export function award(rng: Rng, ctx: { out: Outputs; regions: Regions; competitions: Competitions }, a: Award): void {
  if (a.year < FIRST_COMPETITION_YEAR || a.year > LAST_COMPETITION_YEAR) return;
  const { byKey, winners, list } = ctx.competitions;
  const city = ctx.regions.counties[a.county]!.city;
  const candidates = [
    ...(byKey.get(`k${a.county}y${a.year}`) ?? []),
    ...(byKey.get(`c${city}y${a.year}`) ?? []),
    ...(rng.chance(0.3) ? (byKey.get(`y${a.year}`) ?? []) : []),
  ].filter((c) => winners[c]! < WINNERS_PER_COMPETITION);
  if (candidates.length === 0) return;
  const ci = rng.pick(candidates);
  const comp = list[ci]!;
  const rank = ++winners[ci]!;
  const top = SUB_AREAS[a.sub]!.top;
  const track = TECH_AREAS[comp.tracks.includes(top) ? top : rng.pick(comp.tracks)]!.zh;
  const prize = rank === 1 ? '一等奖' : rank <= 3 ? '二等奖' : rank <= 10 ? '三等奖' : '优秀奖';
  const props = `,${rank},${a.year},${csvField(track)},${prize}`;
  if (a.person !== null) ctx.out.rel('WON', 'Person', 'Competition').add(a.person, comp.id, props);
  if (a.firm !== null) ctx.out.rel('WON', 'Enterprise', 'Competition').add(a.firm, comp.id, props);
}
