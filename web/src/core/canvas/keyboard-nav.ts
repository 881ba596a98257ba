// Which node an arrow key moves to. Pure geometry on screen positions (y grows downwards): among the candidates
// lying in the arrow's direction, the one closest to the straight line from the current node wins, then the nearer.
// The canvas controller asks first among the current node's neighbours, then among every node shown, so a node
// with no neighbour that way still leads somewhere.

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const ARROW_KEYS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function arrowDirection(key: string): ArrowDirection | null {
  return ARROW_KEYS[key] ?? null;
}

/** Along the arrow (positive ahead) and across it. */
function axes(dx: number, dy: number, direction: ArrowDirection): { along: number; across: number } {
  switch (direction) {
    case 'right':
      return { along: dx, across: dy };
    case 'left':
      return { along: -dx, across: dy };
    case 'down':
      return { along: dy, across: dx };
    case 'up':
      return { along: -dy, across: dx };
  }
}

/**
 * The candidate in `direction` from `from`, or null when none lies that way. A candidate counts when it is ahead
 * along the arrow and within 60° of it (so "right" never picks a node straight above); the cost weighs the sideways
 * offset twice as much as the distance ahead, which is how people judge "the next one to the right". Ties break by
 * id, so the choice never depends on the order of the list.
 */
export function pickInDirection(from: Placed, candidates: readonly Placed[], direction: ArrowDirection): string | null {
  let best: { id: string; cost: number } | null = null;
  const tan60 = Math.tan((60 * Math.PI) / 180);
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const { along, across } = axes(c.x - from.x, c.y - from.y, direction);
    if (along <= 0.5 || Math.abs(across) > along * tan60) continue;
    const cost = along + 2 * Math.abs(across);
    if (!best || cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) <= 1e-9 && c.id < best.id)) best = { id: c.id, cost };
  }
  return best?.id ?? null;
}

/**
 * The node to move to: a neighbour in the arrow's direction when there is one, else any other node shown in that
 * direction, else null (the focus stays where it is).
 */
export function nextFocus(from: Placed, neighbours: readonly Placed[], others: readonly Placed[], direction: ArrowDirection): string | null {
  return pickInDirection(from, neighbours, direction) ?? pickInDirection(from, others, direction);
}
