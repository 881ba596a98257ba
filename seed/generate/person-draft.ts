// What the persons phase and the lives in careers.ts share: the draft of one person while they are drawn, the
// world they are drawn from (stream, earlier phases' state, files), and the draws both sides make.
import { REF_YEAR } from './format.js';
import type { DIASPORA_DESTINATIONS } from './gazetteer.js';
import { DEGREES } from './institutions.js';
import { drawLab } from './labs.js';
import type { PersonName } from './names.js';
import type { FirmDraw } from './organisations.js';
import type { Outputs, RelFile } from './outputs.js';
import type { Cumulative, Rng } from './random.js';
import type { Regions, StateParts } from './state.js';

export const KIND_NORMAL = 0;
export const KIND_RESEARCHER = 1;
export const KIND_TM = 2;
export const KIND_DIASPORA = 3;

/** The files the persons phase writes into. */
export type PersonFiles = Record<
  'origin' | 'livesIn' | 'worksFirm' | 'worksLab' | 'affLab' | 'affFirm' | 'studied' | 'expert' | 'founded' | 'memberOf' | 'collab',
  RelFile
>;

/** Everything a person is drawn from: the stream, the earlier phases' state and the files. */
export interface PersonWorld extends StateParts {
  rng: Rng;
  out: Outputs;
  files: PersonFiles;
  draw: FirmDraw;
  staffWeights: number[];
  researchWeights: number[];
  diaspora: Record<keyof typeof DIASPORA_DESTINATIONS, Cumulative>;
}

/** One person while they are drawn; the lives in careers.ts fill in their work, areas and labels. */
export interface PersonDraft {
  i: number;
  gender: 'M' | 'F';
  age: number;
  /** Birth year. */
  by: number;
  birthday: number;
  name: PersonName;
  labels: string[];
  title: string;
  country: string;
  /** Zhejiang county they come from, or -1 for a migrant from another province. */
  origin: number;
  abroad: boolean;
  returnee: boolean;
  kind: number;
  careerStart: number;
  /** Sub-areas of their work, the first one the main one. */
  subs: number[];
  seenFirms: number[];
  seenLabs: number[];
  /** County they live and work in, or -1 (abroad). */
  home: number;
  wonSub: number;
  poolChance: number;
  /** Day a returnee came back, or -1. */
  backDay: number;
}

/** Where someone from `origin` (a county, or -1 for a migrant) lives and works. */
export function homeFrom(rng: Rng, regions: Regions, origin: number): number {
  if (origin >= 0) {
    const r = rng.next();
    if (r < 0.55) return origin;
    if (r < 0.7) {
      const city = regions.counties[origin]!.city;
      return regions.cityCounties[city]![regions.cityGdpCum[city]!.draw(rng)]!;
    }
  }
  return regions.gdpCum.draw(rng);
}

/** A degree at a university (Zhejiang's mostly) the person has not been at yet; up to four tries. */
export function study(w: PersonWorld, p: PersonDraft, degree: keyof typeof DEGREES): void {
  const { rng, labs } = w;
  for (let tries = 0; tries < 4; tries++) {
    const uni = rng.chance(0.7) ? drawLab(rng, labs.univZj) : drawLab(rng, labs.univAll);
    if (p.seenLabs.includes(uni)) continue;
    p.seenLabs.push(uni);
    const classYear = Math.min(REF_YEAR, p.by + DEGREES[degree] + rng.int(2));
    w.files.studied.add(p.i, labs.list[uni]!.id, `,${degree},${classYear}`);
    return;
  }
}
