// Type definitions for the peer: the same model (server/model/model.ts) written for @neo4j/graphql v7, generated so
// that it cannot drift from what our importer writes. Each node label becomes an `@node` type with the model's
// properties; each allowed (type, start, end) of REL_ENDPOINTS becomes an outgoing field on the start type and an
// incoming field on the end type, with the relationship's properties. Persons, enterprises, labs and organisations
// also get a @fulltext query over the same `entity_search` index our search uses.
import {
  COMMON_NODE_PROPS,
  COMMON_REL_PROPS,
  NODE_LABELS,
  NODE_PROPS,
  REL_ENDPOINTS,
  REL_PROPS,
  REL_TYPES,
  type NodeLabel,
  type PropType,
  type RelType,
} from '../../server/model/model.js';

const GQL_TYPE: Record<PropType, string> = {
  string: 'String',
  'string[]': '[String!]',
  'int[]': '[Int!]',
  int: 'Int',
  float: 'Float',
  boolean: 'Boolean',
  date: 'Date',
  datetime: 'DateTime',
};

/** The index our search queries; the peer is pointed at the very same one. */
export const FULLTEXT_INDEX = 'entity_search';
export const FULLTEXT_FIELDS = ['name', 'nameZh', 'nameEn', 'aliasText', 'pinyin'] as const;
const FULLTEXT_TYPES: readonly NodeLabel[] = ['Person', 'Enterprise', 'Lab', 'Organisation'];

function camel(relType: string): string {
  return relType.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

export interface PeerRelField {
  field: string;
  type: RelType;
  direction: 'OUT' | 'IN';
  other: NodeLabel;
  propsType: string;
}

/** Relationship fields per node type, named `<relType><Out|In><OtherLabel>` (e.g. worksAtOutEnterprise). */
export function relationshipFields(): Record<NodeLabel, PeerRelField[]> {
  const out = Object.fromEntries(NODE_LABELS.map((l) => [l, [] as PeerRelField[]])) as Record<NodeLabel, PeerRelField[]>;
  for (const type of REL_TYPES) {
    for (const [start, end] of REL_ENDPOINTS[type]) {
      if (start === '*' || end === '*') continue;
      const propsType = `${type.split('_').map((w) => w[0] + w.slice(1).toLowerCase()).join('')}Props`;
      out[start].push({ field: `${camel(type)}Out${end}`, type, direction: 'OUT', other: end, propsType });
      out[end].push({ field: `${camel(type)}In${start}`, type, direction: 'IN', other: start, propsType });
    }
  }
  return out;
}

export function relPropNames(type: RelType): string[] {
  return [...Object.keys(COMMON_REL_PROPS), ...Object.keys(REL_PROPS[type] ?? {})];
}

export function peerTypeDefs(): string {
  const rels = relationshipFields();
  const parts: string[] = [];
  for (const type of REL_TYPES) {
    const props = { ...COMMON_REL_PROPS, ...(REL_PROPS[type] ?? {}) };
    const name = `${type.split('_').map((w) => w[0] + w.slice(1).toLowerCase()).join('')}Props`;
    parts.push(`type ${name} @relationshipProperties {\n${Object.entries(props).map(([k, t]) => `  ${k}: ${GQL_TYPE[t]}`).join('\n')}\n}`);
  }
  for (const label of NODE_LABELS) {
    const props = { ...COMMON_NODE_PROPS, ...NODE_PROPS[label] };
    const lines = Object.entries(props).map(([k, t]) => `  ${k}: ${k === 'id' ? 'ID!' : GQL_TYPE[t]}`);
    for (const r of rels[label]) {
      lines.push(`  ${r.field}: [${r.other}!]! @relationship(type: "${r.type}", direction: ${r.direction}, properties: "${r.propsType}")`);
    }
    const fulltext = FULLTEXT_TYPES.includes(label)
      ? ` @fulltext(indexes: [{indexName: "${FULLTEXT_INDEX}", queryName: "${label.toLowerCase()}Search", fields: [${FULLTEXT_FIELDS.map((f) => `"${f}"`).join(', ')}]}])`
      : '';
    parts.push(`type ${label} @node${fulltext} {\n${lines.join('\n')}\n}`);
  }
  return parts.join('\n\n') + '\n';
}
