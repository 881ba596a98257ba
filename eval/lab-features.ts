// Offline analysis for recommendLabs (not part of `npm run eval`): computes candidate ranking signals for the CORDIS
// firm -> new labs task from the pre-cut-off rows alone, and measures Hits@10 of single signals and of weighted
// combinations. Used to choose the product's weights on a validation cut-off that is never reported (2016 by
// default), before the reported cut-offs are run unchanged. Validation labels are bounded: projects starting in
// [cut-off, --until), --until defaulting to the first reported cut-off (before this, they ran to 2020 and so held
// the reported cut-offs' projects). No database: plain arithmetic over the CSV.
//   npx tsx eval/lab-features.ts --validate 2016 --report 2017,2018,2019 [--until 2017] [--n 800]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { Rng } from '../bench/lib/rng.js';
import { SHARED_DATA } from '../tests/support/shared-data.js';

const LAB = new Set(['HES', 'REC']);
/**
 * cn / aa: common neighbours and Adamic-Adar over project co-participation; walk / walk1: firm -> project -> partner
 * -> project -> lab, each project weighted by recency (half-life 3 / 1 years) over ln(1 + its size), and each partner
 * by ln(1 + its projects); rw: random-walk probabilities of the same walk (half-life 1 year); cnRecent: distinct
 * recent partners whose projects of the last three years hold the lab; decayed / recent / activity: the lab's
 * participations with a two-year half-life, in the last `--recent-years`, all time; country: same country as the
 * firm; programme: overlap of the firm's and the lab's programme-part shares; coordinates: recent coordinator roles.
 */
export const FEATURES = ['cn', 'aa', 'walk', 'walk1', 'rw', 'cnRecent', 'decayed', 'recent', 'activity', 'country', 'programme', 'coordinates'] as const;
const K = 10;
const MULT = process.argv.includes('--mult');
const fi = process.argv.indexOf('--features');
const TUNED: readonly Feature[] = fi >= 0 ? (process.argv[fi + 1]!.split(',') as Feature[]) : FEATURES;
for (const f of TUNED) if (!(FEATURES as readonly string[]).includes(f)) throw new Error(`--features: no signal "${f}" (one of ${FEATURES.join(', ')})`);

export interface Row { rcn: string; pic: string; type: string; role: string; year: number; country: string; /** start_date, '' when missing */ start: string }

export function load(dir: string): { rows: Row[]; programmes: Map<string, string[]> } {
  const [header, ...raw] = parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'h2020.csv.gz')))) as string[][];
  const c = (n: string) => header!.indexOf(n);
  const rows = raw.map((r) => ({ rcn: r[c('rcn')]!, pic: r[c('pic')]!, type: r[c('type')]!, role: r[c('role')]!, year: Number(r[c('start_year')]), country: r[c('country')]!, start: r[c('start_date')] === 'NA' ? '' : r[c('start_date')]! }));
  const [, ...pp] = parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'programme_parts.csv.gz')))) as string[][];
  const programmes = new Map<string, string[]>();
  for (const [rcn, part] of pp) (programmes.get(rcn!) ?? programmes.set(rcn!, []).get(rcn!)!).push(part!);
  return { rows, programmes };
}

export type Feature = (typeof FEATURES)[number];
export type Vec = Record<Feature, number>;

export interface Query { firm: string; truth: Set<string>; cands: Map<string, Vec>; known: Set<string> }

/** Everything the signals need from the past, and the eligible queries of one cut-off. */
export function split(rows: Row[], programmes: Map<string, string[]>, cutoff: number, recentYears: number, horizon = Infinity) {
  const pre = rows.filter((r) => r.year < cutoff);
  const post = rows.filter((r) => r.year >= cutoff && r.year < cutoff + horizon);
  const projectsOf = new Map<string, Row[]>();
  const membersOf = new Map<string, Row[]>();
  const type = new Map<string, string>();
  const country = new Map<string, string>();
  for (const r of pre) {
    (projectsOf.get(r.pic) ?? projectsOf.set(r.pic, []).get(r.pic)!).push(r);
    (membersOf.get(r.rcn) ?? membersOf.set(r.rcn, []).get(r.rcn)!).push(r);
    type.set(r.pic, r.type);
    country.set(r.pic, r.country);
  }
  const isLab = (p: string) => LAB.has(type.get(p) ?? '');
  const now = cutoff - 1;
  const recent = new Map<string, number>();
  const coord = new Map<string, number>();
  const decayed = new Map<string, number>();
  const progOf = new Map<string, Map<string, number>>();
  for (const r of pre) {
    decayed.set(r.pic, (decayed.get(r.pic) ?? 0) + Math.pow(0.5, (now - r.year) / 2));
    if (r.year > now - recentYears) recent.set(r.pic, (recent.get(r.pic) ?? 0) + 1);
    if (r.role === 'coordinator' && r.year > now - recentYears) coord.set(r.pic, (coord.get(r.pic) ?? 0) + 1);
    const m = progOf.get(r.pic) ?? progOf.set(r.pic, new Map()).get(r.pic)!;
    for (const p of programmes.get(r.rcn) ?? []) m.set(p, (m.get(p) ?? 0) + 1);
  }
  const partners = (pic: string) => {
    const out = new Map<string, number>();
    for (const r of projectsOf.get(pic) ?? []) for (const o of membersOf.get(r.rcn)!) if (o.pic !== pic) out.set(o.pic, (out.get(o.pic) ?? 0) + 1);
    return out;
  };
  const degCache = new Map<string, number>();
  const deg = (p: string) => degCache.get(p) ?? degCache.set(p, partners(p).size).get(p)!;
  const recency = (y: number) => Math.pow(0.5, (now - y) / 3);

  const postMembers = new Map<string, Row[]>();
  for (const r of post) (postMembers.get(r.rcn) ?? postMembers.set(r.rcn, []).get(r.rcn)!).push(r);
  const newLabs = new Map<string, Set<string>>();
  for (const ms of postMembers.values())
    for (const f of ms) {
      if (f.type !== 'PRC' || !projectsOf.has(f.pic)) continue;
      for (const l of ms) if (isLab(l.pic)) (newLabs.get(f.pic) ?? newLabs.set(f.pic, new Set()).get(f.pic)!).add(l.pic);
    }

  const queries: Query[] = [];
  for (const [firm, labs] of [...newLabs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const known = new Set(partners(firm).keys());
    const truth = new Set([...labs].filter((l) => !known.has(l)));
    if (!truth.size) continue;
    queries.push({ firm, truth, known, cands: new Map() });
  }
  /** `onStep` sees every (partner, partner's project, candidate lab) step of the walk, for signals built elsewhere. */
  const fillWith = (q: Query, onStep?: (partner: string, project: Row, lab: string) => void) => {
    const firmProg = progOf.get(q.firm) ?? new Map<string, number>();
    const firmProgTotal = [...firmProg.values()].reduce((a, b) => a + b, 0) || 1;
    const vec = (lab: string): Vec => {
      let v = q.cands.get(lab);
      if (!v) {
        const lp = progOf.get(lab) ?? new Map<string, number>();
        const lt = [...lp.values()].reduce((a, b) => a + b, 0) || 1;
        let overlap = 0;
        for (const [p, n] of firmProg) overlap += Math.min(n / firmProgTotal, (lp.get(p) ?? 0) / lt);
        v = { cn: 0, aa: 0, walk: 0, walk1: 0, rw: 0, cnRecent: 0, decayed: decayed.get(lab) ?? 0, recent: recent.get(lab) ?? 0, activity: projectsOf.get(lab)?.length ?? 0, country: country.get(lab) === country.get(q.firm) ? 1 : 0, programme: overlap, coordinates: coord.get(lab) ?? 0 };
        q.cands.set(lab, v);
      }
      return v;
    };
    const firmProjects = projectsOf.get(q.firm)!;
    // Walk firm -> project -> partner -> project -> lab, each project weighted by recency over log of its size.
    const via = new Map<string, number>();
    const via1 = new Map<string, number>();
    const viaRw = new Map<string, number>();
    const rec1 = (y: number) => Math.pow(0.5, (now - y) / 1);
    for (const p1 of firmProjects) {
      const ms = membersOf.get(p1.rcn)!;
      for (const w of ms) if (w.pic !== q.firm) {
        via.set(w.pic, (via.get(w.pic) ?? 0) + recency(p1.year) / Math.log(1 + ms.length));
        via1.set(w.pic, (via1.get(w.pic) ?? 0) + rec1(p1.year) / Math.log(1 + ms.length));
        viaRw.set(w.pic, (viaRw.get(w.pic) ?? 0) + rec1(p1.year) / firmProjects.length / (ms.length - 1));
      }
    }
    for (const [w, wv] of via) {
      const wv1 = via1.get(w)!;
      const wrw = viaRw.get(w)!;
      const seenRecent = new Set<string>();
      const aa = 1 / Math.log(Math.max(2, deg(w)));
      const seen = new Set<string>();
      for (const p2 of projectsOf.get(w)!) {
        const ms = membersOf.get(p2.rcn)!;
        for (const l of ms) {
          if (l.pic === q.firm || l.pic === w || !isLab(l.pic) || q.known.has(l.pic)) continue;
          const v = vec(l.pic);
          onStep?.(w, p2, l.pic);
          v.walk += (wv * recency(p2.year)) / Math.log(1 + ms.length) / Math.log(1 + projectsOf.get(w)!.length);
          v.walk1 += (wv1 * rec1(p2.year)) / Math.log(1 + ms.length) / Math.log(1 + projectsOf.get(w)!.length);
          v.rw += (wrw * rec1(p2.year)) / projectsOf.get(w)!.length / (ms.length - 1);
          if (p2.year > now - 3 && wv1 > 0.25 && !seenRecent.has(l.pic)) {
            seenRecent.add(l.pic);
            v.cnRecent += 1;
          }
          if (!seen.has(l.pic)) {
            seen.add(l.pic);
            v.cn += 1;
            v.aa += aa;
          }
        }
      }
    }
  };
  // One argument only: fill is passed to forEach, whose index must not land in onStep.
  const fill = (q: Query) => fillWith(q);
  return { queries, fill, fillWith };
}

/** Scales each feature by its max among the query's candidates (log for counts), as the product does. */
function score(q: Query, w: Partial<Record<Feature, number>>): string[] {
  const logF = new Set<Feature>(['recent', 'activity', 'coordinates', 'decayed']);
  const max: Partial<Record<Feature, number>> = {};
  for (const v of q.cands.values()) for (const f of FEATURES) max[f] = Math.max(max[f] ?? 0, logF.has(f) ? Math.log1p(v[f]) : v[f]);
  const s = [...q.cands].map(([id, v]) => {
    let t = 0;
    for (const f of FEATURES) {
      const wf = w[f] ?? 0;
      if (!wf || !max[f]) continue;
      const x = (logF.has(f) ? Math.log1p(v[f]) : v[f]) / max[f]!;
      t += MULT ? wf * Math.log(0.01 + x) : wf * x;
    }
    return [id, t, v.activity] as const;
  });
  return s.filter((x) => MULT || x[1] > 0).sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, K).map((x) => x[0]);
}

function hits(qs: Query[], w: Partial<Record<Feature, number>>): number {
  let h = 0;
  for (const q of qs) if (score(q, w).some((l) => q.truth.has(l))) h++;
  return h / qs.length;
}

/** Coordinate ascent over a small grid of weights, from the given start, on the validation queries only. */
function tune(qs: Query[], start: Partial<Record<Feature, number>>): Partial<Record<Feature, number>> {
  let best = { ...start };
  let bestH = hits(qs, best);
  const grid = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1];
  for (let round = 0; round < 3; round++) {
    let improved = false;
    for (const f of TUNED) {
      for (const g of grid) {
        const cand = { ...best, [f]: g };
        const h = hits(qs, cand);
        if (h > bestH + 1e-9) {
          best = cand;
          bestH = h;
          improved = true;
        }
      }
    }
    console.log(`  round ${round}: ${bestH.toFixed(3)} ${JSON.stringify(best)}`);
    if (!improved) break;
  }
  return best;
}

/** The value after `name` on the command line, or `dflt`. */
export function option(argv: readonly string[], name: string, dflt: string): string {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1]! : dflt;
}

/**
 * The year before which validation labels must stop (--until, by default the first reported cut-off): labels of a
 * validation cut-off c come only from projects starting in [c, until), so none of them is a project that a reported
 * cut-off scores. Throws, naming the option, when a year is not whole or a validation cut-off is not before it.
 */
export function labelUntil(validate: readonly number[], report: readonly number[], until: string | undefined): number {
  const u = until === undefined ? Math.min(...report) : Number(until);
  const bad = [...validate, ...report, u].find((y) => !Number.isInteger(y));
  if (bad !== undefined) throw new Error(`--validate ${validate.join(',')} --report ${report.join(',')} --until ${until ?? u}: years must be whole numbers`);
  if (report.some((c) => c < u)) throw new Error(`--until ${u}: labels would reach into the reported cut-off ${Math.min(...report)}`);
  const late = validate.find((c) => c >= u);
  if (late !== undefined) throw new Error(`--validate ${late}: a validation cut-off must be before --until ${u} (its labels are projects starting in [cut-off, --until))`);
  return u;
}

function main(): void {
  const opt = (name: string, dflt: string) => option(process.argv.slice(2), name, dflt);
  const validate = Number(opt('--validate', '2016'));
  const report = opt('--report', '2017,2018,2019').split(',').map(Number);
  const recentYears = Number(opt('--recent-years', '3'));
  const until = labelUntil([validate], report, process.argv.includes('--until') ? opt('--until', '') : undefined);
  const { rows, programmes } = load(path.join(SHARED_DATA, 'cordis-h2020'));
  const v = split(rows, programmes, validate, recentYears, until - validate);
  const vq = new Rng(7).sample(v.queries, Number(opt('--n', '800')));
  vq.forEach(v.fill);
  console.log(`validation ${validate} (labels: projects starting before ${until}): ${vq.length} of ${v.queries.length} firms`);
  console.log(`  ceiling (a truth lab among the candidates): ${(vq.filter((q) => [...q.truth].some((l) => q.cands.has(l))).length / vq.length).toFixed(3)}`);
  for (const f of FEATURES) console.log(`  ${f.padEnd(12)} ${hits(vq, { [f]: 1 }).toFixed(3)}`);
  const chosen = tune(vq, MULT ? { walk1: 1 } : { cn: 1 });
  const presets: Record<string, Partial<Record<Feature, number>>> = { chosen, cn: { cn: 1 }, aa: { aa: 1 }, walk: { walk: 1 } };
  for (const c of report) {
    const s = split(rows, programmes, c, recentYears);
    const sq = new Rng(42).sample(s.queries, 200);
    sq.forEach(s.fill);
    console.log(`report ${c} (seed 42 sample of 200): ` + Object.entries(presets).map(([n, w]) => `${n} ${hits(sq, w).toFixed(3)}`).join(' · '));
  }
}

if (process.argv[1]?.endsWith('lab-features.ts')) main();
