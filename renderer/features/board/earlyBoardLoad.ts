/**
 * The board's first load begun as soon as the team's records are open, before the person and their writer are
 * ready and before the board is on screen: the board is what most people open first, and reading and opening its
 * saved snapshot then overlaps with the rest of the start instead of following it. The load is held here, in
 * memory only, until the board takes it, and dropped with the team's key when the screen locks.
 *
 * Taking an older load is safe: every change written since it read leaves a change note, and the board reads what
 * the notes name as soon as it has shown the load (useSnapshotPart.ts).
 */
import type { BoardIndex } from '../../../shared/board/boardIndex';
import { hasSavedPart } from '../../db/boardSnapshot';
import { beforeKeyDropped } from '../../db/keys/heldKeys';
import type { TeamDb } from '../../db/teamDb';
import type { PartReading } from './partReading';
import { readBoard } from './readBoard';

interface EarlyLoad {
  db: TeamDb;
  today: string;
  loading: Promise<PartReading<BoardIndex>>;
}

let early: EarlyLoad | null = null;

beforeKeyDropped((teamId) => {
  if (early?.db.teamId === teamId) early = null;
});

/**
 * Starts reading the board's cards for this day (readBoard.ts), unless a read of the same is already waiting to be taken. Only
 * from a saved snapshot: without one (a PC's first opening) the read is of every table, long work that would make
 * the sign-in screen slow to answer, and the board does it when it is opened. Settles when the read has; a read
 * that fails is reported by the board that takes it, as the board's own read would be.
 */
export async function loadBoardEarly(db: TeamDb, today: string): Promise<void> {
  const waiting = () => (early?.db === db && early.today === today ? early : null);
  let load = waiting();
  if (!load) {
    if (!(await hasSavedPart(db, 'cards'))) return;
    load = waiting() ?? { db, today, loading: readBoard(db, today) };
    early = load;
  }
  await load.loading.then(settled, settled);
}

function settled(): void {}

/** The early read of the board's cards for this database and day, once; null when there is none to take. */
export function takeEarlyBoardLoad(db: TeamDb, today: string): Promise<PartReading<BoardIndex>> | null {
  if (early?.db !== db || early.today !== today) return null;
  const { loading } = early;
  early = null;
  return loading;
}
