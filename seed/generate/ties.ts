// The KNOWS phase: preferential attachment in id order. Each person ties to 1 + Geometric(3.3) earlier people,
// drawn from one urn per county that holds everyone once on arrival and once per tie, so the well connected get
// more: 72% of draws from the person's own county, 18% from the rest of the city, 10% from anywhere. Technology
// managers draw extra ties, half of them to researchers. Heavy-tailed degrees with regional clusters.
import { NOW, REF_YEAR, dayOf, f2, ymd } from './format.js';
import type { Rng } from './random.js';
import type { GenContext } from './state.js';

/** Persons between two progress reports. */
const KNOWS_BATCH = 10_000;

/** Per-county urns of person ids, grown on demand. */
class CountyUrns {
  private readonly urns: Int32Array[] = [];
  readonly len: Int32Array;
  total = 0;

  constructor(perCounty: Int32Array) {
    for (let k = 0; k < perCounty.length; k++) this.urns.push(new Int32Array(Math.max(16, Math.ceil(perCounty[k]! * 10.5))));
    this.len = new Int32Array(perCounty.length);
  }

  push(k: number, v: number): void {
    let urn = this.urns[k]!;
    if (this.len[k] === urn.length) {
      const bigger = new Int32Array(urn.length * 2);
      bigger.set(urn);
      this.urns[k] = urn = bigger;
    }
    urn[this.len[k]!++] = v;
    this.total++;
  }

  draw(rng: Rng, k: number): number {
    return this.urns[k]![rng.int(this.len[k]!)]!;
  }

  /** A county drawn by how full its urn is, among `list` (or all counties); -1 when they are all empty. */
  county(rng: Rng, list: readonly number[] | null): number {
    let total = 0;
    if (list) for (const k of list) total += this.len[k]!;
    else total = this.total;
    if (total === 0) return -1;
    let x = rng.int(total);
    if (list) {
      for (const k of list) {
        x -= this.len[k]!;
        if (x < 0) return k;
      }
    } else {
      for (let k = 0; k < this.len.length; k++) {
        x -= this.len[k]!;
        if (x < 0) return k;
      }
    }
    return -1;
  }
}

export async function knowsPhase(ctx: GenContext): Promise<void> {
  const rng = ctx.rng('knows');
  const N = ctx.n;
  const regions = ctx.state.get('regions');
  const { netCounty, birthYear, researchers, techManagers } = ctx.state.get('people');
  const knows = ctx.out.rel('KNOWS', 'Person', 'Person');
  const perCounty = new Int32Array(regions.counties.length);
  for (let i = 0; i < N; i++) perCounty[netCounty[i]!]!++;
  const urns = new CountyUrns(perCounty);
  const cityOf = regions.counties.map((c) => c.city);
  const isTm = new Uint8Array(N);
  for (const t of techManagers) isTm[t] = 1;
  let researchersBefore = 0;
  const chosen: number[] = [];

  for (let v = 0; v < N; v++) {
    while (researchersBefore < researchers.length && researchers[researchersBefore]! < v) researchersBefore++;
    const c = netCounty[v]!;
    const tm = isTm[v] === 1;
    const m = Math.min(60, 1 + rng.geometric(3.3) + (tm ? 8 : 0));
    chosen.length = 0;
    for (let attempt = 0; chosen.length < m && attempt < m * 4; attempt++) {
      let u: number;
      const r = rng.next();
      if (tm && r < 0.5 && researchersBefore > 0) {
        u = researchers[rng.int(researchersBefore)]!;
      } else {
        let k = c;
        if (r >= 0.72) k = r < 0.9 ? urns.county(rng, regions.cityCounties[cityOf[c]!]!) : urns.county(rng, null);
        if (k < 0 || urns.len[k] === 0) k = urns.county(rng, null);
        if (k < 0) break;
        u = urns.draw(rng, k);
      }
      if (u === v || chosen.includes(u)) continue;
      chosen.push(u);
    }
    const byV = birthYear[v]!;
    for (const u of chosen) {
      const adult = Math.max(byV, birthYear[u]!) + 18;
      const fromYear = Math.max(adult, 2000);
      const since = fromYear >= REF_YEAR ? NOW - rng.int(100) : dayOf(fromYear, 1, 1) + rng.int(Math.max(1, NOW - dayOf(fromYear, 1, 1)));
      const same = netCounty[u] === c;
      knows.add(v, u, `,${ymd(since)},${f2((same ? 0.3 : 0.1) + (same ? 0.7 : 0.6) * rng.next())}`);
      urns.push(c, v);
      urns.push(netCounty[u]!, u);
    }
    urns.push(c, v);
    if ((v + 1) % KNOWS_BATCH === 0) await ctx.progress();
  }
}
