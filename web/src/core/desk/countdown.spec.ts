import { describe, expect, it } from 'vitest';
import { deadline, formatDuration, hoursToAnswer, tickInterval, wholeHours } from './countdown.js';

const POSTED = '2025-03-03T09:00:00+08:00';
const DUE = '2025-03-05T09:00:00+08:00'; // 2025-03-05T01:00:00Z
const at = (iso: string) => new Date(iso);

describe('deadline', () => {
  it('counts down while an open demand is before its due time', () => {
    expect(deadline({ status: 'open', responseDue: DUE }, at('2025-03-04T23:30:00Z'))).toEqual({ kind: 'due', ms: 90 * 60_000 });
  });

  it('counts up once an open demand is past due, from the due instant exactly', () => {
    expect(deadline({ status: 'open', responseDue: DUE }, at('2025-03-05T01:00:00Z'))).toEqual({ kind: 'overdue', ms: 0 });
    expect(deadline({ status: 'open', responseDue: DUE }, at('2025-03-05T04:00:01Z'))).toEqual({ kind: 'overdue', ms: 3 * 3_600_000 + 1000 });
  });

  it('judges an answered demand by its answer, not by now', () => {
    const onTime = { status: 'answered', responseDue: DUE, answeredAt: '2025-03-04T01:00:00Z' };
    expect(deadline(onTime, at('2030-01-01T00:00:00Z'))).toEqual({ kind: 'onTime', ms: 24 * 3_600_000 });
    const late = { status: 'accepted', responseDue: DUE, answeredAt: '2025-03-05T07:00:00Z' };
    expect(deadline(late, at('2025-03-01T00:00:00Z'))).toEqual({ kind: 'late', ms: 6 * 3_600_000 });
    // Answered at the due instant is still on time.
    expect(deadline({ status: 'declined', responseDue: DUE, answeredAt: '2025-03-05T01:00:00Z' }, 0).kind).toBe('onTime');
  });

  it('has no clock for a demand withdrawn unanswered or without a due time', () => {
    expect(deadline({ status: 'withdrawn', responseDue: DUE, answeredAt: null }, at('2025-03-06T00:00:00Z')).kind).toBe('none');
    expect(deadline({ status: 'open', responseDue: null }, 0).kind).toBe('none');
    expect(deadline({ status: 'open', responseDue: 'not a date' }, 0).kind).toBe('none');
  });
});

describe('formatDuration', () => {
  it('shows two units, seconds only under an hour', () => {
    expect(formatDuration((2 * 24 + 3) * 3_600_000 + 59 * 60_000, 'en')).toBe('2 d 3 h');
    expect(formatDuration(5 * 3_600_000 + 7 * 60_000 + 59_000, 'en')).toBe('5 h 07 min');
    expect(formatDuration(12 * 60_000 + 4_999, 'en')).toBe('12 min 04 s');
    expect(formatDuration((2 * 24 + 3) * 3_600_000, 'zh')).toBe('2天3小时');
    expect(formatDuration(5 * 3_600_000 + 7 * 60_000, 'zh')).toBe('5小时07分');
    expect(formatDuration(12 * 60_000 + 4_000, 'zh')).toBe('12分04秒');
    expect(formatDuration(-5, 'en')).toBe('0 min 00 s');
  });

  it('rounds hours down', () => {
    expect(wholeHours(47.99 * 3_600_000)).toBe(47);
    expect(wholeHours(-1)).toBe(0);
  });
});

describe('tickInterval', () => {
  const now = at('2025-03-04T00:00:00Z');
  it('ticks each second when an open clock is within the hour, each minute otherwise, never when nothing runs', () => {
    expect(tickInterval([{ status: 'open', responseDue: DUE }], now)).toBe(60_000);
    expect(tickInterval([{ status: 'open', responseDue: DUE }, { status: 'open', responseDue: '2025-03-04T00:30:00Z' }], now)).toBe(1000);
    expect(tickInterval([{ status: 'open', responseDue: '2025-03-03T23:40:00Z' }], now)).toBe(1000);
    expect(tickInterval([{ status: 'answered', responseDue: DUE, answeredAt: '2025-03-04T00:00:00Z' }], now)).toBeNull();
    expect(tickInterval([], now)).toBeNull();
  });
});

describe('hoursToAnswer', () => {
  it('measures posting to answer in hours', () => {
    expect(hoursToAnswer(POSTED, '2025-03-04T13:30:00+08:00')).toBe(28.5);
    expect(hoursToAnswer(POSTED, null)).toBeNull();
  });
});
