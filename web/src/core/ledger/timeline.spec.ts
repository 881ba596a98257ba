import { describe, expect, it } from 'vitest';
import { byDate, latestOutcome, milestonesInOrder, nextPlanned, outcomeKind, punctuality } from './timeline.js';

describe('outcome timeline', () => {
  it('orders by date, oldest first, whatever order the API sent', () => {
    const got = byDate([
      { kind: 'contract', date: '2025-06-01' },
      { kind: 'meeting', date: '2025-01-15' },
      { kind: 'project', date: '2025-03-10' },
    ]);
    expect(got.map((o) => o.kind)).toEqual(['meeting', 'project', 'contract']);
  });

  it('keeps the recorded order for outcomes of the same day, or the recording time when given', () => {
    const sameDay = [
      { kind: 'meeting', date: '2025-02-01' },
      { kind: 'project', date: '2025-02-01' },
      { kind: 'no_fit', date: '2025-01-01' },
    ];
    expect(byDate(sameDay).map((o) => o.kind)).toEqual(['no_fit', 'meeting', 'project']);
    const timed = [
      { kind: 'project', date: '2025-02-01', recordedAt: '2025-02-01T10:00:00Z' },
      { kind: 'meeting', date: '2025-02-01', recordedAt: '2025-02-01T09:00:00Z' },
    ];
    expect(byDate(timed).map((o) => o.kind)).toEqual(['meeting', 'project']);
  });

  it('does not change its input', () => {
    const input = [
      { kind: 'b', date: '2025-02-01' },
      { kind: 'a', date: '2025-01-01' },
    ];
    byDate(input);
    expect(input.map((o) => o.kind)).toEqual(['b', 'a']);
  });

  it('names the latest outcome and reads enum values in any case', () => {
    expect(latestOutcome([])).toBeNull();
    expect(latestOutcome([{ kind: 'project', date: '2025-05-01' }, { kind: 'meeting', date: '2025-01-01' }])?.kind).toBe('project');
    expect(outcomeKind('NO_FIT')).toBe('no_fit');
    expect(outcomeKind('hire')).toBe('hire');
    expect(outcomeKind('handshake')).toBeNull();
  });
});

describe('milestones', () => {
  const today = '2025-07-01';
  it('say whether each was met on time', () => {
    expect(punctuality({ index: 0, state: 'done', due: '2025-06-30', doneOn: '2025-06-30' }, today)).toBe('on_time');
    expect(punctuality({ index: 0, state: 'DONE', due: '2025-06-30', doneOn: '2025-07-01T08:00:00Z' }, today)).toBe('late');
    expect(punctuality({ index: 0, state: 'planned', due: '2025-06-30' }, today)).toBe('overdue');
    expect(punctuality({ index: 0, state: 'planned', due: '2025-07-01' }, today)).toBe('pending');
    expect(punctuality({ index: 0, state: 'failed', due: '2025-06-30' }, today)).toBeNull();
    expect(punctuality({ index: 0, state: 'planned', due: null }, today)).toBeNull();
  });

  it('come in index order, and the next one to act on is the first still planned', () => {
    const list = [
      { index: 2, state: 'planned' },
      { index: 0, state: 'done' },
      { index: 1, state: 'planned' },
    ];
    expect(milestonesInOrder(list).map((m) => m.index)).toEqual([0, 1, 2]);
    expect(nextPlanned(list)?.index).toBe(1);
    expect(nextPlanned([{ index: 0, state: 'failed' }])).toBeNull();
  });
});

describe('today', () => {
  it('is the local calendar date', async () => {
    const { localToday } = await import('./timeline.js');
    expect(localToday(new Date(2025, 0, 9, 0, 30))).toBe('2025-01-09');
    expect(localToday(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });
});
