import { buildBoardIndex, type BoardIndex } from '../../../shared/board/boardIndex';
import { CARDS_PART } from '../../../shared/board/boardSource';
import { packBoard } from '../../../shared/board/builtBoard';
import { loadPart, savePart } from '../../db/boardSnapshot';
import { loadBuiltBoard } from '../../db/builtBoard';
import type { TeamDb } from '../../db/teamDb';
import type { PartReading } from './partReading';

/**
 * The board's cards for `today`: as they were saved when nothing has changed since (renderer/db/builtBoard.ts),
 * otherwise built from the cards part and the records changed since, and then saved with it.
 */
export async function readBoard(db: TeamDb, today: string): Promise<PartReading<BoardIndex>> {
  const built = await loadBuiltBoard(db, today);
  if (built) return { value: built, notes: [], save: null };
  const loaded = await loadPart(db, CARDS_PART, today);
  const index = buildBoardIndex(loaded.source, today);
  // Saved even when the part itself was up to date: the cards built from it were missing, damaged or of another day.
  return { value: index, notes: loaded.notes, save: () => savePart(db, loaded, packBoard(index)) };
}
