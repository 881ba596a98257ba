// The trackRecord part, pure: the decay halves every three years, the Beta(1,1) prior makes a newcomer exactly
// neutral, milestones count as half trials, quarters are filled, and re-ranking only the window that can still reach
// the top gives the same top as re-ranking everyone (checked by brute force on random scores).
import { describe, expect, it } from 'vitest';
import { adjustedScore, rerank, rerankWindow, type TrackRecordEffect } from '../../server/ledger/rank-track-record.js';
import { byQuarter, decay, summarise, trackRecordContribution, trackRecordReason, type IntroductionFact } from '../../server/ledger/track-record.js';

const intro = (date: string, kinds: string[], extra: Partial<IntroductionFact> = {}): IntroductionFact => ({
  id: `${date}-${kinds.join('-')}-${Math.random()}`,
  date,
  roles: ['INTRODUCED_BY'],
  outcomes: kinds.map((kind) => ({ kind, date })),
  milestones: [],
  escrow: [],
  ...extra,
});

describe('track record', () => {
  it('decays by half every three years', () => {
    expect(decay('2025-01-01', '2025-01-01')).toBe(1);
    // 2022-01-01 to 2025-01-01 is 1,096 days: 3.0007 years.
    expect(decay('2022-01-01', '2025-01-01')).toBeCloseTo(Math.pow(0.5, 1096 / 365.25 / 3), 10);
    expect(decay('2019-01-01', '2025-01-01')).toBeCloseTo(0.25, 2);
  });

  it('is neutral without history and moves with fresh successes and failures', () => {
    const none = summarise([], '2025-01-01');
    expect(none.score).toBe(0.5);
    expect(trackRecordContribution(none, 0.2)).toBe(0);
    expect(trackRecordReason({ name: 'X' }, none, true)).toBeNull();
    const two = summarise([intro('2025-01-01', ['meeting', 'project']), intro('2025-01-01', ['hire'])], '2025-01-01');
    expect(two.score).toBeCloseTo(3 / 4, 12);
    expect(trackRecordContribution(two, 0.2)).toBeCloseTo(0.05, 12);
    const noFit = summarise([intro('2025-01-01', ['no_fit'])], '2025-01-01');
    expect(noFit.score).toBeCloseTo(1 / 3, 12);
    expect(two.becameProjects).toBe(1);
    expect(two.successful).toBe(2);
  });

  it('counts finished milestones as half trials, on time when done by the due date', () => {
    const s = summarise(
      [intro('2025-01-01', ['project'], { milestones: [{ state: 'done', due: '2025-03-01', doneOn: '2025-02-20' }, { state: 'failed', due: '2025-06-01', doneOn: '2025-06-01' }] })],
      '2025-01-01',
    );
    // Trials 1 + 0.5 + 0.5, successes 1 + 0.5.
    expect(s.score).toBeCloseTo((1 + 1.5) / (2 + 2), 12);
    expect([s.milestonesDone, s.milestonesOnTime, s.milestonesFailed]).toEqual([1, 1, 1]);
    expect(trackRecordReason({ name: '沈知远', nameEn: 'Shen Zhiyuan' }, s, true)!.en).toBe('1 of 1 introduction by Shen Zhiyuan became projects (1 milestone on time, 1 failed)');
  });

  it('charts every quarter from the first to the last activity', () => {
    const q = byQuarter([intro('2024-02-10', []), { ...intro('2024-11-05', []), outcomes: [{ kind: 'project', date: '2025-01-20' }] }]);
    expect(q.map((r) => r.quarter)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    expect(q.map((r) => r.introductions)).toEqual([1, 0, 0, 1, 0]);
    expect(q.map((r) => r.projects)).toEqual([0, 0, 0, 0, 1]);
  });

  it('re-ranks only the window that can reach the top, with the same top as re-ranking everyone', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const weight = 0.2;
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: 60 }, (_, i) => ({ id: i, score: Math.round(rand() * 10_000) / 10_000 })).sort((a, b) => b.score - a.score);
      const effects = new Map<(typeof items)[number], TrackRecordEffect | undefined>();
      for (const t of items) if (rand() < 0.3) effects.set(t, { contribution: weight * (rand() - 0.5) } as TrackRecordEffect);
      const limit = 1 + Math.floor(rand() * 10);
      const all = rerank(items, (t) => t.score, effects).slice(0, limit);
      const windowed = rerank(rerankWindow(items, limit, weight), (t) => t.score, effects).slice(0, limit);
      expect(windowed.map((t) => t.id)).toEqual(all.map((t) => t.id));
      for (const t of all) expect(adjustedScore(t.score, effects.get(t))).toBeGreaterThanOrEqual(0);
    }
  });
});
