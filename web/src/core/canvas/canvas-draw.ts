// How elements go onto the canvas and which classes they carry: what is new and drawable (labels in the canvas
// language, parents before children, edges whose ends exist), and the classes for large graphs, hidden types,
// critical nodes and the highlight. Only the canvas controller calls these, inside its batches.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ApiNodeSummary, Lang, NodeType } from '../api/types.js';
import type { ElementIds } from '../graph/elements.js';
import { LARGE_GRAPH_ELEMENTS } from '../graph/styles.js';
import { displayName, relLabel } from '../i18n/translate.js';

/** The label a node shows in this language: its fixed label (a group box) or its name. */
function labelIn(data: Record<string, unknown>, lang: Lang): string | undefined {
  const fixed = data[lang === 'en' ? 'labelEn' : 'labelZh'] as string | undefined;
  if (fixed !== undefined) return fixed;
  return data.node ? displayName(data.node as ApiNodeSummary, lang) : undefined;
}

/**
 * Elements not yet drawn, with edges whose ends will exist after adding; parents before children. On a large
 * graph they carry the `large` class from the start, so styles are computed once rather than twice.
 */
export function drawable(cy: Core, elements: readonly ElementDefinition[], lang: Lang, large = false): ElementDefinition[] {
  const present = new Set(cy.nodes().map((n) => n.id()));
  const nodes: ElementDefinition[] = [];
  for (const e of elements) {
    const id = e.data.id;
    if (e.group !== 'nodes' || !id || present.has(id)) continue;
    present.add(id);
    // Labels follow the canvas language, whatever language the elements were built in.
    const data = { ...e.data };
    const label = labelIn(data, lang);
    if (label !== undefined) data.label = label;
    nodes.push({ ...e, data, classes: large ? `${e.classes ?? ''} large` : e.classes });
  }
  // Cytoscape wants a compound parent to exist before its children.
  const parentIds = new Set(nodes.map((n) => n.data.parent).filter((p): p is string => typeof p === 'string'));
  nodes.sort((a, b) => Number(parentIds.has(b.data.id!)) - Number(parentIds.has(a.data.id!)));
  for (const n of nodes) if (n.data.parent && !present.has(n.data.parent)) delete n.data.parent;
  const edges: ElementDefinition[] = [];
  const edgeIds = new Set(cy.edges().map((e) => e.id()));
  for (const e of elements) {
    const id = e.data.id;
    if (e.group !== 'edges' || !id || edgeIds.has(id)) continue;
    if (!present.has(e.data.source as string) || !present.has(e.data.target as string)) continue;
    edgeIds.add(id);
    edges.push({ ...e, data: { ...e.data, label: relLabel(lang, String(e.data.type ?? '')) }, classes: large ? `${e.classes ?? ''} large` : e.classes });
  }
  return [...nodes, ...edges];
}

/** Every drawn label in this language. */
export function relabel(cy: Core, lang: Lang): void {
  cy.nodes().forEach((n) => {
    const label = labelIn(n.data() as Record<string, unknown>, lang);
    if (label !== undefined) n.data('label', label);
  });
  cy.edges().forEach((e) => {
    e.data('label', relLabel(lang, e.data('type') as string));
  });
}

export function applyLargeGraphStyle(cy: Core): void {
  const large = cy.elements().length > LARGE_GRAPH_ELEMENTS;
  if (large) cy.elements().addClass('large');
  else cy.elements('.large').removeClass('large');
}

export function applyHidden(cy: Core, hiddenTypes: ReadonlySet<NodeType>): void {
  if (hiddenTypes.size === 0) {
    cy.nodes('.hidden-type').removeClass('hidden-type');
    return;
  }
  cy.nodes().forEach((n) => {
    const hide = !n.isParent() && hiddenTypes.has(n.data('type') as NodeType);
    if (hide) n.addClass('hidden-type');
    else n.removeClass('hidden-type');
  });
}

export function applyCritical(cy: Core, criticalIds: ReadonlySet<string>): void {
  cy.nodes('.critical').removeClass('critical');
  for (const id of criticalIds) cy.getElementById(id).addClass('critical');
}

export function applyHighlight(cy: Core, ids: ElementIds | null): void {
  const all = cy.elements();
  all.removeClass('hl dim');
  if (!ids) return;
  const nodeSet = new Set(ids.nodes);
  const edgeSet = new Set(ids.edges);
  all.forEach((el) => {
    const id = el.id();
    const isNode = el.group() === 'nodes';
    const lit = isNode ? nodeSet.has(id) : edgeSet.has(id);
    // Dimming a compound parent would fade its children too, lit ones included.
    if (lit) el.addClass('hl');
    else if (!(isNode && (el as NodeSingular).isParent())) el.addClass('dim');
  });
}
