import { describe, expect, it } from 'vitest';
import { canCommit, durationParts, filesProblem, formatBytes, jobToFollow, mappingArgs, mappingOptions, preselectedMapping, progressShare, suggestionOf, uploadUrl, type ImportJobLike } from './import-model.js';

const job = (over: Partial<ImportJobLike>): ImportJobLike => ({
  id: 'j',
  kind: 'CHECK',
  status: 'OK',
  stage: null,
  rowsDone: 0,
  rowsTotal: null,
  rowsPerSecond: null,
  etaSeconds: null,
  commitId: null,
  ...over,
});

describe('import model', () => {
  it('puts the upload endpoint beside the GraphQL endpoint', () => {
    expect(uploadUrl('/graphql')).toBe('/import/uploads');
    expect(uploadUrl('https://tb.example.org/api/graphql')).toBe('https://tb.example.org/api/import/uploads');
  });

  it('refuses a choice of files before sending: none, not data, a name twice, over the limit, a mapping that is no .json', () => {
    expect(filesProblem([], null, null)).toEqual({ kind: 'noData' });
    expect(filesProblem([{ name: 'a.pdf', size: 1 }], null, null)).toEqual({ kind: 'notData', name: 'a.pdf' });
    expect(filesProblem([{ name: 'a.csv', size: 1 }, { name: 'a.csv', size: 2 }], null, null)).toEqual({ kind: 'twice', name: 'a.csv' });
    expect(filesProblem([{ name: 'a.csv', size: 11 }], null, 10)).toEqual({ kind: 'tooLarge', name: 'a.csv', limit: 10 });
    expect(filesProblem([{ name: 'a.csv', size: 1 }], { name: 'm.json', size: 11 }, 10)).toEqual({ kind: 'tooLarge', name: 'm.json', limit: 10 });
    expect(filesProblem([{ name: 'a.jsonl', size: 1 }], { name: 'm.csv', size: 1 }, 10)).toEqual({ kind: 'notData', name: 'm.csv' });
    expect(filesProblem([{ name: 'a.csv.gz', size: 10 }, { name: 'b.xlsx', size: 1 }], { name: 'm.json', size: 1 }, 10)).toBeNull();
    expect(filesProblem([{ name: 'cordis-h2020projects-csv.zip', size: 10 }], null, 10)).toBeNull();
  });

  it('reads progress: a share only when the stage has a total; done is whole', () => {
    expect(progressShare(job({ status: 'RUNNING', stage: 'check', rowsDone: 50 }))).toBeNull();
    expect(progressShare(job({ status: 'RUNNING', stage: 'write', rowsDone: 25, rowsTotal: 100 }))).toBe(0.25);
    expect(progressShare(job({ status: 'OK' }))).toBe(1);
    expect(progressShare(job({ status: 'BAD_ROWS' }))).toBeNull();
  });

  it('splits durations and sizes for display', () => {
    expect(durationParts(3725.4)).toEqual({ h: 1, min: 2, s: 5 });
    expect(durationParts(-3)).toEqual({ h: 0, min: 0, s: 0 });
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(50 * 2 ** 20)).toBe('50 MiB');
  });

  it('follows the chosen job, else a running one, else the newest; commits only a clean check while nothing runs', () => {
    const jobs = [job({ id: 'new' }), job({ id: 'run', kind: 'COMMIT', status: 'RUNNING' }), job({ id: 'old' })];
    expect(jobToFollow(jobs, 'old')?.id).toBe('old');
    expect(jobToFollow(jobs, 'gone')?.id).toBe('run');
    expect(jobToFollow([jobs[0]!, jobs[2]!], null)?.id).toBe('new');
    expect(jobToFollow([], null)).toBeNull();
    expect(canCommit(jobs[0]!, jobs)).toBe(false);
    expect(canCommit(jobs[0]!, [jobs[0]!])).toBe(true);
    expect(canCommit(job({ status: 'BAD_ROWS' }), [])).toBe(false);
    expect(canCommit(job({ commitId: 'c' }), [])).toBe(false);
  });
});

describe('mapping choice', () => {
  const shipped = [
    { id: 'cordis-h2020', name: 'CORDIS H2020' },
    { id: 'firm-demands', name: 'Demands' },
    { id: 'talent-pool-members', name: 'Members' },
  ];
  it('lists no mapping, the shipped mappings with the suggested ones first in their order, and upload', () => {
    const options = mappingOptions(shipped, [{ mapping: shipped[2]! }, { mapping: shipped[1]! }]);
    expect(options.map((o) => [o.value, o.suggested])).toEqual([
      ['none', false],
      ['shipped:talent-pool-members', true],
      ['shipped:firm-demands', true],
      ['shipped:cordis-h2020', false],
      ['upload', false],
    ]);
    expect(mappingOptions(shipped, [{ mapping: null }])[0]).toEqual({ value: 'none', suggested: true });
  });
  it('preselects the best suggestion, no mapping when none is needed, and a mapping file when nothing fits', () => {
    expect(preselectedMapping([{ mapping: shipped[1]! }, { mapping: null }])).toBe('shipped:firm-demands');
    expect(preselectedMapping([{ mapping: null }, { mapping: shipped[0]! }])).toBe('none');
    expect(preselectedMapping([])).toBe('upload');
  });
  it('finds the suggestion behind a choice and turns a choice into checkImport arguments', () => {
    const suggestions = [{ mapping: shipped[2]!, score: 0.9 }, { mapping: null, score: 1 }];
    expect(suggestionOf('shipped:talent-pool-members', suggestions)?.score).toBe(0.9);
    expect(suggestionOf('none', suggestions)?.score).toBe(1);
    expect(suggestionOf('shipped:cordis-h2020', suggestions)).toBeNull();
    expect(suggestionOf('upload', suggestions)).toBeNull();
    expect(mappingArgs('shipped:talent-pool-members', 'u1')).toEqual({ mapping: null, shippedMapping: 'talent-pool-members' });
    expect(mappingArgs('upload', 'u1')).toEqual({ mapping: 'u1', shippedMapping: null });
    expect(mappingArgs('none', 'u1')).toEqual({ mapping: null, shippedMapping: null });
  });
});
