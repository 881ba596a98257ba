// The talent pools: a shared pool per city and a sub-pool per county (PART_OF it) with the five admission
// dimensions. Their ties are written early; their nodes last, once the persons phase has counted the members.
import { csvArray, csvField } from './csv-sink.js';
import { f2, slug } from './format.js';
import { ZHEJIANG_CITIES } from './gazetteer.js';
import { POOL_DIMENSIONS } from './institutions.js';
import type { GenContext, Regions } from './state.js';
import { TECH_AREAS, areaSlug } from './taxonomy.js';

/** The id of county `county`'s sub-pool, or of its city's pool. */
export function poolId(regions: Regions, county: number, cityPool: boolean): string {
  const k = regions.counties[county]!;
  const citySlug = ZHEJIANG_CITIES[k.city]!.slug;
  return cityPool ? citySlug : `${citySlug}.${slug(k.c.en)}`;
}

/** Index of a pool in `Pools.members`: city pools first, then county sub-pools. */
export function poolSlot(regions: Regions, county: number, cityPool: boolean): number {
  return cityPool ? regions.counties[county]!.city : ZHEJIANG_CITIES.length + county;
}

export function poolTiesPhase(ctx: GenContext): void {
  const rng = ctx.rng('pools');
  const regions = ctx.state.get('regions');
  const partOf = ctx.out.rel('PART_OF', 'TalentPool', 'TalentPool');
  const located = ctx.out.rel('LOCATED_IN', 'TalentPool', 'Region');
  const focuses = ctx.out.rel('FOCUSES_ON', 'TalentPool', 'TechArea');
  ZHEJIANG_CITIES.forEach((city, ci) => {
    located.add(city.slug, regions.cityIds[ci]!, '');
    const tops = [...new Set(regions.cityCounties[ci]!.flatMap((c) => regions.counties[c]!.tops))];
    for (const t of tops) focuses.add(city.slug, areaSlug(TECH_AREAS[t]!.code), `,${f2(0.5 + 0.5 * rng.next())}`);
  });
  regions.counties.forEach((k, ci) => {
    const id = poolId(regions, ci, false);
    partOf.add(id, poolId(regions, ci, true), '');
    located.add(id, k.id, '');
    for (const t of k.tops) focuses.add(id, areaSlug(TECH_AREAS[t]!.code), ',1.00');
  });
  ctx.state.put('pools', { members: new Int32Array(ZHEJIANG_CITIES.length + regions.counties.length) });
}

export function poolNodesPhase(ctx: GenContext): void {
  const regions = ctx.state.get('regions');
  const members = ctx.state.get('pools').members;
  const nodes = ctx.out.node('TalentPool');
  const dims = csvArray([...POOL_DIMENSIONS]);
  ZHEJIANG_CITIES.forEach((city, ci) => {
    nodes.add(`${city.slug},TalentPool,${city.zh}市共享人才池,${city.zh}市共享人才池,${city.en} Shared Talent Pool,city,${dims},48,${members[ci]!},synthetic`);
  });
  regions.counties.forEach((k, ci) => {
    nodes.add(`${poolId(regions, ci, false)},TalentPool,${k.zh}共享人才分池,${k.zh}共享人才分池,${csvField(`${k.en} Shared Talent Sub-pool`)},county,${dims},48,${members[ZHEJIANG_CITIES.length + ci]!},synthetic`);
  });
}
