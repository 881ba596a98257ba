// How well one tech area stands in for another through the taxonomy (TechArea PART_OF parent). Recommendations
// that compare a firm's focus or a demand's needs with a lab's research or a person's expertise use these weights,
// so "aluminium alloys" counts for a firm focused on "new materials", only less than an exact match.
import type { NameLookup } from './names.js';

export type AreaRelation = 'exact' | 'narrower' | 'broader' | 'sibling';

/** One row of cypher/recommendAreaFamily.cypher. */
export interface FamilyRow {
  wantedId: string;
  areaId: string;
  relation: AreaRelation;
  /** Area ids from the wanted area to the matching one. */
  chain: string[];
}

export interface AreaMatch {
  wantedId: string;
  areaId: string;
  relation: AreaRelation;
  weight: number;
  chain: string[];
}

/**
 * A specialist in a sub-area serves a broader need well (narrower), a generalist in the parent area less so
 * (broader), a neighbouring specialty under the same parent a little (sibling). Two levels away weighs less than one.
 */
export function relationWeight(relation: AreaRelation, hops: number): number {
  switch (relation) {
    case 'exact':
      return 1;
    case 'narrower':
      return hops <= 1 ? 0.8 : 0.65;
    case 'broader':
      return hops <= 1 ? 0.5 : 0.35;
    case 'sibling':
      return 0.3;
  }
}

/** The taxonomy neighbourhood of a set of wanted areas: for each, which areas match and how well. */
export class AreaFamily {
  private readonly byWanted = new Map<string, Map<string, AreaMatch>>();

  constructor(rows: readonly FamilyRow[]) {
    for (const row of rows) {
      const weight = relationWeight(row.relation, row.chain.length - 1);
      const matches = this.byWanted.get(row.wantedId) ?? new Map<string, AreaMatch>();
      this.byWanted.set(row.wantedId, matches);
      const known = matches.get(row.areaId);
      if (!known || known.weight < weight) {
        matches.set(row.areaId, { wantedId: row.wantedId, areaId: row.areaId, relation: row.relation, weight, chain: row.chain });
      }
    }
  }

  /** Every area that matches at least one wanted area. */
  areaIds(): string[] {
    const ids = new Set<string>();
    for (const m of this.byWanted.values()) for (const id of m.keys()) ids.add(id);
    return [...ids].sort();
  }

  /** The best match for `wantedId` among `areaIds`, or null when none of them is in its family. */
  best(wantedId: string, areaIds: Iterable<string>): AreaMatch | null {
    const matches = this.byWanted.get(wantedId);
    if (!matches) return null;
    let best: AreaMatch | null = null;
    for (const id of areaIds) {
      const m = matches.get(id);
      if (m && (!best || m.weight > best.weight || (m.weight === best.weight && m.areaId < best.areaId))) best = m;
    }
    return best;
  }
}

/** "X" for an exact match, else "X (a sub-area of Y)" and the like, Y being the wanted area (a firm's focus, a demand's need). */
export function matchText(m: AreaMatch, name: NameLookup): { zh: string; en: string } {
  const area = name(m.areaId);
  const focus = name(m.wantedId);
  switch (m.relation) {
    case 'exact':
      return area;
    case 'narrower':
      return { zh: `${area.zh}（${focus.zh}的细分方向）`, en: `${area.en} (a sub-area of ${focus.en})` };
    case 'broader':
      return { zh: `${area.zh}（${focus.zh}的上位方向）`, en: `${area.en} (broader than ${focus.en})` };
    case 'sibling':
      return { zh: `${area.zh}（与${focus.zh}相邻）`, en: `${area.en} (next to ${focus.en})` };
  }
}
