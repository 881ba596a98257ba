// Layout options per layout name and graph size. Small graphs animate so the eye can follow what moved; large ones
// do not. fcose's force refinement runs at least five iterations per node (layout-base raises its iteration cap to
// 5 x nodes), so its cost grows with the square of the graph: about 0.5 s of CPU at 200 nodes, 1.7 s at 500 and
// 6 s at 1,000 on a modest 2-core machine. Above LARGE_LAYOUT nodes the app therefore uses fcose's spectral
// ("draft") layout alone and spreads it to a readable density (spreadFactor). Also places newly added nodes on a
// ring around the node they came from, so an incremental layout starts close to where it will settle.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../url/url-state.js';

export interface LayoutContext {
  nodeCount: number;
  /** Ids to put at the centre or top (the explored root, a bridge's endpoints). */
  roots: string[];
  /** True when positions already on the canvas should be kept as the starting point. */
  incremental: boolean;
  /** Hop distance from the root per node id, when known (for concentric rings). */
  depth?: ReadonlyMap<string, number>;
  /** True when the graph has compound groups (diaspora countries, broker communities). */
  compound?: boolean;
}

export const ANIMATE_BELOW = 300;
export const LARGE_LAYOUT = 300;
/** Spacing per node (px) a spread spectral layout aims at. */
export const SPREAD_SPACING = 55;

export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const animate = ctx.nodeCount < ANIMATE_BELOW;
  const common = { animate, animationDuration: 450, fit: true, padding: 40 };
  switch (name) {
    case 'concentric': {
      const roots = new Set(ctx.roots);
      const depth = ctx.depth;
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 18,
        avoidOverlap: true,
        // Higher value = nearer the centre: roots first, then by hop distance, then by degree.
        concentric: (node: { id(): string; degree(includeLoops: boolean): number }) => {
          if (roots.has(node.id())) return 1000;
          const d = depth?.get(node.id());
          return d !== undefined ? 100 - d * 10 : Math.min(node.degree(false), 90);
        },
        levelWidth: () => (depth ? 10 : 4),
      } as LayoutOptions;
    }
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(ctx.roots.length ? { roots: ctx.roots.map((id) => `#${cssEscape(id)}`).join(', ') } : {}),
      } as LayoutOptions;
    case 'fcose':
    default: {
      const large = ctx.nodeCount >= LARGE_LAYOUT;
      return {
        name: 'fcose',
        ...common,
        quality: large ? 'draft' : 'default',
        // Draft (spectral) needs a random start; large graphs are laid out afresh even when nodes were added.
        randomize: large || !ctx.incremental,
        nodeDimensionsIncludeLabels: !large,
        packComponents: true,
        // Groups are kept tight and pulled together, or ties between groups stretch the picture across the screen.
        nodeRepulsion: () => (ctx.compound ? 3000 : 6500),
        idealEdgeLength: () => (ctx.compound ? 45 : 70),
        edgeElasticity: () => 0.45,
        nestingFactor: 0.1,
        gravity: ctx.compound ? 0.8 : 0.25,
        gravityCompound: ctx.compound ? 2 : 1,
        gravityRangeCompound: ctx.compound ? 0.8 : 1.5,
        nodeSeparation: ctx.compound ? 40 : 75,
        numIter: 2500,
        tile: true,
        tilingPaddingVertical: 12,
        tilingPaddingHorizontal: 12,
        uniformNodeDimensions: large,
      } as LayoutOptions;
    }
  }
}

/**
 * How much to scale a spectral layout so that it covers about SPREAD_SPACING px per node across (never shrinks):
 * spectral coordinates come out packed tightly enough for nodes to overlap.
 */
export function spreadFactor(box: { w: number; h: number }, nodeCount: number, spacing = SPREAD_SPACING): number {
  const extent = Math.max(box.w, box.h);
  if (nodeCount < 2 || !Number.isFinite(extent) || extent <= 0) return 1;
  return Math.max(1, (Math.sqrt(nodeCount) * spacing) / extent);
}

/** Escapes an id for a Cytoscape `#id` selector (ids carry colons: demo:lab:tianmushan). */
export function cssEscape(id: string): string {
  return id.replace(/([^A-Za-z0-9_-])/g, '\\$1');
}

/** Starting positions on a ring around `center`, one per new node, before an incremental layout. */
export function ringPositions(center: { x: number; y: number }, count: number, spacing = 46): { x: number; y: number }[] {
  if (count <= 0) return [];
  const radius = Math.max(80, (count * spacing) / (2 * Math.PI));
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count;
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}
