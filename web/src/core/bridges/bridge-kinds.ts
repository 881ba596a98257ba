// Which bridges the bridge view asks for (people, organisations or both) and how each bridge is named in the list:
// people by their names, an organisation by its name, with the people who carry its ties. Pure: the view renders
// what these return.
import type { ApiNodeSummary, Bridge, BridgeIntermediary, Lang } from '../api/types.js';
import { displayName } from '../i18n/translate.js';

export const BRIDGE_KEEPS = ['both', 'people', 'organisations'] as const;
/** What the user keeps: every bridge, only people (one person or a chain of two), or only organisations. */
export type BridgeKeep = (typeof BRIDGE_KEEPS)[number];

/** The `kinds` argument of `bridges` for what the user keeps. */
export function bridgeKinds(keep: BridgeKeep): BridgeIntermediary[] {
  if (keep === 'people') return ['PERSON'];
  if (keep === 'organisations') return ['ORGANISATION'];
  return ['PERSON', 'ORGANISATION'];
}

/** The name a bridge is listed under: the people in order joined by " + ", or the organisation. */
export function bridgeTitle(b: Pick<Bridge, 'intermediaries'>, lang: Lang): string {
  return b.intermediaries.map((n) => displayName(n, lang)).join(' + ');
}

/**
 * The people an organisation bridge names as carrying its ties, for a "via" line under the title: at most `max`
 * names, and how many more there are. Nothing for people bridges (their people are the title).
 */
export function carrierLine(b: Pick<Bridge, 'kind' | 'carriers'>, lang: Lang, max = 3): { names: string[]; more: number } {
  if (b.kind !== 'ORGANISATION' || !b.carriers?.length) return { names: [], more: 0 };
  const seen = new Map<string, ApiNodeSummary>();
  for (const p of b.carriers) if (!seen.has(p.id)) seen.set(p.id, p);
  const all = [...seen.values()];
  return { names: all.slice(0, max).map((p) => displayName(p, lang)), more: Math.max(0, all.length - max) };
}
