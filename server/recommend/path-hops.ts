// Builds the path that supports a recommendation from a sequence of node ids and the strongest relationship found
// between each consecutive pair (cypher/recommendPathHops.cypher). Pure; a sequence with a missing hop has no path.
import type { PlainNode, PlainPath, PlainRelationship } from '../db.js';

export interface HopRow {
  fromId: string;
  toId: string;
  a: PlainNode;
  b: PlainNode;
  r: PlainRelationship;
  startId: string;
  endId: string;
}

export const hopKey = (from: string, to: string) => `${from}\u0000${to}`;

/** Consecutive pairs of each sequence, without repeats, for one recommendPathHops call. */
export function hopPairs(sequences: ReadonlyArray<readonly string[]>): string[][] {
  const seen = new Set<string>();
  const pairs: string[][] = [];
  for (const seq of sequences) {
    for (let i = 0; i + 1 < seq.length; i++) {
      const k = hopKey(seq[i]!, seq[i + 1]!);
      if (!seen.has(k)) {
        seen.add(k);
        pairs.push([seq[i]!, seq[i + 1]!]);
      }
    }
  }
  return pairs;
}

/** The path along `ids`, or null when a node repeats or a hop has no relationship. */
export function assemblePath(ids: readonly string[], hops: ReadonlyMap<string, HopRow>): PlainPath | null {
  if (ids.length < 2 || new Set(ids).size !== ids.length) return null;
  const nodes: PlainNode[] = [];
  const relationships: PlainRelationship[] = [];
  for (let i = 0; i + 1 < ids.length; i++) {
    const hop = hops.get(hopKey(ids[i]!, ids[i + 1]!));
    if (!hop) return null;
    if (i === 0) nodes.push(hop.a);
    nodes.push(hop.b);
    relationships.push({ ...hop.r, start: hop.startId, end: hop.endId });
  }
  return { nodes, relationships };
}
