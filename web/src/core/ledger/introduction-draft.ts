// What "Record introduction" on a bridge card fills in: the bridge's firm and lab, the people who carry it in
// order from the firm's side to the lab's (for an organisation bridge, the people who carry its ties), and, when
// one of them is a technology manager, that person as the broker. The user can change all but the two ends.
import type { ApiNodeSummary } from '../api/types.js';

export interface BridgeLike {
  kind: string;
  intermediaries: readonly ApiNodeSummary[];
  carriers?: readonly ApiNodeSummary[] | null;
  path: { nodes: readonly ApiNodeSummary[] };
}

export interface IntroductionDraft {
  from: string;
  to: string;
  intermediaries: string[];
  broker: string | null;
}

export const MAX_INTERMEDIARIES = 5;

export function isTechManager(n: Pick<ApiNodeSummary, 'labels'>): boolean {
  return n.labels.includes('TechManager');
}

export function introductionDraft(bridge: BridgeLike, from: string, to: string): IntroductionDraft {
  const people = bridge.intermediaries.filter((n) => n.type === 'Person');
  // An organisation bridge names organisations; the introduction is carried by their people, taken in the order
  // their organisations stand on the path.
  let carriers: readonly ApiNodeSummary[] = people;
  if (!people.length && bridge.carriers?.length) carriers = bridge.carriers.filter((n) => n.type === 'Person');
  const ids = [...new Set(carriers.map((n) => n.id))].filter((id) => id !== from && id !== to).slice(0, MAX_INTERMEDIARIES);
  const broker = carriers.find(isTechManager)?.id ?? bridge.path.nodes.find((n) => n.type === 'Person' && isTechManager(n))?.id ?? null;
  return { from, to, intermediaries: ids, broker };
}
