import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './url-state.js';

describe('the table toggle in links', () => {
  it('is kept in the link only when on, on every view', () => {
    const on = decodeState('?v=bridges&from=a&to=b&table=1');
    expect(on.table).toBe(true);
    expect(encodeState(on)).toContain('table=1');
    expect(decodeState(encodeState(on)).table).toBe(true);
    const off = decodeState('?v=explore&root=x');
    expect(off.table).toBe(false);
    expect(encodeState(off)).not.toContain('table');
    expect(decodeState('?v=paths&table=yes').table).toBe(false);
  });
});
