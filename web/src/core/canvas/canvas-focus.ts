// The graph's keyboard model: which node the keyboard is on, moving it with the arrows (between neighbours first),
// Home, Enter / Space to open, + to expand, Escape to clear, and the focus ring, shown only while the keyboard is in
// use (like :focus-visible). The canvas controller owns one and hands it the container and callbacks.
import type { Core, NodeSingular } from 'cytoscape';
import type { ApiNodeSummary } from '../api/types.js';
import type { CanvasCallbacks } from './canvas-types.js';
import { degreeOf, isNavigable, navigableNodes } from './canvas-readout.js';
import { keepInView } from './canvas-viewport.js';
import { arrowDirection, nextFocus, type ArrowDirection, type Placed } from './keyboard-nav.js';

/** What the keyboard needs of the controller that owns it, read when it is needed. */
export interface FocusHost {
  cy: Core;
  container(): HTMLElement | null;
  callbacks(): CanvasCallbacks;
  /** The view's own starting points, first first. */
  roots(): readonly string[];
  reducedMotion(): boolean;
}

export type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'>;

export class CanvasFocus {
  private focusId: string | null = null;
  /** The ring marks the keyboard's node only while the keyboard is in use (like :focus-visible), not after a click. */
  private keyboardActive = false;
  private pointerDown = false;
  private readonly onKeyDown = (e: KeyboardEvent) => this.handleKey(e);
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

  constructor(private readonly host: FocusHost) {}

  /** Listens to the container's keys, focus and pointer. */
  listen(container: HTMLElement): void {
    container.addEventListener('keydown', this.onKeyDown);
    container.addEventListener('focus', this.onFocusIn);
    container.addEventListener('blur', this.onFocusOut);
    container.addEventListener('pointerdown', this.onPointerDown);
  }

  stopListening(container: HTMLElement): void {
    container.removeEventListener('keydown', this.onKeyDown);
    container.removeEventListener('focus', this.onFocusIn);
    container.removeEventListener('blur', this.onFocusOut);
    container.removeEventListener('pointerdown', this.onPointerDown);
  }

  /** The node the keyboard is on, if any. */
  get id(): string | null {
    return this.focusId;
  }

  /** Where the keyboard starts: the selected node, else the view's first root, else a highlighted node, else the best-connected one. */
  startNode(): string | null {
    const nodes = navigableNodes(this.host.cy);
    if (nodes.empty()) return null;
    const selected = nodes.filter(':selected');
    if (selected.nonempty()) return selected.first().id();
    for (const id of this.host.roots()) if (nodes.getElementById(id).nonempty()) return id;
    const hl = nodes.filter('.hl');
    if (hl.nonempty()) return hl.first().id();
    let best = nodes.first();
    nodes.forEach((n) => {
      if (degreeOf(n) > degreeOf(best)) best = n;
    });
    return best.id();
  }

  /** Moves the keyboard to the node in this direction (the first arrow press lands on the start node). */
  move(direction: ArrowDirection): string | null {
    const cy = this.host.cy;
    const current = this.focusId ? cy.getElementById(this.focusId) : null;
    if (!current || !isNavigable(current)) {
      this.set(this.startNode());
      return this.focusId;
    }
    const place = (n: NodeSingular): Placed => ({ id: n.id(), ...n.renderedPosition() });
    const here = place(current as NodeSingular);
    const neighbours = (current as NodeSingular)
      .neighborhood()
      .nodes()
      .filter((n) => isNavigable(n))
      .map(place);
    const others = navigableNodes(cy).map(place);
    const next = nextFocus(here, neighbours, others, direction);
    if (next) this.set(next);
    else this.announce();
    return this.focusId;
  }

  /** Puts the keyboard on a node (null: nowhere), keeps it in view and announces it when `announce`. */
  set(id: string | null, announce = true): void {
    if (id === this.focusId) {
      if (announce) this.announce();
      return;
    }
    const cy = this.host.cy;
    const container = this.host.container();
    if (this.focusId) cy.getElementById(this.focusId).removeClass('kbd-focus');
    this.focusId = id;
    const node = id ? cy.getElementById(id) : null;
    if (node && node.nonempty() && this.keyboardActive && container && container === document.activeElement) node.addClass('kbd-focus');
    if (node && node.nonempty() && announce) keepInView(cy, node as NodeSingular, this.host.reducedMotion());
    if (container) container.dataset.focused = id ?? '';
    if (announce || id === null) this.announce();
  }

  private announce(): void {
    const id = this.focusId;
    const node = id ? this.host.cy.getElementById(id) : null;
    const onFocus = this.host.callbacks().onFocus;
    if (!id || !node || node.empty() || !node.data('node')) {
      onFocus?.(null);
      return;
    }
    onFocus?.({ id, node: node.data('node') as ApiNodeSummary, degree: degreeOf(node as NodeSingular), highlighted: node.hasClass('hl') });
  }

  /** The focus ring shows only while the canvas has the keyboard, like any focus indicator. */
  private markFocus(on: boolean): void {
    if (!this.focusId || (on && !this.keyboardActive)) return;
    const node = this.host.cy.getElementById(this.focusId);
    if (on) node.addClass('kbd-focus');
    else node.removeClass('kbd-focus');
  }

  /** The canvas's keys while it has focus; other keys (Tab included) pass through. */
  handleKey(e: KeyPress): boolean {
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const direction = arrowDirection(e.key);
    if (e.key !== 'Tab' && !this.keyboardActive) {
      this.keyboardActive = true;
      this.markFocus(true);
    }
    const callbacks = this.host.callbacks();
    let handled = true;
    if (direction) this.move(direction);
    else if (e.key === 'Home') this.set(this.startNode());
    else if ((e.key === 'Enter' || e.key === ' ') && this.focusId) callbacks.onSelect?.(this.focusId);
    else if ((e.key === '+' || e.key === '=') && this.focusId) callbacks.onExpand?.(this.focusId);
    else if (e.key === 'Escape' && (this.focusId || this.host.cy.$(':selected').nonempty())) {
      this.set(null);
      callbacks.onSelect?.(null);
    } else handled = false;
    if (handled) e.preventDefault();
    return handled;
  }
}
