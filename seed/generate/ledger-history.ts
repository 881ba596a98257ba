// The synthetic introductions ledger: after the graph's CSV files are written, an introduction history drawn from
// them, deterministic in the seed (its own stream, so no graph file changes). Every project a technology manager
// BROKERED becomes an introduction of its lead firm to its lead lab, dated when the brokering started, with a meeting
// and, once the project has started, a `project` outcome; on top, each technology manager made a few introductions
// that went nowhere or only as far as a meeting (about as many again), between firms and labs of the graph. Each
// introduction may name one or two researchers as intermediaries.
//
// After them come the 安心宝 projects' milestones and escrow accounts (ledger-projects.ts: records `riskPool` and
// `project`, from their own stream).
//
// The file is `ledger-history.jsonlines` (gzipped with --gzip): JSON lines in the demo ledger's format
// (seed/demo/ledger/*.jsonl, records `introduction`, `outcome`, `riskPool`, `project`), with the importer's ids
// (`Person:17`). Its
// extension keeps `npm run import` from reading it as graph data; `loadLedgerHistory` writes it into Neo4j after the
// import (the bench does).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { cypherDate, cypherDateTime, type Db } from '../../server/db.js';
import { SUCCESS_OUTCOMES } from '../../server/model/model.js';
import { readLedger, writeLedger } from '../demo/ledger.js';
import { NOW, ymd } from './format.js';
import { ledgerProjectLines } from './ledger-projects.js';
import { Rng } from './random.js';

export const LEDGER_FILE = 'ledger-history.jsonlines';

interface Csv {
  header: string[];
  rows: string[][];
}

/** A generated CSV (no quoted commas in the columns read here: ids, roles, dates). */
function readLines(dir: string, name: string): string[] {
  const plain = path.join(dir, name);
  const text = fs.existsSync(plain) ? fs.readFileSync(plain, 'utf8') : fs.existsSync(`${plain}.gz`) ? zlib.gunzipSync(fs.readFileSync(`${plain}.gz`)).toString('utf8') : '';
  return text.split('\n').filter((l) => l !== '');
}

function readCsv(dir: string, name: string): Csv {
  const lines = readLines(dir, name);
  return { header: (lines[0] ?? '').split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

const dayOfYmd = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

export interface LedgerHistorySummary {
  file: string;
  introductions: number;
  outcomes: number;
  /** 安心宝 projects given milestones and an escrow account, and their milestones. */
  projects: number;
  milestones: number;
}

/** Writes the introduction history of the graph generated in `out`. Same files and seed, same bytes. */
export function generateLedgerHistory(out: string, seed: number, gzip = false): LedgerHistorySummary {
  const rng = new Rng(seed, 'ledger-history');
  const brokered = readCsv(out, 'rels-person-brokered-project.csv').rows;
  const firmIn = readCsv(out, 'rels-enterprise-participates_in-project.csv').rows;
  const labIn = readCsv(out, 'rels-lab-participates_in-project.csv').rows;
  const projects = readCsv(out, 'nodes-project.csv');
  const researchersCsv = readCsv(out, 'rels-person-works_at-lab.csv').rows;
  const startAt = projects.header.indexOf('start:date');
  const projectStart = new Map(projects.rows.map((r) => [r[0]!, r[startAt] ?? '']));
  const leadFirm = new Map<string, string>();
  for (const r of firmIn) if (r[3] === 'lead') leadFirm.set(r[1]!, r[0]!);
  const leadLab = new Map<string, string>();
  for (const r of labIn) if (r[3] === 'research lead' && !leadLab.has(r[1]!)) leadLab.set(r[1]!, r[0]!);
  const firms = [...new Set(firmIn.map((r) => r[0]!))];
  const labs = [...new Set(labIn.map((r) => r[0]!))];
  const researchers = [...new Set(researchersCsv.map((r) => r[0]!))];
  const managers = [...new Set(brokered.map((r) => r[0]!))];

  const lines: string[] = [];
  let intros = 0;
  let outcomes = 0;
  const common = { source: 'synthetic', illustrative: true };
  const introduce = (from: string, to: string, broker: string, day: number, steps: Array<{ kind: string; day: number; project?: string }>) => {
    const id = `Introduction:${intros++}`;
    const via = researchers.length && rng.chance(0.4) ? [researchers[rng.int(researchers.length)]!].map((p) => `Person:${p}`) : [];
    lines.push(JSON.stringify({ record: 'introduction', id, from: `Enterprise:${from}`, to: `Lab:${to}`, broker: `Person:${broker}`, intermediaries: via, date: ymd(day), ...common }));
    steps.forEach((s, k) => {
      outcomes++;
      lines.push(JSON.stringify({ record: 'outcome', id: `${id}:${k + 1}`, introduction: id, kind: s.kind, date: ymd(s.day), ...(s.project ? { project: `Project:${s.project}` } : {}), ...common }));
    });
  };
  for (const r of brokered) {
    const [manager, project, , , started] = r as [string, string, string, string, string];
    const firm = leadFirm.get(project);
    const lab = leadLab.get(project);
    if (!firm || !lab || !started) continue;
    const day = dayOfYmd(started);
    const pStart = dayOfYmd(projectStart.get(project) || started);
    const meeting = Math.min(NOW, day + 7 + rng.int(40));
    const steps: Array<{ kind: string; day: number; project?: string }> = [{ kind: 'meeting', day: meeting }];
    if (pStart <= NOW) steps.push({ kind: 'project', day: Math.max(meeting, pStart), project });
    introduce(firm, lab, manager, day, steps);
  }
  // Introductions that led nowhere, or only to a meeting, or (rarely) to a contract or a hire.
  if (firms.length && labs.length) {
    for (const manager of managers) {
      const n = rng.int(3);
      for (let k = 0; k < n; k++) {
        const day = NOW - 30 - rng.int(5 * 365);
        const roll = rng.next();
        const steps =
          roll < 0.35
            ? [{ kind: 'no_fit', day: day + 10 + rng.int(60) }]
            : roll < 0.75
              ? [{ kind: 'meeting', day: day + 7 + rng.int(30) }]
              : roll < 0.9
                ? [{ kind: 'meeting', day: day + 7 + rng.int(30) }, { kind: 'contract', day: day + 60 + rng.int(120) }]
                : roll < 0.95
                  ? [{ kind: 'hire', day: day + 30 + rng.int(90) }]
                  : [];
        introduce(firms[rng.int(firms.length)]!, labs[rng.int(labs.length)]!, manager, day, steps.map((s) => ({ ...s, day: Math.min(NOW, s.day) })));
      }
    }
  }
  const projectLines = readLines(out, 'nodes-project.csv');
  const escrow = ledgerProjectLines({ header: (projectLines[0] ?? '').split(','), lines: projectLines.slice(1) }, new Rng(seed, 'ledger-projects'));
  lines.push(...escrow.lines);
  const file = gzip ? `${LEDGER_FILE}.gz` : LEDGER_FILE;
  const body = lines.length ? `${lines.join('\n')}\n` : '';
  fs.writeFileSync(path.join(out, file), gzip ? zlib.gzipSync(body, { level: 6 }) : body);
  return { file, introductions: intros, outcomes, projects: escrow.projects, milestones: escrow.milestones };
}

interface IntroLine {
  id: string;
  from: string;
  to: string;
  broker: string;
  intermediaries: string[];
  date: string;
  source: string;
  illustrative: boolean;
}
interface OutcomeLine {
  id: string;
  introduction: string;
  kind: string;
  date: string;
  project?: string;
}

/**
 * Writes `dir`'s ledger history into Neo4j, 500 introductions (with their outcomes) per transaction, then the
 * risk pool and the projects' milestones and escrow accounts, 500 projects per transaction, through the demo loader's
 * named queries and checks (merged on ids, so loading twice changes nothing). `parts` picks what to write (default
 * both). Returns what was written; missing file: 0.
 */
export async function loadLedgerHistory(
  db: Db,
  dir: string,
  parts: { introductions?: boolean; escrow?: boolean } = {},
): Promise<{ introductions: number; outcomes: number; projects: number }> {
  const plain = path.join(dir, LEDGER_FILE);
  const file = fs.existsSync(plain) ? plain : fs.existsSync(`${plain}.gz`) ? `${plain}.gz` : null;
  if (!file) return { introductions: 0, outcomes: 0, projects: 0 };
  const wantIntros = parts.introductions ?? true;
  const escrowLines: Array<{ where: string; value: unknown }> = [];
  const stream = fs.createReadStream(file);
  const input = file.endsWith('.gz') ? stream.pipe(zlib.createGunzip()) : stream;
  let batch: Array<Record<string, unknown> & { outcomes: Array<Record<string, unknown>> }> = [];
  const byId = new Map<string, (typeof batch)[number]>();
  let intros = 0;
  let outs = 0;
  const flush = async () => {
    if (!batch.length) return;
    await db.write('ledgerDemoIntroductions', { rows: batch });
    batch = [];
    byId.clear();
  };
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const v = JSON.parse(line) as { record: string } & Partial<IntroLine> & Partial<OutcomeLine>;
    if (v.record === 'riskPool' || v.record === 'project') {
      if (parts.escrow ?? true) escrowLines.push({ where: `${LEDGER_FILE}:${escrowLines.length + 1}`, value: v });
    } else if (!wantIntros) {
      continue;
    } else if (v.record === 'introduction') {
      if (batch.length >= 500) await flush();
      const i = v as IntroLine;
      const row = {
        id: i.id,
        fromId: i.from,
        toId: i.to,
        brokerId: i.broker,
        intermediaryIds: i.intermediaries,
        props: { date: cypherDate(i.date), recordedBy: 'generator', recordedAt: cypherDateTime(`${i.date}T09:00:00Z`), source: i.source, illustrative: i.illustrative, outcomeCount: 0, successful: false, becameProject: false },
        outcomes: [] as Array<Record<string, unknown>>,
      };
      batch.push(row);
      byId.set(i.id, row);
      intros++;
    } else if (v.record === 'outcome') {
      const o = v as OutcomeLine;
      const row = byId.get(o.introduction);
      if (!row) continue; // its introduction went in an earlier batch: lines come introduction first
      const seq = row.outcomes.length + 1;
      row.outcomes.push({ id: o.id, seq, projectId: o.project ?? null, props: { kind: o.kind, date: cypherDate(o.date), recordedBy: 'generator', recordedAt: cypherDateTime(`${o.date}T09:00:00Z`), source: 'synthetic', illustrative: true } });
      const props = row.props as Record<string, unknown>;
      props.outcomeCount = seq;
      props.successful = props.successful === true || (SUCCESS_OUTCOMES as readonly string[]).includes(o.kind);
      props.becameProject = props.becameProject === true || o.kind === 'project';
      props.lastOutcomeKind = o.kind;
      props.lastOutcomeDate = cypherDate(o.date);
      outs++;
    }
  }
  await flush();
  // The projects named are the generated graph's own (the lines were drawn from its nodes-project.csv).
  const problems: string[] = [];
  const labels = new Map(escrowLines.flatMap((l) => (typeof (l.value as { project?: unknown }).project === 'string' ? [[(l.value as { project: string }).project, ['Project']] as const] : [])));
  const ledger = readLedger(escrowLines, labels, problems);
  if (problems.length) throw new Error(`${LEDGER_FILE}: ${problems.slice(0, 3).join('; ')}`);
  for (let k = 0; k < Math.max(ledger.projects.length, ledger.pools.length ? 1 : 0); k += 500) {
    await writeLedger(db, { pools: k === 0 ? ledger.pools : [], introductions: [], projects: ledger.projects.slice(k, k + 500) });
  }
  return { introductions: intros, outcomes: outs, projects: ledger.projects.length };
}
