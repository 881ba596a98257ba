// The page the render bench loads: the web app's own code path (API result -> elements -> canvas controller ->
// fcose layout -> painted frame) on a synthetic subgraph, timed with performance.now() in the browser.
import { CanvasController } from '../../web/src/core/canvas/canvas-controller.js';
import { graphElements } from '../../web/src/core/graph/elements.js';
import { syntheticSubgraph } from './synthetic.js';

export interface RunTiming {
  elementsMs: number;
  layoutMs: number;
  paintMs: number;
  totalMs: number;
  nodes: number;
  edges: number;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function runOnce(nodeCount: number, edgeCount: number, seed: number): Promise<RunTiming> {
  const host = document.getElementById('canvas')!;
  const data = syntheticSubgraph(nodeCount, edgeCount, seed);
  const controller = new CanvasController({ lang: 'zh', layout: 'fcose' });
  controller.mount(host);
  await frame();
  const t0 = performance.now();
  const elements = graphElements(data.nodes, data.relationships, 'zh');
  const t1 = performance.now();
  await controller.setContent(elements);
  const t2 = performance.now();
  // Two frames: the first paints the laid-out graph, the second proves the paint finished.
  await frame();
  await frame();
  const t3 = performance.now();
  const snap = controller.snapshot();
  controller.destroy();
  host.replaceChildren();
  return { elementsMs: t1 - t0, layoutMs: t2 - t1, paintMs: t3 - t2, totalMs: t3 - t0, nodes: snap.nodeCount, edges: snap.edgeCount };
}

declare global {
  interface Window {
    runRenderBench(nodeCount: number, edgeCount: number, runs: number, seed?: number): Promise<RunTiming[]>;
  }
}

window.runRenderBench = async (nodeCount, edgeCount, runs, seed = 42) => {
  const out: RunTiming[] = [];
  for (let i = 0; i < runs; i++) out.push(await runOnce(nodeCount, edgeCount, seed + i));
  return out;
};
