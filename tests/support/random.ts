// Seeded randomness for test fixtures (mulberry32): the same seed gives the same data on every run and machine, so
// a failure can be replayed exactly.

/** A deterministic pseudo-random sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** The sequence with the draws fixtures use most: a whole number below n, an element, a coin with chance p. */
export function randomTools(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => pick(next, xs),
    chance: (p: number) => next() < p,
  };
}
