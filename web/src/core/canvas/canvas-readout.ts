// What the canvas shows, read back: the snapshot views and tests read, the facts the table view lists, the drawn
// subgraph for export, and the data-* attributes mirrored onto the container for tests and assistive tools.
import type { CollectionReturnValue, Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { ApiNodeSummary, ApiRelationship, NodeType } from '../api/types.js';
import type { CanvasNodeFact, CanvasTieFact } from '../table/table-model.js';
import type { CanvasSnapshot, DisplayOptions } from './canvas-types.js';

/** Nodes the keyboard can land on: real nodes (not group boxes) of a type that is shown. */
export function isNavigable(n: CollectionReturnValue | NodeSingular): boolean {
  return n.nonempty() && n.isNode() && !!n.data('node') && !n.hasClass('hidden-type');
}

export function navigableNodes(cy: Core): NodeCollection {
  return cy.nodes().filter((n) => isNavigable(n));
}

/** Ties of a node to nodes that are shown. */
export function degreeOf(n: NodeSingular): number {
  return n.connectedEdges().filter((e) => !e.source().hasClass('hidden-type') && !e.target().hasClass('hidden-type')).length;
}

export function snapshot(cy: Core, layoutRunning: boolean): CanvasSnapshot {
  const typeCounts: Partial<Record<NodeType, number>> = {};
  let groups = 0;
  cy.nodes().forEach((n) => {
    if (!n.data('node')) {
      groups++;
      return;
    }
    const t = n.data('type') as NodeType;
    typeCounts[t] = (typeCounts[t] ?? 0) + 1;
  });
  const relTypeCounts: Record<string, number> = {};
  cy.edges().forEach((e) => {
    const t = e.data('type') as string;
    relTypeCounts[t] = (relTypeCounts[t] ?? 0) + 1;
  });
  const selected = cy.$('node:selected');
  const selectedTie = cy.$('edge:selected');
  return {
    nodeCount: cy.nodes().length - groups,
    edgeCount: cy.edges().length,
    typeCounts,
    relTypeCounts,
    highlighted: cy
      .nodes('.hl')
      .map((n) => n.id())
      .sort(),
    highlightedEdges: cy.edges('.hl').length,
    selected: selected.nonempty() ? selected.first().id() : null,
    selectedTie: selectedTie.nonempty() ? selectedTie.first().id() : null,
    layoutRunning,
    groups,
  };
}

/** What the canvas shows, as facts for the table view: nodes and ties of the types shown, in drawing order. */
export function tableFacts(cy: Core): { nodes: CanvasNodeFact[]; ties: CanvasTieFact[]; names: Map<string, ApiNodeSummary> } {
  const nodes: CanvasNodeFact[] = [];
  const names = new Map<string, ApiNodeSummary>();
  navigableNodes(cy).forEach((n) => {
    const node = n.data('node') as ApiNodeSummary;
    names.set(node.id, node);
    const parent = n.parent();
    const zh = parent.nonempty() ? ((parent.data('labelZh') as string | undefined) ?? (parent.data('label') as string | undefined)) : undefined;
    const en = parent.nonempty() ? ((parent.data('labelEn') as string | undefined) ?? zh) : undefined;
    const bw = n.data('bw') as unknown;
    nodes.push({
      node,
      degree: degreeOf(n),
      score: typeof bw === 'number' && Number.isFinite(bw) ? bw : null,
      group: zh !== undefined ? { zh, en: en ?? zh } : null,
      highlighted: n.hasClass('hl'),
    });
  });
  const ties: CanvasTieFact[] = [];
  cy.edges().forEach((e) => {
    const rel = e.data('rel') as ApiRelationship | undefined;
    if (!rel || !names.has(e.source().id()) || !names.has(e.target().id())) return;
    ties.push({ rel, highlighted: e.hasClass('hl') });
  });
  return { nodes, ties, names };
}

/** The drawn subgraph as the API sent it (synthetic group nodes are left out). */
export function subgraph(cy: Core): { nodes: ApiNodeSummary[]; relationships: ApiRelationship[] } {
  return {
    nodes: cy.nodes().map((n) => n.data('node') as ApiNodeSummary | undefined).filter((n): n is ApiNodeSummary => n !== undefined),
    relationships: cy.edges().map((e) => e.data('rel') as ApiRelationship | undefined).filter((r): r is ApiRelationship => r !== undefined),
  };
}

/** The controller's own state that the container mirrors beside the snapshot. */
export interface MirroredState {
  layout: string;
  hiddenTypes: ReadonlySet<NodeType>;
  focusId: string | null;
  display: DisplayOptions;
}

/** Writes what the canvas shows onto the container as data-* attributes. */
export function mirror(c: HTMLElement, cy: Core, snap: CanvasSnapshot, state: MirroredState): void {
  c.dataset.nodeCount = String(snap.nodeCount);
  c.dataset.edgeCount = String(snap.edgeCount);
  c.dataset.groups = String(snap.groups);
  c.dataset.compounds = String(cy.nodes(':parent').length);
  c.dataset.highlighted = String(snap.highlighted.length);
  c.dataset.highlightedIds = snap.highlighted.join(' ');
  c.dataset.highlightedEdges = String(snap.highlightedEdges);
  c.dataset.selected = snap.selected ?? '';
  c.dataset.layout = state.layout;
  c.dataset.layoutState = snap.layoutRunning ? 'running' : 'idle';
  c.dataset.hiddenTypes = [...state.hiddenTypes].sort().join(' ');
  c.dataset.nodeIds = cy.nodes().length <= 400 ? cy.nodes().map((n) => n.id()).sort().join(' ') : '';
  c.dataset.selectedTie = snap.selectedTie ?? '';
  c.dataset.focused = state.focusId ?? '';
  c.dataset.criticalIds = criticalNodes(cy).join(' ');
  c.dataset.contrast = state.display.highContrast ? 'more' : 'normal';
  c.dataset.motion = state.display.reducedMotion ? 'reduced' : 'full';
}

/** The drawn nodes marked critical, sorted. */
export function criticalNodes(cy: Core): string[] {
  return cy.nodes('.critical').map((n) => n.id()).sort();
}
