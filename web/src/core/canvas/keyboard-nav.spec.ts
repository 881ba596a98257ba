import { describe, expect, it } from 'vitest';
import { arrowDirection, nextFocus, pickInDirection, type Placed } from './keyboard-nav.js';

const at = (id: string, x: number, y: number): Placed => ({ id, x, y });
const origin = at('o', 0, 0);

describe('picking the node in an arrow direction', () => {
  // A plus sign around the origin, screen coordinates (y down).
  const plus = [at('r', 100, 0), at('l', -100, 0), at('u', 0, -100), at('d', 0, 100)];

  it('picks the node on each side of a plus', () => {
    expect(pickInDirection(origin, plus, 'right')).toBe('r');
    expect(pickInDirection(origin, plus, 'left')).toBe('l');
    expect(pickInDirection(origin, plus, 'up')).toBe('u');
    expect(pickInDirection(origin, plus, 'down')).toBe('d');
  });

  it('gives null when nothing lies that way, and never picks the node itself', () => {
    expect(pickInDirection(origin, [at('r', 100, 0), origin], 'left')).toBeNull();
    expect(pickInDirection(origin, [], 'up')).toBeNull();
    expect(pickInDirection(origin, [at('o', 50, 0)], 'right')).toBeNull();
  });

  it('ignores nodes outside the 60° cone (straight above is not "right")', () => {
    expect(pickInDirection(origin, [at('above', 10, -100)], 'right')).toBeNull();
    expect(pickInDirection(origin, [at('diag', 100, -100)], 'right')).toBe('diag');
  });

  it('prefers the node nearer the line of the arrow over a slightly nearer one off to the side', () => {
    const candidates = [at('aside', 60, 50), at('inline', 100, 5)];
    expect(pickInDirection(origin, candidates, 'right')).toBe('inline');
    // ...but a node straight ahead and close wins over one straight ahead and far.
    expect(pickInDirection(origin, [at('far', 300, 0), at('near', 80, 0)], 'right')).toBe('near');
  });

  it('breaks exact ties by id, whatever the order of the list', () => {
    const a = [at('b', 100, 20), at('a', 100, -20)];
    expect(pickInDirection(origin, a, 'right')).toBe('a');
    expect(pickInDirection(origin, [...a].reverse(), 'right')).toBe('a');
  });

  it('moves to a neighbour first, else to any node that way', () => {
    const neighbours = [at('n', 200, 10)];
    const others = [at('x', 50, 0), at('n', 200, 10), at('y', -80, 0)];
    expect(nextFocus(origin, neighbours, others, 'right')).toBe('n');
    // No neighbour on the left: the nearest other node there.
    expect(nextFocus(origin, neighbours, others, 'left')).toBe('y');
    expect(nextFocus(origin, neighbours, others, 'up')).toBeNull();
  });

  it('maps the arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('Enter')).toBeNull();
  });
});
