import { describe, expect, it } from 'vitest';
import { urlRoundTrip } from '../testing/url-round-trip.js';
import { decodeLedger, defaultLedgerState, encodeLedger, withFilters, type LedgerState } from './ledger-url.js';

const roundTrip = (s: LedgerState) => urlRoundTrip(encodeLedger, decodeLedger, s);

describe('ledger URL state', () => {
  it('restores filters, cursor, focus and an open page', () => {
    const s: LedgerState = {
      broker: 'demo:person:shen-zhiyuan',
      firm: 'demo:enterprise:wuxing-aluminium',
      lab: 'demo:lab:tianmushan',
      from: '2025-01-01',
      to: '2025-06-30',
      after: 'eyJkIjoiMjAyNS0wMy0wMSJ9',
      intro: 'intro:42',
      project: null,
      track: 'demo:person:lu-mingyuan',
    };
    expect(roundTrip(s)).toEqual(s);
    expect(roundTrip({ ...s, project: 'demo:project:zhaofeng-anxinbao' })).toEqual({ ...s, project: 'demo:project:zhaofeng-anxinbao', track: null });
  });

  it('writes nothing for the defaults and falls back value by value on damaged links', () => {
    const q = new URLSearchParams();
    encodeLedger(defaultLedgerState(), q);
    expect(q.toString()).toBe('');
    const d = decodeLedger(new URLSearchParams('from=2025-02-30&to=yesterday&firm=%20%20&lab=demo:lab:x'));
    expect(d).toEqual({ ...defaultLedgerState(), lab: 'demo:lab:x' });
  });

  it('reads a period given the wrong way round the right way round', () => {
    const d = decodeLedger(new URLSearchParams('from=2025-06-30&to=2025-01-01'));
    expect([d.from, d.to]).toEqual(['2025-01-01', '2025-06-30']);
  });

  it('goes back to the first page when the filters change', () => {
    const s = { ...defaultLedgerState(), after: 'c', intro: 'i', project: 'p' };
    expect(withFilters(s, { broker: 'b', firm: null, lab: null, from: null, to: null })).toEqual({ ...defaultLedgerState(), broker: 'b' });
  });
});
