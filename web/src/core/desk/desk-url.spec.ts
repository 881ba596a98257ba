import { describe, expect, it } from 'vitest';
import { urlRoundTrip } from '../testing/url-round-trip.js';
import { decodeDesk, defaultDeskState, encodeDesk, queueArgs, type DeskState } from './desk-url.js';

const roundTrip = (d: DeskState) => urlRoundTrip(encodeDesk, decodeDesk, d);

describe('desk URL state', () => {
  it('restores every input, including tags and dimensions with commas and colons', () => {
    const d: DeskState = {
      section: 'pool',
      scope: 'demo:pool:lishui',
      status: 'answered',
      demand: 'demo:demand:wuxing-battery-foil',
      from: '2024-11-01',
      to: '2025-03-31',
      pool: 'demo:pool:lishui-qingtian',
      tags: ['新材料', 'a,b'],
      minScores: [
        { dimension: '专业能力', score: 70 },
        { dimension: 'odd:name', score: 55.5 },
      ],
    };
    expect(roundTrip(d)).toEqual(d);
  });

  it('writes nothing for the defaults', () => {
    const q = new URLSearchParams();
    encodeDesk(defaultDeskState(), q);
    expect(q.toString()).toBe('');
  });

  it('falls back value by value on damaged links', () => {
    const d = decodeDesk(new URLSearchParams('sec=nope&status=matched&from=2025-02-30&to=2025-01-01&min=x:200&min=:5&min=y:abc&min=z:40&min=z:50&tag=%20&dem=' + 'x'.repeat(300)));
    expect(d).toEqual({ ...defaultDeskState(), to: '2025-01-01', minScores: [{ dimension: 'z', score: 40 }] });
  });

  it('keeps the overdue filter and asks for open orders due before now', () => {
    expect(decodeDesk(new URLSearchParams('status=overdue')).status).toBe('overdue');
    const now = new Date('2025-03-05T01:00:00Z');
    expect(queueArgs('overdue', now)).toEqual({ status: ['open'], dueBefore: '2025-03-05T01:00:00.000Z' });
    expect(queueArgs('declined', now)).toEqual({ status: ['declined'], dueBefore: null });
    expect(queueArgs(null, now)).toEqual({ status: null, dueBefore: null });
  });

  it('drops an end date before the start date', () => {
    expect(decodeDesk(new URLSearchParams('from=2025-03-01&to=2025-01-01')).to).toBeNull();
  });
});
