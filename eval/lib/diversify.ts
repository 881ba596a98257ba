// Spreads the head of a lab ranking over a firm's distinct networks (offline analysis for recommendLabs, used by
// eval/lab-diversify.ts; not in the product, which it did not improve: docs/scoring.md). Hits@10 counts a firm as
// served when one of its future labs is in the top ten; if a score-sorted top ten were all labs around the firm's
// biggest consortium, a firm whose next project grows out of another network would get nothing. So the first slots
// are chosen greedily: a lab is worth its relevance plus the part of the firm's networks ("aspects": its projects or
// its partners) it opens that no lab already chosen opens (an xQuAD-style coverage gain).

export interface DiversifyCandidate {
  id: string;
  /** The lab's score relative to the best in the answer, in [0, 1]. */
  relevance: number;
  /** Aspect id -> how strongly the lab is reached through it, in [0, 1]. */
  aspects: ReadonlyMap<string, number>;
}

export interface DiversifyOptions {
  /** Leading slots chosen for coverage; the rest keep the relevance order. */
  slots: number;
  /** Share of the coverage gain in a slot's value (0: plain relevance order). */
  lambda: number;
  /** How much of an aspect one lab covers (1: an aspect is exhausted by its strongest lab). */
  gamma: number;
}

export interface Diversified {
  /** Candidate ids, the chosen slots first. */
  order: string[];
  /** For each lab chosen for coverage: the aspect that gave it most of its gain. */
  via: Map<string, string>;
}

/**
 * Greedy coverage over weighted aspects. `candidates` come in relevance order (best first); `weights` give each
 * aspect's share (normalised here). Each slot takes the candidate with the highest
 * (1 - lambda) * relevance + lambda * sum over aspects of weight * gamma * strength * (share of the aspect still uncovered);
 * ties keep the relevance order.
 */
export function diversify(candidates: readonly DiversifyCandidate[], weights: ReadonlyMap<string, number>, opts: DiversifyOptions): Diversified {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const uncovered = new Map([...weights].map(([a, w]) => [a, total > 0 ? w / total : 0]));
  const left = [...candidates];
  const order: string[] = [];
  const via = new Map<string, string>();
  const slots = Math.min(opts.slots, left.length);
  for (let slot = 0; slot < slots && opts.lambda > 0; slot++) {
    let best = -1;
    let bestValue = -Infinity;
    let bestAspect: string | null = null;
    for (let i = 0; i < left.length; i++) {
      const c = left[i]!;
      let gain = 0;
      let top = 0;
      let topAspect: string | null = null;
      for (const [a, strength] of c.aspects) {
        const g = (uncovered.get(a) ?? 0) * opts.gamma * strength;
        gain += g;
        if (g > top) [top, topAspect] = [g, a];
      }
      const value = (1 - opts.lambda) * c.relevance + opts.lambda * gain;
      if (value > bestValue + 1e-12) [best, bestValue, bestAspect] = [i, value, topAspect];
    }
    const [chosen] = left.splice(best, 1);
    order.push(chosen!.id);
    if (bestAspect) via.set(chosen!.id, bestAspect);
    for (const [a, strength] of chosen!.aspects) {
      const u = uncovered.get(a);
      if (u !== undefined) uncovered.set(a, u * (1 - opts.gamma * strength));
    }
  }
  for (const c of left) order.push(c.id);
  return { order, via };
}
