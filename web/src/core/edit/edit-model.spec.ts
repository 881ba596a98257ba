import { describe, expect, it } from 'vitest';
import { changedInput, fieldOfError, formText, parseText, problemText, tieSummary } from './edit-model.js';

const title = { name: 'title', type: 'string', allowed: [] };
const founded = { name: 'founded', type: 'int', allowed: [] };
const kind = { name: 'kind', type: 'string', allowed: ['university', 'joint_lab'] };
const tracks = { name: 'tracks', type: 'string[]', allowed: [] };
const birthday = { name: 'birthday', type: 'date', allowed: [] };

describe('edit model', () => {
  it('shows stored values as text', () => {
    expect(formText(tracks, ['a', 'b'])).toBe('a, b');
    expect(formText(title, null)).toBe('');
    expect(formText(founded, 2001)).toBe('2001');
  });

  it('reads text back by the field type, or names the problem', () => {
    expect(parseText(founded, '2001')).toEqual({ value: 2001 });
    expect(parseText(founded, '20.5')).toEqual({ problem: 'whole' });
    expect(parseText(kind, 'garage')).toEqual({ problem: 'allowed' });
    expect(parseText(birthday, '1990-02-30x')).toEqual({ problem: 'date' });
    expect(parseText(tracks, 'a, ,b')).toEqual({ value: ['a', 'b'] });
    expect(parseText(title, '  ')).toEqual({ value: null });
  });

  it('sends only the changed fields', () => {
    const out = changedInput([title, founded, kind], { title: 'Engineer', founded: 2001 }, { title: 'Chief', founded: '2001', kind: 'garage' });
    expect(out.input).toEqual({ title: 'Chief' });
    expect(out.problems).toEqual({ kind: 'allowed' });
  });

  it('finds the field a server error names', () => {
    const detail = 'Invalid argument `input.founded`: must be from 1000 to 3000; got 5';
    expect(fieldOfError(detail)).toBe('founded');
    expect(problemText(detail)).toBe('must be from 1000 to 3000; got 5');
    expect(fieldOfError('Something else')).toBeNull();
  });

  it('lists what goes with a tie, sorted, without empty properties', () => {
    expect(tieSummary({ strength: 0.7, start: '2021-03-01', end: null, tags: ['a', 'b'] })).toEqual([
      ['start', '2021-03-01'],
      ['strength', '0.7'],
      ['tags', 'a, b'],
    ]);
  });
});
