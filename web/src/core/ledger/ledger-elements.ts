// Introductions on the canvas: each one as its chain firm → intermediaries (in order) → lab, plus the broker tied to
// the firm's end, so a page of the ledger reads as a map of who introduced whom. The ties are drawn, not stored:
// their ids start with "intro:" and their type is INTRODUCED, which no stored relationship has.
import type { ElementDefinition } from 'cytoscape';
import type { ApiNodeSummary, ApiRelationship, Lang } from '../api/types.js';
import { graphElements, type ElementIds } from '../graph/elements.js';

export interface IntroductionChain {
  id: string;
  from: ApiNodeSummary;
  to: ApiNodeSummary;
  intermediaries: readonly ApiNodeSummary[];
  broker: ApiNodeSummary;
}

function tie(introId: string, n: number, from: string, to: string): ApiRelationship {
  return { id: `intro:${introId}:${n}`, type: 'INTRODUCED', from, to, direction: 'FORWARD', properties: {} };
}

/** The drawn ties of one introduction: broker → firm, then firm → … → lab along the intermediaries. */
export function chainTies(intro: IntroductionChain): ApiRelationship[] {
  const stops = [intro.from, ...intro.intermediaries, intro.to].map((n) => n.id);
  const ties = [tie(intro.id, 0, intro.broker.id, intro.from.id)];
  for (let i = 1; i < stops.length; i++) if (stops[i - 1] !== stops[i]) ties.push(tie(intro.id, i, stops[i - 1]!, stops[i]!));
  return ties.filter((r) => r.from !== r.to);
}

export function chainIds(intro: IntroductionChain): ElementIds {
  return { nodes: [intro.broker, intro.from, ...intro.intermediaries, intro.to].map((n) => n.id), edges: chainTies(intro).map((r) => r.id) };
}

export function introductionElements(intros: readonly IntroductionChain[], lang: Lang): ElementDefinition[] {
  const nodes = intros.flatMap((i) => [i.from, ...i.intermediaries, i.to, i.broker]);
  return graphElements(nodes, intros.flatMap(chainTies), lang);
}
