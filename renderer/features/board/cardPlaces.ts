/**
 * Which element on the page each card in view is drawn in. A search keystroke brings new cases into the same places
 * on screen, so each place keeps its element and shows the new case in it: removing one element and building
 * another for every card was most of a keystroke's work. The card that last took focus is the exception. Its element
 * goes with its case wherever it moves, so a keyboard or screen reader user is never left on a card that has quietly
 * become another case.
 */

/** The case whose card last took focus in a stage, and the key of the element it was drawn in at that moment. */
export interface HeldCard {
  caseId: string;
  key: number;
}

/**
 * The key of the card at `index`, given the held card and where its case is now (-1: no longer in this stage). A
 * card's key is its place, a number, unless the held card moved: the virtualizer asks for every card's key on each
 * change, and a stage may hold a thousand.
 *
 * Keys stay unique: the place the held card's element came from takes the element of the place the held case is in
 * now, or, once the held case has left the stage, a new one, so the focused element leaves with it.
 */
export function cardKey(index: number, held: HeldCard | null, heldIndex: number): number {
  if (held === null) return index;
  if (index === heldIndex) return held.key;
  if (index !== held.key) return index;
  return heldIndex === -1 ? -1 - index : heldIndex;
}
