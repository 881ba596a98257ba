// Fits a candidate learned ranker for recommendLabs (eval/lab-model.ts) and measures it; offline analysis, not part of
// `npm run eval`, no database. Trained on an earlier window than any reported cut-off, with no leakage: the
// graph of CORDIS participations in projects starting before --train (default 2016), the labels the new firm-lab
// partnerships formed in projects starting in that year only (--horizon 1), so none of them is a truth of the reported
// cut-offs (2017 on; with --report, a --train + --horizon past the first reported cut-off is refused). The candidate labs are those cypher/recommendLabsNetwork.cypher reads (same caps, same order). Loss: listwise softmax (the mean log-probability
// the model gives each of the firm's future labs among its candidates), standardised features, L2, Newton's method.
//   npx tsx eval/fit-lab-model.ts [--train 2016] [--horizon 1] [--n 800] [--report 2017,2018,2019]
import path from 'node:path';
import { Rng } from '../bench/lib/rng.js';
import { LAB_MODEL_FEATURES, WALK_HALF_LIFE, labModelFeatures, linearScore, type LinearModel } from './lab-model.js';
import { PARTNER_CAP, PROJECT_CAP, REACH_CAP } from '../server/recommend/labs.js';
import { SHARED_DATA } from '../tests/support/shared-data.js';
import { labelUntil, load, option, type Row } from './lab-features.js';

const LAB = new Set(['HES', 'REC']);

interface Candidate { lab: string; features: number[]; activity: number }
interface FirmQuery { firm: string; truth: Set<string>; cands: Candidate[] }

/** The past before `cutoff` and the firms that formed new lab partnerships in [cutoff, cutoff + horizon). */
export function window(rows: readonly Row[], cutoff: number, horizon: number) {
  const projectsOf = new Map<string, Row[]>();
  const membersOf = new Map<string, Row[]>();
  const type = new Map<string, string>();
  const country = new Map<string, string>();
  for (const r of rows) {
    if (!(r.year < cutoff)) continue; // as the eval imports: a row without a start year is in no past
    (projectsOf.get(r.pic) ?? projectsOf.set(r.pic, []).get(r.pic)!).push(r);
    (membersOf.get(r.rcn) ?? membersOf.set(r.rcn, []).get(r.rcn)!).push(r);
    type.set(r.pic, r.type);
    country.set(r.pic, r.country);
  }
  const recentFirst = (a: Row, b: Row) => b.year - a.year || (a.rcn < b.rcn ? -1 : 1);
  for (const list of projectsOf.values()) list.sort(recentFirst);
  const isLab = (p: string) => LAB.has(type.get(p) ?? '');
  const size = (rcn: string) => membersOf.get(rcn)!.length;

  /** Candidate labs of one firm and their signals, as recommendLabsNetwork reads them. */
  const candidates = (firm: string): Candidate[] => {
    const own = (projectsOf.get(firm) ?? []).slice(0, PROJECT_CAP);
    const ownSet = new Set(own.map((p) => p.rcn));
    const known = new Set(own.flatMap((p) => membersOf.get(p.rcn)!.map((m) => m.pic)));
    const now = own[0]?.year ?? cutoff - 1;
    const rec = (y: number) => Math.pow(0.5, (now - y) / WALK_HALF_LIFE);
    const partners = new Map<string, { shared: number; weight: number }>();
    for (const p of own) {
      for (const o of membersOf.get(p.rcn)!) {
        if (o.pic === firm) continue;
        const w = partners.get(o.pic) ?? partners.set(o.pic, { shared: 0, weight: 0 }).get(o.pic)!;
        w.shared += 1;
        w.weight += rec(p.year) / Math.log1p(size(p.rcn));
      }
    }
    const kept = [...partners].sort((a, b) => b[1].shared - a[1].shared || (a[0] < b[0] ? -1 : 1)).slice(0, PARTNER_CAP);
    const labs = new Map<string, { partners: Set<string>; walk: number }>();
    for (const [o, { weight }] of kept) {
      const theirs = projectsOf.get(o)!;
      const degree = Math.log1p(theirs.length);
      for (const q of theirs.slice(0, REACH_CAP)) {
        if (ownSet.has(q.rcn)) continue;
        for (const l of membersOf.get(q.rcn)!) {
          if (l.pic === o || !isLab(l.pic) || known.has(l.pic)) continue;
          const c = labs.get(l.pic) ?? labs.set(l.pic, { partners: new Set(), walk: 0 }).get(l.pic)!;
          c.partners.add(o);
          c.walk += (weight * rec(q.year)) / Math.log1p(size(q.rcn)) / degree;
        }
      }
    }
    const raw = [...labs].map(([lab, c]) => ({ lab, partnerCount: c.partners.size, walk: c.walk, activity: projectsOf.get(lab)!.length, sameCountry: country.get(lab) === country.get(firm) }));
    const max = { partnerCount: Math.max(0, ...raw.map((r) => r.partnerCount)), walk: Math.max(0, ...raw.map((r) => r.walk)), activity: Math.max(0, ...raw.map((r) => r.activity)) };
    return raw.map((r) => ({ lab: r.lab, activity: r.activity, features: labModelFeatures(r, max) }));
  };

  const future = new Map<string, Row[]>();
  for (const r of rows) if (r.year >= cutoff && r.year < cutoff + horizon) (future.get(r.rcn) ?? future.set(r.rcn, []).get(r.rcn)!).push(r);
  const newLabs = new Map<string, Set<string>>();
  for (const ms of future.values())
    for (const f of ms) {
      if (f.type !== 'PRC' || !projectsOf.has(f.pic)) continue;
      for (const l of ms) if (isLab(l.pic)) (newLabs.get(f.pic) ?? newLabs.set(f.pic, new Set()).get(f.pic)!).add(l.pic);
    }
  const queries: Array<{ firm: string; truth: Set<string> }> = [];
  for (const [firm, labs] of [...newLabs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const known = new Set((projectsOf.get(firm) ?? []).flatMap((p) => membersOf.get(p.rcn)!.map((m) => m.pic)));
    const truth = new Set([...labs].filter((l) => !known.has(l)));
    if (truth.size) queries.push({ firm, truth });
  }
  return { queries, candidates };
}

/** Mean and standard deviation of each feature over every training candidate. */
function standardisation(qs: readonly FirmQuery[]): { mean: number[]; sd: number[] } {
  const d = LAB_MODEL_FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  let n = 0;
  for (const q of qs) for (const c of q.cands) { n++; c.features.forEach((v, i) => { mean[i]! += v; sq[i]! += v * v; }); }
  for (let i = 0; i < d; i++) mean[i]! /= n;
  return { mean, sd: mean.map((m, i) => Math.sqrt(Math.max(sq[i]! / n - m * m, 0)) || 1) };
}

function logSumExp(xs: readonly number[]): number {
  let top = -Infinity;
  for (const x of xs) if (x > top) top = x;
  let sum = 0;
  for (const x of xs) sum += Math.exp(x - top);
  return top + Math.log(sum);
}

/**
 * Listwise softmax fit: maximises, per firm, the mean over its future labs of log softmax(score) among its candidates,
 * minus (l2 / 2)|w|^2. That is concave (the Hessian is minus the features' covariance under the softmax), so Newton's
 * method converges; it stops when no weight moves by more than 1e-6.
 */
export function fit(qs: readonly FirmQuery[], l2 = 1e-2, log = (s: string) => console.log(s)): LinearModel {
  const { mean, sd } = standardisation(qs);
  const d = mean.length;
  const lists = qs.filter((q) => q.cands.some((c) => q.truth.has(c.lab))).map((q) => ({
    xs: q.cands.map((c) => c.features.map((v, i) => (v - mean[i]!) / sd[i]!)),
    y: q.cands.map((c) => q.truth.has(c.lab)),
  }));
  const w = new Array<number>(d).fill(0);
  for (let step = 1; step <= 50; step++) {
    const g = w.map((wi) => -l2 * wi * lists.length);
    const h = w.map((_, i) => w.map((__, j) => (i === j ? -l2 * lists.length : 0)));
    let loss = 0;
    for (const { xs, y } of lists) {
      const s = xs.map((x) => x.reduce((a, xi, i) => a + xi * w[i]!, 0));
      const all = logSumExp(s);
      const truth = xs.filter((_, j) => y[j]);
      loss += s.reduce((a, z, j) => a + (y[j] ? z : 0), 0) / truth.length - all;
      // First and second moments of the features under the softmax (in log space, so nothing underflows).
      const moments = (z: number) => {
        const m1 = new Array<number>(d).fill(0);
        const m2 = w.map(() => new Array<number>(d).fill(0));
        xs.forEach((x, j) => {
          const p = Math.exp(s[j]! - z);
          for (let a = 0; a < d; a++) {
            m1[a]! += p * x[a]!;
            for (let b = 0; b < d; b++) m2[a]![b]! += p * x[a]! * x[b]!;
          }
        });
        return { m1, m2 };
      };
      const u = moments(all);
      for (let a = 0; a < d; a++) {
        g[a]! += truth.reduce((sum, x) => sum + x[a]!, 0) / truth.length - u.m1[a]!;
        for (let b = 0; b < d; b++) h[a]![b]! -= u.m2[a]![b]! - u.m1[a]! * u.m1[b]!;
      }
    }
    // A step moves no weight by more than 1 (a trust region): far from the optimum a full Newton step overshoots.
    const full = solve(h, g);
    const shrink = Math.min(1, 1 / Math.max(...full.map(Math.abs)));
    const delta = full.map((x) => x * shrink);
    for (let i = 0; i < d; i++) w[i]! -= delta[i]!;
    log(`  Newton step ${step}: mean log-likelihood ${(loss / lists.length).toFixed(6)}, largest move ${Math.max(...delta.map(Math.abs)).toExponential(2)}`);
    if (Math.max(...delta.map(Math.abs)) < 1e-6) break;
  }
  return { features: LAB_MODEL_FEATURES, mean, sd, weights: w };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a small dense system). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = m[r]![n]!;
    for (let k = r + 1; k < n; k++) v -= m[r]![k]! * x[k]!;
    x[r] = v / m[r]![r]!;
  }
  return x;
}

/** Hits@10 of the model, and of common neighbours alone (ties to the more active lab), over the given firms. */
export function hitsAt10(qs: readonly FirmQuery[], model: LinearModel | null): number {
  let h = 0;
  for (const q of qs) {
    const score = (c: Candidate) => (model ? linearScore(model, c.features) : c.features[0]!);
    const top = [...q.cands].sort((a, b) => score(b) - score(a) || b.activity - a.activity || (a.lab < b.lab ? -1 : 1)).slice(0, 10);
    if (top.some((c) => q.truth.has(c.lab))) h++;
  }
  return h / Math.max(1, qs.length);
}

function main(): void {
  const opt = (name: string, dflt: string) => option(process.argv.slice(2), name, dflt);
  const train = Number(opt('--train', '2016'));
  const horizon = Number(opt('--horizon', '1'));
  const report = opt('--report', '');
  const reported = report ? report.split(',').map(Number) : [];
  // Training labels end before the first reported cut-off (if any), so none of them is a reported truth.
  if (!Number.isInteger(horizon) || horizon < 1) throw new Error(`--horizon ${opt('--horizon', '1')}: a whole number of years, at least 1`);
  if (reported.length) labelUntil([train], reported, String(train + horizon));
  const { rows } = load(path.join(SHARED_DATA, 'cordis-h2020'));
  const win = window(rows, train, horizon);
  const qs = new Rng(7).sample(win.queries, Number(opt('--n', '800'))).map((q) => ({ ...q, cands: win.candidates(q.firm) }));
  console.log(`train: graph before ${train}, labels from projects starting ${train}-${train + horizon - 1}; ${qs.length} of ${win.queries.length} firms`);
  const model = fit(qs);
  console.log(`in sample Hits@10: model ${hitsAt10(qs, model).toFixed(3)}, common neighbours ${hitsAt10(qs, null).toFixed(3)}`);
  for (const c of reported) {
    const s = window(rows, c, Infinity);
    const sq = new Rng(42).sample(s.queries, 200).map((q) => ({ ...q, cands: s.candidates(q.firm) }));
    console.log(`cut-off ${c} (eval's seed-42 sample of 200): model ${hitsAt10(sq, model).toFixed(3)}, common neighbours ${hitsAt10(sq, null).toFixed(3)}`);
  }
  console.log(`weights on standardised ${model.features.join(', ')}: ${model.weights.map((w) => w.toFixed(3)).join(', ')}`);
}

if (process.argv[1]?.endsWith('fit-lab-model.ts')) main();
