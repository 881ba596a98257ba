// Ranking quality of one method over a sample of queries: Hits@k (share of queries with at least one held-out answer
// in the top k), MRR (mean of 1 / rank of the first held-out answer, 0 when none is ranked) and coverage (share of
// queries the method answered with a non-empty list). Every query counts in every figure, answered or not.

export interface Query {
  /** The node asked about (a firm, a project's coordinator, a person). */
  id: string;
  /** What really happened after the cut-off. */
  truth: ReadonlySet<string>;
}

export interface MethodFigures {
  method: string;
  queries: number;
  hitsAtK: number;
  mrr: number;
  coverage: number;
}

export const K = 10;

/** Scores one ranked list (best first) against the truth. */
export function scoreList(ranked: readonly string[], truth: ReadonlySet<string>, k = K): { hit: boolean; rr: number; answered: boolean } {
  const first = ranked.findIndex((id) => truth.has(id));
  return { hit: first >= 0 && first < k, rr: first >= 0 ? 1 / (first + 1) : 0, answered: ranked.length > 0 };
}

export class Tally {
  private hits = 0;
  private rr = 0;
  private answered = 0;
  private n = 0;

  constructor(readonly method: string) {}

  add(ranked: readonly string[], truth: ReadonlySet<string>): void {
    const s = scoreList(ranked, truth);
    this.n += 1;
    if (s.hit) this.hits += 1;
    if (s.answered) this.answered += 1;
    this.rr += s.rr;
  }

  figures(): MethodFigures {
    const d = Math.max(1, this.n);
    return { method: this.method, queries: this.n, hitsAtK: this.hits / d, mrr: this.rr / d, coverage: this.answered / d };
  }
}

/**
 * The ids of a score map, best first, at most `depth`. Ties go to the more popular candidate, then to the id, so a
 * baseline is never scored on an arbitrary order (a stronger baseline makes a fairer comparison).
 */
export function rankScores(scores: ReadonlyMap<string, number>, popularity: ReadonlyMap<string, number>, depth: number): string[] {
  return [...scores]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (popularity.get(b[0]) ?? 0) - (popularity.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, depth)
    .map(([id]) => id);
}
