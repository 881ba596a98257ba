// The tech-area phase (10 top areas, their sub-areas PART_OF them) and the lookups other phases use to pick areas.
import { csvField } from './csv-sink.js';
import type { Rng } from './random.js';
import type { GenContext } from './state.js';
import { SUB_AREAS, TECH_AREAS, areaSlug } from './taxonomy.js';

/** Sub-area indexes per top area. */
export const SUBS_OF_TOP: number[][] = TECH_AREAS.map(() => []);
SUB_AREAS.forEach((s, i) => SUBS_OF_TOP[s.top]!.push(i));

/** How often a top area is drawn when nothing local leans a draw. */
export const TOP_WEIGHTS: number[] = TECH_AREAS.map((t) => t.weight);

export function subId(sub: number): string {
  return areaSlug(SUB_AREAS[sub]!.code);
}

export function topId(top: number): string {
  return areaSlug(TECH_AREAS[top]!.code);
}

export function subByCode(code: string): number {
  const i = SUB_AREAS.findIndex((s) => s.code === code);
  if (i < 0) throw new Error(`unknown tech area ${code}`);
  return i;
}

/** A sub-area near `sub`: the same top area mostly, anything sometimes. */
export function nearSub(rng: Rng, sub: number): number {
  if (rng.chance(0.7)) return rng.pick(SUBS_OF_TOP[SUB_AREAS[sub]!.top]!);
  return rng.int(SUB_AREAS.length);
}

export function techAreasPhase(ctx: GenContext): void {
  const nodes = ctx.out.node('TechArea');
  const partOf = ctx.out.rel('PART_OF', 'TechArea', 'TechArea');
  TECH_AREAS.forEach((t) => {
    nodes.add(`${areaSlug(t.code)},TechArea,${csvField(t.zh)},${csvField(t.zh)},${csvField(t.en)},${t.code},synthetic`);
  });
  SUB_AREAS.forEach((s) => {
    nodes.add(`${areaSlug(s.code)},TechArea,${csvField(s.zh)},${csvField(s.zh)},${csvField(s.en)},${s.code},synthetic`);
    partOf.add(areaSlug(s.code), areaSlug(TECH_AREAS[s.top]!.code), '');
  });
}
