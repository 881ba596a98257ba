// A score made of weighted parts: score = sum(weight * value), each value in [0, 1], weights summing to 1, so the
// score is in [0, 1] and a client can show how it was reached.
export interface ScorePart {
  code: string;
  value: number;
  weight: number;
}

export const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Rounded to 4 decimals so equal scores compare equal in tests and in the UI. */
export const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function combine(parts: readonly ScorePart[]): number {
  return round4(clamp01(parts.reduce((sum, p) => sum + p.weight * clamp01(p.value), 0)));
}

/** 1 - e^(-x/scale): 0 for nothing, rising quickly for the first few items and saturating towards 1. */
export function saturate(x: number, scale = 1): number {
  return x <= 0 ? 0 : 1 - Math.exp(-x / scale);
}
