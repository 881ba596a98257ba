import { describe, expect, it } from 'vitest';
import { fieldOfMessage, missing } from './field-errors.js';

describe('errors next to their field', () => {
  const fields = { brokerId: 'broker', date: 'date', intermediaries: 'intermediaries', from: 'firm', to: 'lab' } as const;

  it('finds the argument the message names, as a whole word', () => {
    expect(fieldOfMessage('brokerId: demo:person:x is not a TechManager', fields)).toBe('broker');
    expect(fieldOfMessage('date must not be after today', fields)).toBe('date');
    expect(fieldOfMessage('intermediaries: the same person appears twice', fields)).toBe('intermediaries');
    // "to" inside "token" or "into" is not the argument "to".
    expect(fieldOfMessage('the token may not write into this', fields)).toBeNull();
    expect(fieldOfMessage('`to` must be a Lab, Enterprise or Organisation', fields)).toBe('lab');
  });

  it('takes the first argument mentioned when several are', () => {
    expect(fieldOfMessage('date 2020-01-01 is before the date of introductionId x', { introductionId: 'intro', date: 'date' })).toBe('date');
  });

  it('lists required fields left empty', () => {
    expect(missing({ a: '', b: 'x', c: null, d: [] as string[] }, ['a', 'b', 'c', 'd'], 'required')).toEqual({ a: 'required', c: 'required', d: 'required' });
  });
});
