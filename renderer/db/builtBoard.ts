/**
 * The board's cards as built, kept in the team database's `meta` table under `board-cards` beside the cards part of
 * the board's saved snapshot (boardSnapshot.ts saves and removes them with it; shared/board/builtBoard.ts says
 * what is kept). Opening a board with nothing changed since they were saved shows them as they are: at 50,000
 * cases that skips unpacking every involvement and overdue action and building every card again.
 */
import type { BoardIndex } from '../../shared/board/boardIndex';
import { restoreBoard } from '../../shared/board/builtBoard';
import { BUILT_CARDS_KEY } from './boardChangeLog';
import { BUILT_FORMAT, listPartChangeKeys } from './boardSnapshot';
import { getMeta, type SavedBoardCards } from './meta';
import type { TeamDb } from './teamDb';

/** The packed cards, if they are of a shape this release writes and built for this day. */
function usable(saved: SavedBoardCards | undefined, today: string): unknown {
  // Typed as this release writes it, but cards saved by another release may hold anything.
  const value: unknown = saved;
  if (typeof value !== 'object' || value === null) return null;
  if (!('format' in value) || value.format !== BUILT_FORMAT) return null;
  if (!('today' in value) || value.today !== today || !('packed' in value)) return null;
  return value.packed;
}

/**
 * The board as its saved cards show it, or null when they cannot be used as they are: none saved, built for
 * another day, or a change to the records they show noted since (the cards part then has notes to take in). The
 * notes and the cards are read in one transaction, so no change can fall between them.
 */
export async function loadBuiltBoard(db: TeamDb, today: string): Promise<BoardIndex | null> {
  const saved = await db.transaction('r', ['meta'], async () => {
    // The notes first: with any waiting, the cards are not used, and not unsealed either.
    if ((await listPartChangeKeys(db, 'cards')).length > 0) return undefined;
    return getMeta(db, BUILT_CARDS_KEY);
  });
  const packed = usable(saved, today);
  return packed === null ? null : restoreBoard(packed, today);
}
