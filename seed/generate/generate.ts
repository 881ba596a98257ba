// The deterministic synthetic talent network: `generate({persons, seed, out})` writes CSV files in the import format
// (neo4j-admin header convention) that seed/import reads. Same persons and seed, same bytes.
//
// The model of the generator (README.md beside this file says the same for users):
// - Regions. China > Zhejiang > its 11 cities > their 90 county-level divisions (real names and codes); the provinces
//   migrants come from (and their capitals); foreign countries and cities where the diaspora lives. PART_OF upwards.
// - Tech areas. 10 top areas and ~60 sub-areas (PART_OF the top area).
// - Enterprises. persons / 10 of them, spread over the counties by economic weight; headcounts are Pareto
//   (alpha 1.25, so a few firms are huge and most are small); each county leans towards its own industries. A firm
//   FOCUSES_ON one main sub-area (its name carries the matching trade words) and maybe one or two more; LOCATED_IN
//   its county.
// - Labs. Real universities, the ten provincial labs and known institutes, plus generated institutes, county
//   innovation platforms and joint labs (PART_OF a host lab or a firm, and PARTNERS_WITH the partner firm). A lab's
//   pull is heavy-tailed, and every tie to labs (staff, students, affiliations, partnerships, projects) is drawn by it.
// - Persons, one pass in id order. Each ORIGINATES_FROM a county (by population) or another province (migrants).
//   A county's diaspora share decides who LIVES_IN a foreign city (Qingtian 40%, Wencheng 30%, most about 1%); a
//   few of them came back (an ended LIVES_IN abroad and a current one at home). Everyone else LIVES_IN a county and
//   WORKS_AT a firm drawn by size in it, with a career of earlier, ended jobs in the same city or beyond. The first
//   person drawn into a firm may be its founder (FOUNDED, Entrepreneur); founders of young firms may have WON the
//   city's competition before founding. About 4% are researchers (WORKS_AT a lab, several current
//   AFFILIATED_WITH ties to other labs, some "Sunday engineers" AFFILIATED_WITH a firm, COLLABORATED_WITH colleagues).
//   About 1% are technology managers (TechManager): they work on one side (a lab or a firm) and are affiliated with
//   the other, and they broker projects and demands. People also STUDIED_AT universities, are EXPERT_IN areas close
//   to their job, and some are MEMBER_OF their county's or city's shared-talent pool. Contact fields are synthetic
//   and unreachable (example.com/.net/.org mail, the unallocated +86 100 phone prefix); consent is mostly true.
// - KNOWS. Preferential attachment in id order: each person links to 1 + Geometric(3.3) earlier people (about 9 ties
//   on average), drawn from an urn holding everyone once per tie plus once; 72% of draws from the person's own
//   county (a diaspora member's home county), 18% from the rest of the city, 10% from anywhere. The result is a
//   heavy-tailed degree distribution with regional clusters. Technology managers draw extra ties, half to researchers.
// - Projects (persons / 100) with firms, labs and researchers that PARTICIPATES_IN them, escrow fields, BROKERED by a
//   technology manager; Demands (persons / 50) POSTED by firms, NEEDS areas, some BROKERED.
// - Talent pools: a city pool per city and a sub-pool per county (PART_OF it); memberCount is the members generated.
//
// Memory stays bounded: rows stream to disk in 1 MB batches with backpressure, and what later phases need is kept in
// typed arrays (a county per person, an urn of ints for KNOWS, sizes per firm), about 100 bytes per person.
import fs from 'node:fs';
import path from 'node:path';
import type { NodeLabel, RelType } from '../../server/model/model.js';
import { CsvSink, SinkSet, csvArray, csvField } from './csv-sink.js';
import {
  DIASPORA_DESTINATIONS,
  FOREIGN_COUNTRIES,
  OTHER_PROVINCES,
  ZHEJIANG_CITIES,
  countyNames,
  type County,
} from './gazetteer.js';
import {
  DEGREES,
  INSTITUTE_PATTERN,
  KNOWN_LABS,
  MILESTONES,
  PLATFORM_PATTERNS,
  POOL_DIMENSIONS,
  PROGRAMMES,
  PROJECT_KINDS,
  RESEARCH_ROLES,
  STAFF_ROLES,
  type LabKind,
} from './institutions.js';
import { brand, companyForm, personName } from './names.js';
import { AliasRanges, Cumulative, Rng, pickWeighted } from './random.js';
import { SUB_AREAS, TECH_AREAS, areaSlug } from './taxonomy.js';

export interface GenerateProgress {
  phase: string;
  rows: number;
  /** Best guess of the rows the whole run writes; exact once phase is 'done'. */
  estimatedRows: number;
}

export interface GenerateOptions {
  persons: number;
  seed: number;
  out: string;
  gzip?: boolean;
  onProgress?: (p: GenerateProgress) => void;
}

export interface GenerateResult {
  persons: number;
  seed: number;
  out: string;
  files: Array<{ file: string; rows: number; bytes: number }>;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  rows: number;
  bytes: number;
  elapsedMs: number;
  peakRssBytes: number;
}

export const MIN_PERSONS = 100;
export const MAX_PERSONS = 20_000_000;
/** Data are "as of" this day; nothing depends on the clock. */
const NOW = Date.UTC(2025, 5, 30) / 86_400_000;
const REF_YEAR = 2025;
const FIRST_COMPETITION_YEAR = 2019;
const LAST_COMPETITION_YEAR = 2024;
const WINNERS_PER_COMPETITION = 40;
const PERSON_BATCH = 5000;
/** Rows per person in a typical run, for the progress estimate only. */
const ROWS_PER_PERSON = 11.5;

/** Output files are ours when they look like this; only these are ever replaced in the output folder. */
export const OUTPUT_FILE = /^(nodes|rels)-[a-z_-]+\.csv(\.gz)?$/;

export class GenerateOptionsError extends Error {}

function checkOptions(o: GenerateOptions): void {
  if (!Number.isSafeInteger(o.persons) || o.persons < MIN_PERSONS || o.persons > MAX_PERSONS) {
    throw new GenerateOptionsError(`persons must be a whole number from ${MIN_PERSONS} to ${MAX_PERSONS}, got ${o.persons}`);
  }
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
    throw new GenerateOptionsError(`seed must be a whole number from 0 to 4294967295, got ${o.seed}`);
  }
  if (typeof o.out !== 'string' || o.out.trim() === '') throw new GenerateOptionsError('out must name a folder');
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting helpers: dates are day numbers (days since 1970-01-01), formatted through a cache.

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const DATE_BASE = dayOf(1900, 1, 1);
// Dense, so that lookups stay fast array reads (1900 to 2060).
const dateCache: string[] = new Array<string>(dayOf(2060, 1, 1) - DATE_BASE).fill('');
function ymd(day: number): string {
  const k = day - DATE_BASE;
  let s = dateCache[k]!;
  if (s === '') {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dateCache[k] = s;
  }
  return s;
}
const f2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
const slug = (en: string) => en.toLowerCase().replace(/[^a-z0-9]+/g, '');

// ---------------------------------------------------------------------------------------------------------------
// Output files: one per node label and one per (type, start label, end label); ID spaces are the labels.

class NodeFile {
  constructor(
    readonly label: NodeLabel,
    readonly sink: CsvSink,
  ) {}
  add(row: string): void {
    this.sink.row(row);
  }
}

class RelFile {
  private readonly tail: string;
  constructor(
    readonly type: RelType,
    readonly sink: CsvSink,
  ) {
    this.tail = `,${type}`;
  }
  /** `props` holds the property fields after :TYPE without the trailing source column, comma-led, or ''. */
  add(start: string | number, end: string | number, props: string): void {
    this.sink.row(`${start},${end}${this.tail}${props},synthetic`);
  }
}

interface OutputFiles {
  nodes: Map<NodeLabel, NodeFile>;
  rels: RelFile[];
}

const NODE_HEADERS: Record<Exclude<NodeLabel, 'Organisation'>, string[]> = {
  Region: ['name', 'nameZh', 'nameEn', 'aliases:string[]', 'level', 'code', 'population:int', 'overseasPopulation:int', 'lat:float', 'lon:float', 'source'],
  TechArea: ['name', 'nameZh', 'nameEn', 'code', 'source'],
  Enterprise: ['name', 'nameZh', 'nameEn', 'founded:int', 'employees:int', 'country', 'sme:boolean', 'source'],
  Lab: ['name', 'nameZh', 'nameEn', 'aliases:string[]', 'kind', 'founded:int', 'country', 'source'],
  Competition: ['name', 'nameZh', 'nameEn', 'year:int', 'edition:int', 'tracks:string[]', 'source'],
  TalentPool: ['name', 'nameZh', 'nameEn', 'kind', 'dimensions:string[]', 'responseHours:int', 'memberCount:int', 'source'],
  Person: ['name', 'nameZh', 'nameEn', 'gender', 'birthday:date', 'title', 'email', 'phone', 'wechat', 'consent:boolean', 'country', 'source'],
  Project: ['name', 'nameZh', 'nameEn', 'status', 'start:date', 'end:date', 'budget:float', 'totalCost:float', 'escrowPercent:float', 'escrowState', 'milestones:string[]', 'nextMilestone', 'nextMilestoneDue:date', 'programme:string[]', 'source'],
  Demand: ['name', 'nameZh', 'nameEn', 'status', 'postedAt:datetime', 'responseDue:datetime', 'techAreaIds:string[]', 'regionId', 'source'],
};

/** Property columns per relationship type (before the trailing source column). */
const REL_COLUMNS: Record<RelType, string[]> = {
  WORKS_AT: ['role', 'start:date', 'end:date'],
  AFFILIATED_WITH: ['role', 'start:date', 'end:date', 'strength:float'],
  STUDIED_AT: ['degree', 'classYear:int'],
  KNOWS: ['since:date', 'strength:float'],
  COLLABORATED_WITH: ['start:date', 'strength:float'],
  EXPERT_IN: ['level:float'],
  FOCUSES_ON: ['strength:float'],
  RESEARCHES: ['strength:float'],
  WON: ['rank:int', 'year:int', 'track', 'prize'],
  MEMBER_OF: ['dimensions:string[]', 'admittedOn:date', 'tags:string[]'],
  ORIGINATES_FROM: [],
  LIVES_IN: ['start:date', 'end:date'],
  LOCATED_IN: [],
  PART_OF: [],
  PARTNERS_WITH: ['role', 'start:date', 'strength:float', 'jointLabId'],
  PARTICIPATES_IN: ['role', 'contribution:float'],
  BROKERED: ['role', 'start:date'],
  POSTED: ['start:date'],
  NEEDS: ['weight:float'],
  FOUNDED: ['role', 'start:date'],
};

function openOutputs(sinks: SinkSet): {
  node: (label: Exclude<NodeLabel, 'Organisation'>) => NodeFile;
  rel: (type: RelType, from: NodeLabel, to: NodeLabel) => RelFile;
  files: OutputFiles;
} {
  const files: OutputFiles = { nodes: new Map(), rels: [] };
  const relFiles = new Map<string, RelFile>();
  return {
    files,
    node(label) {
      let f = files.nodes.get(label);
      if (!f) {
        const sink = sinks.open(`nodes-${label.toLowerCase()}.csv`, [`id:ID(${label})`, ':LABEL', ...NODE_HEADERS[label]]);
        f = new NodeFile(label, sink);
        files.nodes.set(label, f);
      }
      return f;
    },
    rel(type, from, to) {
      const key = `${type}|${from}|${to}`;
      let f = relFiles.get(key);
      if (!f) {
        const name = `rels-${from.toLowerCase()}-${type.toLowerCase()}-${to.toLowerCase()}.csv`;
        const sink = sinks.open(name, [`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...REL_COLUMNS[type], 'source']);
        f = new RelFile(type, sink);
        relFiles.set(key, f);
        files.rels.push(f);
      }
      return f;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------------------------

interface CountyInfo {
  c: County;
  city: number;
  id: string;
  zh: string;
  en: string;
  tops: number[];
}

interface LabInfo {
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

interface CompetitionInfo {
  id: string;
  year: number;
  city: number;
  county: number;
  tracks: number[];
}

const KIND_NORMAL = 0;
const KIND_RESEARCHER = 1;
const KIND_TM = 2;
const KIND_DIASPORA = 3;

class Generator {
  private readonly n: number;
  private readonly seed: number;
  private readonly sinks: SinkSet;
  private readonly out: ReturnType<typeof openOutputs>;
  private readonly onProgress: ((p: GenerateProgress) => void) | undefined;
  private phase = 'regions';
  private estimatedRows: number;

  // Regions
  private counties: CountyInfo[] = [];
  private cityIds: string[] = [];
  private cityCounties: number[][] = [];
  private provinceIds: string[] = [];
  private countyIndex = new Map<string, number>();
  private foreignCities: Array<{ id: string; iso: string; weight: number }> = [];
  private countryCities = new Map<string, number[]>();
  private popCum!: Cumulative;
  private gdpCum!: Cumulative;
  private cityGdpCum: Cumulative[] = [];
  private migrantCum!: Cumulative;
  private qingtian = -1;

  // Tech areas
  private subsOfTop: number[][] = TECH_AREAS.map(() => []);
  private topWeights = TECH_AREAS.map((t) => t.weight);

  // Enterprises
  private e = 0;
  private entStart!: Int32Array;
  private entCounty!: Uint8Array;
  private entSize!: Float64Array;
  private entSub!: Uint8Array;
  private entFounded!: Uint16Array;
  private entHasFounder!: Uint8Array;
  private entBrandZh: string[] = [];
  private entBrandEn: string[] = [];
  private entAlias!: AliasRanges;
  private countySizeCum!: Cumulative;
  private citySizeCum: Cumulative[] = [];

  // Labs
  private labs: LabInfo[] = [];
  private univAll!: { idx: number[]; cum: Cumulative };
  private univZj!: { idx: number[]; cum: Cumulative };
  private researchEmployers!: { idx: number[]; cum: Cumulative };
  private tmEmployers!: { idx: number[]; cum: Cumulative };
  private affiliable!: { idx: number[]; cum: Cumulative };
  private affiliableByCity: Array<{ idx: number[]; cum: Cumulative } | null> = [];
  private platformsByCounty: number[][] = [];
  private labRecent!: Int32Array;
  private labRecentCount!: Int32Array;
  private static readonly RECENT = 16;

  // Competitions and pools
  private comps: CompetitionInfo[] = [];
  private compWinners!: Int32Array;
  private compsByKey = new Map<string, number[]>();
  private poolMembers!: Int32Array;

  // Persons
  private netCounty!: Uint8Array;
  private birthYear!: Uint16Array;
  private researchers: number[] = [];
  private techManagers: number[] = [];

  constructor(opts: GenerateOptions, dir: string) {
    this.n = opts.persons;
    this.seed = opts.seed;
    this.sinks = new SinkSet(dir, opts.gzip ?? false);
    this.out = openOutputs(this.sinks);
    this.onProgress = opts.onProgress;
    this.estimatedRows = Math.round(this.n * ROWS_PER_PERSON) + 2000;
  }

  private rng(label: string): Rng {
    return new Rng(this.seed, label);
  }

  private async progress(phase?: string): Promise<void> {
    if (phase) this.phase = phase;
    await this.sinks.drain();
    const rows = this.sinks.totalRows;
    if (rows > this.estimatedRows) this.estimatedRows = Math.round(rows * 1.05);
    this.onProgress?.({ phase: this.phase, rows, estimatedRows: this.estimatedRows });
  }

  async run(): Promise<OutputFiles> {
    this.regions();
    this.techAreas();
    await this.progress('enterprises');
    await this.enterprises();
    await this.progress('labs');
    this.labsPhase();
    this.competitions();
    this.poolTies();
    await this.progress('persons');
    await this.persons();
    await this.progress('knows');
    await this.knows();
    await this.progress('projects');
    await this.projects();
    await this.progress('demands');
    await this.demands();
    this.poolNodes();
    await this.progress('closing');
    await this.sinks.closeAll();
    this.onProgress?.({ phase: 'done', rows: this.sinks.totalRows, estimatedRows: this.sinks.totalRows });
    return this.out.files;
  }

  get sinkSet(): SinkSet {
    return this.sinks;
  }

  // -------------------------------------------------------------------------------------------------------------
  private regions(): void {
    const rng = this.rng('regions');
    const nodes = this.out.node('Region');
    const partOf = this.out.rel('PART_OF', 'Region', 'Region');
    const region = (id: string, zh: string, en: string, aliases: string[], level: string, code: string, pop: number | null, overseas: number | null, lat: number | null, lon: number | null) => {
      nodes.add(`${id},Region,${csvField(zh)},${csvField(zh)},${csvField(en)},${csvArray(aliases)},${level},${code},${pop ?? ''},${overseas ?? ''},${lat ?? ''},${lon ?? ''},synthetic`);
    };
    region('cn', '中国', 'China', ['中华人民共和国', "People's Republic of China"], 'country', 'CN', 1_411_780_000, null, null, null);
    let zjPop = 0;
    for (const city of ZHEJIANG_CITIES) for (const c of city.counties) zjPop += c.pop * 10_000;
    region('cn.zj', '浙江省', 'Zhejiang', ['浙江'], 'province', '330000', zjPop, null, 30.27, 120.15);
    partOf.add('cn.zj', 'cn', '');
    ZHEJIANG_CITIES.forEach((city, ci) => {
      const cityId = `cn.zj.${city.slug}`;
      this.cityIds.push(cityId);
      this.cityCounties.push([]);
      let pop = 0;
      let overseas = 0;
      const countyRows: string[] = [];
      for (const c of city.counties) {
        const names = countyNames(c);
        const id = `${cityId}.${slug(c.en)}`;
        const idx = this.counties.length;
        const tops = (COUNTY_INDUSTRIES[c.code] ?? []).map((code) => TECH_AREAS.findIndex((t) => t.code === code));
        if (tops.length === 0) tops.push(pickWeighted(rng, this.topWeights));
        this.counties.push({ c, city: ci, id, zh: names.zh, en: names.en, tops });
        this.countyIndex.set(id, idx);
        this.cityCounties[ci]!.push(idx);
        if (c.code === '331121') this.qingtian = idx;
        const residents = c.pop * 10_000;
        // Qingtian's figure is the one its officials quote (about 381k abroad); elsewhere it follows the share.
        const abroad = c.code === '331121' ? 381_000 : c.diaspora >= 0.02 ? Math.round((residents * c.diaspora) / (1 - c.diaspora) / 1000) * 1000 : null;
        pop += residents;
        overseas += abroad ?? 0;
        countyRows.push(`${id},Region,${csvField(names.zh)},${csvField(names.zh)},${csvField(names.en)},${csvArray([c.zh, c.en])},county,${c.code},${residents},${abroad ?? ''},,,synthetic`);
      }
      region(cityId, `${city.zh}市`, city.en, [city.zh], 'city', city.code, pop, overseas || null, city.lat, city.lon);
      partOf.add(cityId, 'cn.zj', '');
      for (const row of countyRows) nodes.add(row);
      for (const idx of this.cityCounties[ci]!) partOf.add(this.counties[idx]!.id, cityId, '');
    });
    for (const p of OTHER_PROVINCES) {
      const id = `cn.${p.slug}`;
      this.provinceIds.push(id);
      const shortZh = p.zh.replace(/(省|市|壮族自治区|特别行政区)$/, '');
      region(id, p.zh, p.en, shortZh !== p.zh ? [shortZh] : [], 'province', p.code, null, null, null, null);
      partOf.add(id, 'cn', '');
      if (p.capital) {
        const cid = `${id}.${p.capital.slug}`;
        region(cid, `${p.capital.zh}市`, p.capital.en, [p.capital.zh], 'city', '', null, null, p.capital.lat, p.capital.lon);
        partOf.add(cid, id, '');
      }
    }
    for (const country of FOREIGN_COUNTRIES) {
      const id = country.iso.toLowerCase();
      region(id, country.zh, country.en, [], 'country', country.iso, null, null, null, null);
      const list: number[] = [];
      for (const city of country.cities) {
        const cid = `${id}.${city.slug}`;
        region(cid, city.zh, city.en, [], 'city', '', null, null, city.lat, city.lon);
        partOf.add(cid, id, '');
        list.push(this.foreignCities.length);
        this.foreignCities.push({ id: cid, iso: country.iso, weight: city.weight });
      }
      this.countryCities.set(country.iso, list);
    }
    this.popCum = new Cumulative(this.counties.map((k) => k.c.pop));
    this.gdpCum = new Cumulative(this.counties.map((k) => k.c.gdp));
    this.cityGdpCum = this.cityCounties.map((list) => new Cumulative(list.map((k) => this.counties[k]!.c.gdp)));
    this.migrantCum = new Cumulative(OTHER_PROVINCES.map((p) => p.migrants));
  }

  private techAreas(): void {
    const nodes = this.out.node('TechArea');
    const partOf = this.out.rel('PART_OF', 'TechArea', 'TechArea');
    TECH_AREAS.forEach((t) => {
      nodes.add(`${areaSlug(t.code)},TechArea,${csvField(t.zh)},${csvField(t.zh)},${csvField(t.en)},${t.code},synthetic`);
    });
    SUB_AREAS.forEach((s, i) => {
      this.subsOfTop[s.top]!.push(i);
      nodes.add(`${areaSlug(s.code)},TechArea,${csvField(s.zh)},${csvField(s.zh)},${csvField(s.en)},${s.code},synthetic`);
      partOf.add(areaSlug(s.code), areaSlug(TECH_AREAS[s.top]!.code), '');
    });
  }

  private subId(sub: number): string {
    return areaSlug(SUB_AREAS[sub]!.code);
  }

  private subByCode(code: string): number {
    const i = SUB_AREAS.findIndex((s) => s.code === code);
    if (i < 0) throw new Error(`unknown tech area ${code}`);
    return i;
  }

  /** A sub-area near `sub`: the same top area mostly, anything sometimes. */
  private nearSub(rng: Rng, sub: number): number {
    if (rng.chance(0.7)) return rng.pick(this.subsOfTop[SUB_AREAS[sub]!.top]!);
    return rng.int(SUB_AREAS.length);
  }

  // -------------------------------------------------------------------------------------------------------------
  private async enterprises(): Promise<void> {
    const rng = this.rng('enterprises');
    const k = this.counties.length;
    this.e = Math.max(20, Math.round(this.n / 10));
    const E = this.e;
    // Firms per county by economic weight, largest remainders so that the counts add up to E exactly.
    const gdpTotal = this.gdpCum.total;
    const quotas = this.counties.map((c) => (E * c.c.gdp) / gdpTotal);
    const counts = quotas.map(Math.floor);
    let left = E - counts.reduce((a, b) => a + b, 0);
    const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let j = 0; left > 0; j++, left--) counts[order[j % k]![1]]!++;
    this.entStart = new Int32Array(k + 1);
    for (let i = 0; i < k; i++) this.entStart[i + 1] = this.entStart[i]! + counts[i]!;

    this.entCounty = new Uint8Array(E);
    this.entSize = new Float64Array(E);
    this.entSub = new Uint8Array(E);
    this.entFounded = new Uint16Array(E);
    this.entHasFounder = new Uint8Array(E);
    const nodes = this.out.node('Enterprise');
    const located = this.out.rel('LOCATED_IN', 'Enterprise', 'Region');
    const focuses = this.out.rel('FOCUSES_ON', 'Enterprise', 'TechArea');
    const taken = new Set<string>();
    for (let ci = 0; ci < k; ci++) {
      const county = this.counties[ci]!;
      const city = ZHEJIANG_CITIES[county.city]!;
      for (let i = this.entStart[ci]!; i < this.entStart[ci + 1]!; i++) {
        const employees = Math.min(120_000, Math.floor(rng.pareto(4, 1.25)));
        const top = rng.chance(0.45) ? rng.pick(county.tops) : pickWeighted(rng, this.topWeights);
        const sub = rng.pick(this.subsOfTop[top]!);
        const age = Math.min(45, rng.geometric(8) + (employees >= 300 ? rng.range(3, 20) : 0));
        const founded = Math.max(1980, REF_YEAR - 1 - age);
        const r = rng.next();
        const prefix = r < 0.15 && employees >= 100 ? { zh: '浙江', en: 'Zhejiang' } : r < 0.8 ? { zh: city.zh, en: city.en } : { zh: county.c.zh, en: county.c.en };
        const trade = rng.pick(SUB_AREAS[sub]!.trades);
        const form = companyForm(rng, employees);
        let b = brand(rng, 2);
        for (let attempt = 0; taken.has(prefix.zh + b.zh + trade[0]); attempt++) b = brand(rng, attempt < 6 ? 2 : 3);
        taken.add(prefix.zh + b.zh + trade[0]);
        const zh = `${prefix.zh}${b.zh}${trade[0]}${form.zh}`;
        const en = `${prefix.en} ${b.en} ${trade[1]} ${form.en}`;
        this.entCounty[i] = ci;
        this.entSize[i] = employees;
        this.entSub[i] = sub;
        this.entFounded[i] = founded;
        this.entBrandZh.push(b.zh);
        this.entBrandEn.push(b.en);
        nodes.add(`${i},Enterprise,${zh},${zh},${csvField(en)},${founded},${employees},CN,${employees < 300},synthetic`);
        located.add(i, county.id, '');
        focuses.add(i, this.subId(sub), ',1.00');
        const extra = rng.chance(0.45) ? (rng.chance(0.3) ? 2 : 1) : 0;
        let prev = sub;
        for (let x = 0; x < extra; x++) {
          const other = this.nearSub(rng, sub);
          if (other === sub || other === prev) continue;
          prev = other;
          focuses.add(i, this.subId(other), `,${f2(0.2 + 0.6 * rng.next())}`);
        }
      }
      if (ci % 8 === 7) await this.progress();
    }
    this.entAlias = new AliasRanges(this.entSize, this.entStart);
    const countySize = new Float64Array(k);
    for (let i = 0; i < E; i++) countySize[this.entCounty[i]!] = countySize[this.entCounty[i]!]! + this.entSize[i]!;
    this.countySizeCum = new Cumulative(countySize);
    this.citySizeCum = this.cityCounties.map((list) => new Cumulative(list.map((c) => countySize[c]!)));
  }

  /** A firm in county `c` by size; anywhere by size when the county has none. */
  private firmIn(rng: Rng, c: number): number {
    const f = this.entAlias.draw(rng, this.entStart[c]!, this.entStart[c + 1]!);
    return f >= 0 ? f : this.firmAnywhere(rng);
  }

  private firmAnywhere(rng: Rng): number {
    for (;;) {
      const c = this.countySizeCum.draw(rng);
      const f = this.entAlias.draw(rng, this.entStart[c]!, this.entStart[c + 1]!);
      if (f >= 0) return f;
    }
  }

  private firmInCity(rng: Rng, city: number): number {
    const cum = this.citySizeCum[city]!;
    if (cum.total <= 0) return this.firmAnywhere(rng);
    return this.firmIn(rng, this.cityCounties[city]![cum.draw(rng)]!);
  }

  // -------------------------------------------------------------------------------------------------------------
  private labsPhase(): void {
    const rng = this.rng('labs');
    const E = this.e;
    const cityOfRegion = (regionId: string): { county: number; city: number } => {
      const county = this.countyIndex.get(regionId) ?? -1;
      return { county, city: county >= 0 ? this.counties[county]!.city : -1 };
    };
    for (const l of KNOWN_LABS) {
      const { county, city } = cityOfRegion(l.region);
      this.labs.push({
        id: l.slug, kind: l.kind, zh: l.zh, en: l.en, regionId: l.region, county, city, founded: l.founded,
        weight: l.weight, subs: l.areas.map((a) => this.subByCode(a)), ...(l.partOf ? { partOfLab: l.partOf } : {}),
        ...(l.aliases ? { aliases: l.aliases } : {}),
      });
    }
    // Generated industrial research institutes: one (city, top area) each.
    const institutes = Math.max(2, Math.round(E / 2500));
    const usedInst = new Set<string>();
    for (let j = 0, tries = 0; j < institutes && tries < institutes * 10; tries++) {
      const city = this.cityGdpCum.length ? pickWeighted(rng, this.cityGdpCum.map((c) => c.total)) : 0;
      const county = this.cityCounties[city]![this.cityGdpCum[city]!.draw(rng)]!;
      const top = rng.chance(0.6) ? rng.pick(this.counties[county]!.tops) : pickWeighted(rng, this.topWeights);
      if (usedInst.has(`${city}:${top}`)) continue;
      usedInst.add(`${city}:${top}`);
      const c = ZHEJIANG_CITIES[city]!;
      const t = TECH_AREAS[top]!;
      this.labs.push({
        id: `ri${j}`, kind: 'research_institute', zh: INSTITUTE_PATTERN.zh(c.zh, t.zh), en: INSTITUTE_PATTERN.en(c.en, t.en),
        regionId: this.counties[county]!.id, county, city, founded: rng.range(2005, 2023), weight: Math.min(30, rng.pareto(2, 1.2)),
        subs: [rng.pick(this.subsOfTop[top]!), rng.pick(this.subsOfTop[top]!)].filter((v, i, a) => a.indexOf(v) === i),
      });
      j++;
    }
    // County innovation platforms: every county at full scale, fewer in small graphs; Qingtian always has one.
    const platformShare = Math.min(1, E / 50_000);
    this.platformsByCounty = this.counties.map(() => []);
    let p = 0;
    this.counties.forEach((county, ci) => {
      if (ci !== this.qingtian && !rng.chance(platformShare)) return;
      const pattern = ci === this.qingtian ? PLATFORM_PATTERNS[0]! : rng.pick(PLATFORM_PATTERNS);
      const top = rng.pick(county.tops);
      const t = TECH_AREAS[top]!;
      this.platformsByCounty[ci]!.push(this.labs.length);
      this.labs.push({
        id: `ip${p++}`, kind: 'innovation_platform', zh: pattern.zh(county.c.zh, t.zh), en: pattern.en(county.c.en, t.en),
        regionId: county.id, county: ci, city: county.city, founded: rng.range(2015, 2024), weight: Math.min(20, rng.pareto(1.5, 1.2)),
        subs: [rng.pick(this.subsOfTop[top]!)],
      });
    });
    // Joint labs: a host (university, provincial lab or institute in Zhejiang, by pull) and a partner firm.
    const hosts = this.labs.map((l, i) => [l, i] as const).filter(([l]) => l.county >= 0 && (l.kind === 'university' || l.kind === 'provincial_lab' || l.kind === 'research_institute'));
    const hostCum = new Cumulative(hosts.map(([l]) => l.weight));
    const joint = Math.max(3, Math.round(E / 150));
    const usedJoint = new Set<string>();
    for (let j = 0, tries = 0; j < joint && tries < joint * 5; tries++) {
      const [host, hostIdx] = hosts[hostCum.draw(rng)]!;
      const firm = rng.chance(0.75) ? this.firmInCity(rng, host.city) : this.firmAnywhere(rng);
      if (usedJoint.has(`${hostIdx}:${firm}`)) continue;
      usedJoint.add(`${hostIdx}:${firm}`);
      const sub = rng.chance(0.6) ? this.entSub[firm]! : rng.pick(host.subs);
      const a = SUB_AREAS[sub]!;
      const insideFirm = rng.chance(0.15);
      const county = this.entCounty[firm]!;
      this.labs.push({
        id: `jl${j}`, kind: 'joint_lab',
        zh: insideFirm ? `${this.entBrandZh[firm]}${a.zh}创新研究院` : `${host.zh}-${this.entBrandZh[firm]}${a.zh}联合实验室`,
        en: insideFirm ? `${this.entBrandEn[firm]} ${a.en} Innovation Institute` : `${host.en} - ${this.entBrandEn[firm]} Joint Laboratory of ${a.en}`,
        regionId: this.counties[county]!.id, county, city: this.counties[county]!.city,
        founded: Math.max(this.entFounded[firm]!, host.founded, rng.range(2012, 2024)), weight: Math.min(10, rng.pareto(0.5, 1.5)), subs: [sub],
        ...(insideFirm ? { partOfEnterprise: firm } : { partOfLab: host.id }), jointPartner: firm, host: hostIdx,
      });
      j++;
    }

    const nodes = this.out.node('Lab');
    const located = this.out.rel('LOCATED_IN', 'Lab', 'Region');
    const researches = this.out.rel('RESEARCHES', 'Lab', 'TechArea');
    const partOfLab = this.out.rel('PART_OF', 'Lab', 'Lab');
    const partOfFirm = this.out.rel('PART_OF', 'Lab', 'Enterprise');
    const partners = this.out.rel('PARTNERS_WITH', 'Lab', 'Enterprise');
    const partnered = new Set<number>();
    const partner = (lab: number, firm: number, role: string, start: number, strength: number, jointLab: string) => {
      const key = lab * E + firm;
      if (partnered.has(key)) return;
      partnered.add(key);
      partners.add(this.labs[lab]!.id, firm, `,${role},${ymd(start)},${f2(strength)},${jointLab}`);
    };
    this.labs.forEach((l, li) => {
      nodes.add(`${l.id},Lab,${csvField(l.zh)},${csvField(l.zh)},${csvField(l.en)},${csvArray(l.aliases ?? [])},${l.kind},${l.founded},${l.regionId.startsWith('cn') ? 'CN' : ''},synthetic`);
      located.add(l.id, l.regionId, '');
      l.subs.forEach((s, i) => researches.add(l.id, this.subId(s), i === 0 ? ',1.00' : `,${f2(0.4 + 0.5 * rng.next())}`));
      if (l.partOfLab) partOfLab.add(l.id, l.partOfLab, '');
      if (l.partOfEnterprise !== undefined) partOfFirm.add(l.id, l.partOfEnterprise, '');
      if (l.jointPartner !== undefined && l.host !== undefined) {
        const start = dayOf(l.founded, 1, 1) + rng.int(365);
        partner(l.host, l.jointPartner, 'joint lab', start, 0.8 + 0.2 * rng.next(), `Lab:${l.id}`);
        partner(li, l.jointPartner, 'joint lab partner', start, 0.8 + 0.2 * rng.next(), `Lab:${l.id}`);
      }
    });
    // Other partnerships, from labs by pull: the big labs end up with hundreds of partner firms.
    const partnerLabs = this.labs.map((l, i) => [l, i] as const).filter(([l]) => l.kind !== 'joint_lab');
    const partnerCum = new Cumulative(partnerLabs.map(([l]) => l.weight));
    const more = Math.round(E * 0.03);
    for (let j = 0; j < more; j++) {
      const [lab, li] = partnerLabs[partnerCum.draw(rng)]!;
      const firm = lab.city >= 0 && rng.chance(0.6) ? this.firmInCity(rng, lab.city) : this.firmAnywhere(rng);
      const start = dayOf(Math.max(lab.founded, this.entFounded[firm]!, 2010) + rng.int(5), 1, 1) + rng.int(365);
      partner(li, firm, rng.pick(['research partner', 'technology licensing', 'co-development', 'talent training']), Math.min(start, NOW - 30), 0.2 + 0.6 * rng.next(), '');
    }

    const pool = (pred: (l: LabInfo) => boolean) => {
      const idx = this.labs.map((l, i) => [l, i] as const).filter(([l]) => pred(l)).map(([, i]) => i);
      return { idx, cum: new Cumulative(idx.map((i) => this.labs[i]!.weight)) };
    };
    this.univAll = pool((l) => l.kind === 'university');
    this.univZj = pool((l) => l.kind === 'university' && l.county >= 0);
    this.researchEmployers = pool((l) => l.county >= 0 && (l.kind === 'university' || l.kind === 'provincial_lab' || l.kind === 'research_institute'));
    this.tmEmployers = pool((l) => l.county >= 0 && (l.kind === 'research_institute' || l.kind === 'innovation_platform' || l.kind === 'provincial_lab'));
    this.affiliable = pool(() => true);
    this.affiliableByCity = this.cityIds.map((_, city) => {
      const p = pool((l) => l.city === city);
      return p.idx.length ? p : null;
    });
    this.labRecent = new Int32Array(this.labs.length * Generator.RECENT);
    this.labRecentCount = new Int32Array(this.labs.length);
  }

  private drawLab(rng: Rng, p: { idx: number[]; cum: Cumulative }): number {
    return p.idx[p.cum.draw(rng)]!;
  }

  /** A lab to be affiliated with: the same city's labs 60% of the time, else any lab by pull. */
  private affiliationLab(rng: Rng, city: number): number {
    const local = city >= 0 ? this.affiliableByCity[city] : null;
    return local && rng.chance(0.6) ? this.drawLab(rng, local) : this.drawLab(rng, this.affiliable);
  }

  // -------------------------------------------------------------------------------------------------------------
  private competitions(): void {
    const rng = this.rng('competitions');
    const series: Array<{ slug: string; zh: string; en: string; region: string; start: number; city: number; county: number; tracks: number }> = [
      { slug: 'zj', zh: '中国创新创业大赛（浙江赛区）', en: 'China Innovation and Entrepreneurship Competition (Zhejiang)', region: 'cn.zj', start: 2012, city: -1, county: -1, tracks: 5 },
      ...ZHEJIANG_CITIES.map((c, ci) => ({ slug: c.slug, zh: `${c.zh}人才创业创新大赛`, en: `${c.en} Talent Innovation and Entrepreneurship Competition`, region: this.cityIds[ci]!, start: 2015 + (ci % 4), city: ci, county: -1, tracks: 3 })),
      { slug: 'qingtian', zh: '青田华侨华人创业创新大赛', en: 'Qingtian Overseas Chinese Innovation and Entrepreneurship Competition', region: this.counties[this.qingtian]!.id, start: 2019, city: this.counties[this.qingtian]!.city, county: this.qingtian, tracks: 2 },
    ];
    const nodes = this.out.node('Competition');
    const located = this.out.rel('LOCATED_IN', 'Competition', 'Region');
    const focuses = this.out.rel('FOCUSES_ON', 'Competition', 'TechArea');
    for (const s of series) {
      for (let year = FIRST_COMPETITION_YEAR; year <= LAST_COMPETITION_YEAR; year++) {
        const tracks: number[] = [];
        const lean = s.city >= 0 ? this.cityCounties[s.city]!.flatMap((c) => this.counties[c]!.tops) : [];
        if (s.county >= 0) tracks.push(...this.counties[s.county]!.tops);
        while (tracks.length < s.tracks) {
          const t = lean.length && rng.chance(0.5) ? rng.pick(lean) : pickWeighted(rng, this.topWeights);
          if (!tracks.includes(t)) tracks.push(t);
        }
        tracks.length = Math.min(tracks.length, s.tracks);
        const id = `${s.slug}-${year}`;
        const trackNames = tracks.map((t) => TECH_AREAS[t]!.zh);
        nodes.add(`${id},Competition,${csvField(`${year}年${s.zh}`)},${csvField(`${year}年${s.zh}`)},${csvField(`${s.en} ${year}`)},${year},${year - s.start + 1},${csvArray(trackNames)},synthetic`);
        located.add(id, s.region, '');
        for (const t of tracks) focuses.add(id, areaSlug(TECH_AREAS[t]!.code), ',1.00');
        const ci = this.comps.length;
        this.comps.push({ id, year, city: s.city, county: s.county, tracks });
        // Looked up by the county's own series, the city's series, or the provincial one.
        const key = s.county >= 0 ? `k${s.county}y${year}` : s.city >= 0 ? `c${s.city}y${year}` : `y${year}`;
        const list = this.compsByKey.get(key) ?? [];
        list.push(ci);
        this.compsByKey.set(key, list);
      }
    }
    this.compWinners = new Int32Array(this.comps.length);
  }

  /**
   * Awards a place in a competition held in `year` near `county` (its county's own series, its city's, or the
   * provincial one) if one still has places; returns nothing when none does.
   */
  private award(rng: Rng, person: number | null, firm: number | null, county: number, year: number, sub: number): void {
    if (year < FIRST_COMPETITION_YEAR || year > LAST_COMPETITION_YEAR) return;
    const city = this.counties[county]!.city;
    const candidates = [
      ...(this.compsByKey.get(`k${county}y${year}`) ?? []),
      ...(this.compsByKey.get(`c${city}y${year}`) ?? []),
      ...(rng.chance(0.3) ? (this.compsByKey.get(`y${year}`) ?? []) : []),
    ].filter((c) => this.compWinners[c]! < WINNERS_PER_COMPETITION);
    if (candidates.length === 0) return;
    const ci = rng.pick(candidates);
    const comp = this.comps[ci]!;
    const rank = ++this.compWinners[ci]!;
    const top = SUB_AREAS[sub]!.top;
    const track = TECH_AREAS[comp.tracks.includes(top) ? top : rng.pick(comp.tracks)]!.zh;
    const prize = rank === 1 ? '一等奖' : rank <= 3 ? '二等奖' : rank <= 10 ? '三等奖' : '优秀奖';
    const props = `,${rank},${year},${csvField(track)},${prize}`;
    if (person !== null) this.out.rel('WON', 'Person', 'Competition').add(person, comp.id, props);
    if (firm !== null) this.out.rel('WON', 'Enterprise', 'Competition').add(firm, comp.id, props);
  }

  // -------------------------------------------------------------------------------------------------------------
  private poolId(county: number, cityPool: boolean): string {
    const k = this.counties[county]!;
    const citySlug = ZHEJIANG_CITIES[k.city]!.slug;
    return cityPool ? citySlug : `${citySlug}.${slug(k.c.en)}`;
  }

  /** Ties of the talent pools; their nodes are written last, once member counts are known. */
  private poolTies(): void {
    const rng = this.rng('pools');
    this.poolMembers = new Int32Array(ZHEJIANG_CITIES.length + this.counties.length);
    const partOf = this.out.rel('PART_OF', 'TalentPool', 'TalentPool');
    const located = this.out.rel('LOCATED_IN', 'TalentPool', 'Region');
    const focuses = this.out.rel('FOCUSES_ON', 'TalentPool', 'TechArea');
    ZHEJIANG_CITIES.forEach((city, ci) => {
      located.add(city.slug, this.cityIds[ci]!, '');
      const tops = [...new Set(this.cityCounties[ci]!.flatMap((c) => this.counties[c]!.tops))];
      for (const t of tops) focuses.add(city.slug, areaSlug(TECH_AREAS[t]!.code), `,${f2(0.5 + 0.5 * rng.next())}`);
    });
    this.counties.forEach((k, ci) => {
      const id = this.poolId(ci, false);
      partOf.add(id, this.poolId(ci, true), '');
      located.add(id, k.id, '');
      for (const t of k.tops) focuses.add(id, areaSlug(TECH_AREAS[t]!.code), ',1.00');
    });
  }

  private poolNodes(): void {
    const nodes = this.out.node('TalentPool');
    const dims = csvArray([...POOL_DIMENSIONS]);
    ZHEJIANG_CITIES.forEach((city, ci) => {
      const members = this.poolMembers[ci]!;
      nodes.add(`${city.slug},TalentPool,${city.zh}市共享人才池,${city.zh}市共享人才池,${city.en} Shared Talent Pool,city,${dims},48,${members},synthetic`);
    });
    this.counties.forEach((k, ci) => {
      const members = this.poolMembers[ZHEJIANG_CITIES.length + ci]!;
      nodes.add(`${this.poolId(ci, false)},TalentPool,${k.zh}共享人才分池,${k.zh}共享人才分池,${csvField(`${k.en} Shared Talent Sub-pool`)},county,${dims},48,${members},synthetic`);
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  private async persons(): Promise<void> {
    const rng = this.rng('persons');
    const N = this.n;
    this.netCounty = new Uint8Array(N);
    this.birthYear = new Uint16Array(N);
    const o = this.out;
    const nodes = o.node('Person');
    const origCounty = o.rel('ORIGINATES_FROM', 'Person', 'Region');
    const livesIn = o.rel('LIVES_IN', 'Person', 'Region');
    const worksFirm = o.rel('WORKS_AT', 'Person', 'Enterprise');
    const worksLab = o.rel('WORKS_AT', 'Person', 'Lab');
    const affLab = o.rel('AFFILIATED_WITH', 'Person', 'Lab');
    const affFirm = o.rel('AFFILIATED_WITH', 'Person', 'Enterprise');
    const studied = o.rel('STUDIED_AT', 'Person', 'Lab');
    const expert = o.rel('EXPERT_IN', 'Person', 'TechArea');
    const founded = o.rel('FOUNDED', 'Person', 'Enterprise');
    const memberOf = o.rel('MEMBER_OF', 'Person', 'TalentPool');
    const collab = o.rel('COLLABORATED_WITH', 'Person', 'Person');
    const staffW = STAFF_ROLES.map((r) => r.w);
    const researchW = RESEARCH_ROLES.map((r) => r.w);
    const diasporaCum = {
      qingtian: this.destinations('qingtian'),
      wenzhou: this.destinations('wenzhou'),
      professional: this.destinations('professional'),
    };
    const mailDomains = ['example.com', 'example.net', 'example.org'];
    const nCities = ZHEJIANG_CITIES.length;
    const subs: number[] = [];
    const seenFirms: number[] = [];
    const seenLabs: number[] = [];

    for (let i = 0; i < N; i++) {
      const gender = rng.chance(0.54) ? 'M' : 'F';
      const age = Math.max(20, Math.min(68, Math.round(rng.normalish(38, 9))));
      const by = REF_YEAR - 1 - age;
      this.birthYear[i] = by;
      const birthday = dayOf(by, 1, 1) + rng.int(365);
      const name = personName(rng, gender);
      const labels = ['Person'];
      let title = '';
      let country = 'CN';

      // Where they come from, and whether they live abroad.
      const fromZj = rng.chance(0.72);
      const origin = fromZj ? this.popCum.draw(rng) : -1;
      const province = fromZj ? -1 : this.migrantCum.draw(rng);
      if (fromZj) origCounty.add(i, this.counties[origin]!.id, '');
      else origCounty.add(i, this.provinceIds[province]!, '');
      const abroad = fromZj && rng.chance(this.counties[origin]!.c.diaspora);
      const returnee = abroad && rng.chance(0.12);
      let kind = KIND_NORMAL;
      if (abroad && !returnee) kind = KIND_DIASPORA;
      else {
        const r = rng.next();
        if (r < 0.04) kind = KIND_RESEARCHER;
        else if (r < 0.05) kind = KIND_TM;
      }
      const careerStart = Math.min(dayOf(by + 22 + rng.int(3), 9, 1), NOW - 30 - rng.int(200));
      subs.length = 0;
      seenFirms.length = 0;
      seenLabs.length = 0;
      let home = -1;
      let wonSub = -1;
      let poolChance = 0.03;
      let backDay = -1;

      if (abroad) {
        const profile = this.counties[origin]!.c.profile;
        const dest = this.foreignCities[diasporaCum[profile].draw(rng)]!;
        const leftDay = Math.min(NOW - 400, careerStart - 365 * 2 + rng.int(365 * 12));
        if (returnee) {
          backDay = Math.min(NOW - 30, leftDay + 365 * (2 + rng.int(10)));
          livesIn.add(i, dest.id, `,${ymd(leftDay)},${ymd(backDay)}`);
          home = rng.chance(0.8) ? origin : this.homeFrom(rng, origin);
        } else {
          country = dest.iso;
          livesIn.add(i, dest.id, `,${ymd(leftDay)},`);
        }
      } else if (kind !== KIND_RESEARCHER && !(kind === KIND_TM && rng.chance(0.6))) {
        home = this.homeFrom(rng, origin);
      }

      if (kind === KIND_DIASPORA) {
        this.netCounty[i] = origin;
        // Hometown ties: some trade with a firm back home, some serve a county platform as flexible experts.
        if (rng.chance(0.1)) {
          const firm = this.firmIn(rng, origin);
          worksFirm.add(i, firm, `,overseas representative,${ymd(Math.min(NOW - 10, Math.max(careerStart, dayOf(this.entFounded[firm]!, 6, 1)) + rng.int(365 * 5)))},`);
          subs.push(this.entSub[firm]!);
        }
        if (rng.chance(0.12)) {
          const plats = this.platformsByCounty[origin]!;
          const lab = plats.length ? rng.pick(plats) : this.affiliationLab(rng, this.counties[origin]!.city);
          affLab.add(i, this.labs[lab]!.id, `,flexible expert,${ymd(Math.min(NOW - 10, Math.max(dayOf(2016, 1, 1), dayOf(this.labs[lab]!.founded, 6, 1), careerStart) + rng.int(365 * 3)))},,${f2(0.2 + 0.5 * rng.next())}`);
          subs.push(rng.pick(this.labs[lab]!.subs));
          labels.push('Expert');
        }
        if (rng.chance(0.3)) this.study(rng, studied, i, by, rng.chance(0.4) ? 'master' : 'bachelor', seenLabs);
        if (subs.length === 0 && rng.chance(0.4)) subs.push(rng.int(SUB_AREAS.length));
        poolChance = 0;
      } else if (kind === KIND_RESEARCHER) {
        labels.push('Researcher');
        const lab = this.drawLab(rng, this.researchEmployers);
        const L = this.labs[lab]!;
        home = L.county;
        seenLabs.push(lab);
        const role = RESEARCH_ROLES[pickWeighted(rng, researchW)]!;
        title = role.title;
        if ((role.role === 'professor' || role.role === 'research fellow') && rng.chance(0.5)) labels.push('Expert');
        const start = Math.max(dayOf(Math.max(L.founded, by + 28), 9, 1), careerStart) + rng.int(365 * 3);
        worksLab.add(i, L.id, `,${role.role},${ymd(Math.min(start, NOW - 20))},`);
        if (rng.chance(0.2)) {
          // Some came from industry.
          const firm = this.firmAnywhere(rng);
          const from = Math.max(careerStart, dayOf(this.entFounded[firm]!, 3, 1));
          const to = Math.min(start, NOW - 20) - rng.int(200);
          if (to > from + 180) {
            worksFirm.add(i, firm, `,engineer,${ymd(from)},${ymd(to)}`);
            seenFirms.push(firm);
          }
        }
        subs.push(rng.pick(L.subs));
        // Several posts at once: the heavy tail of labs shows in who is affiliated where.
        const r = rng.next();
        const affs = r < 0.35 ? 0 : r < 0.7 ? 1 : r < 0.88 ? 2 : r < 0.97 ? 3 : 4;
        for (let a = 0, tries = 0; a < affs && tries < affs * 4; tries++) {
          const other = this.affiliationLab(rng, L.city);
          if (seenLabs.includes(other)) continue;
          seenLabs.push(other);
          a++;
          const O = this.labs[other]!;
          const from = Math.min(NOW - 10, Math.max(dayOf(O.founded, 6, 1), start) + rng.int(365 * 4));
          const ended = from < NOW - 400 && rng.chance(0.12);
          const affRole = O.kind === 'university' ? 'adjunct professor' : O.kind === 'provincial_lab' ? rng.pick(['principal investigator', 'chief scientist', 'adjunct researcher']) : O.kind === 'joint_lab' ? 'joint lab director' : 'part-time researcher';
          affLab.add(i, O.id, `,${affRole},${ymd(from)},${ended ? ymd(from + 180 + rng.int(NOW - from - 180)) : ''},${f2(0.3 + 0.6 * rng.next())}`);
          if (rng.chance(0.5)) subs.push(rng.pick(O.subs));
        }
        // "Sunday engineers": researchers who help a firm part-time.
        if (rng.chance(0.18)) {
          const firm = this.firmInCity(rng, L.city);
          if (!seenFirms.includes(firm)) {
            affFirm.add(i, firm, `,sunday engineer,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(2015, 1, 1), dayOf(this.entFounded[firm]!, 6, 1)) + rng.int(365 * 5)))},,${f2(0.3 + 0.3 * rng.next())}`);
            seenFirms.push(firm);
          }
        }
        this.study(rng, studied, i, by, 'phd', seenLabs);
        if (rng.chance(0.7)) this.study(rng, studied, i, by, 'bachelor', seenLabs);
        if (rng.chance(0.4)) this.study(rng, studied, i, by, 'master', seenLabs);
        // Co-authors among the lab's recent researchers.
        const base = lab * Generator.RECENT;
        const have = Math.min(this.labRecentCount[lab]!, Generator.RECENT);
        const links = Math.min(have, rng.geometric(1.5));
        for (let c = 0, tries = 0; c < links && tries < links * 3; tries++) {
          const slot = rng.int(have);
          const other = this.labRecent[base + slot]!;
          if (other < 0) continue;
          this.labRecent[base + slot] = -1 - other;
          collab.add(i, other, `,${ymd(Math.min(start + rng.int(365 * 4), NOW - 10))},${f2(0.3 + 0.7 * rng.next())}`);
          c++;
        }
        for (let s = 0; s < have; s++) if (this.labRecent[base + s]! < 0) this.labRecent[base + s] = -1 - this.labRecent[base + s]!;
        this.labRecent[base + (this.labRecentCount[lab]! % Generator.RECENT)] = i;
        this.labRecentCount[lab]!++;
        if (rng.chance(0.03)) this.award(rng, i, null, L.county, rng.range(FIRST_COMPETITION_YEAR, LAST_COMPETITION_YEAR), subs[0]!);
        this.researchers.push(i);
        poolChance = 0.3;
      } else if (kind === KIND_TM) {
        labels.push('TechManager');
        title = rng.chance(0.3) ? '高级技术经理人' : '技术经理人';
        const start = Math.min(NOW - 30, Math.max(careerStart, dayOf(2012, 1, 1)) + rng.int(365 * 6));
        if (home < 0) {
          // Works at a lab or platform, and advises firms.
          const lab = this.drawLab(rng, this.tmEmployers);
          const L = this.labs[lab]!;
          home = L.county;
          seenLabs.push(lab);
          worksLab.add(i, L.id, `,technology manager,${ymd(Math.max(start, dayOf(L.founded, 6, 1)))},`);
          subs.push(rng.pick(L.subs));
          const firms = 1 + (rng.chance(0.4) ? 1 : 0);
          for (let a = 0; a < firms; a++) {
            const firm = this.firmInCity(rng, L.city);
            if (seenFirms.includes(firm)) continue;
            seenFirms.push(firm);
            affFirm.add(i, firm, `,technology adviser,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(this.entFounded[firm]!, 6, 1)) + rng.int(365 * 3)))},,${f2(0.4 + 0.5 * rng.next())}`);
          }
        } else {
          // Works at a firm, and holds a post at one or two labs.
          const workCity = this.counties[home]!.city;
          const firm = this.firmIn(rng, home);
          seenFirms.push(firm);
          worksFirm.add(i, firm, `,technology manager,${ymd(Math.max(start, dayOf(this.entFounded[firm]!, 3, 1)))},`);
          subs.push(this.entSub[firm]!);
          const labsN = 1 + (rng.chance(0.4) ? 1 : 0);
          for (let a = 0; a < labsN; a++) {
            const lab = this.affiliationLab(rng, workCity);
            if (seenLabs.includes(lab)) continue;
            seenLabs.push(lab);
            const L = this.labs[lab]!;
            affLab.add(i, L.id, `,technology manager,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(L.founded, 6, 1)) + rng.int(365 * 3)))},,${f2(0.4 + 0.5 * rng.next())}`);
            subs.push(rng.pick(L.subs));
          }
        }
        subs.push(this.subByCode('SV.TT'));
        this.study(rng, studied, i, by, rng.chance(0.6) ? 'master' : 'bachelor', seenLabs);
        this.techManagers.push(i);
        poolChance = 0.2;
      } else {
        // An employee (or founder) of a firm in their home county, with a career behind them.
        const workCity = this.counties[home]!.city;
        const firm = this.firmIn(rng, home);
        seenFirms.push(firm);
        const careerYears = (NOW - careerStart) / 365;
        const foundedYear = this.entFounded[firm]!;
        const isFounder =
          this.entHasFounder[firm] === 0 && foundedYear >= by + 23 && rng.chance(returnee ? 0.9 : 0.6);
        let currentStart: number;
        let prevJobs = careerYears < 2 ? 0 : Math.min(3, Math.floor(rng.next() * (1 + careerYears / 8)));
        let role: string;
        if (isFounder) {
          this.entHasFounder[firm] = 1;
          labels.push('Entrepreneur');
          const foundedDay = dayOf(foundedYear, 1, 1) + rng.int(365);
          currentStart = Math.max(foundedDay, careerStart - 365 * 3);
          if (currentStart < careerStart + 365) prevJobs = 0;
          role = 'founder';
          founded.add(i, firm, `,${rng.chance(0.8) ? 'founder' : 'co-founder'},${ymd(foundedDay)}`);
          // Young firms' founders often won a competition the year before or the year they started.
          if (foundedYear >= FIRST_COMPETITION_YEAR && rng.chance(returnee ? 0.7 : 0.35)) {
            this.award(rng, i, rng.chance(0.5) ? firm : null, home, foundedYear - rng.int(2), this.entSub[firm]!);
            wonSub = this.entSub[firm]!;
          }
        } else {
          const r = STAFF_ROLES[pickWeighted(rng, staffW)]!;
          role = r.role;
          if (r.title && rng.chance(0.7)) title = r.title;
          const earliest = Math.max(careerStart, dayOf(foundedYear, 3, 1));
          currentStart = prevJobs === 0 ? earliest + rng.int(365) : earliest + Math.floor((NOW - earliest) * (0.3 + 0.6 * rng.next()));
          currentStart = Math.min(currentStart, NOW - 20);
        }
        // Earlier jobs fill [careerStart, currentStart): mostly in the same city.
        if (prevJobs > 0 && currentStart > careerStart + 180) {
          const span = currentStart - careerStart;
          let from = careerStart;
          for (let j = 0; j < prevJobs; j++) {
            const to = j === prevJobs - 1 ? currentStart - rng.int(60) : from + Math.floor((span / prevJobs) * (0.6 + 0.8 * rng.next()));
            if (to <= from + 60) break;
            const other = rng.chance(0.7) ? this.firmInCity(rng, workCity) : this.firmAnywhere(rng);
            const jobStart = Math.max(from, dayOf(this.entFounded[other]!, 1, 1));
            const jobEnd = Math.min(to, currentStart);
            if (seenFirms.includes(other) || jobEnd < jobStart + 60) continue;
            seenFirms.push(other);
            const r = STAFF_ROLES[pickWeighted(rng, staffW)]!;
            worksFirm.add(i, other, `,${r.role},${ymd(jobStart)},${ymd(jobEnd)}`);
            from = to + rng.int(90);
          }
        }
        const endedNow = !isFounder && currentStart < NOW - 60 && rng.chance(age > 60 ? 0.5 : 0.05);
        worksFirm.add(i, firm, `,${csvField(role)},${ymd(currentStart)},${endedNow ? ymd(Math.max(currentStart + 30, NOW - rng.int(365))) : ''}`);
        if (rng.chance(0.75)) subs.push(this.entSub[firm]!);
        else if (rng.chance(0.5)) subs.push(rng.int(SUB_AREAS.length));
        if (rng.chance(0.45)) {
          this.study(rng, studied, i, by, 'bachelor', seenLabs);
          if (rng.chance(0.25)) this.study(rng, studied, i, by, 'master', seenLabs);
        }
        if (title === '高级工程师' || title === '正高级工程师') poolChance = 0.12;
      }

      if (home >= 0) {
        this.netCounty[i] = home;
        const since = returnee ? backDay : home === origin ? birthday : careerStart - rng.int(365);
        livesIn.add(i, this.counties[home]!.id, `,${ymd(since)},`);
      }

      // Expertise: the job's area first, then neighbours of it.
      if (subs.length > 0) {
        const extra = rng.chance(0.3) ? 1 : 0;
        if (extra) subs.push(this.nearSub(rng, subs[0]!));
        for (let s = 0; s < subs.length; s++) {
          if (subs.indexOf(subs[s]!) !== s) continue;
          expert.add(i, this.subId(subs[s]!), `,${f2(s === 0 ? 0.5 + 0.5 * rng.next() : 0.2 + 0.6 * rng.next())}`);
        }
      }

      // Shared-talent pools: the county's sub-pool mostly, the city pool sometimes.
      if (home >= 0 && poolChance > 0 && rng.chance(poolChance)) {
        const cityPool = rng.chance(0.3);
        const dims: string[] = [];
        for (const d of POOL_DIMENSIONS) if (rng.chance(d === '专业能力' ? 0.8 : 0.35)) dims.push(d);
        if (wonSub >= 0 && !dims.includes('竞赛荣誉')) dims.push('竞赛荣誉');
        if (dims.length === 0) dims.push('专业能力');
        const tags = subs.length ? [TECH_AREAS[SUB_AREAS[subs[0]!]!.top]!.zh + '-' + SUB_AREAS[subs[0]!]!.zh] : [];
        memberOf.add(i, this.poolId(home, cityPool), `,${csvArray(dims)},${ymd(dayOf(2019, 1, 1) + rng.int(NOW - dayOf(2019, 1, 1)))},${csvArray(tags)}`);
        this.poolMembers[cityPool ? this.counties[home]!.city : nCities + home]!++;
        if (!labels.includes('Expert') && age > 35 && dims.includes('专业能力') && rng.chance(0.5)) labels.push('Expert');
      }

      const phone = String((i * 7919 + 104_729) % 100_000_000).padStart(8, '0');
      const wechat = rng.chance(0.25) ? `${name.handle}_${i.toString(36)}` : '';
      nodes.add(
        `${i},${labels.join(';')},${name.zh},${name.zh},${name.en},${gender},${ymd(birthday)},${title},${name.handle}.${i}@${mailDomains[i % 3]},+86 100 ${phone.slice(0, 4)} ${phone.slice(4)},${wechat},${rng.chance(0.92)},${country},synthetic`,
      );
      if ((i + 1) % PERSON_BATCH === 0) await this.progress();
    }
  }

  private destinations(profile: keyof typeof DIASPORA_DESTINATIONS): Cumulative {
    const shares = DIASPORA_DESTINATIONS[profile];
    return new Cumulative(
      this.foreignCities.map((c) => (shares[c.iso] ?? 0) * c.weight),
    );
  }

  /** Where someone from `origin` (a county, or -1 for a migrant) lives and works. */
  private homeFrom(rng: Rng, origin: number): number {
    if (origin >= 0) {
      const r = rng.next();
      if (r < 0.55) return origin;
      if (r < 0.7) {
        const city = this.counties[origin]!.city;
        return this.cityCounties[city]![this.cityGdpCum[city]!.draw(rng)]!;
      }
    }
    return this.gdpCum.draw(rng);
  }

  private study(rng: Rng, file: RelFile, person: number, by: number, degree: keyof typeof DEGREES, seen: number[]): void {
    for (let tries = 0; tries < 4; tries++) {
      const uni = rng.chance(0.7) ? this.drawLab(rng, this.univZj) : this.drawLab(rng, this.univAll);
      if (seen.includes(uni)) continue;
      seen.push(uni);
      const classYear = Math.min(REF_YEAR, by + DEGREES[degree] + rng.int(2));
      file.add(person, this.labs[uni]!.id, `,${degree},${classYear}`);
      return;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  private async knows(): Promise<void> {
    const rng = this.rng('knows');
    const N = this.n;
    const K = this.counties.length;
    const knows = this.out.rel('KNOWS', 'Person', 'Person');
    // One urn per county: a person appears once on arrival and once per tie, so draws favour the well connected.
    const perCounty = new Int32Array(K);
    for (let i = 0; i < N; i++) perCounty[this.netCounty[i]!]!++;
    const urns: Int32Array[] = [];
    for (let k = 0; k < K; k++) urns.push(new Int32Array(Math.max(16, Math.ceil(perCounty[k]! * 10.5))));
    const urnLen = new Int32Array(K);
    let urnTotal = 0;
    const push = (k: number, v: number) => {
      let urn = urns[k]!;
      if (urnLen[k] === urn.length) {
        const bigger = new Int32Array(urn.length * 2);
        bigger.set(urn);
        urns[k] = urn = bigger;
      }
      urn[urnLen[k]!++] = v;
      urnTotal++;
    };
    const cityOf = this.counties.map((c) => c.city);
    const isTm = new Uint8Array(N);
    for (const t of this.techManagers) isTm[t] = 1;
    const researchers = this.researchers;
    let researchersBefore = 0;
    const chosen: number[] = [];

    const countyByUrn = (list: readonly number[] | null): number => {
      let total = 0;
      if (list) for (const k of list) total += urnLen[k]!;
      else total = urnTotal;
      if (total === 0) return -1;
      let x = rng.int(total);
      if (list) {
        for (const k of list) {
          x -= urnLen[k]!;
          if (x < 0) return k;
        }
      } else {
        for (let k = 0; k < K; k++) {
          x -= urnLen[k]!;
          if (x < 0) return k;
        }
      }
      return -1;
    };

    for (let v = 0; v < N; v++) {
      while (researchersBefore < researchers.length && researchers[researchersBefore]! < v) researchersBefore++;
      const c = this.netCounty[v]!;
      const tm = isTm[v] === 1;
      const m = Math.min(60, 1 + rng.geometric(3.3) + (tm ? 8 : 0));
      chosen.length = 0;
      for (let attempt = 0; chosen.length < m && attempt < m * 4; attempt++) {
        let u: number;
        const r = rng.next();
        if (tm && r < 0.5 && researchersBefore > 0) {
          u = researchers[rng.int(researchersBefore)]!;
        } else {
          let k = c;
          if (r >= 0.72) k = r < 0.9 ? countyByUrn(this.cityCounties[cityOf[c]!]!) : countyByUrn(null);
          if (k < 0 || urnLen[k] === 0) k = countyByUrn(null);
          if (k < 0) break;
          u = urns[k]![rng.int(urnLen[k]!)]!;
        }
        if (u === v || chosen.includes(u)) continue;
        chosen.push(u);
      }
      const byV = this.birthYear[v]!;
      for (const u of chosen) {
        const adult = Math.max(byV, this.birthYear[u]!) + 18;
        const fromYear = Math.max(adult, 2000);
        const since = fromYear >= REF_YEAR ? NOW - rng.int(100) : dayOf(fromYear, 1, 1) + rng.int(Math.max(1, NOW - dayOf(fromYear, 1, 1)));
        const same = this.netCounty[u] === c;
        knows.add(v, u, `,${ymd(since)},${f2((same ? 0.3 : 0.1) + (same ? 0.7 : 0.6) * rng.next())}`);
        push(c, v);
        push(this.netCounty[u]!, u);
      }
      push(c, v);
      if ((v + 1) % (PERSON_BATCH * 2) === 0) await this.progress();
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  /** A technology manager, busier ones more often (rank-skewed draw). */
  private broker(rng: Rng): number {
    const t = this.techManagers;
    return t[Math.floor(t.length * rng.next() * rng.next())]!;
  }

  private async projects(): Promise<void> {
    const rng = this.rng('projects');
    const P = Math.max(10, Math.round(this.n / 100));
    const o = this.out;
    const nodes = o.node('Project');
    const firmIn = o.rel('PARTICIPATES_IN', 'Enterprise', 'Project');
    const labIn = o.rel('PARTICIPATES_IN', 'Lab', 'Project');
    const personIn = o.rel('PARTICIPATES_IN', 'Person', 'Project');
    const researches = o.rel('RESEARCHES', 'Project', 'TechArea');
    const located = o.rel('LOCATED_IN', 'Project', 'Region');
    const brokered = o.rel('BROKERED', 'Person', 'Project');
    const milestones = csvArray([...MILESTONES]);
    for (let p = 0; p < P; p++) {
      const lead = this.firmAnywhere(rng);
      const county = this.entCounty[lead]!;
      const city = this.counties[county]!.city;
      const sub = rng.chance(0.6) ? this.entSub[lead]! : this.nearSub(rng, this.entSub[lead]!);
      const a = SUB_AREAS[sub]!;
      const kind = rng.pick(PROJECT_KINDS);
      const start = dayOf(2019, 1, 1) + rng.int(NOW - dayOf(2019, 1, 1) + 180);
      const end = start + 365 * (1 + rng.int(3));
      const status = start > NOW ? 'proposed' : end < NOW ? 'completed' : 'active';
      const budget = Math.round(Math.min(5e8, rng.pareto(3e5, 1.4)) / 1000) * 1000;
      const cost = status === 'proposed' ? 0 : status === 'completed' ? Math.round(budget * (0.85 + 0.15 * rng.next())) : Math.round(budget * rng.next() * 0.8);
      // The escrow scheme: the firm pays 10% into escrow, released at the first milestone.
      const escrow = rng.chance(0.4);
      const state = !escrow ? 'none' : status === 'proposed' || (status === 'active' && rng.chance(0.5)) ? 'held' : 'released';
      const next = status === 'completed' ? '' : state === 'held' ? MILESTONES[1] : MILESTONES[2 + rng.int(2)]!;
      const nextDue = next ? ymd(Math.max(start, NOW) + 30 + rng.int(300)) : '';
      const programme = csvArray([rng.pick(PROGRAMMES)]);
      const zh = `${this.entBrandZh[lead]}${a.zh}${kind.zh}项目`;
      const en = `${this.entBrandEn[lead]} ${a.en} ${kind.en}`;
      nodes.add(`${p},Project,${zh},${zh},${csvField(en)},${status},${ymd(start)},${ymd(end)},${budget}.0,${cost}.0,${escrow ? '10.0' : '0.0'},${state},${milestones},${next},${nextDue},${programme},synthetic`);
      researches.add(p, this.subId(sub), ',1.00');
      located.add(p, this.counties[county]!.id, '');
      firmIn.add(lead, p, `,lead,${f2(0.4 + 0.3 * rng.next())}`);
      const others = rng.chance(0.4) ? 1 + rng.int(2) : 0;
      const seen = [lead];
      for (let j = 0; j < others; j++) {
        const f = this.firmInCity(rng, city);
        if (seen.includes(f)) continue;
        seen.push(f);
        firmIn.add(f, p, `,partner,${f2(0.1 + 0.2 * rng.next())}`);
      }
      const labN = 1 + (rng.chance(0.3) ? 1 : 0);
      const seenLabs: number[] = [];
      for (let j = 0; j < labN; j++) {
        const lab = this.affiliationLab(rng, city);
        if (seenLabs.includes(lab)) continue;
        seenLabs.push(lab);
        labIn.add(this.labs[lab]!.id, p, `,${j === 0 ? 'research lead' : 'research partner'},${f2(0.2 + 0.3 * rng.next())}`);
      }
      const people = this.researchers.length ? 1 + rng.int(3) : 0;
      const seenPeople: number[] = [];
      for (let j = 0; j < people; j++) {
        const r = this.researchers[rng.int(this.researchers.length)]!;
        if (seenPeople.includes(r)) continue;
        seenPeople.push(r);
        personIn.add(r, p, `,${j === 0 ? 'principal investigator' : 'researcher'},${f2(0.05 + 0.2 * rng.next())}`);
      }
      if (this.techManagers.length && rng.chance(0.7)) brokered.add(this.broker(rng), p, `,technology manager,${ymd(Math.min(NOW, start - 30 - rng.int(120)))}`);
      if ((p + 1) % 2000 === 0) await this.progress();
    }
  }

  private async demands(): Promise<void> {
    const rng = this.rng('demands');
    const D = Math.max(10, Math.round(this.n / 50));
    const o = this.out;
    const nodes = o.node('Demand');
    const posted = o.rel('POSTED', 'Enterprise', 'Demand');
    const needs = o.rel('NEEDS', 'Demand', 'TechArea');
    const brokered = o.rel('BROKERED', 'Person', 'Demand');
    const firstDay = dayOf(2023, 1, 1);
    for (let d = 0; d < D; d++) {
      const firm = this.firmAnywhere(rng);
      const county = this.entCounty[firm]!;
      const sub = rng.chance(0.7) ? this.entSub[firm]! : this.nearSub(rng, this.entSub[firm]!);
      const second = rng.chance(0.35) ? this.nearSub(rng, sub) : -1;
      const areas = second >= 0 && second !== sub ? [sub, second] : [sub];
      const day = firstDay + rng.int(NOW - firstDay);
      const minute = rng.int(9 * 60) + 8 * 60;
      const postedAt = `${ymd(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
      // Pools promise an answer within 48 hours.
      const due = `${ymd(day + 2)}T${postedAt.slice(11)}`;
      const age = NOW - day;
      const status = age < 3 ? 'open' : rng.chance(0.75) ? 'matched' : age > 60 ? 'closed' : 'open';
      const a = SUB_AREAS[sub]!;
      const zh = `${this.entBrandZh[firm]}${a.zh}技术需求`;
      const en = `${this.entBrandEn[firm]} ${a.en} technology need`;
      nodes.add(`${d},Demand,${zh},${zh},${csvField(en)},${status},${postedAt},${due},${csvArray(areas.map((s) => `TechArea:${this.subId(s)}`))},Region:${this.counties[county]!.id},synthetic`);
      posted.add(firm, d, `,${ymd(day)}`);
      areas.forEach((s, i) => needs.add(d, this.subId(s), `,${i === 0 ? '1.00' : f2(0.3 + 0.5 * rng.next())}`));
      if (this.techManagers.length && status !== 'open' && rng.chance(0.4)) brokered.add(this.broker(rng), d, `,technology manager,${ymd(Math.min(NOW, day + rng.int(2)))}`);
      if ((d + 1) % 5000 === 0) await this.progress();
    }
  }
}

/**
 * Writes the synthetic graph into `out`. Files are written into a fresh folder beside it and moved in at the end,
 * so a failed run leaves an earlier output untouched; earlier generator files in `out` are replaced, anything else
 * there is left alone.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  checkOptions(opts);
  const started = process.hrtime.bigint();
  const out = path.resolve(opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const work = fs.mkdtempSync(`${out}.partial-`);
  let files: OutputFiles;
  let gen: Generator;
  try {
    gen = new Generator(opts, work);
    files = await gen.run();
  } catch (err) {
    fs.rmSync(work, { recursive: true, force: true });
    throw err;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (OUTPUT_FILE.test(f)) fs.rmSync(path.join(out, f));
  const written = gen.sinkSet.counts();
  const listed: GenerateResult['files'] = [];
  for (const { file, rows } of written) {
    fs.renameSync(path.join(work, file), path.join(out, file));
    listed.push({ file, rows, bytes: fs.statSync(path.join(out, file)).size });
  }
  fs.rmSync(work, { recursive: true, force: true });

  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const [label, f] of files.nodes) nodes[label] = (nodes[label] ?? 0) + f.sink.rows;
  for (const f of files.rels) relationships[f.type] = (relationships[f.type] ?? 0) + f.sink.rows;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    persons: opts.persons,
    seed: opts.seed,
    out,
    files: listed,
    nodes,
    relationships,
    totalNodes: sum(nodes),
    totalRelationships: sum(relationships),
    rows: sum(nodes) + sum(relationships),
    bytes: listed.reduce((a, f) => a + f.bytes, 0),
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
