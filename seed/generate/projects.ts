// The projects and demands phases. Projects (persons / 100) are led by a firm, with partner firms, one or two labs
// and researchers that PARTICIPATES_IN them, status, budget, milestones and the escrow scheme (10% held until the
// first milestone), mostly BROKERED by a technology manager. Demands (persons / 50) are POSTED by firms (by size),
// NEED one or two areas, are answered within 48 hours, and some are BROKERED.
import { nearSub, subId } from './areas.js';
import { csvArray, csvField } from './csv-sink.js';
import { NOW, dayOf, f2, ymd } from './format.js';
import { MILESTONES, PROGRAMMES, PROJECT_KINDS } from './institutions.js';
import { deskHistory } from './desk-history.js';
import { affiliationLab } from './labs.js';
import { FirmDraw } from './organisations.js';
import type { RelFile } from './outputs.js';
import type { Rng } from './random.js';
import type { GenContext } from './state.js';
import { SUB_AREAS } from './taxonomy.js';

/** A technology manager, busier ones more often (rank-skewed draw). */
function broker(rng: Rng, techManagers: number[]): number {
  return techManagers[Math.floor(techManagers.length * rng.next() * rng.next())]!;
}

interface ProjectFiles {
  firmIn: RelFile;
  labIn: RelFile;
  personIn: RelFile;
}

/** Who takes part in project `p` besides its lead firm: partner firms of its city, labs, researchers. */
function participants(ctx: GenContext, rng: Rng, files: ProjectFiles, project: { p: number; lead: number; city: number }): void {
  const { p, lead, city } = project;
  const draw = FirmDraw.of(ctx);
  const labs = ctx.state.get('labs');
  const { researchers } = ctx.state.get('people');
  const others = rng.chance(0.4) ? 1 + rng.int(2) : 0;
  const seen = [lead];
  for (let j = 0; j < others; j++) {
    const f = draw.inCity(rng, city);
    if (seen.includes(f)) continue;
    seen.push(f);
    files.firmIn.add(f, p, `,partner,${f2(0.1 + 0.2 * rng.next())}`);
  }
  const labN = 1 + (rng.chance(0.3) ? 1 : 0);
  const seenLabs: number[] = [];
  for (let j = 0; j < labN; j++) {
    const lab = affiliationLab(rng, labs, city);
    if (seenLabs.includes(lab)) continue;
    seenLabs.push(lab);
    files.labIn.add(labs.list[lab]!.id, p, `,${j === 0 ? 'research lead' : 'research partner'},${f2(0.2 + 0.3 * rng.next())}`);
  }
  const people = researchers.length ? 1 + rng.int(3) : 0;
  const seenPeople: number[] = [];
  for (let j = 0; j < people; j++) {
    const r = researchers[rng.int(researchers.length)]!;
    if (seenPeople.includes(r)) continue;
    seenPeople.push(r);
    files.personIn.add(r, p, `,${j === 0 ? 'principal investigator' : 'researcher'},${f2(0.05 + 0.2 * rng.next())}`);
  }
}

/** What the projects and demands phases both start from: the regions, the firms and a way to draw one, the
 * technology managers who broker, and the outputs. */
function firmSide(ctx: GenContext) {
  return { regions: ctx.state.get('regions'), firms: ctx.state.get('firms'), techManagers: ctx.state.get('people').techManagers, draw: FirmDraw.of(ctx), o: ctx.out };
}

export async function projectsPhase(ctx: GenContext): Promise<void> {
  const rng = ctx.rng('projects');
  // Escrow accounts not yet paid into and first milestones that failed come from a stream of their own, so every
  // draw of the projects stream keeps its value.
  const escrowRng = ctx.rng('escrow-states');
  const P = Math.max(10, Math.round(ctx.n / 100));
  const { regions, firms, techManagers, draw, o } = firmSide(ctx);
  const nodes = o.node('Project');
  const files: ProjectFiles = {
    firmIn: o.rel('PARTICIPATES_IN', 'Enterprise', 'Project'),
    labIn: o.rel('PARTICIPATES_IN', 'Lab', 'Project'),
    personIn: o.rel('PARTICIPATES_IN', 'Person', 'Project'),
  };
  const researches = o.rel('RESEARCHES', 'Project', 'TechArea');
  const located = o.rel('LOCATED_IN', 'Project', 'Region');
  const brokered = o.rel('BROKERED', 'Person', 'Project');
  const milestones = csvArray([...MILESTONES]);
  for (let p = 0; p < P; p++) {
    const lead = draw.anywhere(rng);
    const county = firms.county[lead]!;
    const city = regions.counties[county]!.city;
    const sub = rng.chance(0.6) ? firms.sub[lead]! : nearSub(rng, firms.sub[lead]!);
    const a = SUB_AREAS[sub]!;
    const kind = rng.pick(PROJECT_KINDS);
    const start = dayOf(2019, 1, 1) + rng.int(NOW - dayOf(2019, 1, 1) + 180);
    const end = start + 365 * (1 + rng.int(3));
    const status = start > NOW ? 'proposed' : end < NOW ? 'completed' : 'active';
    const budget = Math.round(Math.min(5e8, rng.pareto(3e5, 1.4)) / 1000) * 1000;
    const cost = status === 'proposed' ? 0 : status === 'completed' ? Math.round(budget * (0.85 + 0.15 * rng.next())) : Math.round(budget * rng.next() * 0.8);
    // The escrow scheme: the firm pays 10% into escrow, released at the first milestone.
    const escrow = rng.chance(0.4);
    const drawn = !escrow ? 'none' : status === 'proposed' || (status === 'active' && rng.chance(0.5)) ? 'deposited' : 'released';
    const drawnNext = status === 'completed' ? '' : drawn === 'deposited' ? MILESTONES[1] : MILESTONES[2 + rng.int(2)]!;
    const drawnDue = drawnNext ? ymd(Math.max(start, NOW) + 30 + rng.int(300)) : '';
    // Half the accounts of projects not yet started are only agreed (proposed); about one started project in ten
    // failed its first milestone: the deposit went back and the risk pool covered the platform (refunded, the
    // project failed, nothing comes next), as failMilestone leaves it.
    const proposed = drawn !== 'none' && status === 'proposed' && escrowRng.chance(0.5);
    const refunded = drawn !== 'none' && status !== 'proposed' && escrowRng.chance(0.1);
    const state = proposed ? 'proposed' : refunded ? 'refunded' : drawn;
    const next = refunded ? '' : drawnNext;
    const nextDue = refunded ? '' : drawnDue;
    const programme = csvArray([rng.pick(PROGRAMMES)]);
    const zh = `${firms.brandZh[lead]}${a.zh}${kind.zh}项目`;
    const en = `${firms.brandEn[lead]} ${a.en} ${kind.en}`;
    nodes.add(`${p},Project,${zh},${zh},${csvField(en)},${refunded ? 'failed' : status},${ymd(start)},${ymd(end)},${budget}.0,${cost}.0,${escrow ? '10.0' : '0.0'},${state},${milestones},${next},${nextDue},${programme},synthetic`);
    researches.add(p, subId(sub), ',1.00');
    located.add(p, regions.counties[county]!.id, '');
    files.firmIn.add(lead, p, `,lead,${f2(0.4 + 0.3 * rng.next())}`);
    participants(ctx, rng, files, { p, lead, city });
    if (techManagers.length && rng.chance(0.7)) brokered.add(broker(rng, techManagers), p, `,technology manager,${ymd(Math.min(NOW, start - 30 - rng.int(120)))}`);
    if ((p + 1) % 2000 === 0) await ctx.progress();
  }
}

export async function demandsPhase(ctx: GenContext): Promise<void> {
  const rng = ctx.rng('demands');
  const deskRng = ctx.rng('desk-history');
  const D = Math.max(10, Math.round(ctx.n / 50));
  const { regions, firms, techManagers, draw, o } = firmSide(ctx);
  const nodes = o.node('Demand');
  const posted = o.rel('POSTED', 'Enterprise', 'Demand');
  const needs = o.rel('NEEDS', 'Demand', 'TechArea');
  const brokered = o.rel('BROKERED', 'Person', 'Demand');
  const firstDay = dayOf(2023, 1, 1);
  for (let d = 0; d < D; d++) {
    const firm = draw.anywhere(rng);
    const county = firms.county[firm]!;
    const sub = rng.chance(0.7) ? firms.sub[firm]! : nearSub(rng, firms.sub[firm]!);
    const second = rng.chance(0.35) ? nearSub(rng, sub) : -1;
    const areas = second >= 0 && second !== sub ? [sub, second] : [sub];
    const day = firstDay + rng.int(NOW - firstDay);
    const minute = rng.int(9 * 60) + 8 * 60;
    const postedAt = `${ymd(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+08:00`;
    // Pools promise an answer within 48 hours.
    const due = `${ymd(day + 2)}T${postedAt.slice(11)}`;
    const age = NOW - day;
    const legacy = age < 3 ? 'open' : rng.chance(0.75) ? 'matched' : age > 60 ? 'closed' : 'open';
    const { status, cells } = deskHistory(deskRng, legacy, postedAt);
    const a = SUB_AREAS[sub]!;
    const zh = `${firms.brandZh[firm]}${a.zh}技术需求`;
    const en = `${firms.brandEn[firm]} ${a.en} technology need`;
    nodes.add(`${d},Demand,${zh},${zh},${csvField(en)},${status},${postedAt},${due},${csvArray(areas.map((s) => `TechArea:${subId(s)}`))},Region:${regions.counties[county]!.id},synthetic${cells}`);
    posted.add(firm, d, `,${ymd(day)}`);
    areas.forEach((s, i) => needs.add(d, subId(s), `,${i === 0 ? '1.00' : f2(0.3 + 0.5 * rng.next())}`));
    if (techManagers.length && legacy !== 'open' && rng.chance(0.4)) brokered.add(broker(rng, techManagers), d, `,technology manager,${ymd(Math.min(NOW, day + rng.int(2)))}`);
    if ((d + 1) % 5000 === 0) await ctx.progress();
  }
}
