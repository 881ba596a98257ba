// Seeded randomness for the generator. Same seed, same draws, on every machine: sfc32 (128-bit state, 32-bit
// output) seeded through splitmix32, and one independent stream per phase so that changing one phase does not shift
// the draws of every phase after it. Also the samplers the model needs (Pareto, weighted picks, alias tables).

/** splitmix32 step: used to expand a seed into well-mixed state words and to hash labels into seeds. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over a label, so a phase name gives a stable 32-bit number. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const INV_2_32 = 1 / 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream for `label` under `seed`: streams with different labels are independent. */
  constructor(seed: number, label = '') {
    const st = { s: (seed ^ hashLabel(label)) | 0 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  nextU32(): number {
    // sfc32 (Chris Doty-Humphrey's small fast counting generator).
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextU32() * INV_2_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Pareto(xm, alpha): heavy-tailed sizes (firm headcounts, lab attractiveness). */
  pareto(xm: number, alpha: number): number {
    return xm / Math.pow(1 - this.next(), 1 / alpha);
  }

  /** Geometric count >= 0 with the given mean. */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (1 + mean);
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  /** Roughly normal (sum of three uniforms), cheap and bounded. */
  normalish(mean: number, sd: number): number {
    return mean + sd * (this.next() + this.next() + this.next() - 1.5) * 2;
  }
}

/** Weighted pick by a linear scan; for short lists (tens of entries). */
export function pickWeighted(rng: Rng, weights: ArrayLike<number>, total?: number): number {
  let sum = total;
  if (sum === undefined) {
    sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  }
  let x = rng.next() * sum;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * Walker/Vose alias tables for many weighted ranges stored side by side in two flat arrays: range [from, to) of the
 * weights gets its own table, so a county's firms can be drawn by size in O(1) without one object per county.
 */
export class AliasRanges {
  readonly prob: Float64Array;
  readonly alias: Int32Array;

  constructor(weights: Float64Array, bounds: ArrayLike<number>) {
    const n = weights.length;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const small = new Int32Array(n);
    const large = new Int32Array(n);
    const scaled = new Float64Array(n);
    for (let r = 0; r + 1 < bounds.length; r++) {
      const from = bounds[r]!;
      const to = bounds[r + 1]!;
      const len = to - from;
      if (len <= 0) continue;
      let sum = 0;
      for (let i = from; i < to; i++) sum += weights[i]!;
      let ns = 0;
      let nl = 0;
      for (let i = from; i < to; i++) {
        scaled[i] = sum > 0 ? (weights[i]! * len) / sum : 1;
        if (scaled[i]! < 1) small[ns++] = i;
        else large[nl++] = i;
      }
      while (ns > 0 && nl > 0) {
        const s = small[--ns]!;
        const l = large[nl - 1]!;
        this.prob[s] = scaled[s]!;
        this.alias[s] = l;
        scaled[l] = scaled[l]! + scaled[s]! - 1;
        if (scaled[l]! < 1) {
          nl--;
          small[ns++] = l;
        }
      }
      while (nl > 0) {
        const l = large[--nl]!;
        this.prob[l] = 1;
        this.alias[l] = l;
      }
      while (ns > 0) {
        const s = small[--ns]!;
        this.prob[s] = 1;
        this.alias[s] = s;
      }
    }
  }

  /** Draws an index in [from, to) by weight; -1 when the range is empty. */
  draw(rng: Rng, from: number, to: number): number {
    const len = to - from;
    if (len <= 0) return -1;
    const i = from + Math.floor(rng.next() * len);
    return rng.next() < this.prob[i]! ? i : this.alias[i]!;
  }
}

/** Cumulative weights for binary-search picks over long lists that are drawn from often. */
export class Cumulative {
  private readonly cum: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cum = new Float64Array(weights.length);
    let s = 0;
    for (let i = 0; i < weights.length; i++) {
      s += weights[i]!;
      this.cum[i] = s;
    }
    this.total = s;
  }

  draw(rng: Rng): number {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
