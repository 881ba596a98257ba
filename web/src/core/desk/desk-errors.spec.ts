import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate.js';
import { deskErrorKey } from './desk-errors.js';

describe('desk error words', () => {
  it('explain a lost race and a refused state, and leave the rest to the general words', () => {
    expect(deskErrorKey('CONFLICT')).toBe('desk.error.conflict');
    expect(deskErrorKey('BAD_USER_INPUT')).toBe('desk.error.state');
    expect(deskErrorKey('FORBIDDEN')).toBeNull();
    expect(deskErrorKey('NETWORK')).toBeNull();
    // Both say that nothing was changed, in both languages.
    expect(translator('zh')('desk.error.conflict')).toContain('没有做任何更改');
    expect(translator('en')('desk.error.state')).toContain('nothing was changed');
  });
});
