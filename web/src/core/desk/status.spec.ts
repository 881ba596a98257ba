import { describe, expect, it } from 'vitest';
import { actionsFor, deadlineTone, DEMAND_STATUSES, isDemandStatus, worksTheDesk } from './status.js';

describe('demand status', () => {
  it('knows the five states and nothing else', () => {
    expect(DEMAND_STATUSES).toEqual(['open', 'answered', 'accepted', 'declined', 'withdrawn']);
    expect(isDemandStatus('answered')).toBe(true);
    expect(isDemandStatus('matched')).toBe(false);
    expect(isDemandStatus(3)).toBe(false);
  });

  it('offers the shortlist and the answer only while open, the firm response only once answered', () => {
    expect(actionsFor('open', true)).toEqual({ shortlist: true, answer: true, respond: false, withdraw: true });
    expect(actionsFor('answered', true)).toEqual({ shortlist: false, answer: false, respond: true, withdraw: true });
    expect(actionsFor('accepted', true).respond).toBe(true);
    expect(actionsFor('withdrawn', true)).toEqual({ shortlist: false, answer: false, respond: false, withdraw: false });
  });

  it('offers nothing to a caller who may not change data', () => {
    for (const s of DEMAND_STATUSES) expect(Object.values(actionsFor(s, false)).some(Boolean)).toBe(false);
  });

  it('warns about overdue and late clocks and about the last six hours', () => {
    expect(deadlineTone({ kind: 'overdue', ms: 1 })).toBe('danger');
    expect(deadlineTone({ kind: 'late', ms: 1 })).toBe('warn');
    expect(deadlineTone({ kind: 'onTime', ms: 1 })).toBe('ok');
    expect(deadlineTone({ kind: 'due', ms: 5 * 3_600_000 })).toBe('warn');
    expect(deadlineTone({ kind: 'due', ms: 7 * 3_600_000 })).toBe('neutral');
  });
});

describe('who works the desk', () => {
  it('is brokers and admins, not viewers or unknown callers', () => {
    expect(worksTheDesk('broker')).toBe(true);
    expect(worksTheDesk('admin')).toBe(true);
    expect(worksTheDesk('viewer')).toBe(false);
    expect(worksTheDesk(null)).toBe(false);
  });
});
