import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, parseHex, readableOn, toHex } from './contrast.js';

describe('colour contrast (WCAG 2.1)', () => {
  it('computes the ratios WCAG gives for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#fff', '#000')).toBe(contrastRatio('#000', '#fff'));
  });

  it('parses and writes hex colours', () => {
    expect(parseHex('#0f766e')).toEqual([15, 118, 110]);
    expect(parseHex('abc')).toEqual([170, 187, 204]);
    expect(toHex([15, 118, 110])).toBe('#0f766e');
    expect(() => parseHex('teal')).toThrow();
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  });

  it('keeps a colour that already reads and darkens one that does not, just enough', () => {
    expect(readableOn('#0f172a')).toBe('#0f172a');
    const cyan = '#06b6d4';
    expect(contrastRatio(cyan, '#ffffff')).toBeLessThan(4.5);
    const fixed = readableOn(cyan);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Not simply black: the hue survives.
    expect(fixed).not.toBe('#000000');
    const [r, g, b] = parseHex(fixed);
    expect(b).toBeGreaterThan(r);
    expect(g).toBeGreaterThan(r);
    // On a tinted background the bar is higher than on white.
    expect(contrastRatio(readableOn('#6366f1', '#fff1f2'), '#fff1f2')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(readableOn(cyan, '#ffffff', 3), '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
