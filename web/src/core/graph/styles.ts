// How the graph looks: one colour and shape per node type, one colour and line per relationship type, and the
// classes the canvas controller toggles (highlight, dim, hidden, broker sizing, compound groups). The legend reads
// the same tables, so what the legend shows is what the canvas draws.
import type { StylesheetJson } from 'cytoscape';
import { readableOn } from '../a11y/contrast.js';
import { NODE_TYPES, REL_TYPES, type NodeType, type RelType } from '../api/types.js';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'round-hexagon'
  | 'barrel'
  | 'star'
  | 'round-octagon'
  | 'round-triangle'
  | 'round-tag'
  | 'round-diamond'
  | 'round-pentagon';

export interface NodeTypeStyle {
  color: string;
  shape: NodeShape;
  size: number;
}

export const NODE_STYLES: Record<NodeType, NodeTypeStyle> = {
  Person: { color: '#3b82f6', shape: 'ellipse', size: 26 },
  Enterprise: { color: '#ea580c', shape: 'round-rectangle', size: 34 },
  Lab: { color: '#059669', shape: 'round-hexagon', size: 36 },
  Organisation: { color: '#64748b', shape: 'barrel', size: 30 },
  Competition: { color: '#d946ef', shape: 'star', size: 34 },
  TalentPool: { color: '#0891b2', shape: 'round-octagon', size: 32 },
  Region: { color: '#b45309', shape: 'round-triangle', size: 30 },
  TechArea: { color: '#8b5cf6', shape: 'round-tag', size: 26 },
  Project: { color: '#ec4899', shape: 'round-diamond', size: 32 },
  Demand: { color: '#ef4444', shape: 'round-pentagon', size: 32 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelTypeStyle {
  color: string;
  line: LineStyle;
  /** Symmetric ties (knows, collaborated) are drawn without an arrow. */
  arrow: boolean;
}

export const REL_STYLES: Record<RelType, RelTypeStyle> = {
  WORKS_AT: { color: '#475569', line: 'solid', arrow: true },
  AFFILIATED_WITH: { color: '#0d94d2', line: 'solid', arrow: true },
  STUDIED_AT: { color: '#6366f1', line: 'dashed', arrow: true },
  FOUNDED: { color: '#ea580c', line: 'solid', arrow: true },
  KNOWS: { color: '#119c8d', line: 'solid', arrow: false },
  COLLABORATED_WITH: { color: '#0f766e', line: 'solid', arrow: false },
  EXPERT_IN: { color: '#967de1', line: 'dotted', arrow: true },
  FOCUSES_ON: { color: '#967de1', line: 'dotted', arrow: true },
  RESEARCHES: { color: '#7c3aed', line: 'dotted', arrow: true },
  NEEDS: { color: '#e26678', line: 'dotted', arrow: true },
  WON: { color: '#c026d3', line: 'solid', arrow: true },
  MEMBER_OF: { color: '#0891b2', line: 'solid', arrow: true },
  PARTICIPATES_IN: { color: '#db2777', line: 'dashed', arrow: true },
  BROKERED: { color: '#d97706', line: 'solid', arrow: true },
  POSTED: { color: '#dc2626', line: 'solid', arrow: true },
  PARTNERS_WITH: { color: '#059669', line: 'solid', arrow: false },
  ORIGINATES_FROM: { color: '#a16207', line: 'dashed', arrow: true },
  LIVES_IN: { color: '#c08304', line: 'dashed', arrow: true },
  LOCATED_IN: { color: '#8f8a86', line: 'dotted', arrow: true },
  PART_OF: { color: '#8f8a86', line: 'dotted', arrow: true },
};

export const UNKNOWN_REL_STYLE: RelTypeStyle = { color: '#8593a6', line: 'solid', arrow: true };

export const HIGHLIGHT_COLOR = '#e11d48';
export const SELECT_COLOR = '#0f172a';
export const TECH_MANAGER_COLOR = '#f59e0b';
export const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** Broker colour ramp, low to high betweenness. */
export const BROKER_LOW = '#fde68a';
export const BROKER_HIGH = '#9f1239';

export function relStyle(type: string): RelTypeStyle {
  return (REL_STYLES as Record<string, RelTypeStyle>)[type] ?? UNKNOWN_REL_STYLE;
}

/** Graphs this large are drawn with cheaper edges and fewer labels, so they stay responsive. */
export const LARGE_GRAPH_ELEMENTS = 2500;

/** The canvas background every node and tie colour is measured against. */
export const CANVAS_BACKGROUND = '#fbfcfd';
/** The ring that marks the node the keyboard is on (distinct from selection and highlight). */
export const KEYBOARD_FOCUS_COLOR = '#1d4ed8';

/**
 * A node type's fill: the normal palette reaches 3:1 against the canvas (WCAG 1.4.11); the high-contrast style
 * darkens each colour to 4.5:1, keeping its hue so the legend still reads the same.
 */
export function nodeColor(type: NodeType, highContrast = false): string {
  const c = NODE_STYLES[type].color;
  return highContrast ? readableOn(c, CANVAS_BACKGROUND, 4.5) : c;
}

export function relColor(type: string, highContrast = false): string {
  const c = relStyle(type).color;
  return highContrast ? readableOn(c, CANVAS_BACKGROUND, 4.5) : c;
}

/** Tinted background of a chosen result item (--hl-soft): the darkest surface coloured labels sit on. */
const PICKED_BACKGROUND = '#fff1f2';

/** A tie or group colour used as text (a path's tie names, a community badge): 4.5:1 on any list background. */
export function colorAsText(color: string): string {
  return readableOn(color, PICKED_BACKGROUND, 4.5);
}

export interface StyleOptions {
  /** Darker fills and ties, black outlines, larger bold labels (the user's toggle or `prefers-contrast: more`). */
  highContrast?: boolean;
}

export function stylesheet(options: StyleOptions = {}): StylesheetJson {
  const hc = options.highContrast === true;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': hc ? 13 : 11,
        'font-weight': hc ? 'bold' : 'normal',
        color: hc ? '#000000' : '#1e293b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': hc ? '150px' : '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': hc ? 3 : 2,
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-color': hc ? '#000000' : '#ffffff',
      },
    },
    // Colour and size come from the type rules below; a node of an unknown type keeps Cytoscape's grey default.
  ];
  for (const type of NODE_TYPES) {
    const s = NODE_STYLES[type];
    sheet.push({ selector: `node.${type}`, style: { 'background-color': nodeColor(type, hc), shape: s.shape, width: s.size, height: s.size } });
  }
  sheet.push(
    // Invented demo records get a thin dark dashed outline; a technology manager's gold ring still wins.
    { selector: 'node[?illustrative]', style: { 'border-style': 'dashed', 'border-color': hc ? '#000000' : '#475569', 'border-width': hc ? 2 : 1.5 } },
    { selector: 'node.TechManager', style: { 'border-color': hc ? '#92400e' : TECH_MANAGER_COLOR, 'border-width': hc ? 5 : 4 } },
    { selector: 'node.root', style: { 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node.expanded', style: { 'background-opacity': 1, 'border-color': '#cbd5e1' } },
    {
      selector: 'node.broker[bw][bwColor]',
      style: {
        width: 'mapData(bw, 0, 1, 22, 78)',
        height: 'mapData(bw, 0, 1, 22, 78)',
        'background-color': 'data(bwColor)',
        'font-size': 'mapData(bw, 0, 1, 10, 15)',
      },
    },
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-color': '#64748b',
        'background-opacity': 0.07,
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#64748b',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 24,
        'font-weight': 'bold',
        color: '#334155',
        'text-outline-width': 3,
        'min-zoomed-font-size': 0,
        'text-wrap': 'none',
        padding: '14px',
      },
    },
    { selector: ':parent[groupColor]', style: { 'background-color': 'data(groupColor)', 'border-color': 'data(groupColor)' } },
    { selector: 'node.group-city', style: { 'font-size': 15, 'font-weight': 'normal', 'background-opacity': 0.05, padding: '8px' } },
    {
      selector: 'edge',
      style: {
        // Line colours and arrows come from the type rules below (each style property costs per edge).
        width: hc ? 'mapData(strength, 0, 1, 2, 5)' : 'mapData(strength, 0, 1, 1, 4)',
        'curve-style': 'bezier',
        'arrow-scale': hc ? 0.9 : 0.7,
        opacity: hc ? 1 : 0.85,
      },
    },
  );
  for (const type of REL_TYPES) {
    const s = REL_STYLES[type];
    const color = relColor(type, hc);
    sheet.push({
      selector: `edge.${type}`,
      style: {
        'line-color': color,
        'target-arrow-color': color,
        'line-style': s.line,
        'target-arrow-shape': s.arrow ? 'triangle' : 'none',
      },
    });
  }
  sheet.push(
    { selector: 'edge.ended', style: { opacity: hc ? 0.7 : 0.4 } },
    { selector: 'edge.large', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'haystack-radius': 0 } },
    // Large graphs: plain labels (no ellipsis measuring, no outline) that appear only once zoomed in enough.
    { selector: 'node.large', style: { 'text-wrap': 'none', 'text-outline-width': 0, 'min-zoomed-font-size': 9 } },
    // Edge labels only where they are shown (selected or highlighted ties): styling thousands of edges with label
    // properties they never draw is most of the cost of a large graph's first frame.
    {
      selector: 'edge:selected, edge.hl',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': hc ? 11 : 9,
        color: hc ? '#000000' : '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge:selected', style: { width: 4 } },
    // Fragility: a node whose loss cuts every path or bridge wears a thick double border (shape, not colour alone).
    { selector: 'node.critical', style: { 'border-style': 'double', 'border-width': 8, 'border-color': hc ? '#7f1d1d' : '#b91c1c', 'z-index': 25 } },
    { selector: 'node:selected', style: { 'border-color': SELECT_COLOR, 'border-width': hc ? 6 : 4 } },
    // Dimmed elements stay legible enough in high contrast to be found again.
    { selector: '.dim', style: { opacity: hc ? 0.3 : 0.12 } },
    {
      selector: 'node.hl',
      style: {
        opacity: 1,
        'border-color': HIGHLIGHT_COLOR,
        'border-width': 4,
        'underlay-color': HIGHLIGHT_COLOR,
        'underlay-opacity': 0.18,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'z-index': 20,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.hl',
      style: {
        opacity: 1,
        width: 4.5,
        'line-color': HIGHLIGHT_COLOR,
        'target-arrow-color': HIGHLIGHT_COLOR,
        'z-index': 20,
      },
    },
    // The keyboard's node: a thick blue outline with a gap, visible over any fill, highlight or selection.
    {
      selector: 'node.kbd-focus',
      style: {
        'outline-width': 4,
        'outline-color': KEYBOARD_FOCUS_COLOR,
        'outline-offset': 3,
        'outline-style': 'solid',
        opacity: 1,
        'z-index': 30,
        'font-weight': 'bold',
      },
    },
    { selector: '.hidden-type', style: { display: 'none' } },
  );
  return sheet;
}

/** Colour between BROKER_LOW and BROKER_HIGH for a value in [0,1]. */
export function rampColor(t: number, low = BROKER_LOW, high = BROKER_HIGH): string {
  const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const a = hexToRgb(low);
  const b = hexToRgb(high);
  const mix = a.map((v, i) => Math.round(v + (b[i]! - v) * x));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function hexToRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

/** Distinct colours for groups (communities, countries), cycled by index. */
export const GROUP_COLORS = ['#2563eb', '#16a34a', '#c2410c', '#7c3aed', '#0891b2', '#be123c', '#4d7c0f', '#a16207', '#0f766e', '#9333ea', '#475569', '#db2777'];

export function groupColor(index: number): string {
  return GROUP_COLORS[((index % GROUP_COLORS.length) + GROUP_COLORS.length) % GROUP_COLORS.length]!;
}

/** SVG points (in a 0..20 box) for the legend's shape swatches, matching the canvas shapes closely enough. */
export function shapeSvgPath(shape: NodeShape): string {
  switch (shape) {
    case 'ellipse':
      return 'M10 1a9 9 0 1 0 0.01 0Z';
    case 'round-rectangle':
    case 'barrel':
      return 'M4 2h12a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z';
    case 'round-hexagon':
      return 'M5.5 1.5h9L19 10l-4.5 8.5h-9L1 10Z';
    case 'star':
      return 'M10 1l2.6 6 6.4.5-4.9 4.2 1.5 6.3L10 14.6 4.4 18l1.5-6.3L1 7.5l6.4-.5Z';
    case 'round-octagon':
      return 'M6.5 1h7L19 6.5v7L13.5 19h-7L1 13.5v-7Z';
    case 'round-triangle':
      return 'M10 1.5L19 18H1Z';
    case 'round-tag':
      return 'M1 3h12l6 7-6 7H1Z';
    case 'round-diamond':
      return 'M10 1l9 9-9 9-9-9Z';
    case 'round-pentagon':
      return 'M10 1l9 6.5-3.4 11H4.4L1 7.5Z';
  }
}
