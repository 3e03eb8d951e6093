import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardData } from '../../../shared/board/boardIndex';
import {
  listBoardChangeKeys,
  loadBoardSource,
  saveBoardSnapshot,
  type LoadedBoard,
} from '../../db/boardSnapshot';
import type { TeamDb } from '../../db/teamDb';

interface Shown {
  db: TeamDb;
  today: string;
  data: BoardData;
  /** The change notes this data already reflects. */
  takenIn: ReadonlySet<string>;
}

/** Saves the snapshot once the board on screen has been drawn, so the saving does not hold the cards up. */
function saveAfterDrawing(db: TeamDb, loaded: LoadedBoard): void {
  const save = () => {
    // A failed save only means the next opening reads more; the board on screen is already right.
    saveBoardSnapshot(db, loaded).catch(() => undefined);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(save, 0));
  else setTimeout(save, 0);
}

/**
 * What the board's cards show, from the board's saved snapshot and the records changed since it was saved
 * (renderer/db/boardSnapshot.ts), so opening the board does not read every case. A live query watches the change
 * notes, which every write to those records adds: a new note brings the changed records in. The aims and actions
 * text for search comes apart, from `useBoardSearchTexts`. Undefined while loading.
 */
export function useBoardData(db: TeamDb, today: string): BoardData | undefined {
  const notes = useLiveQuery(() => listBoardChangeKeys(db), [db]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  // One load at a time: while changes keep coming (an import), each load finishes and shows a consistent board.
  const loading = useRef<TeamDb | null>(null);

  useEffect(() => {
    if (notes === undefined || loading.current === db) return;
    if (shown?.db === db && shown.today === today && notes.every((key) => shown.takenIn.has(key))) return;
    loading.current = db;
    // Not cancelled when newer notes arrive: the result is shown, and showing it runs this effect again, which
    // then reads what those notes name. (After the board has closed, setting its state does nothing.)
    loadBoardSource(db, today).then(
      (loaded) => {
        loading.current = null;
        setShown({ db, today, data: loaded.source, takenIn: new Set(loaded.notes) });
        if (loaded.stale) saveAfterDrawing(db, loaded);
      },
      (error: unknown) => {
        loading.current = null;
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }, [db, today, notes, shown]);

  if (failure) throw failure;
  return shown?.db === db ? shown.data : undefined;
}
