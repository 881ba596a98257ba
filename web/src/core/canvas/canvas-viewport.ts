// Moving the view: framing a set of nodes without zooming in past a readable size, panning a node back into view,
// and spreading a spectral layout apart; every move is animated unless the user asked for reduced motion.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { spreadFactor } from './layouts.js';

/** Fitting never zooms in further than this, so a short chain is not blown up to fill the screen. */
const MAX_FRAME_ZOOM = 1.3;

/** Zooms and pans, animated unless the user asked for reduced motion. */
export function moveViewport(cy: Core, zoom: number, pan: { x: number; y: number }, reducedMotion: boolean): void {
  if (reducedMotion) {
    cy.stop();
    cy.viewport({ zoom, pan });
  } else cy.animate({ zoom, pan, duration: 300 });
}

/** Brings elements into view without zooming in past a comfortable reading size (a 3-node chain stays readable). */
export function frame(cy: Core, eles: NodeCollection, padding: number, reducedMotion: boolean): void {
  // Label sizes are left out: measuring thousands of labels costs more than the margin they would add.
  const bb = eles.boundingBox({ includeLabels: eles.length < 300, includeOverlays: false });
  const w = cy.width();
  const h = cy.height();
  if (!w || !h) return;
  const fitZoom = Math.min((w - 2 * padding) / Math.max(bb.w, 1), (h - 2 * padding) / Math.max(bb.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FRAME_ZOOM, fitZoom));
  const midX = bb.x1 + bb.w / 2;
  const midY = bb.y1 + bb.h / 2;
  moveViewport(cy, zoom, { x: w / 2 - zoom * midX, y: h / 2 - zoom * midY }, reducedMotion);
}

/** After a layout: frame the highlighted nodes when there are some, else every node shown. */
export function frameAfterLayout(cy: Core, reducedMotion: boolean): void {
  const hl = cy.nodes('.hl');
  const target = hl.nonempty() ? hl : cy.nodes().not('.hidden-type');
  if (target.nonempty()) frame(cy, target, hl.nonempty() ? 70 : 40, reducedMotion);
}

/** Centres the view on a node, zoomed in to at least a reading size. */
export function centreOn(cy: Core, node: NodeSingular, reducedMotion: boolean): void {
  const zoom = Math.max(cy.zoom(), 1.1);
  const p = node.position();
  moveViewport(cy, zoom, { x: cy.width() / 2 - zoom * p.x, y: cy.height() / 2 - zoom * p.y }, reducedMotion);
}

/** Pans (never zooms) just enough to bring a node that is off screen or at the edge back into view. */
export function keepInView(cy: Core, node: NodeSingular, reducedMotion: boolean): void {
  const w = cy.width();
  const h = cy.height();
  if (!w || !h) return;
  const p = node.renderedPosition();
  const margin = 48;
  if (p.x >= margin && p.x <= w - margin && p.y >= margin && p.y <= h - margin) return;
  const pan = cy.pan();
  moveViewport(cy, cy.zoom(), { x: pan.x + (w / 2 - p.x), y: pan.y + (h / 2 - p.y) }, reducedMotion);
}

/** Scales a spectral layout out from its centre so nodes stop overlapping (see layouts.ts). */
export function spread(cy: Core): void {
  const nodes = cy.nodes().filter((n) => !n.isParent());
  const bb = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const f = spreadFactor(bb, nodes.length);
  if (f <= 1.01) return;
  const midX = bb.x1 + bb.w / 2;
  const midY = bb.y1 + bb.h / 2;
  cy.batch(() => {
    nodes.positions((n) => {
      const p = n.position();
      return { x: midX + (p.x - midX) * f, y: midY + (p.y - midY) * f };
    });
  });
}
