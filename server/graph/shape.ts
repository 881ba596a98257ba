// Turns the plain nodes, relationships and paths that db.ts returns into the GraphQL shapes (Node, Relationship,
// Path, Reason). Every resolver that returns graph data goes through here, so the wire shape is decided once.
import type { PlainNode, PlainPath, PlainRelationship } from '../db.js';
import { NODE_LABELS, type NodeLabel } from '../model/model.js';
import type { Lang } from '../context.js';

export interface GqlNode {
  id: string;
  type: NodeLabel;
  labels: string[];
  name: string;
  nameZh: string | null;
  nameEn: string | null;
  illustrative: boolean;
  properties: Record<string, unknown>;
}

export interface GqlRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  direction: 'FORWARD' | 'BACKWARD';
  properties: Record<string, unknown>;
}

export interface GqlPath {
  length: number;
  nodes: GqlNode[];
  relationships: GqlRelationship[];
  weight: number;
}

export interface Reason {
  code: string;
  zh: string;
  en: string;
}

/** Derived search fields stay in the database; clients never need them. */
const HIDDEN_PROPS = new Set(['pinyin', 'aliasText']);

export function nodeType(labels: readonly string[]): NodeLabel {
  return (NODE_LABELS.find((l) => labels.includes(l)) ?? 'Organisation') as NodeLabel;
}

export function toGqlNode(n: PlainNode): GqlNode {
  const p = n.properties;
  const properties = Object.fromEntries(Object.entries(p).filter(([k]) => !HIDDEN_PROPS.has(k)));
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    id: n.id,
    type: nodeType(n.labels),
    labels: n.labels.filter((l) => l !== 'Entity'),
    name: str(p.name) ?? str(p.nameZh) ?? str(p.nameEn) ?? n.id,
    nameZh: str(p.nameZh),
    nameEn: str(p.nameEn),
    illustrative: p.illustrative === true,
    properties,
  };
}

/** Strength of a tie for path weights; a tie without a recorded strength counts as 0.5. */
export function tieStrength(r: { properties: Record<string, unknown> }): number {
  const s = r.properties.strength;
  return typeof s === 'number' && Number.isFinite(s) ? s : 0.5;
}

export function toGqlRelationship(r: PlainRelationship, walkedFrom?: string): GqlRelationship {
  return {
    id: r.elementId,
    type: r.type,
    from: r.start,
    to: r.end,
    direction: walkedFrom === undefined || walkedFrom === r.start ? 'FORWARD' : 'BACKWARD',
    properties: r.properties,
  };
}

/** A path in walking order; each relationship says whether it was walked along or against its direction. */
export function toGqlPath(p: PlainPath): GqlPath {
  const relationships = p.relationships.map((r, i) => toGqlRelationship(r, p.nodes[i]?.id));
  return {
    length: p.relationships.length,
    nodes: p.nodes.map(toGqlNode),
    relationships,
    weight: p.relationships.reduce((sum, r) => sum + tieStrength(r), 0),
  };
}

export function reason(code: string, zh: string, en: string): Reason {
  return { code, zh, en };
}

/** Reasons as plain strings in the request's language. */
export function reasonTexts(reasons: readonly Reason[], lang: Lang): string[] {
  return reasons.map((r) => (lang === 'en' ? r.en : r.zh));
}
