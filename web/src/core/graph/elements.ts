// API nodes, relationships and paths -> Cytoscape element definitions. Each element keeps its API object in
// `data.node` / `data.rel`, so the details drawer and the JSON export read exactly what the server sent.
import type { ElementDefinition } from 'cytoscape';
import type { ApiNodeSummary, ApiPath, ApiRelationship, Lang } from '../api/types.js';
import { displayName, relLabel } from '../i18n/translate.js';

export interface NodeOptions {
  parent?: string;
  /** Replaces the display name in both languages (e.g. "意大利 · 120 人" / "Italy · 120" on a group). */
  labels?: { zh: string; en: string };
  classes?: string[];
}

const ROLE_LABELS = new Set(['TechManager', 'Researcher', 'Entrepreneur', 'Expert']);

export function roleLabels(node: ApiNodeSummary): string[] {
  return node.labels.filter((l) => ROLE_LABELS.has(l));
}

export function nodeElement(node: ApiNodeSummary, lang: Lang, options: NodeOptions = {}): ElementDefinition {
  const classes = [node.type, ...roleLabels(node), ...(options.classes ?? [])];
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: options.labels ? options.labels[lang] : displayName(node, lang),
      type: node.type,
      illustrative: node.illustrative,
      node,
      ...(options.parent ? { parent: options.parent } : {}),
      ...(options.labels ? { labelZh: options.labels.zh, labelEn: options.labels.en } : {}),
    },
    classes: classes.join(' '),
  };
}

/** Tie strength for drawing; a tie without a recorded strength is drawn as average. */
export function strengthOf(rel: ApiRelationship): number {
  const s = rel.properties.strength;
  return typeof s === 'number' && Number.isFinite(s) ? Math.max(0, Math.min(1, s)) : 0.5;
}

/** A tie whose end date lies before `today` (YYYY-MM-DD) has ended. */
export function hasEnded(rel: ApiRelationship, today: string): boolean {
  const end = rel.properties.end;
  return typeof end === 'string' && end.slice(0, 10) < today;
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function edgeElement(rel: ApiRelationship, lang: Lang, today = todayIso()): ElementDefinition {
  const classes = [rel.type];
  if (hasEnded(rel, today)) classes.push('ended');
  return {
    group: 'edges',
    data: {
      id: rel.id,
      source: rel.from,
      target: rel.to,
      type: rel.type,
      label: relLabel(lang, rel.type),
      strength: strengthOf(rel),
      illustrative: rel.properties.illustrative === true,
      rel,
    },
    classes: classes.join(' '),
  };
}

/**
 * Elements for a set of nodes and relationships: nodes deduplicated by id (first wins), edges deduplicated by id
 * and dropped when an end is missing, so the canvas never receives an edge it cannot draw.
 */
export function graphElements(nodes: readonly ApiNodeSummary[], rels: readonly ApiRelationship[], lang: Lang, today = todayIso()): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    out.push(nodeElement(n, lang));
  }
  const edgeIds = new Set<string>();
  for (const r of rels) {
    if (edgeIds.has(r.id) || !ids.has(r.from) || !ids.has(r.to)) continue;
    edgeIds.add(r.id);
    out.push(edgeElement(r, lang, today));
  }
  return out;
}

export interface ElementIds {
  nodes: string[];
  edges: string[];
}

export function pathIds(path: Pick<ApiPath, 'nodes' | 'relationships'>): ElementIds {
  return { nodes: path.nodes.map((n) => n.id), edges: path.relationships.map((r) => r.id) };
}

/** The union of several paths' nodes and relationships, in first-seen order. */
export function pathsElements(paths: readonly Pick<ApiPath, 'nodes' | 'relationships'>[], lang: Lang, today = todayIso()): ElementDefinition[] {
  return graphElements(
    paths.flatMap((p) => p.nodes),
    paths.flatMap((p) => p.relationships),
    lang,
    today,
  );
}
