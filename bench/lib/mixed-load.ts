// The mixed load's requests: a mix that mirrors use (search 40 %, neighbourhood 25 %, bridges 15 %, paths 10 %,
// recommendations 10 %), drawn from the cases' sampled parameter sets. The mix is laid out as a seeded shuffle of
// 100 slots with exactly those shares, repeated; each slot takes the next parameter set of its kind, so every
// client's run of requests follows the shares and every sampled parameter set is asked in turn.
import { Rng } from './rng.js';

/** Shares of the mix, in percent, and the bench cases each kind draws its requests from (in turn). */
export const MIX: ReadonlyArray<{ kind: string; percent: number; cases: readonly string[] }> = [
  { kind: 'search', percent: 40, cases: ['search'] },
  { kind: 'neighbourhood', percent: 25, cases: ['neighbourhood'] },
  { kind: 'bridges', percent: 15, cases: ['bridges'] },
  { kind: 'paths', percent: 10, cases: ['paths_k3'] },
  { kind: 'recommendations', percent: 10, cases: ['recommendLabs', 'recommendTalents', 'recommendCollaborators'] },
];

export interface MixedBodies {
  bodies: string[];
  kinds: string[];
}

/** The request bodies of the mix, `rounds` times 100 of them, from the cases' requests by case name. */
export function mixedBodies(requests: ReadonlyMap<string, ReadonlyArray<{ query: string; variables: Record<string, unknown> }>>, seed: number, rounds = 20): MixedBodies {
  const slots = MIX.flatMap((m) => Array.from({ length: m.percent }, () => m));
  const order = new Rng(seed).sample(slots, slots.length);
  const cursor = new Map<string, number>();
  const bodies: string[] = [];
  const kinds: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const m of order) {
      const n = cursor.get(m.kind) ?? 0;
      cursor.set(m.kind, n + 1);
      const caseName = m.cases[n % m.cases.length]!;
      const reqs = requests.get(caseName);
      if (!reqs?.length) throw new Error(`the mixed load needs the ${caseName} case's requests`);
      const req = reqs[Math.floor(n / m.cases.length) % reqs.length]!;
      bodies.push(JSON.stringify({ query: req.query, variables: req.variables }));
      kinds.push(m.kind);
    }
  }
  return { bodies, kinds };
}
