// The enterprises phase: persons / 10 firms spread over the counties by economic weight, Pareto headcounts, names
// after the registered pattern (place + brand + trade + form), FOCUSES_ON a main sub-area and maybe more,
// LOCATED_IN their county; and the draws of a firm by size (in a county, in a city, anywhere) later phases use.
import { SUBS_OF_TOP, TOP_WEIGHTS, nearSub, subId } from './areas.js';
import { csvField } from './csv-sink.js';
import { f2, REF_YEAR } from './format.js';
import { ZHEJIANG_CITIES } from './gazetteer.js';
import { brand, companyForm } from './names.js';
import type { RelFile } from './outputs.js';
import { AliasRanges, Cumulative, pickWeighted, type Rng } from './random.js';
import type { CountyInfo, Firms, GenContext, Regions } from './state.js';
import { SUB_AREAS } from './taxonomy.js';

/** Firms per county by economic weight, largest remainders so that the counts add up to `total` exactly. */
function firmsPerCounty(regions: Regions, total: number): number[] {
  const k = regions.counties.length;
  const gdpTotal = regions.gdpCum.total;
  const quotas = regions.counties.map((c) => (total * c.c.gdp) / gdpTotal);
  const counts = quotas.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; left > 0; j++, left--) counts[order[j % k]![1]]!++;
  return counts;
}

type FirmArrays = Pick<Firms, 'county' | 'size' | 'sub' | 'founded' | 'brandZh' | 'brandEn'>;

interface FirmWriter {
  rng: Rng;
  firms: FirmArrays;
  taken: Set<string>;
  write: (row: string) => void;
  located: RelFile;
  focuses: RelFile;
}

/** Draws firm `i` of county `ci` and writes its node, location and focus. */
function firm(w: FirmWriter, i: number, ci: number, county: CountyInfo): void {
  const { rng, firms } = w;
  const city = ZHEJIANG_CITIES[county.city]!;
  const employees = Math.min(120_000, Math.floor(rng.pareto(4, 1.25)));
  const top = rng.chance(0.45) ? rng.pick(county.tops) : pickWeighted(rng, TOP_WEIGHTS);
  const sub = rng.pick(SUBS_OF_TOP[top]!);
  const age = Math.min(45, rng.geometric(8) + (employees >= 300 ? rng.range(3, 20) : 0));
  const founded = Math.max(1980, REF_YEAR - 1 - age);
  const r = rng.next();
  const prefix = r < 0.15 && employees >= 100 ? { zh: '浙江', en: 'Zhejiang' } : r < 0.8 ? { zh: city.zh, en: city.en } : { zh: county.c.zh, en: county.c.en };
  const trade = rng.pick(SUB_AREAS[sub]!.trades);
  const form = companyForm(rng, employees);
  let b = brand(rng, 2);
  for (let attempt = 0; w.taken.has(prefix.zh + b.zh + trade[0]); attempt++) b = brand(rng, attempt < 6 ? 2 : 3);
  w.taken.add(prefix.zh + b.zh + trade[0]);
  const zh = `${prefix.zh}${b.zh}${trade[0]}${form.zh}`;
  const en = `${prefix.en} ${b.en} ${trade[1]} ${form.en}`;
  firms.county[i] = ci;
  firms.size[i] = employees;
  firms.sub[i] = sub;
  firms.founded[i] = founded;
  firms.brandZh.push(b.zh);
  firms.brandEn.push(b.en);
  w.write(`${i},Enterprise,${zh},${zh},${csvField(en)},${founded},${employees},CN,${employees < 300},synthetic`);
  w.located.add(i, county.id, '');
  w.focuses.add(i, subId(sub), ',1.00');
  const extra = rng.chance(0.45) ? (rng.chance(0.3) ? 2 : 1) : 0;
  let prev = sub;
  for (let x = 0; x < extra; x++) {
    const other = nearSub(rng, sub);
    if (other === sub || other === prev) continue;
    prev = other;
    w.focuses.add(i, subId(other), `,${f2(0.2 + 0.6 * rng.next())}`);
  }
}

export async function enterprisesPhase(ctx: GenContext): Promise<void> {
  const regions = ctx.state.get('regions');
  const k = regions.counties.length;
  const E = Math.max(20, Math.round(ctx.n / 10));
  const counts = firmsPerCounty(regions, E);
  const start = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) start[i + 1] = start[i]! + counts[i]!;
  const arrays: FirmArrays = {
    county: new Uint8Array(E),
    size: new Float64Array(E),
    sub: new Uint8Array(E),
    founded: new Uint16Array(E),
    brandZh: [],
    brandEn: [],
  };
  const nodes = ctx.out.node('Enterprise');
  const w: FirmWriter = {
    rng: ctx.rng('enterprises'),
    firms: arrays,
    taken: new Set(),
    write: (row) => nodes.add(row),
    located: ctx.out.rel('LOCATED_IN', 'Enterprise', 'Region'),
    focuses: ctx.out.rel('FOCUSES_ON', 'Enterprise', 'TechArea'),
  };
  for (let ci = 0; ci < k; ci++) {
    for (let i = start[ci]!; i < start[ci + 1]!; i++) firm(w, i, ci, regions.counties[ci]!);
    if (ci % 8 === 7) await ctx.progress();
  }
  const countySize = new Float64Array(k);
  for (let i = 0; i < E; i++) countySize[arrays.county[i]!] = countySize[arrays.county[i]!]! + arrays.size[i]!;
  ctx.state.put('firms', {
    ...arrays,
    count: E,
    start,
    hasFounder: new Uint8Array(E),
    alias: new AliasRanges(arrays.size, start),
    countySizeCum: new Cumulative(countySize),
    citySizeCum: regions.cityCounties.map((list) => new Cumulative(list.map((c) => countySize[c]!))),
  });
}

/** Draws a firm by size: in a county, in a city, or anywhere. */
export class FirmDraw {
  constructor(
    private readonly firms: Firms,
    private readonly regions: Regions,
  ) {}

  static of(ctx: GenContext): FirmDraw {
    return new FirmDraw(ctx.state.get('firms'), ctx.state.get('regions'));
  }

  /** A firm in county `c` by size; anywhere by size when the county has none. */
  inCounty(rng: Rng, c: number): number {
    const f = this.firms.alias.draw(rng, this.firms.start[c]!, this.firms.start[c + 1]!);
    return f >= 0 ? f : this.anywhere(rng);
  }

  anywhere(rng: Rng): number {
    for (;;) {
      const c = this.firms.countySizeCum.draw(rng);
      const f = this.firms.alias.draw(rng, this.firms.start[c]!, this.firms.start[c + 1]!);
      if (f >= 0) return f;
    }
  }

  inCity(rng: Rng, city: number): number {
    const cum = this.firms.citySizeCum[city]!;
    if (cum.total <= 0) return this.anywhere(rng);
    return this.inCounty(rng, this.regions.cityCounties[city]![cum.draw(rng)]!);
  }
}
