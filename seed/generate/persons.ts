// The persons phase, one pass in id order. Each person ORIGINATES_FROM a county (by population) or another
// province, may live abroad (by the county's diaspora share) or have come back, and then lives one of four lives
// (careers.ts): diaspora, researcher, technology manager, or employee / founder of a firm. Then they settle
// (LIVES_IN), gain expertise (EXPERT_IN) and may join a talent pool (MEMBER_OF). What the later phases need is kept
// in typed arrays: the county of each person's network and their birth year.
import { nearSub, subId } from './areas.js';
import { careerOf } from './careers.js';
import { admissionScores } from './desk-history.js';
import { KIND_DIASPORA, KIND_NORMAL, KIND_RESEARCHER, KIND_TM, homeFrom, type PersonDraft, type PersonFiles, type PersonWorld } from './person-draft.js';
import { csvArray } from './csv-sink.js';
import { NOW, REF_YEAR, dayOf, f2, ymd } from './format.js';
import { DIASPORA_DESTINATIONS } from './gazetteer.js';
import { POOL_DIMENSIONS, RESEARCH_ROLES, STAFF_ROLES } from './institutions.js';
import { personName } from './names.js';
import { FirmDraw } from './organisations.js';
import type { Outputs } from './outputs.js';
import { poolId, poolSlot } from './pools.js';
import { Cumulative } from './random.js';
import type { GenContext, People, Regions } from './state.js';
import { SUB_AREAS, TECH_AREAS } from './taxonomy.js';

/** Persons between two progress reports. */
const PERSON_BATCH = 5000;

const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];

function destinations(regions: Regions, profile: keyof typeof DIASPORA_DESTINATIONS): Cumulative {
  const shares = DIASPORA_DESTINATIONS[profile];
  return new Cumulative(regions.foreignCities.map((c) => (shares[c.iso] ?? 0) * c.weight));
}

/** Who they are, where they come from, whether they live abroad, and which life they lead. */
function drawPerson(w: PersonWorld, i: number): PersonDraft {
  const { rng, regions } = w;
  const gender = rng.chance(0.54) ? 'M' : 'F';
  const age = Math.max(20, Math.min(68, Math.round(rng.normalish(38, 9))));
  const by = REF_YEAR - 1 - age;
  w.people.birthYear[i] = by;
  const birthday = dayOf(by, 1, 1) + rng.int(365);
  const name = personName(rng, gender);
  const fromZj = rng.chance(0.72);
  const origin = fromZj ? regions.popCum.draw(rng) : -1;
  const province = fromZj ? -1 : regions.migrantCum.draw(rng);
  if (fromZj) w.files.origin.add(i, regions.counties[origin]!.id, '');
  else w.files.origin.add(i, regions.provinceIds[province]!, '');
  const abroad = fromZj && rng.chance(regions.counties[origin]!.c.diaspora);
  const returnee = abroad && rng.chance(0.12);
  let kind = KIND_NORMAL;
  if (abroad && !returnee) kind = KIND_DIASPORA;
  else {
    const r = rng.next();
    if (r < 0.04) kind = KIND_RESEARCHER;
    else if (r < 0.05) kind = KIND_TM;
  }
  const careerStart = Math.min(dayOf(by + 22 + rng.int(3), 9, 1), NOW - 30 - rng.int(200));
  return {
    i, gender, age, by, birthday, name, labels: ['Person'], title: '', country: 'CN', origin, abroad, returnee, kind,
    careerStart, subs: [], seenFirms: [], seenLabs: [], home: -1, wonSub: -1, poolChance: 0.03, backDay: -1,
  };
}

/** Life abroad (an open LIVES_IN, or an ended one for a returnee) or the county they live in at home. */
function whereTheyLive(w: PersonWorld, p: PersonDraft): void {
  const { rng, regions } = w;
  if (p.abroad) {
    const profile = regions.counties[p.origin]!.c.profile;
    const dest = regions.foreignCities[w.diaspora[profile].draw(rng)]!;
    const leftDay = Math.min(NOW - 400, p.careerStart - 365 * 2 + rng.int(365 * 12));
    if (p.returnee) {
      p.backDay = Math.min(NOW - 30, leftDay + 365 * (2 + rng.int(10)));
      w.files.livesIn.add(p.i, dest.id, `,${ymd(leftDay)},${ymd(p.backDay)}`);
      p.home = rng.chance(0.8) ? p.origin : homeFrom(rng, regions, p.origin);
    } else {
      p.country = dest.iso;
      w.files.livesIn.add(p.i, dest.id, `,${ymd(leftDay)},`);
    }
  } else if (p.kind !== KIND_RESEARCHER && !(p.kind === KIND_TM && rng.chance(0.6))) {
    p.home = homeFrom(rng, regions, p.origin);
  }
}

/** The current LIVES_IN at home (since birth, since coming back, or since before the career). */
function settle(w: PersonWorld, p: PersonDraft): void {
  if (p.home < 0) return;
  w.people.netCounty[p.i] = p.home;
  const since = p.returnee ? p.backDay : p.home === p.origin ? p.birthday : p.careerStart - w.rng.int(365);
  w.files.livesIn.add(p.i, w.regions.counties[p.home]!.id, `,${ymd(since)},`);
}

/** Expertise: the job's area first, then neighbours of it. */
function expertise(w: PersonWorld, p: PersonDraft): void {
  const { rng } = w;
  const { subs } = p;
  if (subs.length === 0) return;
  const extra = rng.chance(0.3) ? 1 : 0;
  if (extra) subs.push(nearSub(rng, subs[0]!));
  for (let s = 0; s < subs.length; s++) {
    if (subs.indexOf(subs[s]!) !== s) continue;
    w.files.expert.add(p.i, subId(subs[s]!), `,${f2(s === 0 ? 0.5 + 0.5 * rng.next() : 0.2 + 0.6 * rng.next())}`);
  }
}

/** Shared-talent pools: the county's sub-pool mostly, the city pool sometimes. */
function poolMembership(w: PersonWorld, p: PersonDraft): void {
  const { rng, regions } = w;
  if (!(p.home >= 0 && p.poolChance > 0 && rng.chance(p.poolChance))) return;
  const cityPool = rng.chance(0.3);
  const dims: string[] = [];
  for (const d of POOL_DIMENSIONS) if (rng.chance(d === '专业能力' ? 0.8 : 0.35)) dims.push(d);
  if (p.wonSub >= 0 && !dims.includes('竞赛荣誉')) dims.push('竞赛荣誉');
  if (dims.length === 0) dims.push('专业能力');
  const main = p.subs.length ? SUB_AREAS[p.subs[0]!]! : undefined;
  const tags = main ? [TECH_AREAS[main.top]!.zh + '-' + main.zh] : [];
  // Admitted on all the pool's dimensions, scored high on the ones drawn above (desk-history.ts).
  w.files.memberOf.add(p.i, poolId(regions, p.home, cityPool), `,${csvArray(POOL_DIMENSIONS)},${ymd(dayOf(2019, 1, 1) + rng.int(NOW - dayOf(2019, 1, 1)))},${csvArray(tags)},${admissionScores(p.i, POOL_DIMENSIONS, dims).join(';')}`);
  w.pools.members[poolSlot(regions, p.home, cityPool)]!++;
  if (!p.labels.includes('Expert') && p.age > 35 && dims.includes('专业能力') && rng.chance(0.5)) p.labels.push('Expert');
}

function personRow(w: PersonWorld, p: PersonDraft): string {
  const { i, name } = p;
  const phone = String((i * 7919 + 104_729) % 100_000_000).padStart(8, '0');
  const wechat = w.rng.chance(0.25) ? `${name.handle}_${i.toString(36)}` : '';
  return `${i},${p.labels.join(';')},${name.zh},${name.zh},${name.en},${p.gender},${ymd(p.birthday)},${p.title},${name.handle}.${i}@${MAIL_DOMAINS[i % 3]},+86 100 ${phone.slice(0, 4)} ${phone.slice(4)},${wechat},${w.rng.chance(0.92)},${p.country},synthetic`;
}

function openPersonFiles(out: Outputs): PersonFiles {
  return {
    origin: out.rel('ORIGINATES_FROM', 'Person', 'Region'),
    livesIn: out.rel('LIVES_IN', 'Person', 'Region'),
    worksFirm: out.rel('WORKS_AT', 'Person', 'Enterprise'),
    worksLab: out.rel('WORKS_AT', 'Person', 'Lab'),
    affLab: out.rel('AFFILIATED_WITH', 'Person', 'Lab'),
    affFirm: out.rel('AFFILIATED_WITH', 'Person', 'Enterprise'),
    studied: out.rel('STUDIED_AT', 'Person', 'Lab'),
    expert: out.rel('EXPERT_IN', 'Person', 'TechArea'),
    founded: out.rel('FOUNDED', 'Person', 'Enterprise'),
    memberOf: out.rel('MEMBER_OF', 'Person', 'TalentPool'),
    collab: out.rel('COLLABORATED_WITH', 'Person', 'Person'),
  };
}

export async function personsPhase(ctx: GenContext): Promise<void> {
  const N = ctx.n;
  const regions = ctx.state.get('regions');
  const people: People = { netCounty: new Uint8Array(N), birthYear: new Uint16Array(N), researchers: [], techManagers: [] };
  const nodes = ctx.out.node('Person');
  const w: PersonWorld = {
    rng: ctx.rng('persons'),
    out: ctx.out,
    files: openPersonFiles(ctx.out),
    regions,
    firms: ctx.state.get('firms'),
    labs: ctx.state.get('labs'),
    competitions: ctx.state.get('competitions'),
    pools: ctx.state.get('pools'),
    people,
    draw: FirmDraw.of(ctx),
    staffWeights: STAFF_ROLES.map((r) => r.w),
    researchWeights: RESEARCH_ROLES.map((r) => r.w),
    diaspora: {
      qingtian: destinations(regions, 'qingtian'),
      wenzhou: destinations(regions, 'wenzhou'),
      professional: destinations(regions, 'professional'),
    },
  };
  for (let i = 0; i < N; i++) {
    const p = drawPerson(w, i);
    whereTheyLive(w, p);
    careerOf(p.kind)(w, p);
    settle(w, p);
    expertise(w, p);
    poolMembership(w, p);
    nodes.add(personRow(w, p));
    if ((i + 1) % PERSON_BATCH === 0) await ctx.progress();
  }
  ctx.state.put('people', people);
}
