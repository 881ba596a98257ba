// The four lives a person can lead, drawn in the persons phase: diaspora (hometown ties from abroad), researcher
// (a lab, several posts at once, co-authors, "Sunday engineer" work for a firm), technology manager (one side of
// the lab / firm divide, a post on the other) and employee or founder of a firm with earlier jobs behind them.
// Each fills in the draft's work ties, areas, labels, title and pool chance.
import { subByCode } from './areas.js';
import { FIRST_COMPETITION_YEAR, LAST_COMPETITION_YEAR, award } from './competitions.js';
import { csvField } from './csv-sink.js';
import { NOW, dayOf, f2, ymd } from './format.js';
import { RESEARCH_ROLES, STAFF_ROLES } from './institutions.js';
import { affiliationLab, drawLab } from './labs.js';
import { KIND_DIASPORA, KIND_RESEARCHER, KIND_TM, study, type PersonDraft, type PersonWorld } from './person-draft.js';
import { pickWeighted } from './random.js';
import { RECENT_PER_LAB, type LabInfo } from './state.js';
import { SUB_AREAS } from './taxonomy.js';

type Life = (w: PersonWorld, p: PersonDraft) => void;

export function careerOf(kind: number): Life {
  if (kind === KIND_DIASPORA) return diaspora;
  if (kind === KIND_RESEARCHER) return researcher;
  if (kind === KIND_TM) return techManager;
  return employee;
}

/** Hometown ties from abroad: some trade with a firm back home, some serve a county platform as flexible experts. */
function diaspora(w: PersonWorld, p: PersonDraft): void {
  const { rng, firms, labs } = w;
  const { i, origin, careerStart } = p;
  w.people.netCounty[i] = origin;
  if (rng.chance(0.1)) {
    const firm = w.draw.inCounty(rng, origin);
    w.files.worksFirm.add(i, firm, `,overseas representative,${ymd(Math.min(NOW - 10, Math.max(careerStart, dayOf(firms.founded[firm]!, 6, 1)) + rng.int(365 * 5)))},`);
    p.subs.push(firms.sub[firm]!);
  }
  if (rng.chance(0.12)) {
    const plats = labs.platformsByCounty[origin]!;
    const lab = plats.length ? rng.pick(plats) : affiliationLab(rng, labs, w.regions.counties[origin]!.city);
    const L = labs.list[lab]!;
    w.files.affLab.add(i, L.id, `,flexible expert,${ymd(Math.min(NOW - 10, Math.max(dayOf(2016, 1, 1), dayOf(L.founded, 6, 1), careerStart) + rng.int(365 * 3)))},,${f2(0.2 + 0.5 * rng.next())}`);
    p.subs.push(rng.pick(L.subs));
    p.labels.push('Expert');
  }
  if (rng.chance(0.3)) study(w, p, rng.chance(0.4) ? 'master' : 'bachelor');
  if (p.subs.length === 0 && rng.chance(0.4)) p.subs.push(rng.int(SUB_AREAS.length));
  p.poolChance = 0;
}

/** A researcher's current posts at other labs besides their own: several at once for some. */
function affiliations(w: PersonWorld, p: PersonDraft, home: LabInfo, start: number): void {
  const { rng, labs } = w;
  const r = rng.next();
  const affs = r < 0.35 ? 0 : r < 0.7 ? 1 : r < 0.88 ? 2 : r < 0.97 ? 3 : 4;
  for (let a = 0, tries = 0; a < affs && tries < affs * 4; tries++) {
    const other = affiliationLab(rng, labs, home.city);
    if (p.seenLabs.includes(other)) continue;
    p.seenLabs.push(other);
    a++;
    const O = labs.list[other]!;
    const from = Math.min(NOW - 10, Math.max(dayOf(O.founded, 6, 1), start) + rng.int(365 * 4));
    const ended = from < NOW - 400 && rng.chance(0.12);
    const affRole = O.kind === 'university' ? 'adjunct professor' : O.kind === 'provincial_lab' ? rng.pick(['principal investigator', 'chief scientist', 'adjunct researcher']) : O.kind === 'joint_lab' ? 'joint lab director' : 'part-time researcher';
    w.files.affLab.add(p.i, O.id, `,${affRole},${ymd(from)},${ended ? ymd(from + 180 + rng.int(NOW - from - 180)) : ''},${f2(0.3 + 0.6 * rng.next())}`);
    if (rng.chance(0.5)) p.subs.push(rng.pick(O.subs));
  }
}

/**
 * Co-authors among the lab's recent researchers, then this one joins that ring. Taken slots are marked by
 * negating them for the draw, so nobody is drawn twice, and restored after.
 */
function coauthors(w: PersonWorld, p: PersonDraft, lab: number, start: number): void {
  const { rng } = w;
  const { recent, recentCount } = w.labs;
  const base = lab * RECENT_PER_LAB;
  const have = Math.min(recentCount[lab]!, RECENT_PER_LAB);
  const links = Math.min(have, rng.geometric(1.5));
  for (let c = 0, tries = 0; c < links && tries < links * 3; tries++) {
    const slot = rng.int(have);
    const other = recent[base + slot]!;
    if (other < 0) continue;
    recent[base + slot] = -1 - other;
    w.files.collab.add(p.i, other, `,${ymd(Math.min(start + rng.int(365 * 4), NOW - 10))},${f2(0.3 + 0.7 * rng.next())}`);
    c++;
  }
  for (let s = 0; s < have; s++) if (recent[base + s]! < 0) recent[base + s] = -1 - recent[base + s]!;
  recent[base + (recentCount[lab]! % RECENT_PER_LAB)] = p.i;
  recentCount[lab]!++;
}

function researcher(w: PersonWorld, p: PersonDraft): void {
  const { rng, firms, labs } = w;
  const { i, careerStart } = p;
  p.labels.push('Researcher');
  const lab = drawLab(rng, labs.researchEmployers);
  const L = labs.list[lab]!;
  p.home = L.county;
  p.seenLabs.push(lab);
  const role = RESEARCH_ROLES[pickWeighted(rng, w.researchWeights)]!;
  p.title = role.title;
  if ((role.role === 'professor' || role.role === 'research fellow') && rng.chance(0.5)) p.labels.push('Expert');
  const start = Math.max(dayOf(Math.max(L.founded, p.by + 28), 9, 1), careerStart) + rng.int(365 * 3);
  w.files.worksLab.add(i, L.id, `,${role.role},${ymd(Math.min(start, NOW - 20))},`);
  if (rng.chance(0.2)) {
    // Some came from industry.
    const firm = w.draw.anywhere(rng);
    const from = Math.max(careerStart, dayOf(firms.founded[firm]!, 3, 1));
    const to = Math.min(start, NOW - 20) - rng.int(200);
    if (to > from + 180) {
      w.files.worksFirm.add(i, firm, `,engineer,${ymd(from)},${ymd(to)}`);
      p.seenFirms.push(firm);
    }
  }
  p.subs.push(rng.pick(L.subs));
  affiliations(w, p, L, start);
  // "Sunday engineers": researchers who help a firm part-time.
  if (rng.chance(0.18)) {
    const firm = w.draw.inCity(rng, L.city);
    if (!p.seenFirms.includes(firm)) {
      w.files.affFirm.add(i, firm, `,sunday engineer,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(2015, 1, 1), dayOf(firms.founded[firm]!, 6, 1)) + rng.int(365 * 5)))},,${f2(0.3 + 0.3 * rng.next())}`);
      p.seenFirms.push(firm);
    }
  }
  study(w, p, 'phd');
  if (rng.chance(0.7)) study(w, p, 'bachelor');
  if (rng.chance(0.4)) study(w, p, 'master');
  coauthors(w, p, lab, start);
  if (rng.chance(0.03)) award(rng, w, { person: i, firm: null, county: L.county, year: rng.range(FIRST_COMPETITION_YEAR, LAST_COMPETITION_YEAR), sub: p.subs[0]! });
  w.people.researchers.push(i);
  p.poolChance = 0.3;
}

/** A technology manager at a lab or platform who advises one or two firms. */
function labSideManager(w: PersonWorld, p: PersonDraft, start: number): void {
  const { rng, firms, labs } = w;
  const lab = drawLab(rng, labs.tmEmployers);
  const L = labs.list[lab]!;
  p.home = L.county;
  p.seenLabs.push(lab);
  w.files.worksLab.add(p.i, L.id, `,technology manager,${ymd(Math.max(start, dayOf(L.founded, 6, 1)))},`);
  p.subs.push(rng.pick(L.subs));
  const count = 1 + (rng.chance(0.4) ? 1 : 0);
  for (let a = 0; a < count; a++) {
    const firm = w.draw.inCity(rng, L.city);
    if (p.seenFirms.includes(firm)) continue;
    p.seenFirms.push(firm);
    w.files.affFirm.add(p.i, firm, `,technology adviser,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(firms.founded[firm]!, 6, 1)) + rng.int(365 * 3)))},,${f2(0.4 + 0.5 * rng.next())}`);
  }
}

/** A technology manager at a firm who holds a post at one or two labs. */
function firmSideManager(w: PersonWorld, p: PersonDraft, start: number): void {
  const { rng, firms, labs } = w;
  const workCity = w.regions.counties[p.home]!.city;
  const firm = w.draw.inCounty(rng, p.home);
  p.seenFirms.push(firm);
  w.files.worksFirm.add(p.i, firm, `,technology manager,${ymd(Math.max(start, dayOf(firms.founded[firm]!, 3, 1)))},`);
  p.subs.push(firms.sub[firm]!);
  const count = 1 + (rng.chance(0.4) ? 1 : 0);
  for (let a = 0; a < count; a++) {
    const lab = affiliationLab(rng, labs, workCity);
    if (p.seenLabs.includes(lab)) continue;
    p.seenLabs.push(lab);
    const L = labs.list[lab]!;
    w.files.affLab.add(p.i, L.id, `,technology manager,${ymd(Math.min(NOW - 10, Math.max(start, dayOf(L.founded, 6, 1)) + rng.int(365 * 3)))},,${f2(0.4 + 0.5 * rng.next())}`);
    p.subs.push(rng.pick(L.subs));
  }
}

const TECH_TRANSFER = subByCode('SV.TT');

function techManager(w: PersonWorld, p: PersonDraft): void {
  const { rng } = w;
  p.labels.push('TechManager');
  p.title = rng.chance(0.3) ? '高级技术经理人' : '技术经理人';
  const start = Math.min(NOW - 30, Math.max(p.careerStart, dayOf(2012, 1, 1)) + rng.int(365 * 6));
  if (p.home < 0) labSideManager(w, p, start);
  else firmSideManager(w, p, start);
  p.subs.push(TECH_TRANSFER);
  study(w, p, rng.chance(0.6) ? 'master' : 'bachelor');
  w.people.techManagers.push(p.i);
  p.poolChance = 0.2;
}

interface CurrentJob {
  firm: number;
  isFounder: boolean;
  start: number;
  role: string;
  prevJobs: number;
}

/** The current job at a firm in the home county: its founder (the first drawn, if old enough) or staff. */
function currentJob(w: PersonWorld, p: PersonDraft, firm: number): CurrentJob {
  const { rng, firms } = w;
  const { careerStart } = p;
  const careerYears = (NOW - careerStart) / 365;
  const foundedYear = firms.founded[firm]!;
  const isFounder = firms.hasFounder[firm] === 0 && foundedYear >= p.by + 23 && rng.chance(p.returnee ? 0.9 : 0.6);
  let prevJobs = careerYears < 2 ? 0 : Math.min(3, Math.floor(rng.next() * (1 + careerYears / 8)));
  if (isFounder) {
    firms.hasFounder[firm] = 1;
    p.labels.push('Entrepreneur');
    const foundedDay = dayOf(foundedYear, 1, 1) + rng.int(365);
    const start = Math.max(foundedDay, careerStart - 365 * 3);
    if (start < careerStart + 365) prevJobs = 0;
    w.files.founded.add(p.i, firm, `,${rng.chance(0.8) ? 'founder' : 'co-founder'},${ymd(foundedDay)}`);
    // Young firms' founders often won a competition the year before or the year they started.
    if (foundedYear >= FIRST_COMPETITION_YEAR && rng.chance(p.returnee ? 0.7 : 0.35)) {
      award(rng, w, { person: p.i, firm: rng.chance(0.5) ? firm : null, county: p.home, year: foundedYear - rng.int(2), sub: firms.sub[firm]! });
      p.wonSub = firms.sub[firm]!;
    }
    return { firm, isFounder, start, role: 'founder', prevJobs };
  }
  const r = STAFF_ROLES[pickWeighted(rng, w.staffWeights)]!;
  if (r.title && rng.chance(0.7)) p.title = r.title;
  const earliest = Math.max(careerStart, dayOf(foundedYear, 3, 1));
  const start = prevJobs === 0 ? earliest + rng.int(365) : earliest + Math.floor((NOW - earliest) * (0.3 + 0.6 * rng.next()));
  return { firm, isFounder, start: Math.min(start, NOW - 20), role: r.role, prevJobs };
}

/** Earlier, ended jobs that fill [careerStart, current start): mostly in the same city. */
function earlierJobs(w: PersonWorld, p: PersonDraft, job: CurrentJob): void {
  const { rng, firms } = w;
  const { careerStart } = p;
  const { prevJobs, start: currentStart } = job;
  if (!(prevJobs > 0 && currentStart > careerStart + 180)) return;
  const workCity = w.regions.counties[p.home]!.city;
  const span = currentStart - careerStart;
  let from = careerStart;
  for (let j = 0; j < prevJobs; j++) {
    const to = j === prevJobs - 1 ? currentStart - rng.int(60) : from + Math.floor((span / prevJobs) * (0.6 + 0.8 * rng.next()));
    if (to <= from + 60) break;
    const other = rng.chance(0.7) ? w.draw.inCity(rng, workCity) : w.draw.anywhere(rng);
    const jobStart = Math.max(from, dayOf(firms.founded[other]!, 1, 1));
    const jobEnd = Math.min(to, currentStart);
    if (p.seenFirms.includes(other) || jobEnd < jobStart + 60) continue;
    p.seenFirms.push(other);
    const r = STAFF_ROLES[pickWeighted(rng, w.staffWeights)]!;
    w.files.worksFirm.add(p.i, other, `,${r.role},${ymd(jobStart)},${ymd(jobEnd)}`);
    from = to + rng.int(90);
  }
}

/** An employee (or founder) of a firm in their home county, with a career behind them. */
function employee(w: PersonWorld, p: PersonDraft): void {
  const { rng, firms } = w;
  const firm = w.draw.inCounty(rng, p.home);
  p.seenFirms.push(firm);
  const job = currentJob(w, p, firm);
  earlierJobs(w, p, job);
  const endedNow = !job.isFounder && job.start < NOW - 60 && rng.chance(p.age > 60 ? 0.5 : 0.05);
  w.files.worksFirm.add(p.i, firm, `,${csvField(job.role)},${ymd(job.start)},${endedNow ? ymd(Math.max(job.start + 30, NOW - rng.int(365))) : ''}`);
  if (rng.chance(0.75)) p.subs.push(firms.sub[firm]!);
  else if (rng.chance(0.5)) p.subs.push(rng.int(SUB_AREAS.length));
  if (rng.chance(0.45)) {
    study(w, p, 'bachelor');
    if (rng.chance(0.25)) study(w, p, 'master');
  }
  if (p.title === '高级工程师' || p.title === '正高级工程师') p.poolChance = 0.12;
}
