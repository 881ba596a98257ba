import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJobList, jobListFile, loadJobRecords, saveJobRecords, type JobRecord } from './job-record.js';
import type { ImportJob } from './jobs.js';
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
    // A worker of the version before ignoredFiles sends none: the summary lists none rather than failing.
    expect(jobSummary(report).ignoredFiles).toEqual([]);
    const ignored = ['x.zip/cordis/webLink.csv', 'x.zip/__MACOSX/cordis/._organization.csv'];
    expect(jobSummary({ ...report, ignoredFiles: ignored }).ignoredFiles).toEqual(ignored);
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

describe('job lists', () => {
  const record = (id: string, status: ImportJob['status']): JobRecord => ({
    job: { id, status, kind: 'CHECK', actor: 'ada', files: ['p.csv'], mapping: null } as ImportJob,
    uploads: [],
    staged: { dataDir: `/staged/${id}` },
  });

  it('reads a list an earlier version wrote, its summaries lacking the fields added since', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-job-lists-'));
    try {
      const store = 'bolt://127.0.0.1:7687|';
      const old = record('o1', 'OK');
      // As saved before existingTies, differences and ignoredFiles existed.
      (old.job as unknown as { summary: Record<string, unknown> }).summary = { dryRun: true, rows: 3, filled: 1, differing: 2, existingNodes: 1, newNodes: 2 };
      saveJobRecords(dir, store, [old, record('o2', 'FAILED')]);
      const [withSummary, without] = loadJobRecords(dir, store);
      expect(withSummary!.job.summary).toMatchObject({ differing: 2, existingTies: 0, differences: [], ignoredFiles: [] });
      expect(without!.job.summary).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one list per store in a shared upload folder: a server on another store neither lists nor interrupts its jobs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-job-lists-'));
    try {
      const a = 'bolt://127.0.0.1:7687|';
      const b = 'bolt://127.0.0.1:7688|';
      saveJobRecords(dir, a, [record('a1', 'RUNNING')]);
      saveJobRecords(dir, b, [record('b1', 'OK')]);
      expect(jobListFile(a)).not.toBe(jobListFile(b));
      expect(fs.readdirSync(dir).filter(isJobList).sort()).toEqual([jobListFile(a), jobListFile(b)].sort());
      // b's server starting again sees only b's job, and leaves a's running job alone.
      expect(loadJobRecords(dir, b).map((r) => r.job.id)).toEqual(['b1']);
      const aSaved = JSON.parse(fs.readFileSync(path.join(dir, jobListFile(a)), 'utf8')) as JobRecord[];
      expect(aSaved[0]!.job.status).toBe('RUNNING');
      // a's own restart reports its job as cut short.
      expect(loadJobRecords(dir, a).map((r) => [r.job.id, r.job.status])).toEqual([['a1', 'INTERRUPTED']]);
      expect(isJobList('import-jobs.json')).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
