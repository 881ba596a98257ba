// Colour contrast as WCAG 2.1 defines it (relative luminance, ratio from 1 to 21), and the darkening of a colour
// until it reads on a background. Node fills, tie colours used as text and badge colours are held to these ratios:
// 3:1 for graphics (1.4.11), 4.5:1 for text (1.4.3).

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const h = hex.trim().replace(/^#/, '');
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('')}`;
}

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour itself when it already reaches `min` against `background`, else the same hue darkened step by step
 * (towards black) until it does. Keeps a type's or a tie's recognisable colour while making its text readable.
 */
export function readableOn(color: string, background = '#ffffff', min = 4.5): string {
  if (contrastRatio(color, background) >= min) return toHex(parseHex(color));
  const rgb = parseHex(color);
  for (let k = 0.95; k > 0; k -= 0.05) {
    const darker = toHex([rgb[0] * k, rgb[1] * k, rgb[2] * k]);
    if (contrastRatio(darker, background) >= min) return darker;
  }
  return '#000000';
}
