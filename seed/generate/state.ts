// The state the generator's phases share: what each phase makes for the later ones (regions, firms,
// labs, competitions, pools, persons), typed, and a context with the seeded streams and the output files.
// Phases read what earlier phases put here; a phase that reads a part no earlier phase has made fails at once
// with the part's name, so an ordering mistake in the phase list cannot go unnoticed.
import type { County } from './gazetteer.js';
import type { LabKind } from './institutions.js';
import type { Outputs } from './outputs.js';
import type { AliasRanges, Cumulative, Rng } from './random.js';

export interface CountyInfo {
  c: County;
  city: number;
  id: string;
  zh: string;
  en: string;
  /** Top-area indexes the county leans towards. */
  tops: number[];
}

export interface Regions {
  counties: CountyInfo[];
  cityIds: string[];
  /** County indexes per Zhejiang city. */
  cityCounties: number[][];
  provinceIds: string[];
  countyIndex: Map<string, number>;
  foreignCities: Array<{ id: string; iso: string; weight: number }>;
  countryCities: Map<string, number[]>;
  popCum: Cumulative;
  gdpCum: Cumulative;
  cityGdpCum: Cumulative[];
  migrantCum: Cumulative;
  /** Qingtian's county index (the diaspora county with its own platform and competition). */
  qingtian: number;
}

/** Enterprises, as typed arrays indexed by firm (firms are numbered county by county). */
export interface Firms {
  count: number;
  /** Firms of county k are start[k] .. start[k + 1] - 1. */
  start: Int32Array;
  county: Uint8Array;
  size: Float64Array;
  sub: Uint8Array;
  founded: Uint16Array;
  /** Set by the persons phase once a founder is drawn. */
  hasFounder: Uint8Array;
  brandZh: string[];
  brandEn: string[];
  alias: AliasRanges;
  countySizeCum: Cumulative;
  citySizeCum: Cumulative[];
}

export interface LabInfo {
  id: string;
  kind: LabKind;
  zh: string;
  en: string;
  regionId: string;
  /** Zhejiang county index, or -1 outside Zhejiang. */
  county: number;
  city: number;
  founded: number;
  weight: number;
  subs: number[];
  /** Lab id or enterprise index it is PART_OF. */
  partOfLab?: string;
  partOfEnterprise?: number;
  aliases?: string[];
  jointPartner?: number;
  host?: number;
}

/** Lab indexes and their cumulative pull, to draw a lab of some kind by pull. */
export interface LabPool {
  idx: number[];
  cum: Cumulative;
}

/** Slots per lab in the ring of its most recent researchers (co-author candidates). */
export const RECENT_PER_LAB = 16;

export interface Labs {
  list: LabInfo[];
  univAll: LabPool;
  univZj: LabPool;
  researchEmployers: LabPool;
  tmEmployers: LabPool;
  affiliable: LabPool;
  affiliableByCity: Array<LabPool | null>;
  platformsByCounty: number[][];
  /** Ring of RECENT_PER_LAB recent researchers per lab, and how many were ever pushed; the persons phase fills it. */
  recent: Int32Array;
  recentCount: Int32Array;
}

export interface CompetitionInfo {
  id: string;
  year: number;
  city: number;
  county: number;
  tracks: number[];
}

export interface Competitions {
  list: CompetitionInfo[];
  /** Places awarded so far per competition. */
  winners: Int32Array;
  /** Competition indexes by `k<county>y<year>`, `c<city>y<year>` or `y<year>`. */
  byKey: Map<string, number[]>;
}

export interface Pools {
  /** Members per pool: city pools first (by city index), then county sub-pools (by county index). */
  members: Int32Array;
}

export interface People {
  /** The county each person's network sits in (home, or home county for the diaspora). */
  netCounty: Uint8Array;
  birthYear: Uint16Array;
  researchers: number[];
  techManagers: number[];
}

/** Everything phases share. To add a part: add it here, `put` it in the phase that makes it. */
export interface StateParts {
  regions: Regions;
  firms: Firms;
  labs: Labs;
  competitions: Competitions;
  pools: Pools;
  people: People;
}

export class GenerationState {
  private readonly parts: Partial<StateParts> = {};

  put<K extends keyof StateParts>(key: K, value: StateParts[K]): void {
    if (this.parts[key] !== undefined) throw new Error(`generator state '${key}' is made twice`);
    this.parts[key] = value;
  }

  get<K extends keyof StateParts>(key: K): StateParts[K] {
    const value = this.parts[key];
    if (value === undefined) throw new Error(`generator state '${key}' is read before the phase that makes it has run`);
    return value;
  }
}

/** What a phase gets: the scale, its seeded stream, the output files, the shared state and a progress hook. */
export interface GenContext {
  /** Persons to generate; every other count follows from it. */
  readonly n: number;
  readonly out: Outputs;
  readonly state: GenerationState;
  /** An independent seeded stream; each phase uses its own label, so adding a phase changes no other file. */
  rng(label: string): Rng;
  /** Lets full batches reach the disk and reports rows so far; call it between batches of a long loop. */
  progress(): Promise<void>;
}
