// Offline analysis for recommendLabs (not part of `npm run eval`): where the firm -> new labs task's hits and misses
// come from, and whether a project-level neighbourhood ranking gets past common neighbours. No database: plain
// arithmetic over the CSV, over EVERY eligible firm of each cut-off (no sample), with the eval's task definition
// (firms of the past graph sharing a project starting at or after the cut-off with a lab of the past graph they had
// never shared a project with). The validation cut-off's labels stop at --until (default 2017), as in lab-features.ts.
//   npx tsx eval/lab-reach.ts [--validate 2016] [--report 2017,2018,2019] [--until 2017]
//
// Printed per cut-off:
// - reach: share of firms with a held-out lab among the labs two projects away (firm - project - partner - project -
//   lab), the candidates every network ranking here draws from;
// - warm: share of firms whose held-out projects include one of their past partners; the rest start with strangers;
// - common neighbours (ties to the more active lab, the ten filled with the most active labs), overall and on the
//   warm and cold firms apart, and popularity alone on the cold ones;
// - project neighbourhood: every past project of the firm's partners, not the firm's own, weighted by the number of
//   the firm's partners in it to the power a, over its size to the power b, and by recency with half-life h years;
//   a lab scores the sum over its projects. Twelve settings, all printed: none is chosen on the reported cut-offs.
import path from 'node:path';
import { SHARED_DATA } from '../tests/support/shared-data.js';
import { labelUntil, load, option, type Row } from './lab-features.js';

const LAB = new Set(['HES', 'REC']);
const K = 10;

interface Split {
  cutoff: number;
  truth: Map<string, Set<string>>;
  warm: Set<string>;
  partners: (pic: string) => Map<string, number>;
  projectsOf: Map<string, string[]>;
  membersOf: Map<string, string[]>;
  year: Map<string, number>;
  isLab: (pic: string) => boolean;
  byActivity: string[];
  activity: Map<string, number>;
}

function splitAt(rows: readonly Row[], cutoff: number, until: number): Split {
  const projectsOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  const type = new Map<string, string>();
  const year = new Map<string, number>();
  for (const r of rows) {
    if (r.year >= cutoff) continue;
    (projectsOf.get(r.pic) ?? projectsOf.set(r.pic, []).get(r.pic)!).push(r.rcn);
    (membersOf.get(r.rcn) ?? membersOf.set(r.rcn, []).get(r.rcn)!).push(r.pic);
    type.set(r.pic, r.type);
    year.set(r.rcn, r.year);
  }
  const isLab = (p: string) => LAB.has(type.get(p) ?? '');
  const memo = new Map<string, Map<string, number>>();
  const partners = (pic: string) => {
    let m = memo.get(pic);
    if (m) return m;
    m = new Map();
    for (const j of projectsOf.get(pic) ?? []) for (const o of membersOf.get(j)!) if (o !== pic) m.set(o, (m.get(o) ?? 0) + 1);
    memo.set(pic, m);
    return m;
  };
  const future = new Map<string, string[]>();
  for (const r of rows) if (r.year >= cutoff && r.year < until) (future.get(r.rcn) ?? future.set(r.rcn, []).get(r.rcn)!).push(r.pic);
  const truth = new Map<string, Set<string>>();
  const warm = new Set<string>();
  for (const members of future.values()) {
    for (const f of members) {
      if (type.get(f) !== 'PRC') continue;
      const known = partners(f);
      const fresh = members.filter((l) => isLab(l) && !known.has(l));
      if (!fresh.length) continue;
      const t = truth.get(f) ?? truth.set(f, new Set()).get(f)!;
      for (const l of fresh) t.add(l);
      if (members.some((o) => o !== f && known.has(o))) warm.add(f);
    }
  }
  const activity = new Map([...projectsOf].map(([p, js]) => [p, js.length] as const));
  const byActivity = [...activity.keys()].filter(isLab).sort((a, b) => activity.get(b)! - activity.get(a)! || (a < b ? -1 : 1));
  return { cutoff, truth, warm, partners, projectsOf, membersOf, year, isLab, byActivity, activity };
}

/** The top ten of a score map: higher score first, then the more active lab; filled with the most active labs. */
function topTen(s: Split, firm: string, scores: ReadonlyMap<string, number>): string[] {
  const known = s.partners(firm);
  const act = (p: string) => s.activity.get(p) ?? 0;
  const top = [...scores].sort((a, b) => b[1] - a[1] || act(b[0]) - act(a[0]) || (a[0] < b[0] ? -1 : 1)).slice(0, K).map(([l]) => l);
  for (const l of s.byActivity) {
    if (top.length >= K) break;
    if (!known.has(l) && !top.includes(l)) top.push(l);
  }
  return top;
}

function commonNeighbours(s: Split, firm: string): Map<string, number> {
  const known = s.partners(firm);
  const out = new Map<string, number>();
  for (const w of known.keys()) for (const l of s.partners(w).keys()) if (l !== firm && !known.has(l) && s.isLab(l)) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

function projectNeighbourhood(s: Split, firm: string, a: number, b: number, h: number): Map<string, number> {
  const known = s.partners(firm);
  const own = new Set(s.projectsOf.get(firm));
  const inProject = new Map<string, number>();
  for (const w of known.keys()) for (const j of s.projectsOf.get(w)!) if (!own.has(j)) inProject.set(j, (inProject.get(j) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [j, k] of inProject) {
    const members = s.membersOf.get(j)!;
    const weight = (k ** a / members.length ** b) * 0.5 ** ((s.cutoff - 1 - s.year.get(j)!) / h);
    for (const l of members) if (l !== firm && !known.has(l) && s.isLab(l)) out.set(l, (out.get(l) ?? 0) + weight);
  }
  return out;
}

function report(s: Split, label: string): void {
  const firms = [...s.truth.keys()];
  const hit = (firm: string, scores: ReadonlyMap<string, number>) => topTen(s, firm, scores).some((l) => s.truth.get(firm)!.has(l));
  const share = (xs: readonly string[], f: (firm: string) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 0).toFixed(3);
  const warm = firms.filter((f) => s.warm.has(f));
  const cold = firms.filter((f) => !s.warm.has(f));
  // One common-neighbours ranking per firm gives both its reach (a held-out lab among the candidates) and its hit.
  const reached = new Set<string>();
  const cn = new Map<string, boolean>();
  for (const f of firms) {
    const scores = commonNeighbours(s, f);
    if ([...scores.keys()].some((l) => s.truth.get(f)!.has(l))) reached.add(f);
    cn.set(f, hit(f, scores));
  }
  console.log(`${label}: ${firms.length} firms`);
  console.log(`  reach ${share(firms, (f) => reached.has(f))} · warm ${share(firms, (f) => s.warm.has(f))}`);
  console.log(`  common neighbours Hits@10 ${share(firms, (f) => cn.get(f)!)} (warm ${share(warm, (f) => cn.get(f)!)}, cold ${share(cold, (f) => cn.get(f)!)}; popularity on cold ${share(cold, (f) => hit(f, new Map()))})`);
  const settings: string[] = [];
  for (const a of [1, 2]) for (const b of [0, 0.5, 1]) for (const h of [2, 99]) settings.push(`a${a} b${b} h${h === 99 ? '∞' : h} ${share(firms, (f) => hit(f, projectNeighbourhood(s, f, a, b, h)))}`);
  console.log(`  project neighbourhood: ${settings.join(' · ')}`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const validate = Number(option(argv, '--validate', '2016'));
  const reported = option(argv, '--report', '2017,2018,2019').split(',').map(Number);
  const until = labelUntil([validate], reported, argv.includes('--until') ? option(argv, '--until', '') : undefined);
  const { rows } = load(path.join(SHARED_DATA, 'cordis-h2020'));
  report(splitAt(rows, validate, until), `validation ${validate} (labels before ${until})`);
  for (const c of reported) report(splitAt(rows, c, Infinity), `cut-off ${c}`);
}

main();
