import { describe, expect, it } from 'vitest';
import { positionAtEnd, positionBetween, positionForMove } from './columnOrder';

const stages = [
  { id: 'a', position: 1 },
  { id: 'b', position: 2 },
  { id: 'c', position: 3 },
];

describe('stage order', () => {
  it('moves a stage up between the two before it', () => {
    expect(positionForMove(stages, 'c', 'up')).toBe(1.5);
    expect(positionForMove(stages, 'b', 'up')).toBe(0);
  });
  it('moves a stage down between the two after it', () => {
    expect(positionForMove(stages, 'a', 'down')).toBe(2.5);
    expect(positionForMove(stages, 'b', 'down')).toBe(4);
  });
  it('cannot move the first stage up or the last one down', () => {
    expect(positionForMove(stages, 'a', 'up')).toBeNull();
    expect(positionForMove(stages, 'c', 'down')).toBeNull();
  });
  it('adds a new stage after the last', () => {
    expect(positionAtEnd(stages)).toBe(4);
    expect(positionAtEnd([])).toBe(1);
    expect(positionBetween(1, 2)).toBe(1.5);
  });
});
