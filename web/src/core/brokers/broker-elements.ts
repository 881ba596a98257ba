// Broker scores -> elements: each community a box, each broker sized and coloured by its normalised betweenness,
// plus the ties among the brokers that the caller found (from their neighbourhoods).
import type { ElementDefinition } from 'cytoscape';
import type { ApiRelationship, BrokerScore, Lang } from '../api/types.js';
import { edgeElement, nodeElement, todayIso } from '../graph/elements.js';
import { groupColor, rampColor } from '../graph/styles.js';
import { translator } from '../i18n/translate.js';

export function communityId(community: number): string {
  return `community:${community}`;
}

/** Communities in order of their best broker, so colours stay put when the list is re-read. */
export function communityOrder(scores: readonly BrokerScore[]): number[] {
  const order: number[] = [];
  for (const s of [...scores].sort((a, b) => a.rank - b.rank)) if (!order.includes(s.community)) order.push(s.community);
  return order;
}

export function brokerElements(scores: readonly BrokerScore[], ties: readonly ApiRelationship[], lang: Lang, today = todayIso()): ElementDefinition[] {
  const order = communityOrder(scores);
  const out: ElementDefinition[] = [];
  order.forEach((community, i) => {
    const members = scores.filter((s) => s.community === community);
    const size = members[0]?.communitySize ?? members.length;
    out.push({
      group: 'nodes',
      data: {
        id: communityId(community),
        type: 'Community',
        label: translator(lang)('brokers.communityBox', { n: i + 1, size }),
        labelZh: translator('zh')('brokers.communityBox', { n: i + 1, size }),
        labelEn: translator('en')('brokers.communityBox', { n: i + 1, size }),
        groupColor: groupColor(i),
      },
      classes: 'community',
    });
  });
  const ids = new Set<string>();
  for (const s of scores) {
    if (ids.has(s.node.id)) continue;
    ids.add(s.node.id);
    const el = nodeElement(s.node, lang, { parent: communityId(s.community), classes: ['broker'] });
    el.data.bw = Math.max(0, Math.min(1, s.normalised));
    el.data.bwColor = rampColor(s.normalised);
    out.push(el);
  }
  const edgeIds = new Set<string>();
  for (const r of ties) {
    if (!ids.has(r.from) || !ids.has(r.to) || edgeIds.has(r.id)) continue;
    edgeIds.add(r.id);
    out.push(edgeElement(r, lang, today));
  }
  return out;
}

/** The community number shown to users (1-based, in order of each community's best broker). */
export function communityNumber(scores: readonly BrokerScore[], community: number): number {
  return communityOrder(scores).indexOf(community) + 1;
}
