// The labs phase: real universities, the provincial labs and known institutes, plus generated industrial research
// institutes, county innovation platforms and joint labs (PART_OF a host lab or a firm, PARTNERS_WITH the partner
// firm). A lab's pull is heavy-tailed and every later tie to labs is drawn by it; the lab pools below are those draws.
import { SUBS_OF_TOP, TOP_WEIGHTS, subByCode, subId } from './areas.js';
import { csvArray, csvField } from './csv-sink.js';
import { NOW, dayOf, f2, ymd } from './format.js';
import { ZHEJIANG_CITIES } from './gazetteer.js';
import { INSTITUTE_PATTERN, KNOWN_LABS, PLATFORM_PATTERNS } from './institutions.js';
import { FirmDraw } from './organisations.js';
import { Cumulative, pickWeighted, type Rng } from './random.js';
import { RECENT_PER_LAB, type Firms, type GenContext, type LabInfo, type LabPool, type Labs, type Regions } from './state.js';
import { SUB_AREAS, TECH_AREAS } from './taxonomy.js';

interface LabDraft {
  rng: Rng;
  regions: Regions;
  firms: Firms;
  draw: FirmDraw;
  labs: LabInfo[];
}

function knownLabs(d: LabDraft): void {
  for (const l of KNOWN_LABS) {
    const county = d.regions.countyIndex.get(l.region) ?? -1;
    const city = county >= 0 ? d.regions.counties[county]!.city : -1;
    d.labs.push({
      id: l.slug, kind: l.kind, zh: l.zh, en: l.en, regionId: l.region, county, city, founded: l.founded,
      weight: l.weight, subs: l.areas.map((a) => subByCode(a)), ...(l.partOf ? { partOfLab: l.partOf } : {}),
      ...(l.aliases ? { aliases: l.aliases } : {}),
    });
  }
}

/** Generated industrial research institutes: one (city, top area) each. */
function institutes(d: LabDraft): void {
  const { rng, regions } = d;
  const wanted = Math.max(2, Math.round(d.firms.count / 2500));
  const used = new Set<string>();
  for (let j = 0, tries = 0; j < wanted && tries < wanted * 10; tries++) {
    const city = regions.cityGdpCum.length ? pickWeighted(rng, regions.cityGdpCum.map((c) => c.total)) : 0;
    const county = regions.cityCounties[city]![regions.cityGdpCum[city]!.draw(rng)]!;
    const top = rng.chance(0.6) ? rng.pick(regions.counties[county]!.tops) : pickWeighted(rng, TOP_WEIGHTS);
    if (used.has(`${city}:${top}`)) continue;
    used.add(`${city}:${top}`);
    const c = ZHEJIANG_CITIES[city]!;
    const t = TECH_AREAS[top]!;
    d.labs.push({
      id: `ri${j}`, kind: 'research_institute', zh: INSTITUTE_PATTERN.zh(c.zh, t.zh), en: INSTITUTE_PATTERN.en(c.en, t.en),
      regionId: regions.counties[county]!.id, county, city, founded: rng.range(2005, 2023), weight: Math.min(30, rng.pareto(2, 1.2)),
      subs: [rng.pick(SUBS_OF_TOP[top]!), rng.pick(SUBS_OF_TOP[top]!)].filter((v, i, a) => a.indexOf(v) === i),
    });
    j++;
  }
}

/** County innovation platforms: every county at full scale, fewer in small graphs; Qingtian always has one. */
function platforms(d: LabDraft): number[][] {
  const { rng, regions } = d;
  const share = Math.min(1, d.firms.count / 50_000);
  const byCounty: number[][] = regions.counties.map(() => []);
  let p = 0;
  regions.counties.forEach((county, ci) => {
    if (ci !== regions.qingtian && !rng.chance(share)) return;
    const pattern = ci === regions.qingtian ? PLATFORM_PATTERNS[0]! : rng.pick(PLATFORM_PATTERNS);
    const top = rng.pick(county.tops);
    const t = TECH_AREAS[top]!;
    byCounty[ci]!.push(d.labs.length);
    d.labs.push({
      id: `ip${p++}`, kind: 'innovation_platform', zh: pattern.zh(county.c.zh, t.zh), en: pattern.en(county.c.en, t.en),
      regionId: county.id, county: ci, city: county.city, founded: rng.range(2015, 2024), weight: Math.min(20, rng.pareto(1.5, 1.2)),
      subs: [rng.pick(SUBS_OF_TOP[top]!)],
    });
  });
  return byCounty;
}

/** Joint labs: a host (university, provincial lab or institute in Zhejiang, by pull) and a partner firm. */
function jointLabs(d: LabDraft): void {
  const { rng, regions, firms } = d;
  const hosts = d.labs.map((l, i) => [l, i] as const).filter(([l]) => l.county >= 0 && (l.kind === 'university' || l.kind === 'provincial_lab' || l.kind === 'research_institute'));
  const hostCum = new Cumulative(hosts.map(([l]) => l.weight));
  const wanted = Math.max(3, Math.round(firms.count / 150));
  const used = new Set<string>();
  for (let j = 0, tries = 0; j < wanted && tries < wanted * 5; tries++) {
    const [host, hostIdx] = hosts[hostCum.draw(rng)]!;
    const firm = rng.chance(0.75) ? d.draw.inCity(rng, host.city) : d.draw.anywhere(rng);
    if (used.has(`${hostIdx}:${firm}`)) continue;
    used.add(`${hostIdx}:${firm}`);
    const sub = rng.chance(0.6) ? firms.sub[firm]! : rng.pick(host.subs);
    const a = SUB_AREAS[sub]!;
    const insideFirm = rng.chance(0.15);
    const county = firms.county[firm]!;
    d.labs.push({
      id: `jl${j}`, kind: 'joint_lab',
      zh: insideFirm ? `${firms.brandZh[firm]}${a.zh}创新研究院` : `${host.zh}-${firms.brandZh[firm]}${a.zh}联合实验室`,
      en: insideFirm ? `${firms.brandEn[firm]} ${a.en} Innovation Institute` : `${host.en} - ${firms.brandEn[firm]} Joint Laboratory of ${a.en}`,
      regionId: regions.counties[county]!.id, county, city: regions.counties[county]!.city,
      founded: Math.max(firms.founded[firm]!, host.founded, rng.range(2012, 2024)), weight: Math.min(10, rng.pareto(0.5, 1.5)), subs: [sub],
      ...(insideFirm ? { partOfEnterprise: firm } : { partOfLab: host.id }), jointPartner: firm, host: hostIdx,
    });
    j++;
  }
}

interface Partnership {
  lab: number;
  firm: number;
  role: string;
  start: number;
  strength: number;
  jointLab: string;
}

/** Writes every lab with its location, areas and parents, then the partnerships (joint labs' first, then by pull). */
function writeLabs(ctx: GenContext, d: LabDraft): void {
  const { rng, firms, labs } = d;
  const nodes = ctx.out.node('Lab');
  const located = ctx.out.rel('LOCATED_IN', 'Lab', 'Region');
  const researches = ctx.out.rel('RESEARCHES', 'Lab', 'TechArea');
  const partOfLab = ctx.out.rel('PART_OF', 'Lab', 'Lab');
  const partOfFirm = ctx.out.rel('PART_OF', 'Lab', 'Enterprise');
  const partners = ctx.out.rel('PARTNERS_WITH', 'Lab', 'Enterprise');
  const partnered = new Set<number>();
  const partner = (p: Partnership) => {
    const key = p.lab * firms.count + p.firm;
    if (partnered.has(key)) return;
    partnered.add(key);
    partners.add(labs[p.lab]!.id, p.firm, `,${p.role},${ymd(p.start)},${f2(p.strength)},${p.jointLab}`);
  };
  labs.forEach((l, li) => {
    nodes.add(`${l.id},Lab,${csvField(l.zh)},${csvField(l.zh)},${csvField(l.en)},${csvArray(l.aliases ?? [])},${l.kind},${l.founded},${l.regionId.startsWith('cn') ? 'CN' : ''},synthetic`);
    located.add(l.id, l.regionId, '');
    l.subs.forEach((s, i) => researches.add(l.id, subId(s), i === 0 ? ',1.00' : `,${f2(0.4 + 0.5 * rng.next())}`));
    if (l.partOfLab) partOfLab.add(l.id, l.partOfLab, '');
    if (l.partOfEnterprise !== undefined) partOfFirm.add(l.id, l.partOfEnterprise, '');
    if (l.jointPartner !== undefined && l.host !== undefined) {
      const start = dayOf(l.founded, 1, 1) + rng.int(365);
      partner({ lab: l.host, firm: l.jointPartner, role: 'joint lab', start, strength: 0.8 + 0.2 * rng.next(), jointLab: `Lab:${l.id}` });
      partner({ lab: li, firm: l.jointPartner, role: 'joint lab partner', start, strength: 0.8 + 0.2 * rng.next(), jointLab: `Lab:${l.id}` });
    }
  });
  // Other partnerships, from labs by pull: the big labs end up with hundreds of partner firms.
  const partnerLabs = labs.map((l, i) => [l, i] as const).filter(([l]) => l.kind !== 'joint_lab');
  const partnerCum = new Cumulative(partnerLabs.map(([l]) => l.weight));
  const more = Math.round(firms.count * 0.03);
  for (let j = 0; j < more; j++) {
    const [lab, li] = partnerLabs[partnerCum.draw(rng)]!;
    const firm = lab.city >= 0 && rng.chance(0.6) ? d.draw.inCity(rng, lab.city) : d.draw.anywhere(rng);
    const start = dayOf(Math.max(lab.founded, firms.founded[firm]!, 2010) + rng.int(5), 1, 1) + rng.int(365);
    const role = rng.pick(['research partner', 'technology licensing', 'co-development', 'talent training']);
    partner({ lab: li, firm, role, start: Math.min(start, NOW - 30), strength: 0.2 + 0.6 * rng.next(), jointLab: '' });
  }
}

export function labsPhase(ctx: GenContext): void {
  const d: LabDraft = { rng: ctx.rng('labs'), regions: ctx.state.get('regions'), firms: ctx.state.get('firms'), draw: FirmDraw.of(ctx), labs: [] };
  knownLabs(d);
  institutes(d);
  const platformsByCounty = platforms(d);
  jointLabs(d);
  writeLabs(ctx, d);
  const labs = d.labs;
  const pool = (pred: (l: LabInfo) => boolean): LabPool => {
    const idx = labs.map((l, i) => [l, i] as const).filter(([l]) => pred(l)).map(([, i]) => i);
    return { idx, cum: new Cumulative(idx.map((i) => labs[i]!.weight)) };
  };
  ctx.state.put('labs', {
    list: labs,
    univAll: pool((l) => l.kind === 'university'),
    univZj: pool((l) => l.kind === 'university' && l.county >= 0),
    researchEmployers: pool((l) => l.county >= 0 && (l.kind === 'university' || l.kind === 'provincial_lab' || l.kind === 'research_institute')),
    tmEmployers: pool((l) => l.county >= 0 && (l.kind === 'research_institute' || l.kind === 'innovation_platform' || l.kind === 'provincial_lab')),
    affiliable: pool(() => true),
    affiliableByCity: d.regions.cityIds.map((_, city) => {
      const p = pool((l) => l.city === city);
      return p.idx.length ? p : null;
    }),
    platformsByCounty,
    recent: new Int32Array(labs.length * RECENT_PER_LAB),
    recentCount: new Int32Array(labs.length),
  });
}

export function drawLab(rng: Rng, p: LabPool): number {
  return p.idx[p.cum.draw(rng)]!;
}

/** A lab to be affiliated with: the same city's labs 60% of the time, else any lab by pull. */
export function affiliationLab(rng: Rng, labs: Labs, city: number): number {
  const local = city >= 0 ? labs.affiliableByCity[city] : null;
  return local && rng.chance(0.6) ? drawLab(rng, local) : drawLab(rng, labs.affiliable);
}
