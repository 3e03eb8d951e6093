import { describe, expect, it } from 'vitest';
import { cardKey, type HeldCard } from './cardPlaces';

const keysOf = (count: number, held: HeldCard | null, heldIndex: number) =>
  Array.from({ length: count }, (_, index) => cardKey(index, held, heldIndex));

describe('which element each card is drawn in', () => {
  it('keeps each place on screen in its own element while no card has had focus', () => {
    expect(keysOf(3, null, -1)).toEqual([0, 1, 2]);
  });

  it('keeps the focused case in the element it had when it moves further down the stage', () => {
    const held = { caseId: 'case-b', key: 1 };
    const keys = keysOf(5, held, 3);
    expect(keys[3]).toBe(1);
    expect(keys[1]).toBe(3);
    expect(new Set(keys).size).toBe(5);
  });

  it('takes the focused element off the page when its case leaves the stage, rather than showing another case in it', () => {
    const held = { caseId: 'case-b', key: 1 };
    const keys = keysOf(4, held, -1);
    expect(keys).not.toContain(1);
    expect(new Set(keys).size).toBe(4);
  });

  it('gives every card its own element wherever the focused case is', () => {
    for (let heldAt = 0; heldAt < 6; heldAt += 1) {
      for (let heldIndex = -1; heldIndex < 6; heldIndex += 1) {
        const keys = keysOf(6, { caseId: 'x', key: heldAt }, heldIndex);
        expect(new Set(keys).size).toBe(6);
      }
    }
  });
});
