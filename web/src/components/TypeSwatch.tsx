// A node type's colour and shape as a small inline SVG, the same pair the canvas draws.
import type { NodeType } from '../core/api/types.js';
import { NODE_STYLES, nodeColor, shapeSvgPath } from '../core/graph/styles.js';
import { useDisplaySettings } from './display-settings.js';

export function TypeSwatch({ type, size = 14, muted = false }: { type: NodeType; size?: number; muted?: boolean }) {
  const s = NODE_STYLES[type];
  const { highContrast } = useDisplaySettings();
  return (
    <svg className="swatch" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
      <path d={shapeSvgPath(s.shape)} fill={muted ? '#cbd5e1' : nodeColor(type, highContrast)} stroke={highContrast ? '#000000' : '#ffffff'} strokeWidth={1} />
    </svg>
  );
}
