// How the fragility toggle reads an answer of `fragility`: one line per critical node (what it cuts, how many of
// today's paths and bridges fall away, what remains without it) and the hop bound the bridge and path views ask
// with. Pure: the panel renders it; the canvas controller marks the ids.
import type { Fragility, Lang } from '../api/types.js';
import type { MessageKey } from '../i18n/messages.js';
import { displayName, type Params } from '../i18n/translate.js';
import { reasonsIn } from '../recommend/ranking-display.js';

/** fragility takes 1..6 hops. */
export const FRAGILITY_MAX_HOPS = 6;

/** The hop bound for the path view: its own maxHops, within what fragility accepts. */
export function pathsFragilityHops(maxHops: number): number {
  return Math.min(FRAGILITY_MAX_HOPS, Math.max(1, Math.round(maxHops)));
}

/** The hop bound for the bridge view: a one-person bridge is 2 hops, a chain of two people 3. */
export function bridgesFragilityHops(maxIntermediaries: 1 | 2): number {
  return maxIntermediaries + 1;
}

type Line = { key: MessageKey; params: Params };

export interface CriticalLine {
  id: string;
  name: string;
  spof: boolean;
  /** What the node cuts, in words. */
  cuts: Line;
  /** How many of today's paths and bridges fall away. */
  lost: Line;
  /** What remains without it. */
  remains: Line;
  reasons: string[];
}

export interface FragilitySummary {
  headline: Line;
  lines: CriticalLine[];
  criticalIds: string[];
}

function cuts(c: Fragility['critical'][number]): Line {
  if (c.singlePointOfFailure) return { key: 'fragility.cuts.spof', params: {} };
  if (c.cutsAllPaths && c.cutsAllBridges) return { key: 'fragility.cuts.both', params: {} };
  if (c.cutsAllPaths) return { key: 'fragility.cuts.paths', params: {} };
  return { key: 'fragility.cuts.bridges', params: {} };
}

function remains(c: Fragility['critical'][number], lang: Lang): Line {
  if (c.remainingBridge) {
    return { key: 'fragility.remains.bridge', params: { names: c.remainingBridge.intermediaries.map((n) => displayName(n, lang)).join(' + ') } };
  }
  if (c.remainingPath) return { key: 'fragility.remains.path', params: { hops: c.remainingPath.length } };
  return { key: 'fragility.remains.none', params: {} };
}

export function fragilitySummary(f: Fragility, lang: Lang): FragilitySummary {
  const paths = f.paths.length;
  const bridges = f.bridges.length;
  const spof = f.critical.find((c) => c.singlePointOfFailure);
  const headline: Line = !f.connected
    ? { key: 'fragility.notConnected', params: { hops: f.maxHops } }
    : spof
      ? { key: 'fragility.headline.spof', params: { name: displayName(spof.node, lang) } }
      : f.critical.length
        ? { key: 'fragility.headline.some', params: { n: f.critical.length } }
        : { key: 'fragility.headline.none', params: { hops: f.maxHops } };
  const lines = f.critical.map((c) => ({
    id: c.node.id,
    name: displayName(c.node, lang),
    spof: c.singlePointOfFailure,
    cuts: cuts(c),
    lost: { key: 'fragility.lost' as MessageKey, params: { paths: c.pathsLost, pathsTotal: paths, bridges: c.bridgesLost, bridgesTotal: bridges } },
    remains: remains(c, lang),
    reasons: reasonsIn(lang, c.reasonDetails, c.reasons),
  }));
  return { headline, lines, criticalIds: lines.map((l) => l.id) };
}
