// The regions phase: China > Zhejiang > its cities > their county-level divisions (real names and codes), the
// provinces migrants come from (and their capitals), and the foreign countries and cities of the diaspora, each
// PART_OF the one above. It also leaves the draws later phases make over regions (by population, by economic
// weight, migrants by province).
import { TOP_WEIGHTS } from './areas.js';
import { csvArray, csvField } from './csv-sink.js';
import { FOREIGN_COUNTRIES, OTHER_PROVINCES, ZHEJIANG_CITIES, countyNames } from './gazetteer.js';
import { slug } from './format.js';
import type { NodeFile, RelFile } from './outputs.js';
import { Cumulative, pickWeighted, type Rng } from './random.js';
import type { CountyInfo, GenContext, Regions } from './state.js';
import { TECH_AREAS } from './taxonomy.js';

// County industry leanings (top-area codes), by division code; counties not listed lean nowhere in particular.
const COUNTY_INDUSTRIES: Record<string, string[]> = {
  '330102': ['SV'], '330105': ['SV', 'DE'], '330106': ['DE'], '330108': ['DE'], '330109': ['AU', 'EQ'], '330110': ['DE', 'LH'],
  '330113': ['EQ', 'TX'], '330114': ['LH', 'EQ'], '330206': ['EQ', 'NM'], '330211': ['NM'], '330212': ['EQ', 'TX'],
  '330281': ['EQ'], '330282': ['EQ'], '330302': ['TX'], '330381': ['AU'], '330382': ['EQ', 'EN'], '330421': ['DE'],
  '330481': ['TX'], '330482': ['EQ', 'AU'], '330483': ['TX'], '330503': ['TX'], '330521': ['DE'], '330522': ['EN'],
  '330523': ['AG'], '330603': ['TX'], '330604': ['NM'], '330624': ['LH', 'EQ'], '330681': ['NM', 'EQ'], '330723': ['EQ'],
  '330782': ['SV'], '330783': ['SV', 'TX'], '330784': ['EQ'], '330802': ['NM'], '330881': ['EQ'], '330902': ['EQ', 'AG'],
  '330903': ['AG'], '330921': ['EQ'], '330922': ['AG'], '331002': ['LH'], '331003': ['NM'], '331081': ['EQ'],
  '331082': ['LH'], '331083': ['AU'], '331121': ['SV', 'DE'], '331122': ['EQ'], '331181': ['AG'],
};

const QINGTIAN_CODE = '331121';

interface RegionRow {
  id: string;
  zh: string;
  en: string;
  aliases: string[];
  level: string;
  code: string;
  pop?: number | null;
  overseas?: number | null;
  lat?: number | null;
  lon?: number | null;
}

function regionRow(r: RegionRow): string {
  return `${r.id},Region,${csvField(r.zh)},${csvField(r.zh)},${csvField(r.en)},${csvArray(r.aliases)},${r.level},${r.code},${r.pop ?? ''},${r.overseas ?? ''},${r.lat ?? ''},${r.lon ?? ''},synthetic`;
}

interface RegionFiles {
  nodes: NodeFile;
  partOf: RelFile;
}

type RegionLists = Omit<Regions, 'popCum' | 'gdpCum' | 'cityGdpCum' | 'migrantCum'>;

/** Zhejiang, its cities and counties; counties are numbered city by city and lean towards their industries. */
function zhejiang(rng: Rng, files: RegionFiles, r: RegionLists): void {
  const { nodes, partOf } = files;
  let zjPop = 0;
  for (const city of ZHEJIANG_CITIES) for (const c of city.counties) zjPop += c.pop * 10_000;
  nodes.add(regionRow({ id: 'cn.zj', zh: '浙江省', en: 'Zhejiang', aliases: ['浙江'], level: 'province', code: '330000', pop: zjPop, lat: 30.27, lon: 120.15 }));
  partOf.add('cn.zj', 'cn', '');
  ZHEJIANG_CITIES.forEach((city, ci) => {
    const cityId = `cn.zj.${city.slug}`;
    r.cityIds.push(cityId);
    r.cityCounties.push([]);
    let pop = 0;
    let overseas = 0;
    const countyRows: string[] = [];
    for (const c of city.counties) {
      const names = countyNames(c);
      const id = `${cityId}.${slug(c.en)}`;
      const idx = r.counties.length;
      const tops = (COUNTY_INDUSTRIES[c.code] ?? []).map((code) => TECH_AREAS.findIndex((t) => t.code === code));
      if (tops.length === 0) tops.push(pickWeighted(rng, TOP_WEIGHTS));
      r.counties.push({ c, city: ci, id, zh: names.zh, en: names.en, tops });
      r.countyIndex.set(id, idx);
      r.cityCounties[ci]!.push(idx);
      if (c.code === QINGTIAN_CODE) r.qingtian = idx;
      const residents = c.pop * 10_000;
      // Qingtian's figure is the one its officials quote (about 381k abroad); elsewhere it follows the share.
      const abroad = c.code === QINGTIAN_CODE ? 381_000 : c.diaspora >= 0.02 ? Math.round((residents * c.diaspora) / (1 - c.diaspora) / 1000) * 1000 : null;
      pop += residents;
      overseas += abroad ?? 0;
      countyRows.push(`${id},Region,${csvField(names.zh)},${csvField(names.zh)},${csvField(names.en)},${csvArray([c.zh, c.en])},county,${c.code},${residents},${abroad ?? ''},,,synthetic`);
    }
    nodes.add(regionRow({ id: cityId, zh: `${city.zh}市`, en: city.en, aliases: [city.zh], level: 'city', code: city.code, pop, overseas: overseas || null, lat: city.lat, lon: city.lon }));
    partOf.add(cityId, 'cn.zj', '');
    for (const row of countyRows) nodes.add(row);
    for (const idx of r.cityCounties[ci]!) partOf.add(r.counties[idx]!.id, cityId, '');
  });
}

/** The other provinces (where migrants come from) and their capitals. */
function otherProvinces(files: RegionFiles, r: RegionLists): void {
  for (const p of OTHER_PROVINCES) {
    const id = `cn.${p.slug}`;
    r.provinceIds.push(id);
    const shortZh = p.zh.replace(/(省|市|壮族自治区|特别行政区)$/, '');
    files.nodes.add(regionRow({ id, zh: p.zh, en: p.en, aliases: shortZh !== p.zh ? [shortZh] : [], level: 'province', code: p.code }));
    files.partOf.add(id, 'cn', '');
    if (p.capital) {
      const cid = `${id}.${p.capital.slug}`;
      files.nodes.add(regionRow({ id: cid, zh: `${p.capital.zh}市`, en: p.capital.en, aliases: [p.capital.zh], level: 'city', code: '', lat: p.capital.lat, lon: p.capital.lon }));
      files.partOf.add(cid, id, '');
    }
  }
}

/** The countries and cities where the diaspora lives. */
function abroad(files: RegionFiles, r: RegionLists): void {
  for (const country of FOREIGN_COUNTRIES) {
    const id = country.iso.toLowerCase();
    files.nodes.add(regionRow({ id, zh: country.zh, en: country.en, aliases: [], level: 'country', code: country.iso }));
    const list: number[] = [];
    for (const city of country.cities) {
      const cid = `${id}.${city.slug}`;
      files.nodes.add(regionRow({ id: cid, zh: city.zh, en: city.en, aliases: [], level: 'city', code: '', lat: city.lat, lon: city.lon }));
      files.partOf.add(cid, id, '');
      list.push(r.foreignCities.length);
      r.foreignCities.push({ id: cid, iso: country.iso, weight: city.weight });
    }
    r.countryCities.set(country.iso, list);
  }
}

export function regionsPhase(ctx: GenContext): void {
  const rng = ctx.rng('regions');
  const files: RegionFiles = { nodes: ctx.out.node('Region'), partOf: ctx.out.rel('PART_OF', 'Region', 'Region') };
  const lists: RegionLists = {
    counties: [] as CountyInfo[],
    cityIds: [],
    cityCounties: [],
    provinceIds: [],
    countyIndex: new Map(),
    foreignCities: [],
    countryCities: new Map(),
    qingtian: -1,
  };
  files.nodes.add(regionRow({ id: 'cn', zh: '中国', en: 'China', aliases: ['中华人民共和国', "People's Republic of China"], level: 'country', code: 'CN', pop: 1_411_780_000 }));
  zhejiang(rng, files, lists);
  otherProvinces(files, lists);
  abroad(files, lists);
  const { counties } = lists;
  ctx.state.put('regions', {
    ...lists,
    popCum: new Cumulative(counties.map((k) => k.c.pop)),
    gdpCum: new Cumulative(counties.map((k) => k.c.gdp)),
    cityGdpCum: lists.cityCounties.map((list) => new Cumulative(list.map((k) => counties[k]!.c.gdp))),
    migrantCum: new Cumulative(OTHER_PROVINCES.map((p) => p.migrants)),
  });
}
