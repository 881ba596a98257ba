import { describe, expect, it } from 'vitest';
import { nextTabIndex } from './tabs.js';

describe('tab row keys', () => {
  it('moves with the arrows and wraps at both ends', () => {
    expect(nextTabIndex(0, 6, 'ArrowRight')).toBe(1);
    expect(nextTabIndex(5, 6, 'ArrowRight')).toBe(0);
    expect(nextTabIndex(0, 6, 'ArrowLeft')).toBe(5);
    expect(nextTabIndex(2, 6, 'ArrowUp')).toBe(1);
    expect(nextTabIndex(2, 6, 'ArrowDown')).toBe(3);
  });

  it('goes to the ends with Home and End and ignores other keys', () => {
    expect(nextTabIndex(3, 6, 'Home')).toBe(0);
    expect(nextTabIndex(3, 6, 'End')).toBe(5);
    expect(nextTabIndex(3, 6, 'Enter')).toBeNull();
    expect(nextTabIndex(0, 0, 'ArrowRight')).toBeNull();
  });
});
