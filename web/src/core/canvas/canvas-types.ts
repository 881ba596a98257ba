// What the canvas controller reports and takes: its snapshot, the node the keyboard is on, the callbacks a view
// sets, display settings and the options of drawing.
import type { ApiNodeSummary, NodeType } from '../api/types.js';

export interface CanvasSnapshot {
  nodeCount: number;
  edgeCount: number;
  typeCounts: Partial<Record<NodeType, number>>;
  relTypeCounts: Record<string, number>;
  highlighted: string[];
  highlightedEdges: number;
  selected: string | null;
  /** The tie selected on the canvas (a click on it, or a row of the ties table). */
  selectedTie: string | null;
  layoutRunning: boolean;
  groups: number;
}

/** The node the keyboard is on, as it is announced. */
export interface FocusInfo {
  id: string;
  node: ApiNodeSummary;
  degree: number;
  highlighted: boolean;
}

export interface CanvasCallbacks {
  onSelect?(id: string | null): void;
  onExpand?(id: string): void;
  onChange?(snapshot: CanvasSnapshot): void;
  /** The keyboard moved to a node (null: it left the graph or the graph was cleared). */
  onFocus?(info: FocusInfo | null): void;
}

export interface DisplayOptions {
  highContrast: boolean;
  /** No layout or viewport animation (the system's `prefers-reduced-motion: reduce`). */
  reducedMotion: boolean;
}

export interface ContentOptions {
  /** Ids placed first by hierarchical and concentric layouts. */
  roots?: string[];
  /** Hop distance from the root per node, for concentric rings. */
  depth?: ReadonlyMap<string, number>;
}

export interface AddOptions {
  /** New nodes start on a ring around this node before the layout settles them. */
  around?: string;
  depth?: ReadonlyMap<string, number>;
}
