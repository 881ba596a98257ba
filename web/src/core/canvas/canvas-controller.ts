// The one owner of the Cytoscape instance. Views and components hand it elements and ask it to lay out, highlight,
// filter, select, focus and export; none of them touches `cy`. It mirrors what the canvas shows onto the container
// as data-* attributes (counts, highlighted ids, layout state), which is how tests and assistive tools read it.
// It also carries the graph's keyboard model (arrows move between neighbours, Enter opens, + expands, Escape
// clears), the user's display settings (high-contrast style, reduced motion) and the facts the table view lists.
// The parts it is built from: canvas-draw (what goes on and its classes), canvas-readout (snapshot, table facts,
// export, the data-* mirror), canvas-viewport (framing, panning), canvas-focus (the keyboard).
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type Layouts, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ApiNodeSummary, ApiRelationship, Lang, NodeType } from '../api/types.js';
import type { ElementIds } from '../graph/elements.js';
import { LARGE_GRAPH_ELEMENTS, stylesheet } from '../graph/styles.js';
import type { CanvasNodeFact, CanvasTieFact } from '../table/table-model.js';
import type { LayoutName } from '../url/url-state.js';
import { applyCritical, applyHidden, applyHighlight, applyLargeGraphStyle, drawable, relabel } from './canvas-draw.js';
import { CanvasFocus, type KeyPress } from './canvas-focus.js';
import { criticalNodes, isNavigable, mirror, snapshot, subgraph, tableFacts } from './canvas-readout.js';
import type { AddOptions, CanvasCallbacks, CanvasSnapshot, ContentOptions, DisplayOptions } from './canvas-types.js';
import { centreOn, frame, frameAfterLayout, spread } from './canvas-viewport.js';
import type { ArrowDirection } from './keyboard-nav.js';
import { LARGE_LAYOUT, layoutOptions, ringPositions } from './layouts.js';

export type { AddOptions, CanvasCallbacks, CanvasSnapshot, ContentOptions, DisplayOptions, FocusInfo } from './canvas-types.js';

/** How long past its animation an animated layout may take to report its end before it is taken as finished. */
const ANIMATION_GRACE_MS = 1500;

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  extensionsRegistered = true;
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
  private display: DisplayOptions = { highContrast: false, reducedMotion: false };
  private readonly keys: CanvasFocus;

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
    this.keys = new CanvasFocus({
      cy: this.cy,
      container: () => this.container,
      callbacks: () => this.callbacks,
      roots: () => this.roots,
      reducedMotion: () => this.display.reducedMotion,
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
    this.keys.listen(container);
    this.cy.mount(container);
    this.cy.resize();
    if (this.cy.nodes().length) this.cy.fit(undefined, 40);
    this.sync();
  }

  unmount(): void {
    if (!this.container) return;
    this.keys.stopListening(this.container);
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
      this.cy.add(drawable(this.cy, elements, this.lang, elements.length > LARGE_GRAPH_ELEMENTS));
      applyHidden(this.cy, this.hiddenTypes);
      applyCritical(this.cy, this.criticalIds);
    });
    return this.runLayout(false);
  }

  /** Adds what is not drawn yet; returns the ids of the nodes added. */
  add(elements: readonly ElementDefinition[], options: AddOptions = {}): Promise<string[]> {
    const fresh = drawable(this.cy, elements, this.lang, this.cy.elements().length + elements.length > LARGE_GRAPH_ELEMENTS);
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
      applyLargeGraphStyle(this.cy);
      applyHidden(this.cy, this.hiddenTypes);
      applyHighlight(this.cy, this.highlightIds);
      applyCritical(this.cy, this.criticalIds);
    });
    for (const e of fresh) if (e.group === 'nodes' && e.data.id) added.push(e.data.id);
    return this.runLayout(this.cy.nodes().length > added.length).then(() => added);
  }

  remove(ids: readonly string[]): void {
    if (this.keys.id && ids.includes(this.keys.id)) this.setFocus(null);
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
      if (this.container) frameAfterLayout(this.cy, this.display.reducedMotion);
      this.sync();
      return (this.layoutDone = Promise.resolve());
    }
    const spreadOut = this.layoutName === 'fcose' && nodes.length > LARGE_LAYOUT;
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
          if (spreadOut) spread(this.cy);
          if (this.container) frameAfterLayout(this.cy, this.display.reducedMotion);
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
    if (shown.nonempty()) frame(this.cy, shown, 40, this.display.reducedMotion);
  }

  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    centreOn(this.cy, node as NodeSingular, this.display.reducedMotion);
  }

  // ---- highlight, selection, filters -------------------------------------------------------------------------

  /** Highlights these nodes and edges and dims the rest; null clears. Optionally fits the view to them. */
  highlight(ids: ElementIds | null, fit = true): void {
    this.highlightIds = ids;
    this.cy.batch(() => applyHighlight(this.cy, ids));
    if (ids && fit && this.container) {
      const hl = this.cy.nodes('.hl');
      if (hl.nonempty()) frame(this.cy, hl, 70, this.display.reducedMotion);
    }
    this.sync();
  }

  /** Marks the nodes whose loss cuts every path or bridge (the fragility lens); empty or null clears. */
  markCritical(ids: readonly string[] | null): void {
    this.criticalIds = new Set(ids ?? []);
    this.cy.batch(() => applyCritical(this.cy, this.criticalIds));
    this.sync();
  }

  /** The drawn nodes marked critical, sorted. */
  criticalNodes(): string[] {
    return criticalNodes(this.cy);
  }

  select(id: string | null): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
    // The keyboard carries on from the selected node, wherever it was chosen (canvas, table, drawer, list).
    if (id && isNavigable(this.cy.getElementById(id))) this.setFocus(id, false);
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
    return this.keys.id;
  }

  /** Moves the keyboard to the node in this direction (the first arrow press lands on the start node). */
  moveFocus(direction: ArrowDirection): string | null {
    return this.keys.move(direction);
  }

  /** Puts the keyboard on a node (null: nowhere), keeps it in view and announces it when `announce`. */
  setFocus(id: string | null, announce = true): void {
    this.keys.set(id, announce);
  }

  /** The canvas's keys while it has focus; other keys (Tab included) pass through. */
  handleKey(e: KeyPress): boolean {
    return this.keys.handleKey(e);
  }

  // ---- table ---------------------------------------------------------------------------------------------------

  /** What the canvas shows, as facts for the table view: nodes and ties of the types shown, in drawing order. */
  tableFacts(): { nodes: CanvasNodeFact[]; ties: CanvasTieFact[]; names: Map<string, ApiNodeSummary> } {
    return tableFacts(this.cy);
  }

  setHiddenTypes(types: Iterable<NodeType>): void {
    this.hiddenTypes = new Set(types);
    this.cy.batch(() => applyHidden(this.cy, this.hiddenTypes));
    this.sync();
  }

  get language(): Lang {
    return this.lang;
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.cy.batch(() => relabel(this.cy, lang));
  }

  // ---- export ----------------------------------------------------------------------------------------------

  /** The drawn subgraph as the API sent it (synthetic group nodes are left out). */
  subgraph(): { nodes: ApiNodeSummary[]; relationships: ApiRelationship[] } {
    return subgraph(this.cy);
  }

  /** The whole canvas as a PNG (twice the screen resolution, white background). */
  png(): Promise<Blob> {
    if (!this.container) return Promise.reject(new Error('the canvas is not on the page'));
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  snapshot(): CanvasSnapshot {
    return snapshot(this.cy, this.layoutRunning);
  }

  private sync(): void {
    const snap = this.snapshot();
    if (this.container) mirror(this.container, this.cy, snap, { layout: this.layoutName, hiddenTypes: this.hiddenTypes, focusId: this.keys.id, display: this.display });
    this.callbacks.onChange?.(snap);
  }
}
