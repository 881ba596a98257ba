import { describe, expect, it } from 'vitest';
import { MAX_QUARTERS, quarterLabel, quarterOf, quarterRows, totals } from './quarters.js';

describe('quarters', () => {
  it('puts each month in its calendar quarter', () => {
    expect(quarterOf('2025-01-01')).toBe('2025-Q1');
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04-01')).toBe('2025-Q2');
    expect(quarterOf('2025-12-31T23:00:00Z')).toBe('2025-Q4');
    expect(quarterOf('2025-13-01')).toBeNull();
    expect(quarterOf('soon')).toBeNull();
  });

  it('counts introductions by their date and outcomes by theirs, filling quiet quarters with zeros', () => {
    const rows = quarterRows([
      { date: '2024-11-20', outcomes: [{ kind: 'meeting', date: '2024-12-01' }, { kind: 'PROJECT', date: '2025-05-02' }] },
      { date: '2025-04-03', outcomes: [{ kind: 'no_fit', date: '2025-04-30' }] },
    ]);
    expect(rows.map((r) => r.quarter)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(rows[0]).toMatchObject({ introductions: 1, meeting: 1, project: 0 });
    expect(rows[1]).toMatchObject({ introductions: 0, meeting: 0, project: 0, no_fit: 0 });
    expect(rows[2]).toMatchObject({ introductions: 1, project: 1, no_fit: 1 });
    expect(totals(rows)).toEqual({ introductions: 2, meeting: 1, project: 1, contract: 0, hire: 0, no_fit: 1 });
  });

  it('crosses year ends and keeps only the most recent quarters', () => {
    const rows = quarterRows([
      { date: '2000-01-01', outcomes: [] },
      { date: '2024-10-01', outcomes: [] },
    ]);
    expect(rows).toHaveLength(MAX_QUARTERS);
    expect(rows.at(-1)!.quarter).toBe('2024-Q4');
    expect(rows.at(-2)!.quarter).toBe('2024-Q3');
    expect(rows[0]!.quarter).toBe('2015-Q1');
    expect(quarterRows([])).toEqual([]);
  });

  it('labels quarters in both languages', () => {
    expect(quarterLabel('2025-Q3', 'zh')).toBe('2025年第3季度');
    expect(quarterLabel('2025-Q3', 'en')).toBe('Q3 2025');
  });
});

describe('the API quarter counts', () => {
  it('become chart rows with the same figures', async () => {
    const { fromQuarterCounts } = await import('./quarters.js');
    expect(fromQuarterCounts([{ quarter: '2025-Q1', introductions: 3, meetings: 2, projects: 1, contracts: 0, hires: 4, noFit: 5 }])).toEqual([
      { quarter: '2025-Q1', introductions: 3, meeting: 2, project: 1, contract: 0, hire: 4, no_fit: 5 },
    ]);
  });
});
