import { describe, expect, it } from 'vitest';
import { uploadNameProblem } from './staging.js';
import { jobSummary, type WorkerReport } from './summary.js';

describe('upload names', () => {
  it('takes plain names with an extension the importer reads, or a .json mapping', () => {
    for (const ok of ['people.csv', 'ties.jsonl', 'a.csv.gz', '名单.xlsx', 'map.json', 'x.tsv']) expect(uploadNameProblem(ok), ok).toBeNull();
  });
  it('refuses folders, hidden names, control characters, other extensions and no name, saying why', () => {
    expect(uploadNameProblem('')).toMatch(/needs a file name/);
    expect(uploadNameProblem('../people.csv')).toMatch(/plain name/);
    expect(uploadNameProblem('a\\b.csv')).toMatch(/plain name/);
    expect(uploadNameProblem('.hidden.csv')).toMatch(/plain name/);
    expect(uploadNameProblem('a\nb.csv')).toMatch(/plain name/);
    expect(uploadNameProblem('notes.pdf')).toMatch(/not a file the importer reads/);
    expect(uploadNameProblem(`${'x'.repeat(200)}.csv`)).toMatch(/longer than 200/);
  });
});

describe('job summary', () => {
  it('totals and sorts the counts per label and type, and names where an interrupted import stopped', () => {
    const report: WorkerReport = {
      status: 'interrupted',
      dryRun: false,
      rows: 10,
      badCount: 0,
      badRows: [],
      files: [{ file: 'p.csv', kind: 'nodes', rows: 10 }],
      nodes: { Lab: 2, Person: 5 },
      relationships: { WORKS_AT: 3 },
      changes: { newNodes: 7, existingNodes: 0, filled: 0, differing: 0 },
      elapsedMs: 12.6,
      checkMs: 5,
      writeMs: 7,
      stoppedAt: { stage: 'write', file: 'p.csv', line: 8, written: 7 },
    };
    expect(jobSummary(report)).toMatchObject({
      nodes: [
        { name: 'Person', count: 5 },
        { name: 'Lab', count: 2 },
      ],
      nodesWritten: 7,
      relationshipsWritten: 3,
      elapsedMs: 13,
      stoppedAt: 'p.csv:8',
    });
  });
});
