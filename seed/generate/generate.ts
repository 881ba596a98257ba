// The deterministic synthetic talent network: `generate({persons, seed, out})` writes CSV files in the import format
// (neo4j-admin header convention) that seed/import reads. Same persons and seed, same bytes.
//
// The model of the generator (README.md beside this file says the same for users):
// - Regions. China > Zhejiang > its 11 cities > their 90 county-level divisions (real names and codes); the provinces
//   migrants come from (and their capitals); foreign countries and cities where the diaspora lives. PART_OF upwards.
// - Tech areas. 10 top areas and ~60 sub-areas (PART_OF the top area).
// - Enterprises. persons / 10 of them, spread over the counties by economic weight; headcounts are Pareto
//   (alpha 1.25, so a few firms are huge and most are small); each county leans towards its own industries. A firm
//   FOCUSES_ON one main sub-area (its name carries the matching trade words) and maybe one or two more; LOCATED_IN
//   its county.
// - Labs. Real universities, the ten provincial labs and known institutes, plus generated institutes, county
//   innovation platforms and joint labs (PART_OF a host lab or a firm, and PARTNERS_WITH the partner firm). A lab's
//   pull is heavy-tailed, and every tie to labs (staff, students, affiliations, partnerships, projects) is drawn by it.
// - Persons, one pass in id order. Each ORIGINATES_FROM a county (by population) or another province (migrants).
//   A county's diaspora share decides who LIVES_IN a foreign city (Qingtian 40%, Wencheng 30%, most about 1%); a
//   few of them came back (an ended LIVES_IN abroad and a current one at home). Everyone else LIVES_IN a county and
//   WORKS_AT a firm drawn by size in it, with a career of earlier, ended jobs in the same city or beyond. The first
//   person drawn into a firm may be its founder (FOUNDED, Entrepreneur); founders of young firms may have WON the
//   city's competition before founding. About 4% are researchers (WORKS_AT a lab, several current
//   AFFILIATED_WITH ties to other labs, some "Sunday engineers" AFFILIATED_WITH a firm, COLLABORATED_WITH colleagues).
//   About 1% are technology managers (TechManager): they work on one side (a lab or a firm) and are affiliated with
//   the other, and they broker projects and demands. People also STUDIED_AT universities, are EXPERT_IN areas close
//   to their job, and some are MEMBER_OF their county's or city's shared-talent pool. Contact fields are synthetic
//   and unreachable (example.com/.net/.org mail, the unallocated +86 100 phone prefix); consent is mostly true.
// - KNOWS. Preferential attachment in id order: each person links to 1 + Geometric(3.3) earlier people (about 9 ties
//   on average), drawn from an urn holding everyone once per tie plus once; 72% of draws from the person's own
//   county (a diaspora member's home county), 18% from the rest of the city, 10% from anywhere. The result is a
//   heavy-tailed degree distribution with regional clusters. Technology managers draw extra ties, half to researchers.
// - Projects (persons / 100) with firms, labs and researchers that PARTICIPATES_IN them, escrow fields, BROKERED by a
//   technology manager; Demands (persons / 50) POSTED by firms, NEEDS areas, some BROKERED.
// - Talent pools: a city pool per city and a sub-pool per county (PART_OF it); memberCount is the members generated.
//
// HOW THE PHASES RUN, AND WHERE A NEW ONE PLUGS IN
// `PHASES` below is the whole run, in order. Each phase is a module of its own that reads what earlier phases made
// from the typed state (state.ts: `ctx.state.get('firms')`), writes rows through `ctx.out`, and may `put` a part
// of its own for later phases. To add a phase (say `desk-history`):
//   1. write seed/generate/desk-history.ts exporting `deskHistoryPhase(ctx: GenContext)`;
//   2. draw only from its own stream, `ctx.rng('desk-history')`: streams are independent, so every existing file
//      stays byte-identical and the determinism tests keep passing;
//   3. only read state parts, never change them (the persons phase is the one that fills founders, pool members
//      and the labs' recent researchers); if later phases need something of yours, add a part to `StateParts`;
//   4. add `{ name: 'desk-history', report: true, run: deskHistoryPhase }` to `PHASES` after the phases it reads
//      (before 'pool-nodes' is fine; the last phase only writes pool nodes);
//   5. new files need their labels and types in server/model/model.ts and headers in outputs.ts; call
//      `await ctx.progress()` every few thousand rows of a long loop.
//
// Memory stays bounded: rows stream to disk in 1 MB batches with backpressure, and what later phases need is kept in
// typed arrays (a county per person, an urn of ints for KNOWS, sizes per firm), about 100 bytes per person.
import fs from 'node:fs';
import path from 'node:path';
import { techAreasPhase } from './areas.js';
import { competitionsPhase } from './competitions.js';
import { SinkSet } from './csv-sink.js';
import { labsPhase } from './labs.js';
import { enterprisesPhase } from './organisations.js';
import { openOutputs, type OutputFiles } from './outputs.js';
import { personsPhase } from './persons.js';
import { poolNodesPhase, poolTiesPhase } from './pools.js';
import { demandsPhase, projectsPhase } from './projects.js';
import { regionsPhase } from './regions.js';
import { Rng } from './random.js';
import { GenerationState, type GenContext } from './state.js';
import { knowsPhase } from './ties.js';

export interface GenerateProgress {
  phase: string;
  rows: number;
  /** Best guess of the rows the whole run writes; exact once phase is 'done'. */
  estimatedRows: number;
}

export interface GenerateOptions {
  persons: number;
  seed: number;
  out: string;
  gzip?: boolean;
  onProgress?: (p: GenerateProgress) => void;
}

export interface GenerateResult {
  persons: number;
  seed: number;
  out: string;
  files: Array<{ file: string; rows: number; bytes: number }>;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  rows: number;
  bytes: number;
  elapsedMs: number;
  peakRssBytes: number;
}

export const MIN_PERSONS = 100;
export const MAX_PERSONS = 20_000_000;
/** Rows per person in a typical run, for the progress estimate only. */
const ROWS_PER_PERSON = 11.5;

/** Output files are ours when they look like this; only these are ever replaced in the output folder. */
export const OUTPUT_FILE = /^(nodes|rels)-[a-z_-]+\.csv(\.gz)?$/;

export class GenerateOptionsError extends Error {}

function checkOptions(o: GenerateOptions): void {
  if (!Number.isSafeInteger(o.persons) || o.persons < MIN_PERSONS || o.persons > MAX_PERSONS) {
    throw new GenerateOptionsError(`persons must be a whole number from ${MIN_PERSONS} to ${MAX_PERSONS}, got ${o.persons}`);
  }
  if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
    throw new GenerateOptionsError(`seed must be a whole number from 0 to 4294967295, got ${o.seed}`);
  }
  if (typeof o.out !== 'string' || o.out.trim() === '') throw new GenerateOptionsError('out must name a folder');
}

export interface Phase {
  /** Names the phase; with `report`, the progress bar shows it while the phase runs. */
  name: string;
  /** Lets earlier rows reach the disk and reports progress under `name` before the phase starts. */
  report?: boolean;
  run: (ctx: GenContext) => void | Promise<void>;
}

/** The run, in order. A phase may read the state parts of the phases before it; see the head of this file. */
export const PHASES: readonly Phase[] = [
  { name: 'regions', run: regionsPhase },
  { name: 'tech-areas', run: techAreasPhase },
  { name: 'enterprises', report: true, run: enterprisesPhase },
  { name: 'labs', report: true, run: labsPhase },
  { name: 'competitions', run: competitionsPhase },
  { name: 'pool-ties', run: poolTiesPhase },
  { name: 'persons', report: true, run: personsPhase },
  { name: 'knows', report: true, run: knowsPhase },
  { name: 'projects', report: true, run: projectsPhase },
  { name: 'demands', report: true, run: demandsPhase },
  { name: 'pool-nodes', run: poolNodesPhase },
];

/** Runs the phases into the files of `dir`. */
async function runPhases(opts: GenerateOptions, sinks: SinkSet): Promise<OutputFiles> {
  const out = openOutputs(sinks);
  let shown = PHASES[0]!.name;
  let estimatedRows = Math.round(opts.persons * ROWS_PER_PERSON) + 2000;
  const progress = async (): Promise<void> => {
    await sinks.drain();
    const rows = sinks.totalRows;
    if (rows > estimatedRows) estimatedRows = Math.round(rows * 1.05);
    opts.onProgress?.({ phase: shown, rows, estimatedRows });
  };
  const ctx: GenContext = {
    n: opts.persons,
    out,
    state: new GenerationState(),
    rng: (label) => new Rng(opts.seed, label),
    progress,
  };
  for (const phase of PHASES) {
    if (phase.report) {
      shown = phase.name;
      await progress();
    }
    await phase.run(ctx);
  }
  shown = 'closing';
  await progress();
  await sinks.closeAll();
  opts.onProgress?.({ phase: 'done', rows: sinks.totalRows, estimatedRows: sinks.totalRows });
  return out.files;
}

/**
 * Writes the synthetic graph into `out`. Files are written into a fresh folder beside it and moved in at the end,
 * so a failed run leaves an earlier output untouched; earlier generator files in `out` are replaced, anything else
 * there is left alone.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  checkOptions(opts);
  const started = process.hrtime.bigint();
  const out = path.resolve(opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const work = fs.mkdtempSync(`${out}.partial-`);
  const sinks = new SinkSet(work, opts.gzip ?? false);
  let files: OutputFiles;
  try {
    files = await runPhases(opts, sinks);
  } catch (err) {
    fs.rmSync(work, { recursive: true, force: true });
    throw err;
  }
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (OUTPUT_FILE.test(f)) fs.rmSync(path.join(out, f));
  const written = sinks.counts();
  const listed: GenerateResult['files'] = [];
  for (const { file, rows } of written) {
    fs.renameSync(path.join(work, file), path.join(out, file));
    listed.push({ file, rows, bytes: fs.statSync(path.join(out, file)).size });
  }
  fs.rmSync(work, { recursive: true, force: true });

  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const [label, f] of files.nodes) nodes[label] = (nodes[label] ?? 0) + f.sink.rows;
  for (const f of files.rels) relationships[f.type] = (relationships[f.type] ?? 0) + f.sink.rows;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    persons: opts.persons,
    seed: opts.seed,
    out,
    files: listed,
    nodes,
    relationships,
    totalNodes: sum(nodes),
    totalRelationships: sum(relationships),
    rows: sum(nodes) + sum(relationships),
    bytes: listed.reduce((a, f) => a + f.bytes, 0),
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
