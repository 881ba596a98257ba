// The one owner of the Cytoscape instance. Views and components hand it elements and ask it to lay out, highlight,
// filter, select, focus and export; none of them touches `cy`. It mirrors what the canvas shows onto the container
// as data-* attributes (counts, highlighted ids, layout state), which is how tests and assistive tools read it.
// It also carries the graph's keyboard model (arrows move between neighbours, Enter opens, + expands, Escape
// clears), the user's display settings (high-contrast style, reduced motion) and the facts the table view lists.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type Layouts, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ApiNodeSummary, ApiRelationship, Lang, NodeType } from '../api/types.js';
import type { ElementIds } from '../graph/elements.js';
import { LARGE_GRAPH_ELEMENTS, stylesheet } from '../graph/styles.js';
import { displayName, relLabel } from '../i18n/translate.js';
import type { CanvasNodeFact, CanvasTieFact } from '../table/table-model.js';
import type { LayoutName } from '../url/url-state.js';
import { arrowDirection, nextFocus, type ArrowDirection, type Placed } from './keyboard-nav.js';
import { LARGE_LAYOUT, layoutOptions, ringPositions, spreadFactor } from './layouts.js';

/** Fitting never zooms in further than this, so a short chain is not blown up to fill the screen. */
const MAX_FRAME_ZOOM = 1.3;
/** How long past its animation an animated layout may take to report its end before it is taken as finished. */
const ANIMATION_GRACE_MS = 1500;

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  extensionsRegistered = true;
}

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

export class CanvasController {
  private readonly cy: Core;
  private container: HTMLElement | null = null;
  private lang: Lang;
  private layoutName: LayoutName;
  private roots: string[] = [];
  private depth = new Map<string, number>();
  private hiddenTypes = new Set<NodeType>();
  private highlightIds: ElementIds | null = null;
  /** Nodes the fragility lens calls critical (class `critical`), kept across additions. */
  private criticalIds = new Set<string>();
  private layout: Layouts | null = null;
  private finishLayout: ((superseded: boolean) => void) | null = null;
  private layoutRunning = false;
  private layoutDone: Promise<void> = Promise.resolve();
  private callbacks: CanvasCallbacks = {};
  private focusId: string | null = null;
  private display: DisplayOptions = { highContrast: false, reducedMotion: false };
  private readonly onKeyDown = (e: KeyboardEvent) => this.handleKey(e);
  /** The ring marks the keyboard's node only while the keyboard is in use (like :focus-visible), not after a click. */
  private keyboardActive = false;
  private pointerDown = false;
  private readonly onPointerDown = () => {
    this.pointerDown = true;
    this.keyboardActive = false;
    this.markFocus(false);
  };
  private readonly onFocusIn = () => {
    // Focus that no pointer brought came from the keyboard (Tab, the skip link).
    if (!this.pointerDown) this.keyboardActive = true;
    this.pointerDown = false;
    this.markFocus(true);
  };
  private readonly onFocusOut = () => {
    this.pointerDown = false;
    this.markFocus(false);
  };

  constructor(options: { lang: Lang; layout: LayoutName }) {
    registerExtensions();
    this.lang = options.lang;
    this.layoutName = options.layout;
    this.cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.data('node')) return;
      // The keyboard carries on from where the pointer chose.
      this.setFocus(node.id(), false);
      this.callbacks.onSelect?.(node.id());
    });
    this.cy.on('select unselect', 'edge', () => this.sync());
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.callbacks.onSelect?.(null);
    });
    this.cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.data('node')) return;
      this.callbacks.onExpand?.(node.id());
    });
  }

  /** Sets some of the callbacks; the others stay as they were. */
  setCallbacks(callbacks: Partial<CanvasCallbacks>): void {
    this.callbacks = { ...this.callbacks, ...callbacks };
  }

  /** Attaches the canvas to a DOM element (the instance renders from then on). */
  mount(container: HTMLElement): void {
    if (this.container === container) return;
    if (this.container) this.cy.unmount();
    this.container = container;
    container.addEventListener('keydown', this.onKeyDown);
    container.addEventListener('focus', this.onFocusIn);
    container.addEventListener('blur', this.onFocusOut);
    container.addEventListener('pointerdown', this.onPointerDown);
    this.cy.mount(container);
    this.cy.resize();
    if (this.cy.nodes().length) this.cy.fit(undefined, 40);
    this.sync();
  }

  unmount(): void {
    if (!this.container) return;
    this.container.removeEventListener('keydown', this.onKeyDown);
    this.container.removeEventListener('focus', this.onFocusIn);
    this.container.removeEventListener('blur', this.onFocusOut);
    this.container.removeEventListener('pointerdown', this.onPointerDown);
    this.cy.unmount();
    this.container = null;
  }

  /**
   * Follows a change of the container's size (the details drawer opening or closing) and keeps what was in the
   * middle of the canvas in the middle, instead of pinning the top-left corner.
   */
  resize(): void {
    const before = { w: this.cy.width(), h: this.cy.height() };
    this.cy.resize();
    const after = { w: this.cy.width(), h: this.cy.height() };
    if (before.w > 0 && before.h > 0 && (before.w !== after.w || before.h !== after.h)) {
      this.cy.panBy({ x: (after.w - before.w) / 2, y: (after.h - before.h) / 2 });
    }
  }

  destroy(): void {
    this.stopLayout();
    this.cy.destroy();
    this.container = null;
  }

  // ---- content ---------------------------------------------------------------------------------------------

  /** Replaces everything on the canvas and lays it out afresh. */
  setContent(elements: readonly ElementDefinition[], options: ContentOptions = {}): Promise<void> {
    this.stopLayout();
    this.highlightIds = null;
    this.setFocus(null);
    this.roots = options.roots ?? [];
    this.depth = new Map(options.depth ?? []);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.drawable(elements, elements.length > LARGE_GRAPH_ELEMENTS));
      this.applyHidden();
      this.applyCritical();
    });
    return this.runLayout(false);
  }

  /** Adds what is not drawn yet; returns the ids of the nodes added. */
  add(elements: readonly ElementDefinition[], options: AddOptions = {}): Promise<string[]> {
    const fresh = this.drawable(elements, this.cy.elements().length + elements.length > LARGE_GRAPH_ELEMENTS);
    const added: string[] = [];
    if (!fresh.length) return Promise.resolve(added);
    for (const [id, d] of options.depth ?? []) if (!this.depth.has(id)) this.depth.set(id, d);
    const anchor = options.around ? this.cy.getElementById(options.around) : null;
    const center = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const newNodes = fresh.filter((e) => e.group === 'nodes' && !e.data.parent);
    const ring = ringPositions(center, newNodes.length);
    this.cy.batch(() => {
      newNodes.forEach((e, i) => {
        e.position = { ...ring[i]! };
      });
      this.cy.add(fresh);
      this.applyLargeGraphStyle();
      this.applyHidden();
      this.applyHighlight();
      this.applyCritical();
    });
    for (const e of fresh) if (e.group === 'nodes' && e.data.id) added.push(e.data.id);
    return this.runLayout(this.cy.nodes().length > added.length).then(() => added);
  }

  remove(ids: readonly string[]): void {
    if (this.focusId && ids.includes(this.focusId)) this.setFocus(null);
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).remove();
    });
    this.sync();
  }

  clear(): void {
    this.stopLayout();
    this.highlightIds = null;
    this.setFocus(null);
    this.roots = [];
    this.depth.clear();
    this.cy.elements().remove();
    this.sync();
  }

  hasNode(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  nodeIds(): Set<string> {
    return new Set(this.cy.nodes().map((n) => n.id()));
  }

  /** Width and height the drawn nodes cover, in model coordinates (labels left out). */
  extent(): { w: number; h: number } {
    const bb = this.cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
    return { w: bb.w, h: bb.h };
  }

  /** Ids of the nodes currently shown (not filtered out by the legend). */
  visibleNodeIds(): string[] {
    return this.cy
      .nodes()
      .filter((n) => !n.hasClass('hidden-type') && n.ancestors('.hidden-type').empty())
      .map((n) => n.id())
      .sort();
  }

  /** The API node drawn under this id, if any. */
  node(id: string): ApiNodeSummary | undefined {
    const el = this.cy.getElementById(id);
    return el.nonempty() ? (el.data('node') as ApiNodeSummary | undefined) : undefined;
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass('expanded');
  }

  // ---- layout ----------------------------------------------------------------------------------------------

  setLayout(name: LayoutName): Promise<void> {
    this.layoutName = name;
    this.sync();
    return this.runLayout(false);
  }

  /** Resolves when the current layout (if any) has stopped. */
  settled(): Promise<void> {
    return this.layoutDone;
  }

  runLayout(incremental: boolean): Promise<void> {
    this.stopLayout();
    const nodes = this.cy.nodes();
    if (!nodes.length) {
      this.sync();
      return (this.layoutDone = Promise.resolve());
    }
    // A large graph that only grew keeps its layout: the new nodes already sit on a ring around the node they came
    // from, and re-laying out thousands of nodes for a few more would move everything the user was looking at.
    if (incremental && this.layoutName === 'fcose' && nodes.length > LARGE_LAYOUT) {
      if (this.container) this.frameAfterLayout();
      this.sync();
      return (this.layoutDone = Promise.resolve());
    }
    const spread = this.layoutName === 'fcose' && nodes.length > LARGE_LAYOUT;
    const options = layoutOptions(this.layoutName, {
      nodeCount: nodes.length,
      roots: this.roots.filter((id) => this.hasNode(id)),
      incremental,
      depth: this.depth,
      compound: this.cy.nodes(':parent').nonempty(),
    }) as LayoutOptions & { animate?: boolean; fit?: boolean; animationDuration?: number };
    // Without a container there is nothing to animate (headless use, tests); a user who asked for reduced motion
    // gets the final positions at once. The view is framed after the layout rather than by it, so a graph of one
    // or two nodes is not zoomed to fill the screen.
    if (!this.container || this.display.reducedMotion) options.animate = false;
    options.fit = false;
    const layout = this.cy.elements().layout(options);
    this.layout = layout;
    this.layoutRunning = true;
    this.sync();
    this.layoutDone = new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (superseded: boolean) => {
        if (this.finishLayout !== finish) return;
        this.finishLayout = null;
        if (timer !== undefined) clearTimeout(timer);
        this.layout = null;
        this.layoutRunning = false;
        if (!superseded) {
          if (spread) this.spread();
          if (this.container) this.frameAfterLayout();
          this.sync();
        }
        resolve();
      };
      this.finishLayout = finish;
      layout.one('layoutstop', () => finish(false));
      // An animated layout reports its end only when every node animation completes; one interrupted (nodes removed,
      // a newer layout started) never does. The deadline makes sure nobody waits on it forever.
      if (options.animate) timer = setTimeout(() => finish(false), (options.animationDuration ?? 500) + ANIMATION_GRACE_MS);
    });
    layout.run();
    return this.layoutDone;
  }

  /** Stops the running layout, if any, and releases whoever waits for it. */
  private stopLayout(): void {
    const finish = this.finishLayout;
    const layout = this.layout;
    if (finish) finish(true);
    layout?.stop();
  }

  fit(): void {
    const shown = this.cy.nodes().not('.hidden-type');
    if (shown.nonempty()) this.frame(shown, 40);
  }

  /** Scales a spectral layout out from its centre so nodes stop overlapping (see layouts.ts). */
  private spread(): void {
    const nodes = this.cy.nodes().filter((n) => !n.isParent());
    const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const f = spreadFactor(bb, nodes.length);
    if (f <= 1.01) return;
    const cx = bb.x1 + bb.w / 2;
    const cy = bb.y1 + bb.h / 2;
    this.cy.batch(() => {
      nodes.positions((n) => {
        const p = n.position();
        return { x: cx + (p.x - cx) * f, y: cy + (p.y - cy) * f };
      });
    });
  }

  /** After a layout: frame the highlighted nodes when there are some, else every node shown. */
  private frameAfterLayout(): void {
    const hl = this.cy.nodes('.hl');
    const target = hl.nonempty() ? hl : this.cy.nodes().not('.hidden-type');
    if (target.nonempty()) this.frame(target, hl.nonempty() ? 70 : 40);
  }

  /** Brings elements into view without zooming in past a comfortable reading size (a 3-node chain stays readable). */
  private frame(eles: cytoscape.NodeCollection, padding: number): void {
    // Label sizes are left out: measuring thousands of labels costs more than the margin they would add.
    const bb = eles.boundingBox({ includeLabels: eles.length < 300, includeOverlays: false });
    const w = this.cy.width();
    const h = this.cy.height();
    if (!w || !h) return;
    const fitZoom = Math.min((w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1));
    const zoom = Math.max(this.cy.minZoom(), Math.min(MAX_FRAME_ZOOM, fitZoom));
    const cx = bb.x1 + bb.w / 2;
    const cy = bb.y1 + bb.h / 2;
    this.moveViewport(zoom, { x: w / 2 - zoom * cx, y: h / 2 - zoom * cy });
  }

  /** Zooms and pans, animated unless the user asked for reduced motion. */
  private moveViewport(zoom: number, pan: { x: number; y: number }): void {
    if (this.display.reducedMotion) {
      this.cy.stop();
      this.cy.viewport({ zoom, pan });
    } else this.cy.animate({ zoom, pan, duration: 300 });
  }

  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 1.1);
    const p = node.position();
    this.moveViewport(zoom, { x: this.cy.width() / 2 - zoom * p.x, y: this.cy.height() / 2 - zoom * p.y });
  }

  // ---- highlight, selection, filters -------------------------------------------------------------------------

  /** Highlights these nodes and edges and dims the rest; null clears. Optionally fits the view to them. */
  highlight(ids: ElementIds | null, fit = true): void {
    this.highlightIds = ids;
    this.cy.batch(() => this.applyHighlight());
    if (ids && fit && this.container) {
      const hl = this.cy.nodes('.hl');
      if (hl.nonempty()) this.frame(hl, 70);
    }
    this.sync();
  }

  /** Marks the nodes whose loss cuts every path or bridge (the fragility lens); empty or null clears. */
  markCritical(ids: readonly string[] | null): void {
    this.criticalIds = new Set(ids ?? []);
    this.cy.batch(() => this.applyCritical());
    this.sync();
  }

  /** The drawn nodes marked critical, sorted. */
  criticalNodes(): string[] {
    return this.cy.nodes('.critical').map((n) => n.id()).sort();
  }

  select(id: string | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
    // The keyboard carries on from the selected node, wherever it was chosen (canvas, table, drawer, list).
    if (id && this.isNavigable(this.cy.getElementById(id))) this.setFocus(id, false);
    this.sync();
  }

  /** Selects a tie on the canvas (a row of the ties table), or none. */
  selectTie(id: string | null): void {
    this.cy.batch(() => {
      this.cy.edges(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
    this.sync();
  }

  // ---- display settings ----------------------------------------------------------------------------------------

  setDisplay(options: DisplayOptions): void {
    const restyle = options.highContrast !== this.display.highContrast;
    this.display = { ...options };
    if (options.reducedMotion) this.cy.stop();
    if (restyle) this.cy.style(stylesheet({ highContrast: options.highContrast }));
    this.sync();
  }

  get displayOptions(): DisplayOptions {
    return { ...this.display };
  }

  // ---- keyboard ------------------------------------------------------------------------------------------------

  /** The node the keyboard is on, if any. */
  get focusedId(): string | null {
    return this.focusId;
  }

  /** Nodes the keyboard can land on: real nodes (not group boxes) of a type that is shown. */
  private isNavigable(n: cytoscape.CollectionReturnValue | NodeSingular): boolean {
    return n.nonempty() && n.isNode() && !!n.data('node') && !n.hasClass('hidden-type');
  }

  private navigableNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().filter((n) => this.isNavigable(n));
  }

  /** Where the keyboard starts: the selected node, else the view's first root, else a highlighted node, else the best-connected one. */
  private startNode(): string | null {
    const nodes = this.navigableNodes();
    if (nodes.empty()) return null;
    const selected = nodes.filter(':selected');
    if (selected.nonempty()) return selected.first().id();
    for (const id of this.roots) if (nodes.getElementById(id).nonempty()) return id;
    const hl = nodes.filter('.hl');
    if (hl.nonempty()) return hl.first().id();
    let best = nodes.first();
    nodes.forEach((n) => {
      if (this.degreeOf(n) > this.degreeOf(best)) best = n;
    });
    return best.id();
  }

  private degreeOf(n: NodeSingular): number {
    return n.connectedEdges().filter((e) => !e.source().hasClass('hidden-type') && !e.target().hasClass('hidden-type')).length;
  }

  /** Moves the keyboard to the node in this direction (the first arrow press lands on the start node). */
  moveFocus(direction: ArrowDirection): string | null {
    const current = this.focusId ? this.cy.getElementById(this.focusId) : null;
    if (!current || !this.isNavigable(current)) {
      this.setFocus(this.startNode());
      return this.focusId;
    }
    const place = (n: NodeSingular): Placed => ({ id: n.id(), ...n.renderedPosition() });
    const here = place(current as NodeSingular);
    const neighbours = (current as NodeSingular)
      .neighborhood()
      .nodes()
      .filter((n) => this.isNavigable(n))
      .map(place);
    const others = this.navigableNodes().map(place);
    const next = nextFocus(here, neighbours, others, direction);
    if (next) this.setFocus(next);
    else this.announceFocus();
    return this.focusId;
  }

  /** Puts the keyboard on a node (null: nowhere), keeps it in view and announces it when `announce`. */
  setFocus(id: string | null, announce = true): void {
    if (id === this.focusId) {
      if (announce) this.announceFocus();
      return;
    }
    if (this.focusId) this.cy.getElementById(this.focusId).removeClass('kbd-focus');
    this.focusId = id;
    const node = id ? this.cy.getElementById(id) : null;
    if (node && node.nonempty() && this.keyboardActive && this.container && this.container === document.activeElement) node.addClass('kbd-focus');
    if (node && node.nonempty() && announce) this.keepInView(node as NodeSingular);
    if (this.container) this.container.dataset.focused = id ?? '';
    if (announce || id === null) this.announceFocus();
  }

  private announceFocus(): void {
    const id = this.focusId;
    const node = id ? this.cy.getElementById(id) : null;
    if (!id || !node || node.empty() || !node.data('node')) {
      this.callbacks.onFocus?.(null);
      return;
    }
    this.callbacks.onFocus?.({ id, node: node.data('node') as ApiNodeSummary, degree: this.degreeOf(node as NodeSingular), highlighted: node.hasClass('hl') });
  }

  /** The focus ring shows only while the canvas has the keyboard, like any focus indicator. */
  private markFocus(on: boolean): void {
    if (!this.focusId || (on && !this.keyboardActive)) return;
    const node = this.cy.getElementById(this.focusId);
    if (on) node.addClass('kbd-focus');
    else node.removeClass('kbd-focus');
  }

  /** Pans (never zooms) just enough to bring a node that is off screen or at the edge back into view. */
  private keepInView(node: NodeSingular): void {
    const w = this.cy.width();
    const h = this.cy.height();
    if (!w || !h) return;
    const p = node.renderedPosition();
    const margin = 48;
    if (p.x >= margin && p.x <= w - margin && p.y >= margin && p.y <= h - margin) return;
    const pan = this.cy.pan();
    this.moveViewport(this.cy.zoom(), { x: pan.x + (w / 2 - p.x), y: pan.y + (h / 2 - p.y) });
  }

  /** The canvas's keys while it has focus; other keys (Tab included) pass through. */
  handleKey(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'>): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const direction = arrowDirection(e.key);
    if (e.key !== 'Tab' && !this.keyboardActive) {
      this.keyboardActive = true;
      this.markFocus(true);
    }
    let handled = true;
    if (direction) this.moveFocus(direction);
    else if (e.key === 'Home') this.setFocus(this.startNode());
    else if ((e.key === 'Enter' || e.key === ' ') && this.focusId) this.callbacks.onSelect?.(this.focusId);
    else if ((e.key === '+' || e.key === '=') && this.focusId) this.callbacks.onExpand?.(this.focusId);
    else if (e.key === 'Escape' && (this.focusId || this.cy.$(':selected').nonempty())) {
      this.setFocus(null);
      this.callbacks.onSelect?.(null);
    } else handled = false;
    if (handled) e.preventDefault();
    return handled;
  }

  // ---- table ---------------------------------------------------------------------------------------------------

  /** What the canvas shows, as facts for the table view: nodes and ties of the types shown, in drawing order. */
  tableFacts(): { nodes: CanvasNodeFact[]; ties: CanvasTieFact[]; names: Map<string, ApiNodeSummary> } {
    const nodes: CanvasNodeFact[] = [];
    const names = new Map<string, ApiNodeSummary>();
    this.navigableNodes().forEach((n) => {
      const node = n.data('node') as ApiNodeSummary;
      names.set(node.id, node);
      const parent = n.parent();
      const zh = parent.nonempty() ? ((parent.data('labelZh') as string | undefined) ?? (parent.data('label') as string | undefined)) : undefined;
      const en = parent.nonempty() ? ((parent.data('labelEn') as string | undefined) ?? zh) : undefined;
      const bw = n.data('bw') as unknown;
      nodes.push({
        node,
        degree: this.degreeOf(n),
        score: typeof bw === 'number' && Number.isFinite(bw) ? bw : null,
        group: zh !== undefined ? { zh, en: en ?? zh } : null,
        highlighted: n.hasClass('hl'),
      });
    });
    const ties: CanvasTieFact[] = [];
    this.cy.edges().forEach((e) => {
      const rel = e.data('rel') as ApiRelationship | undefined;
      if (!rel || !names.has(e.source().id()) || !names.has(e.target().id())) return;
      ties.push({ rel, highlighted: e.hasClass('hl') });
    });
    return { nodes, ties, names };
  }

  setHiddenTypes(types: Iterable<NodeType>): void {
    this.hiddenTypes = new Set(types);
    this.cy.batch(() => this.applyHidden());
    this.sync();
  }

  get language(): Lang {
    return this.lang;
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const fixed = n.data(lang === 'en' ? 'labelEn' : 'labelZh') as string | undefined;
        const api = n.data('node') as ApiNodeSummary | undefined;
        if (fixed !== undefined) n.data('label', fixed);
        else if (api) n.data('label', displayName(api, lang));
      });
      this.cy.edges().forEach((e) => {
        e.data('label', relLabel(lang, e.data('type') as string));
      });
    });
  }

  // ---- export ----------------------------------------------------------------------------------------------

  /** The drawn subgraph as the API sent it (synthetic group nodes are left out). */
  subgraph(): { nodes: ApiNodeSummary[]; relationships: ApiRelationship[] } {
    return {
      nodes: this.cy.nodes().map((n) => n.data('node') as ApiNodeSummary | undefined).filter((n): n is ApiNodeSummary => n !== undefined),
      relationships: this.cy.edges().map((e) => e.data('rel') as ApiRelationship | undefined).filter((r): r is ApiRelationship => r !== undefined),
    };
  }

  /** The whole canvas as a PNG (twice the screen resolution, white background). */
  png(): Promise<Blob> {
    if (!this.container) return Promise.reject(new Error('the canvas is not on the page'));
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  snapshot(): CanvasSnapshot {
    const typeCounts: Partial<Record<NodeType, number>> = {};
    let groups = 0;
    this.cy.nodes().forEach((n) => {
      if (!n.data('node')) {
        groups++;
        return;
      }
      const t = n.data('type') as NodeType;
      typeCounts[t] = (typeCounts[t] ?? 0) + 1;
    });
    const relTypeCounts: Record<string, number> = {};
    this.cy.edges().forEach((e) => {
      const t = e.data('type') as string;
      relTypeCounts[t] = (relTypeCounts[t] ?? 0) + 1;
    });
    const selected = this.cy.$('node:selected');
    const selectedTie = this.cy.$('edge:selected');
    return {
      nodeCount: this.cy.nodes().length - groups,
      edgeCount: this.cy.edges().length,
      typeCounts,
      relTypeCounts,
      highlighted: this.cy
        .nodes('.hl')
        .map((n) => n.id())
        .sort(),
      highlightedEdges: this.cy.edges('.hl').length,
      selected: selected.nonempty() ? selected.first().id() : null,
      selectedTie: selectedTie.nonempty() ? selectedTie.first().id() : null,
      layoutRunning: this.layoutRunning,
      groups,
    };
  }

  // ---- internals -------------------------------------------------------------------------------------------

  /**
   * Elements not yet drawn, with edges whose ends will exist after adding; parents before children. On a large
   * graph they carry the `large` class from the start, so styles are computed once rather than twice.
   */
  private drawable(elements: readonly ElementDefinition[], large = false): ElementDefinition[] {
    const present = new Set(this.cy.nodes().map((n) => n.id()));
    const nodes: ElementDefinition[] = [];
    for (const e of elements) {
      const id = e.data.id;
      if (e.group !== 'nodes' || !id || present.has(id)) continue;
      present.add(id);
      // Labels follow the canvas language, whatever language the elements were built in.
      const data = { ...e.data };
      const fixed = data[this.lang === 'en' ? 'labelEn' : 'labelZh'] as string | undefined;
      if (fixed !== undefined) data.label = fixed;
      else if (data.node) data.label = displayName(data.node as ApiNodeSummary, this.lang);
      nodes.push({ ...e, data, classes: large ? `${e.classes ?? ''} large` : e.classes });
    }
    // Cytoscape wants a compound parent to exist before its children.
    const parentIds = new Set(nodes.map((n) => n.data.parent).filter((p): p is string => typeof p === 'string'));
    nodes.sort((a, b) => Number(parentIds.has(b.data.id!)) - Number(parentIds.has(a.data.id!)));
    for (const n of nodes) if (n.data.parent && !present.has(n.data.parent)) delete n.data.parent;
    const edges: ElementDefinition[] = [];
    const edgeIds = new Set(this.cy.edges().map((e) => e.id()));
    for (const e of elements) {
      const id = e.data.id;
      if (e.group !== 'edges' || !id || edgeIds.has(id)) continue;
      if (!present.has(e.data.source as string) || !present.has(e.data.target as string)) continue;
      edgeIds.add(id);
      edges.push({ ...e, data: { ...e.data, label: relLabel(this.lang, String(e.data.type ?? '')) }, classes: large ? `${e.classes ?? ''} large` : e.classes });
    }
    return [...nodes, ...edges];
  }

  private applyLargeGraphStyle(): void {
    const large = this.cy.elements().length > LARGE_GRAPH_ELEMENTS;
    if (large) this.cy.elements().addClass('large');
    else this.cy.elements('.large').removeClass('large');
  }

  private applyHidden(): void {
    if (this.hiddenTypes.size === 0) {
      this.cy.nodes('.hidden-type').removeClass('hidden-type');
      return;
    }
    this.cy.nodes().forEach((n) => {
      const hide = !n.isParent() && this.hiddenTypes.has(n.data('type') as NodeType);
      if (hide) n.addClass('hidden-type');
      else n.removeClass('hidden-type');
    });
  }

  private applyCritical(): void {
    this.cy.nodes('.critical').removeClass('critical');
    for (const id of this.criticalIds) this.cy.getElementById(id).addClass('critical');
  }

  private applyHighlight(): void {
    const all = this.cy.elements();
    all.removeClass('hl dim');
    const ids = this.highlightIds;
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

  private sync(): void {
    const snap = this.snapshot();
    const c = this.container;
    if (c) {
      c.dataset.nodeCount = String(snap.nodeCount);
      c.dataset.edgeCount = String(snap.edgeCount);
      c.dataset.groups = String(snap.groups);
      c.dataset.compounds = String(this.cy.nodes(':parent').length);
      c.dataset.highlighted = String(snap.highlighted.length);
      c.dataset.highlightedIds = snap.highlighted.join(' ');
      c.dataset.highlightedEdges = String(snap.highlightedEdges);
      c.dataset.selected = snap.selected ?? '';
      c.dataset.layout = this.layoutName;
      c.dataset.layoutState = snap.layoutRunning ? 'running' : 'idle';
      c.dataset.hiddenTypes = [...this.hiddenTypes].sort().join(' ');
      c.dataset.nodeIds = this.cy.nodes().length <= 400 ? this.cy.nodes().map((n) => n.id()).sort().join(' ') : '';
      c.dataset.selectedTie = snap.selectedTie ?? '';
      c.dataset.focused = this.focusId ?? '';
      c.dataset.criticalIds = this.criticalNodes().join(' ');
      c.dataset.contrast = this.display.highContrast ? 'more' : 'normal';
      c.dataset.motion = this.display.reducedMotion ? 'reduced' : 'full';
    }
    this.callbacks.onChange?.(snap);
  }
}
