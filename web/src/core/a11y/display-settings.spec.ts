import { describe, expect, it } from 'vitest';
import { isHighContrast, readDisplaySettings, toggledContrast, writeDisplaySettings } from './display-settings.js';

describe('display settings', () => {
  it('round-trips and falls back to auto on anything damaged', () => {
    expect(readDisplaySettings(writeDisplaySettings({ contrast: 'more' }))).toEqual({ contrast: 'more' });
    expect(readDisplaySettings(null)).toEqual({ contrast: 'auto' });
    expect(readDisplaySettings('{not json')).toEqual({ contrast: 'auto' });
    expect(readDisplaySettings('{"contrast":"loud"}')).toEqual({ contrast: 'auto' });
    expect(readDisplaySettings('null')).toEqual({ contrast: 'auto' });
  });

  it('follows the system when on auto, and an explicit choice otherwise', () => {
    expect(isHighContrast('auto', true)).toBe(true);
    expect(isHighContrast('auto', false)).toBe(false);
    expect(isHighContrast('more', false)).toBe(true);
    expect(isHighContrast('normal', true)).toBe(false);
  });

  it('toggles to the opposite of what is shown, back to auto when that is what the system asks', () => {
    expect(toggledContrast('auto', false)).toBe('more');
    expect(toggledContrast('more', false)).toBe('auto');
    expect(toggledContrast('auto', true)).toBe('normal');
    expect(toggledContrast('normal', true)).toBe('auto');
    for (const system of [true, false])
      for (const c of ['auto', 'more', 'normal'] as const) expect(isHighContrast(toggledContrast(c, system), system)).toBe(!isHighContrast(c, system));
  });
});
