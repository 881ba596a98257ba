// Node fills and tie colours against the canvas: 3:1 in the normal style (WCAG 1.4.11, graphics that carry
// meaning), 4.5:1 in the high-contrast style; the high-contrast sheet really draws those colours.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../a11y/contrast.js';
import { NODE_TYPES, REL_TYPES } from '../api/types.js';
import { CANVAS_BACKGROUND, HIGHLIGHT_COLOR, KEYBOARD_FOCUS_COLOR, nodeColor, relColor, stylesheet } from './styles.js';

function styleOf(sheet: ReturnType<typeof stylesheet>, selector: string): Record<string, unknown> {
  const rule = (sheet as { selector: string; style: Record<string, unknown> }[]).find((r) => r.selector === selector);
  if (!rule) throw new Error(`no rule for ${selector}`);
  return rule.style;
}

describe('graph colours against the canvas', () => {
  it('every node type and tie type reaches 3:1 in the normal style', () => {
    for (const t of NODE_TYPES) expect(contrastRatio(nodeColor(t), CANVAS_BACKGROUND), t).toBeGreaterThanOrEqual(3);
    for (const r of REL_TYPES) expect(contrastRatio(relColor(r), CANVAS_BACKGROUND), r).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(HIGHLIGHT_COLOR, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(KEYBOARD_FOCUS_COLOR, CANVAS_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('every node type and tie type reaches 4.5:1 in the high-contrast style, keeping distinct colours', () => {
    for (const t of NODE_TYPES) expect(contrastRatio(nodeColor(t, true), CANVAS_BACKGROUND), t).toBeGreaterThanOrEqual(4.5);
    for (const r of REL_TYPES) expect(contrastRatio(relColor(r, true), CANVAS_BACKGROUND), r).toBeGreaterThanOrEqual(4.5);
    expect(new Set(NODE_TYPES.map((t) => nodeColor(t, true))).size).toBe(NODE_TYPES.length);
  });

  it('the high-contrast sheet draws those fills, black outlines and larger labels', () => {
    const normal = stylesheet();
    const hc = stylesheet({ highContrast: true });
    expect(styleOf(hc, 'node.Lab')['background-color']).toBe(nodeColor('Lab', true));
    expect(styleOf(normal, 'node.Lab')['background-color']).toBe(nodeColor('Lab'));
    expect(styleOf(hc, 'node')['border-color']).toBe('#000000');
    expect(styleOf(hc, 'node')['color']).toBe('#000000');
    expect(Number(styleOf(hc, 'node')['font-size'])).toBeGreaterThan(Number(styleOf(normal, 'node')['font-size']));
    expect(styleOf(hc, 'edge.KNOWS')['line-color']).toBe(relColor('KNOWS', true));
    // The keyboard's ring exists in both styles.
    expect(styleOf(normal, 'node.kbd-focus')['outline-color']).toBe(KEYBOARD_FOCUS_COLOR);
    expect(styleOf(hc, 'node.kbd-focus')['outline-color']).toBe(KEYBOARD_FOCUS_COLOR);
  });
});

describe('colours used as text', () => {
  it('every tie colour and group colour reads at 4.5:1 on the tinted background of a chosen item', async () => {
    const { colorAsText, GROUP_COLORS } = await import('./styles.js');
    for (const r of REL_TYPES) expect(contrastRatio(colorAsText(relColor(r)), '#fff1f2'), r).toBeGreaterThanOrEqual(4.5);
    for (const g of GROUP_COLORS) expect(contrastRatio(colorAsText(g), '#fff1f2'), g).toBeGreaterThanOrEqual(4.5);
  });
});
