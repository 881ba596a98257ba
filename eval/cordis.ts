// CORDIS H2020 held out in time. Participations in projects that start before the cut-off year are imported with the
// shipped mapping into an empty graph; what happened from the cut-off on is the truth. Two tasks:
// - firm -> labs: firms (PRC) with a pre-cut-off network that later share a project with a lab they had never shared
//   one with (a lab already in the pre-cut-off graph); recommendLabs(firm) should name such a lab;
// - project -> partners: projects starting from the cut-off on whose coordinator is such a firm; given the
//   coordinator, which labs join the project (any lab of the pre-cut-off graph, earlier partners included);
//   recommendLabs(coordinator, projectPartners: RANKED), as earlier partners may well join again.
// Baselines are computed here from the same pre-cut-off rows, never from the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { Rng } from '../bench/lib/rng.js';
import { importDirectory } from '../seed/import/importer.js';
import { PROJECT_ROOT } from '../server/config.js';
import { K, Tally, rankScores, type MethodFigures, type Query } from './lib/metrics.js';
import { emptyGraph, gql, type EvalStore } from './lib/store.js';

const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'cordis-h2020.json');
const PARTICIPATIONS = 'h2020.csv.gz';
const NAMES = 'h2020_organizations_out_formatted_latest.csv';
const LAB_TYPES = new Set(['HES', 'REC']);
/** Baselines rank this deep; MRR only sees the held-out answers within it (as for the API, asked for 100). */
const DEPTH = 100;

export interface Participation {
  rcn: string;
  pic: string;
  type: string;
  role: string;
  year: number;
}

export interface CordisData {
  header: string[];
  rows: string[][];
  parts: Participation[];
}

export function readCordis(dir: string): CordisData {
  const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, PARTICIPATIONS)));
  const [header, ...rows] = parse(raw) as string[][];
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`${PARTICIPATIONS}: no column ${name}`);
    return i;
  };
  const [rcn, pic, type, role, year] = ['rcn', 'pic', 'type', 'role', 'start_year'].map(col) as [number, number, number, number, number];
  const parts = rows.map((r) => ({ rcn: r[rcn]!, pic: r[pic]!, type: r[type]!, role: r[role]!, year: Number(r[year]) }));
  return { header: header!, rows, parts };
}

/** The pre-cut-off network: who took part in which project, as the baselines see it. */
export class Network {
  readonly projectsOf = new Map<string, string[]>();
  readonly membersOf = new Map<string, string[]>();
  readonly typeOf = new Map<string, string>();
  private readonly degrees = new Map<string, number>();

  constructor(parts: readonly Participation[]) {
    for (const p of parts) {
      push(this.projectsOf, p.pic, p.rcn);
      push(this.membersOf, p.rcn, p.pic);
      this.typeOf.set(p.pic, p.type);
    }
  }

  isLab(pic: string): boolean {
    return LAB_TYPES.has(this.typeOf.get(pic) ?? '');
  }

  /** Distinct organisations sharing at least one project with `pic`, with how many projects each shares. */
  partners(pic: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const rcn of this.projectsOf.get(pic) ?? []) for (const o of this.membersOf.get(rcn)!) if (o !== pic) out.set(o, (out.get(o) ?? 0) + 1);
    return out;
  }

  degree(pic: string): number {
    let d = this.degrees.get(pic);
    if (d === undefined) this.degrees.set(pic, (d = this.partners(pic).size));
    return d;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Baseline rankings of labs for one organisation, from the pre-cut-off network. */
export function baselines(net: Network, pic: string, exclude: ReadonlySet<string>, popularity: ReadonlyMap<string, number>, popular: readonly string[]) {
  const cn = new Map<string, number>();
  const aa = new Map<string, number>();
  const pop = new Map<string, number>();
  for (const w of net.partners(pic).keys()) {
    const weight = 1 / Math.log(Math.max(2, net.degree(w)));
    for (const [lab, shared] of net.partners(w)) {
      if (lab === pic || !net.isLab(lab) || exclude.has(lab)) continue;
      cn.set(lab, (cn.get(lab) ?? 0) + 1);
      aa.set(lab, (aa.get(lab) ?? 0) + weight);
      pop.set(lab, (pop.get(lab) ?? 0) + shared);
    }
  }
  // Node similarity as GDS nodeSimilarity computes it (Jaccard of the two partner sets), over the same candidates.
  const jaccard = new Map([...cn].map(([lab, c]) => [lab, c / (net.degree(pic) + net.degree(lab) - c)]));
  const ppr = new Map([...personalisedPageRank(net, pic)].filter(([o]) => o !== pic && net.isLab(o) && !exclude.has(o)));
  return {
    popularity: popular.filter((l) => !exclude.has(l) && l !== pic).slice(0, DEPTH),
    'common neighbours': rankScores(cn, popularity, DEPTH),
    'Adamic-Adar': rankScores(aa, popularity, DEPTH),
    'partners-of-partners': rankScores(pop, popularity, DEPTH),
    'node similarity (Jaccard)': rankScores(jaccard, popularity, DEPTH),
    'personalised PageRank': rankScores(ppr, popularity, DEPTH),
  };
}

/** Baselines of the project task: every lab may join, earlier partners too, which the extra baseline ranks by shared projects. */
export function consortiumBaselines(net: Network, coordinator: string, popularity: ReadonlyMap<string, number>, popular: readonly string[]) {
  const earlier = new Map([...net.partners(coordinator)].filter(([o]) => net.isLab(o)));
  return { ...baselines(net, coordinator, new Set(), popularity, popular), 'earlier lab partners': rankScores(earlier, popularity, DEPTH) };
}

/** Labs by project participations: the popularity baseline's scores, and its ranking. */
export function labPopularity(net: Network): { popularity: Map<string, number>; popular: string[] } {
  const popularity = new Map<string, number>();
  for (const [pic, rcns] of net.projectsOf) if (net.isLab(pic)) popularity.set(pic, rcns.length);
  return { popularity, popular: rankScores(popularity, popularity, Number.MAX_SAFE_INTEGER) };
}

/**
 * The firm -> new labs queries, in pic order (what the seeded sample draws from): firms (PRC) of the past network
 * that share a post-cut-off project with a lab of the past graph they had never shared a project with.
 */
export function newLabQueries(net: Network, postMembers: ReadonlyMap<string, readonly Participation[]>): Query[] {
  const newLabs = new Map<string, Set<string>>();
  for (const members of postMembers.values()) {
    for (const f of members) {
      if (f.type !== 'PRC' || !net.projectsOf.has(f.pic)) continue;
      for (const l of members) if (net.isLab(l.pic)) (newLabs.get(f.pic) ?? newLabs.set(f.pic, new Set()).get(f.pic)!).add(l.pic);
    }
  }
  const queries: Query[] = [];
  for (const [pic, labs] of [...newLabs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const known = net.partners(pic);
    const truth = new Set([...labs].filter((l) => !known.has(l)));
    if (truth.size) queries.push({ id: pic, truth });
  }
  return queries;
}

/**
 * The project -> joining labs queries, in rcn order (what the seeded sample draws from): projects from the cut-off on
 * whose coordinator is a firm (PRC) of the past network, and the labs of the past graph that take part in them
 * (earlier partners of the coordinator included).
 */
export function consortiumQueries(net: Network, postMembers: ReadonlyMap<string, readonly Participation[]>): Array<Query & { coordinator: string }> {
  const queries: Array<Query & { coordinator: string }> = [];
  for (const [rcn, members] of [...postMembers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const coord = members.find((m) => m.role === 'coordinator');
    if (!coord || coord.type !== 'PRC' || !net.projectsOf.has(coord.pic)) continue;
    const truth = new Set(members.filter((m) => net.isLab(m.pic)).map((m) => m.pic));
    if (truth.size) queries.push({ id: rcn, truth, coordinator: coord.pic });
  }
  return queries;
}

/** Restart probability and walk length of the personalised PageRank baseline. */
export const PPR_ALPHA = 0.15;
export const PPR_STEPS = 6;
/** Mass below which a walker is dropped, so a walk stays sparse on the whole graph. */
const PPR_PRUNE = 1e-6;

/**
 * Personalised PageRank from one organisation over the bipartite organisation-project graph, as GDS pageRank with
 * sourceNodes computes it (uniform moves to a neighbour, restart to the source with probability alpha), truncated
 * after PPR_STEPS moves: organisation -> project -> organisation counts two. Returns the visit mass per organisation.
 */
export function personalisedPageRank(net: Network, source: string): Map<string, number> {
  const score = new Map<string, number>();
  let orgs = new Map([[source, 1]]);
  let mass = 1;
  for (let step = 0; step < PPR_STEPS; step += 2) {
    const projects = new Map<string, number>();
    for (const [o, m] of orgs) {
      const ps = net.projectsOf.get(o) ?? [];
      for (const p of ps) projects.set(p, (projects.get(p) ?? 0) + (m * (1 - PPR_ALPHA)) / ps.length);
    }
    const next = new Map<string, number>();
    for (const [p, m] of projects) {
      const ms = net.membersOf.get(p)!;
      const share = (m * (1 - PPR_ALPHA)) / ms.length;
      if (share < PPR_PRUNE) continue;
      for (const o of ms) next.set(o, (next.get(o) ?? 0) + share);
    }
    mass *= (1 - PPR_ALPHA) ** 2;
    for (const [o, m] of next) score.set(o, (score.get(o) ?? 0) + PPR_ALPHA * m);
    orgs = next;
    if (mass < PPR_PRUNE) break;
  }
  return score;
}

export interface CordisSplit {
  cutoff: number;
  preRows: number;
  importMs: number;
  firms: { eligible: number; sampled: number; meanTruth: number; figures: MethodFigures[] };
  projects: { eligible: number; sampled: number; meanTruth: number; figures: MethodFigures[] };
}

const LABS_QUERY = `query ($id: ID!, $limit: Int, $pp: ProjectPartners) { recommendLabs(enterpriseId: $id, limit: $limit, projectPartners: $pp) { node { id } } }`;

/** recommendLabs for an organisation; RANKED lets labs already in its projects compete (filling a consortium). */
async function apiLabs(store: EvalStore, pic: string, projectPartners: 'LAST' | 'RANKED'): Promise<string[]> {
  const data = await gql<{ recommendLabs: Array<{ node: { id: string } }> }>(store.app, LABS_QUERY, { id: `cordis-org:${pic}`, limit: DEPTH, pp: projectPartners });
  return data.recommendLabs.map((r) => r.node.id.replace(/^cordis-org:/, ''));
}

export async function evalCordis(
  store: EvalStore,
  data: CordisData,
  dataDir: string,
  opts: { cutoff: number; sample: number; seed: number; log: (line: string) => void },
): Promise<CordisSplit> {
  const { cutoff, log } = opts;
  const yearCol = data.header.indexOf('start_year');
  const pre = data.parts.filter((p) => p.year < cutoff);
  const post = data.parts.filter((p) => p.year >= cutoff);

  // The importer reads a folder: the pre-cut-off rows under the file name the mapping expects, and the names slice.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `talent-bridge-eval-cordis-${cutoff}-`));
  const started = Date.now();
  try {
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [data.header, ...data.rows.filter((r) => Number(r[yearCol]) < cutoff)].map((r) => r.map(quote).join(','));
    fs.writeFileSync(path.join(tmp, PARTICIPATIONS), zlib.gzipSync(lines.join('\n') + '\n'));
    fs.copyFileSync(path.join(dataDir, NAMES), path.join(tmp, NAMES));
    await emptyGraph(store.db);
    const report = await importDirectory(store.db, tmp, { mapping: MAPPING });
    if (report.status !== 'ok') throw new Error(`CORDIS import before ${cutoff} ended ${report.status}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const importMs = Date.now() - started;
  log(`CORDIS < ${cutoff}: ${pre.length} participations imported in ${(importMs / 1000).toFixed(0)} s`);

  const net = new Network(pre);
  const { popularity, popular } = labPopularity(net);
  const postMembers = new Map<string, Participation[]>();
  for (const p of post) push(postMembers, p.rcn, p);

  const firmQueries = newLabQueries(net, postMembers);
  const firmSample = new Rng(opts.seed).sample(firmQueries, opts.sample);
  const firmTallies = await runTask(firmSample, log, `firms ${cutoff}`, async (q) => {
    const exclude = new Set([...net.partners(q.id).keys()].filter((o) => net.isLab(o)));
    return { ...baselines(net, q.id, exclude, popularity, popular), recommendLabs: await apiLabs(store, q.id, 'LAST') };
  });

  const projectQueries = consortiumQueries(net, postMembers);
  const projectSample = new Rng(opts.seed + 1).sample(projectQueries, opts.sample);
  const projectTallies = await runTask(projectSample, log, `projects ${cutoff}`, async (q) => {
    return { ...consortiumBaselines(net, q.coordinator, popularity, popular), recommendLabs: await apiLabs(store, q.coordinator, 'RANKED') };
  });

  const mean = (qs: Query[]) => qs.reduce((s, q) => s + q.truth.size, 0) / Math.max(1, qs.length);
  return {
    cutoff,
    preRows: pre.length,
    importMs,
    firms: { eligible: firmQueries.length, sampled: firmSample.length, meanTruth: mean(firmSample), figures: firmTallies },
    projects: { eligible: projectQueries.length, sampled: projectSample.length, meanTruth: mean(projectSample), figures: projectTallies },
  };
}

/** Runs every method on every sampled query and tallies them in a stable order. */
export async function runTask<Q extends Query>(
  sample: readonly Q[],
  log: (line: string) => void,
  label: string,
  rank: (q: Q) => Promise<Record<string, string[]>>,
): Promise<MethodFigures[]> {
  const tallies = new Map<string, Tally>();
  let done = 0;
  for (const q of sample) {
    for (const [method, list] of Object.entries(await rank(q))) {
      (tallies.get(method) ?? tallies.set(method, new Tally(method)).get(method)!).add(list, q.truth);
    }
    if (++done % 50 === 0) log(`  ${label}: ${done}/${sample.length}`);
  }
  return [...tallies.values()].map((t) => t.figures());
}

export { K };
