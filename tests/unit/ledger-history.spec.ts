// The generator's introductions ledger: the same graph and seed give the same bytes; every broker is a technology
// manager of the generated graph, every firm, lab and intermediary exists there, and outcomes never precede their
// introduction. Checked against the generated CSV files themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../seed/generate/generate.js';
import { generateLedgerHistory, LEDGER_FILE } from '../../seed/generate/ledger-history.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-history-'));
const a = path.join(root, 'a');
const b = path.join(root, 'b');

beforeAll(async () => {
  for (const out of [a, b]) {
    await generate({ persons: 1500, seed: 7, out });
    generateLedgerHistory(out, 7);
  }
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const ids = (dir: string, file: string, space: string, filter: (cols: string[]) => boolean = () => true) =>
  new Set(
    fs
      .readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(','))
      .filter(filter)
      .map((c) => `${space}:${c[0]}`),
  );

describe('generateLedgerHistory', () => {
  it('is deterministic', () => {
    expect(fs.readFileSync(path.join(a, LEDGER_FILE))).toEqual(fs.readFileSync(path.join(b, LEDGER_FILE)));
  });

  it('ties introductions to nodes of the generated graph, with outcomes after them', () => {
    const lines = fs.readFileSync(path.join(a, LEDGER_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const managers = ids(a, 'nodes-person.csv', 'Person', (c) => c[1]!.split(';').includes('TechManager'));
    const persons = ids(a, 'nodes-person.csv', 'Person');
    const firms = ids(a, 'nodes-enterprise.csv', 'Enterprise');
    const labs = ids(a, 'nodes-lab.csv', 'Lab');
    const projects = ids(a, 'nodes-project.csv', 'Project');
    const intros = new Map<string, any>();
    let outcomes = 0;
    for (const l of lines.filter((x) => x.record === 'introduction' || x.record === 'outcome')) {
      if (l.record === 'introduction') {
        expect(managers.has(l.broker), l.broker).toBe(true);
        expect(firms.has(l.from), l.from).toBe(true);
        expect(labs.has(l.to), l.to).toBe(true);
        for (const p of l.intermediaries) expect(persons.has(p), p).toBe(true);
        intros.set(l.id, l);
      } else {
        outcomes++;
        const intro = intros.get(l.introduction);
        expect(intro, 'an outcome follows its introduction in the file').toBeDefined();
        expect(l.date >= intro.date).toBe(true);
        if (l.kind === 'project') expect(projects.has(l.project), l.project).toBe(true);
      }
    }
    expect(intros.size).toBeGreaterThan(5);
    expect(outcomes).toBeGreaterThan(0);
  });

  it('gives every 安心宝 project of the graph milestones and an escrow account that agree with its row', () => {
    const lines = fs.readFileSync(path.join(a, LEDGER_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const csv = fs.readFileSync(path.join(a, 'nodes-project.csv'), 'utf8').trim().split('\n');
    const header = csv[0]!.split(',');
    // The columns read here come after the English name, the only one that may be quoted with a comma: count from the end.
    const fromEnd = (name: string) => header.length - header.indexOf(name);
    const rows = new Map(
      csv.slice(1).map((l) => {
        const c = l.split(',');
        const cell = (name: string) => c[c.length - fromEnd(name)]!;
        return [`Project:${c[0]}`, { state: cell('escrowState'), pct: Number(cell('escrowPercent:float')), budget: Number(cell('budget:float')), next: cell('nextMilestone') }] as const;
      }),
    );
    const escrowRows = [...rows].filter(([, r]) => r.pct === 10 && ['proposed', 'deposited', 'released', 'refunded'].includes(r.state));
    const projects = lines.filter((l) => l.record === 'project');
    expect(lines.filter((l) => l.record === 'riskPool').length).toBe(1);
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.length).toBe(escrowRows.length);
    for (const p of projects) {
      const row = rows.get(p.project)!;
      expect(row, p.project).toBeDefined();
      expect(p.escrow.state).toBe(row.state);
      expect(p.escrow.feeTotal).toBe(Math.round(row.budget * 100));
      expect(p.illustrative).toBe(true);
      const states = p.milestones.map((m: { state?: string }) => m.state ?? 'planned');
      // Done milestones come first, then planned ones (a refunded escrow's first failed); the first one is done
      // exactly when the escrow was released.
      expect(states.join(',')).toMatch(/^(done,)*(done|planned|failed)(,planned)*$/);
      expect(states[0] === 'done').toBe(row.state === 'released');
      expect(states[0] === 'failed').toBe(row.state === 'refunded');
      if (row.next) expect(p.milestones[states.indexOf('planned')]?.title).toBe(row.next);
      const dones = p.milestones.filter((m: { state?: string }) => m.state === 'done').map((m: { doneOn: string }) => m.doneOn);
      expect([...dones].sort()).toEqual(dones);
      if (dones.length) expect(dones[0] >= p.escrow.depositedOn).toBe(true);
    }
  });
});
