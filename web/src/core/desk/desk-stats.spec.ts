import { describe, expect, it } from 'vitest';
import { formatHours, formatPercent, monthLabel, monthRows, placeRows } from './desk-stats.js';
import type { DeskFigures, DeskStatsGroup } from './desk-types.js';

function figures(posted: number, inTime: number, late: number, share: number | null): DeskFigures {
  return {
    posted,
    answered: inTime + late,
    answeredInTime: inTime,
    answeredLate: late,
    inTimeShare: share,
    medianHoursToAnswer: null,
    p90HoursToAnswer: null,
    accepted: 0,
    declined: 0,
    withdrawn: 0,
    acceptanceRate: null,
    open: 0,
    overdue: 0,
  };
}

const node = (id: string, zh: string, en: string) => ({ id, type: 'Region', labels: ['Region'], name: zh, nameZh: zh, nameEn: en, illustrative: false }) as DeskStatsGroup['node'];

describe('desk statistics rows', () => {
  it('puts months in calendar order with their labels and shares as percentages', () => {
    const rows = monthRows(
      [
        { key: '2025-03', node: null, figures: figures(3, 2, 1, 2 / 3) },
        { key: '2024-11', node: null, figures: figures(1, 0, 0, null) },
      ],
      'zh',
    );
    expect(rows.map((r) => [r.key, r.label, r.posted, r.inTime, r.late, r.share])).toEqual([
      ['2024-11', '2024年11月', 1, 0, 0, null],
      ['2025-03', '2025年3月', 3, 2, 1, 66.7],
    ]);
    expect(monthLabel('2025-03', 'en')).toBe('Mar 2025');
    expect(monthLabel('2025-13', 'en')).toBe('2025-13');
  });

  it('names counties in the chosen language and puts demands without a county last', () => {
    const rows = placeRows(
      [
        { key: 'none', node: null, figures: figures(4, 1, 0, 0.25) },
        { key: 'demo:region:qingtian', node: node('demo:region:qingtian', '青田县', 'Qingtian'), figures: figures(2, 2, 0, 1) },
      ],
      'en',
      'No county',
    );
    expect(rows.map((r) => [r.label, r.share])).toEqual([
      ['Qingtian', 100],
      ['No county', 25],
    ]);
  });

  it('writes hours and shares for people', () => {
    expect(formatHours(7.46, 'en')).toBe('7.5 h');
    expect(formatHours(31.4, 'zh')).toBe('31 小时');
    expect(formatHours(null, 'en')).toBeNull();
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(null)).toBeNull();
  });
});
