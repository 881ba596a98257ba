// Offline analysis for recommendLabs (not part of `npm run eval`, no database): would spreading the top ten over the
// firm's distinct networks (eval/lib/diversify.ts) find more firms' future labs than the score order?
// It replays the product's network ranking from the CSV (the walk of cypher/recommendLabsNetwork.cypher with the same
// caps and order, the LAB_NETWORK_WEIGHTS score, the most active labs when no lab is within reach; checked against
// the API once: the same top ten for all 200 firms of the 2018 sample), chooses the diversification's settings on a validation cut-off that
// is never reported (--validate 2016), then applies them unchanged to the reported cut-offs, on the seed-42 samples of
// `npm run eval`, beside the eval's baselines computed in the same run. Validation labels are bounded: projects
// starting in [cut-off, --until), --until defaulting to the first reported cut-off (before, they ran to 2020).
//   npx tsx eval/lab-diversify.ts [--validate 2016] [--n 1000] [--report 2017,2018,2019] [--until 2017]
import path from 'node:path';
import { Rng } from '../bench/lib/rng.js';
import { diversify, type DiversifyCandidate, type DiversifyOptions } from './lib/diversify.js';
import { LAB_NETWORK_WEIGHTS, activityValue, sharedPartnersValue } from '../server/recommend/lab-score.js';
import { PARTNER_CAP, PROJECT_CAP, REACH_CAP } from '../server/recommend/labs.js';
import { round4 } from '../server/recommend/score-parts.js';
import { SHARED_DATA } from '../tests/support/shared-data.js';
import { Network, baselines, labPopularity, newLabQueries } from './cordis.js';
import { labelUntil, load, option, type Row } from './lab-features.js';
import { K, scoreList, type Query } from './lib/metrics.js';

/** What the product reads of one firm's project network, and its ranking of the new labs. */
export interface FirmWalk {
  /** New labs (none shared a project with the firm) in the product's order. */
  order: string[];
  /** Score relative to the best new lab. */
  relevance: Map<string, number>;
  /** The firm's projects (its PROJECT_CAP most recent) -> the kept partners in each, and each project's year. */
  projectPartners: Map<string, string[]>;
  projectYear: Map<string, number>;
  /** Kept partner -> how many of the firm's projects it shares. */
  shared: Map<string, number>;
  /** Lab -> the kept partners that worked with it (within REACH_CAP of each partner's projects). */
  reach: Map<string, Set<string>>;
}

const recentFirst = (a: Row, b: Row) => (a.start === b.start ? (a.rcn < b.rcn ? -1 : 1) : !a.start ? -1 : !b.start ? 1 : a.start > b.start ? -1 : 1);

/** The product's walk and order (recommendLabsNetwork + rankLabs with LAB_NETWORK_WEIGHTS) over the past rows. */
export function walker(pre: readonly Row[], net: Network) {
  const projectsOf = new Map<string, Row[]>();
  for (const r of pre) (projectsOf.get(r.pic) ?? projectsOf.set(r.pic, []).get(r.pic)!).push(r);
  for (const list of projectsOf.values()) list.sort(recentFirst);
  const mostActive = [...projectsOf.keys()].filter((l) => net.isLab(l)).sort((a, b) => projectsOf.get(b)!.length - projectsOf.get(a)!.length || (a < b ? -1 : 1)).slice(0, 100);
  return (firm: string): FirmWalk => {
    const own = projectsOf.get(firm)!.slice(0, PROJECT_CAP);
    const ownSet = new Set(own.map((p) => p.rcn));
    const withFirm = new Map<string, string[]>();
    for (const p of own) for (const o of net.membersOf.get(p.rcn)!) if (o !== firm) (withFirm.get(o) ?? withFirm.set(o, []).get(o)!).push(p.rcn);
    const kept = [...withFirm].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, PARTNER_CAP);
    const projectLabs = new Set(own.flatMap((p) => net.membersOf.get(p.rcn)!.filter((o) => o !== firm && net.isLab(o))));
    const reach = new Map<string, Set<string>>();
    for (const [o] of kept) {
      for (const q of projectsOf.get(o)!.slice(0, REACH_CAP)) {
        if (ownSet.has(q.rcn)) continue;
        for (const l of net.membersOf.get(q.rcn)!) if (l !== o && net.isLab(l) && !projectLabs.has(l)) (reach.get(l) ?? reach.set(l, new Set()).get(l)!).add(o);
      }
    }
    const activity = (l: string) => projectsOf.get(l)?.length ?? 0;
    // No lab within reach and none in its own projects: the product answers the most active labs (MOST_ACTIVE).
    if (reach.size === 0 && projectLabs.size === 0) for (const l of mostActive) reach.set(l, new Set());
    const maxPartners = Math.max(0, ...[...reach.values()].map((s) => s.size));
    const maxActivity = Math.max(0, ...[...reach.keys(), ...projectLabs].map(activity));
    const score = new Map([...reach].map(([l, s]) => [l, round4(LAB_NETWORK_WEIGHTS.sharedPartners * sharedPartnersValue(s.size, maxPartners) + LAB_NETWORK_WEIGHTS.activity * activityValue(activity(l), maxActivity))]));
    const order = [...reach.keys()].sort((a, b) => score.get(b)! - score.get(a)! || reach.get(b)!.size - reach.get(a)!.size || activity(b) - activity(a) || a.localeCompare(b));
    const top = score.get(order[0] ?? '') ?? 0;
    const keptSet = new Set(kept.map(([o]) => o));
    const projectPartners = new Map(own.map((p) => [p.rcn, net.membersOf.get(p.rcn)!.filter((o) => o !== firm && keptSet.has(o))]));
    return {
      order,
      relevance: new Map([...score].map(([l, s]) => [l, top > 0 ? s / top : 0])),
      projectPartners,
      projectYear: new Map(own.map((p) => [p.rcn, p.year])),
      shared: new Map(kept.map(([o, ps]) => [o, ps.length])),
      reach,
    };
  };
}

/** Which networks count as distinct, how each is weighted, and how a lab's strength in one is measured. */
export interface AspectForm {
  /** project: each of the firm's projects; partner: each kept partner. */
  kind: 'project' | 'partner';
  /** uniform, or by recency (half-life in years, counted back from the firm's latest project). */
  halfLife: number | null;
  /** project only: share of the project's partners that reach the lab, or that share over the project's best lab. */
  strength: 'share' | 'best';
  /** Candidates considered for the diversified slots: the first `pool` of the score order. */
  pool: number;
}

/** The aspects and candidates the diversification sees for one firm. */
export function aspects(w: FirmWalk, form: AspectForm): { candidates: DiversifyCandidate[]; weights: Map<string, number> } {
  const pool = w.order.slice(0, form.pool);
  const latest = Math.max(...w.projectYear.values());
  const decay = (year: number) => (form.halfLife === null ? 1 : Math.pow(0.5, (latest - year) / form.halfLife));
  const weights = new Map<string, number>();
  const strength = new Map<string, Map<string, number>>(pool.map((l) => [l, new Map()]));
  if (form.kind === 'partner') {
    for (const [o] of w.shared) weights.set(o, 1);
    for (const l of pool) for (const o of w.reach.get(l)!) strength.get(l)!.set(o, 1);
  } else {
    for (const [p, ps] of w.projectPartners) {
      if (!ps.length) continue;
      weights.set(p, decay(w.projectYear.get(p)!));
      const counts = pool.map((l) => ps.filter((o) => w.reach.get(l)!.has(o)).length);
      const denom = form.strength === 'share' ? ps.length : Math.max(0, ...counts);
      pool.forEach((l, i) => {
        if (counts[i]! > 0) strength.get(l)!.set(p, counts[i]! / denom);
      });
    }
  }
  return { candidates: pool.map((l) => ({ id: l, relevance: w.relevance.get(l)!, aspects: strength.get(l)! })), weights };
}

type ActiveScope = 'anywhere' | 'country' | 'programme' | 'programme+country';
interface Prepared { q: Query; walk: FirmWalk; known: Set<string>; activeFor: (scope: ActiveScope) => string[] }

/** Years counted as recent when ranking the most recently active labs (variant b). */
const RECENT_YEARS = 3;

/** Past and queries at one cut-off; labels only from projects starting before `until` (see labelUntil). */
function prepare(rows: readonly Row[], programmes: ReadonlyMap<string, readonly string[]>, cutoff: number, until = Infinity) {
  const pre = rows.filter((r) => r.year < cutoff);
  const net = new Network(pre);
  const postMembers = new Map<string, Row[]>();
  for (const r of rows) if (r.year >= cutoff && r.year < until) (postMembers.get(r.rcn) ?? postMembers.set(r.rcn, []).get(r.rcn)!).push(r);
  const country = new Map(pre.map((r) => [r.pic, r.country]));
  const recent = new Map<string, number>();
  for (const r of pre) if (net.isLab(r.pic) && r.year >= cutoff - RECENT_YEARS) recent.set(r.pic, (recent.get(r.pic) ?? 0) + 1);
  const byCount = (m: ReadonlyMap<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  // Recent lab participations per programme part, and each firm's parts.
  const inPart = new Map<string, Map<string, number>>();
  const partsOf = new Map<string, Set<string>>();
  for (const r of pre) {
    for (const part of programmes.get(r.rcn) ?? []) {
      (partsOf.get(r.pic) ?? partsOf.set(r.pic, new Set()).get(r.pic)!).add(part);
      if (!net.isLab(r.pic) || r.year < cutoff - RECENT_YEARS) continue;
      const m = inPart.get(part) ?? inPart.set(part, new Map()).get(part)!;
      m.set(r.pic, (m.get(r.pic) ?? 0) + 1);
    }
  }
  const active = byCount(recent);
  /** The most recently active labs in a scope around the firm, best first. */
  const activeFor = (firm: string, scope: ActiveScope): string[] => {
    if (scope === 'anywhere') return active;
    if (scope === 'country') return active.filter((l) => country.get(l) === country.get(firm));
    const sum = new Map<string, number>();
    for (const part of partsOf.get(firm) ?? []) for (const [l, n] of inPart.get(part) ?? []) sum.set(l, (sum.get(l) ?? 0) + n);
    const ranked = byCount(sum);
    return scope === 'programme' ? ranked : ranked.filter((l) => country.get(l) === country.get(firm));
  };
  const walk = walker(pre, net);
  const prepared = (q: Query): Prepared => ({ q, walk: walk(q.id), known: new Set(net.partners(q.id).keys()), activeFor: (scope) => activeFor(q.id, scope) });
  return { net, prepared, queries: newLabQueries(net, postMembers) };
}

/**
 * Variant (b) of the brief: the last `slots` of the top ten go to the most recently active labs (of the firm's
 * country, or anywhere) that the ranking has not placed yet and the firm never worked with.
 */
function withActive(p: Prepared, list: readonly string[], slots: number, scope: ActiveScope): string[] {
  if (slots === 0) return [...list];
  const head = list.slice(0, K - slots);
  const taken = new Set(head);
  const extra = p.activeFor(scope).filter((l) => !taken.has(l) && !p.known.has(l) && l !== p.q.id).slice(0, slots);
  const top = new Set([...head, ...extra]);
  return [...top, ...list.filter((l) => !top.has(l))];
}

const aspectCache = new WeakMap<Prepared, Map<AspectForm, ReturnType<typeof aspects>>>();

function ranked(p: Prepared, form: AspectForm | null, opts: DiversifyOptions): string[] {
  if (!form || opts.lambda === 0) return p.walk.order;
  const cache = aspectCache.get(p) ?? aspectCache.set(p, new Map()).get(p)!;
  const { candidates, weights } = cache.get(form) ?? cache.set(form, aspects(p.walk, form)).get(form)!;
  return [...diversify(candidates, weights, opts).order, ...p.walk.order.slice(form.pool)];
}

/**
 * Variant (a) of the brief, for comparison: the firm's networks take turns, heaviest first; each turn takes the most
 * relevant lab not yet chosen that the network reaches (at least `minStrength`), after `lead` slots of plain order.
 */
function roundRobin(p: Prepared, form: AspectForm, lead: number, minStrength: number): string[] {
  const { candidates, weights } = aspects(p.walk, form);
  const turns = [...weights].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  const chosen = new Set(p.walk.order.slice(0, lead));
  for (let t = 0; chosen.size < K && turns.length && t < turns.length * K; t++) {
    const a = turns[t % turns.length]!;
    const c = candidates.find((x) => !chosen.has(x.id) && (x.aspects.get(a) ?? 0) >= minStrength);
    if (c) chosen.add(c.id);
  }
  return [...chosen, ...p.walk.order.filter((l) => !chosen.has(l))];
}

function hits(ps: readonly Prepared[], form: AspectForm | null, opts: DiversifyOptions): number {
  return ps.filter((p) => scoreList(ranked(p, form, opts), p.q.truth).hit).length / ps.length;
}

const FORMS: AspectForm[] = [
  ...[null, 2].flatMap((halfLife) => (['share', 'best'] as const).map((strength) => ({ kind: 'project' as const, halfLife, strength, pool: 100 }))),
  { kind: 'partner', halfLife: null, strength: 'share', pool: 100 },
];
const LAMBDAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const GAMMAS = [0.25, 0.5, 0.75, 1];
const SCOPES: ActiveScope[] = ['anywhere', 'country', 'programme', 'programme+country'];

/**
 * Is there room for diversification at all? How many networks (projects with a kept partner) firms have, how many of
 * them the plain top ten already reaches, and, for firms the top ten misses while a future lab is among the
 * candidates, whether that lab is reached through a project or a partner that no lab of the top ten is reached through.
 */
function diagnose(ps: readonly Prepared[]): void {
  let single = 0, networks = 0, touched = 0, missed = 0, viaOtherProject = 0, viaOtherPartner = 0;
  for (const { q, walk: w } of ps) {
    const projects = [...w.projectPartners].filter(([, os]) => os.length);
    const top = w.order.slice(0, K);
    const reaches = (l: string, os: readonly string[]) => os.some((o) => w.reach.get(l)!.has(o));
    if (projects.length <= 1) single++;
    networks += projects.length;
    touched += projects.filter(([, os]) => top.some((l) => reaches(l, os))).length;
    const future = w.order.filter((l) => q.truth.has(l));
    if (!future.length || top.some((l) => q.truth.has(l))) continue;
    missed++;
    if (future.some((l) => projects.some(([, os]) => reaches(l, os) && !top.some((t) => reaches(t, os))))) viaOtherProject++;
    const topPartners = new Set(top.flatMap((l) => [...w.reach.get(l)!]));
    if (future.some((l) => [...w.reach.get(l)!].some((o) => !topPartners.has(o)))) viaOtherPartner++;
  }
  console.log(`  firms with at most one project that has a partner: ${single} of ${ps.length}; projects per firm ${(networks / ps.length).toFixed(2)}, reached by the top ten ${(touched / ps.length).toFixed(2)}`);
  console.log(`  missed with a future lab among the candidates: ${missed}; of them reached through a project the top ten misses: ${viaOtherProject}, through a partner it misses: ${viaOtherPartner}`);
}

/** Hits@10 of each of the eval's baselines (eval/cordis.ts) over the same firms. */
function baselineHits(net: Network, ps: readonly Prepared[]): Map<string, number> {
  const { popularity, popular } = labPopularity(net);
  const out = new Map<string, number>();
  for (const p of ps) {
    const exclude = new Set([...net.partners(p.q.id).keys()].filter((o) => net.isLab(o)));
    for (const [method, list] of Object.entries(baselines(net, p.q.id, exclude, popularity, popular)))
      out.set(method, (out.get(method) ?? 0) + (scoreList(list, p.q.truth).hit ? 1 / ps.length : 0));
  }
  return out;
}

function main(): void {
  const opt = (name: string, dflt: string) => option(process.argv.slice(2), name, dflt);
  const { rows, programmes } = load(path.join(SHARED_DATA, 'cordis-h2020'));
  const validate = Number(opt('--validate', '2016'));
  const report = opt('--report', '2017,2018,2019').split(',').map(Number);
  const until = labelUntil([validate], report, process.argv.includes('--until') ? opt('--until', '') : undefined);
  const v = prepare(rows, programmes, validate, until);
  const vq = new Rng(7).sample(v.queries, Number(opt('--n', '1000'))).map(v.prepared);
  const plain: DiversifyOptions = { slots: K, lambda: 0, gamma: 1 };
  diagnose(vq);
  const meanTruth = vq.reduce((n, p) => n + p.q.truth.size, 0) / vq.length;
  console.log(`validation ${validate} (labels: projects starting before ${until}): ${vq.length} of ${v.queries.length} firms, ${meanTruth.toFixed(1)} new labs each; product order ${hits(vq, null, plain).toFixed(3)}`);
  let best = { form: null as AspectForm | null, opts: plain, h: hits(vq, null, plain) };
  for (const form of FORMS) {
    let formBest = 0;
    for (const lambda of LAMBDAS)
      for (const gamma of GAMMAS) {
        const opts = { slots: K, lambda, gamma };
        const h = hits(vq, form, opts);
        formBest = Math.max(formBest, h);
        if (h > best.h + 1e-9) best = { form, opts, h };
      }
    console.log(`  ${JSON.stringify(form)}: best ${formBest.toFixed(3)}`);
  }
  // Round-robin is shown for comparison only; the greedy form is what a product change would use.
  let rr = { h: 0, setting: '' };
  for (const form of FORMS.filter((f) => f.kind === 'project'))
    for (const lead of [0, 2, 4, 6])
      for (const minStrength of [0, 0.25, 0.5]) {
        const h = vq.filter((p) => scoreList(roundRobin(p, form, lead, minStrength), p.q.truth).hit).length / vq.length;
        if (h > rr.h) rr = { h, setting: `${JSON.stringify(form)} lead ${lead} min ${minStrength}` };
      }
  console.log(`  round-robin over the firm's projects, best: ${rr.h.toFixed(3)} (${rr.setting})`);
  let mix = { slots: 0, scope: 'country' as ActiveScope, h: best.h };
  for (const slots of [1, 2, 3, 4, 5, 6])
    for (const scope of SCOPES) {
      const h = vq.filter((p) => scoreList(withActive(p, ranked(p, best.form, best.opts), slots, scope), p.q.truth).hit).length / vq.length;
      console.log(`  + ${slots} most recently active labs (${scope}): ${h.toFixed(3)}`);
      if (h > mix.h + 1e-9) mix = { slots, scope, h };
    }
  console.log(`chosen on ${validate}: ${JSON.stringify({ ...best, mix })}`);
  console.log(`baselines on ${validate}: ` + [...baselineHits(v.net, vq)].map(([m, h]) => `${m} ${h.toFixed(3)}`).join(' · '));
  for (const cutoff of report) {
    const s = prepare(rows, programmes, cutoff);
    const sample = new Rng(42).sample(s.queries, 200).map(s.prepared);
    const figures = new Map<string, number>([
      ['diversified', hits(sample, best.form, best.opts)],
      ['diversified + active', sample.filter((p) => scoreList(withActive(p, ranked(p, best.form, best.opts), mix.slots, mix.scope), p.q.truth).hit).length / sample.length],
      ['product order', hits(sample, null, plain)],
    ]);
    for (const [m, h] of baselineHits(s.net, sample)) figures.set(m, h);
    console.log(`report ${cutoff} (seed 42, ${sample.length} of ${s.queries.length}): ` + [...figures].map(([m, h]) => `${m} ${h.toFixed(3)}`).join(' · '));
  }
}

if (process.argv[1]?.endsWith('lab-diversify.ts')) main();
