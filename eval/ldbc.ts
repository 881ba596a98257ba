// LDBC SNB SF0.1 held out in time: every file is imported with the shipped mapping except KNOWS ties created on or
// after the cut-off date, which become the truth. For people with at least one earlier tie who gain new ones,
// recommendCollaborators(person) should name a new acquaintance. Baselines come from the same earlier ties.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Rng } from '../bench/lib/rng.js';
import { importDirectory } from '../seed/import/importer.js';
import { loadMapping } from '../seed/import/mapping.js';
import { PROJECT_ROOT } from '../server/config.js';
import { runTask } from './cordis.js';
import { rankScores, type MethodFigures, type Query } from './lib/metrics.js';
import { emptyGraph, gql, type EvalStore } from './lib/store.js';

const MAPPING = path.join(PROJECT_ROOT, 'seed', 'mappings', 'ldbc-snb.json');
const KNOWS = ['Person_knows_Person.csv', 'Person_knows_Person_1.csv'];
/** Files the mapping imports besides KNOWS (tags and tag classes it skips). */
const OTHERS = [
  'Person.csv',
  'Organisation.csv',
  'Place.csv',
  'Person_studyAt_Organisation.csv',
  'Person_workAt_Organisation.csv',
  'Person_isLocatedIn_Place.csv',
  'Organisation_isLocatedIn_Place.csv',
  'Place_isPartOf_Place.csv',
];
const DEPTH = 100;

export interface LdbcSplit {
  cutoff: string;
  preTies: number;
  postTies: number;
  eligible: number;
  sampled: number;
  meanTruth: number;
  figures: MethodFigures[];
}

const COLLAB_QUERY = `query ($id: ID!, $limit: Int) { recommendCollaborators(personId: $id, limit: $limit) { node { id } } }`;

export async function evalLdbc(store: EvalStore, dir: string, opts: { cutoff: string; sample: number; seed: number; log: (line: string) => void }): Promise<LdbcSplit> {
  const { cutoff, log } = opts;
  const prefix = `${loadMapping(MAPPING).idSpaces?.Person ?? 'Person'}:`;
  const before = new Map<string, Set<string>>();
  const after = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, a: string, b: string) => (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  let preTies = 0;
  let postTies = 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `talent-bridge-eval-ldbc-${cutoff}-`));
  const started = Date.now();
  try {
    for (const file of KNOWS) {
      const [header, ...rows] = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.length > 0);
      const kept = [header!];
      for (const line of rows) {
        const [a, b, created] = parse(line, { delimiter: '|' })[0] as string[];
        if (!a || !b || !created) throw new Error(`${file}: a knows row without two people and a date: ${line}`);
        if (created.slice(0, 8) < cutoff) {
          kept.push(line);
          add(before, a, b);
          add(before, b, a);
          preTies += 1;
        } else {
          add(after, a, b);
          add(after, b, a);
          postTies += 1;
        }
      }
      fs.writeFileSync(path.join(tmp, file), kept.join('\n') + '\n');
    }
    for (const file of OTHERS) fs.copyFileSync(path.join(dir, file), path.join(tmp, file));
    await emptyGraph(store.db);
    const report = await importDirectory(store.db, tmp, { mapping: MAPPING });
    if (report.status !== 'ok') throw new Error(`LDBC import before ${cutoff} ended ${report.status}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`LDBC < ${cutoff}: ${preTies} KNOWS ties imported (${postTies} held out) in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // Organisations each person studied or works at (never split in time: the files carry no date for the tie).
  const orgsOf = new Map<string, string[]>();
  const members = new Map<string, number>();
  for (const [file, kind] of [['Person_studyAt_Organisation.csv', 'study'], ['Person_workAt_Organisation.csv', 'work']] as const) {
    const [, ...rows] = fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.length > 0);
    for (const line of rows) {
      const [p, o] = line.split('|');
      if (!p || !o) throw new Error(`${file}: a row without a person and an organisation: ${line}`);
      const key = `${kind}:${o}`;
      orgsOf.set(p, [...(orgsOf.get(p) ?? []), key]);
      members.set(key, (members.get(key) ?? 0) + 1);
    }
  }
  const byOrg = new Map<string, string[]>();
  for (const [p, os] of orgsOf) for (const o of os) byOrg.set(o, [...(byOrg.get(o) ?? []), p]);

  const degree = new Map([...before].map(([p, s]) => [p, s.size]));
  const popular = rankScores(degree, degree, Number.MAX_SAFE_INTEGER);
  const queries: Query[] = [];
  for (const [p, friends] of [...after].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const known = before.get(p);
    if (!known) continue;
    const truth = new Set([...friends].filter((f) => !known.has(f)));
    if (truth.size) queries.push({ id: p, truth });
  }
  const sample = new Rng(opts.seed).sample(queries, opts.sample);
  const figures = await runTask(sample, log, `LDBC ${cutoff}`, async (q) => {
    const known = before.get(q.id)!;
    const cn = new Map<string, number>();
    const aa = new Map<string, number>();
    for (const w of known) {
      const weight = 1 / Math.log(Math.max(2, degree.get(w) ?? 0));
      for (const v of before.get(w) ?? []) {
        if (v === q.id || known.has(v)) continue;
        cn.set(v, (cn.get(v) ?? 0) + 1);
        aa.set(v, (aa.get(v) ?? 0) + weight);
      }
    }
    // Adamic-Adar over the whole neighbourhood: people known and organisations shared, each by 1 / ln(its degree).
    const aaAll = new Map(aa);
    for (const o of orgsOf.get(q.id) ?? []) {
      const weight = 1 / Math.log(Math.max(2, members.get(o) ?? 0));
      for (const v of byOrg.get(o) ?? []) if (v !== q.id && !known.has(v)) aaAll.set(v, (aaAll.get(v) ?? 0) + weight);
    }
    const data = await gql<{ recommendCollaborators: Array<{ node: { id: string } }> }>(store.app, COLLAB_QUERY, { id: prefix + q.id, limit: DEPTH });
    return {
      popularity: popular.filter((p) => p !== q.id && !known.has(p)).slice(0, DEPTH),
      'common neighbours': rankScores(cn, degree, DEPTH),
      'Adamic-Adar': rankScores(aa, degree, DEPTH),
      'Adamic-Adar with organisations': rankScores(aaAll, degree, DEPTH),
      recommendCollaborators: data.recommendCollaborators.map((r) => r.node.id.slice(prefix.length)),
    };
  });
  const meanTruth = sample.reduce((s, q) => s + q.truth.size, 0) / Math.max(1, sample.length);
  return { cutoff, preTies, postTies, eligible: queries.length, sampled: sample.length, meanTruth, figures };
}
