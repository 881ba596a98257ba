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
    for (const l of lines) {
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
});
