import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PartSource, SnapshotPart } from '../../../shared/board/snapshotPart';
import { listPartChangeKeys, loadPart, savePart, type LoadedPart } from '../../db/boardSnapshot';
import type { TeamDb } from '../../db/teamDb';
import { useTeamDb } from '../../app/team/useTeamDb';

interface Shown<Source extends PartSource> {
  db: TeamDb;
  today: string;
  source: Source;
  /** The change notes this source already reflects. */
  takenIn: ReadonlySet<string>;
}

/** Saves the part once the board on screen has been drawn, so the saving does not hold the cards up. */
function saveAfterDrawing(db: TeamDb, loaded: LoadedPart<PartSource>): void {
  const save = () => {
    // A failed save only means the next opening reads more; the board on screen is already right.
    savePart(db, loaded).catch(() => undefined);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(save, 0));
  else setTimeout(save, 0);
}

/**
 * A part of the board's saved snapshot, kept up to date (renderer/db/boardSnapshot.ts): loaded once `enabled`,
 * then again whenever a change note it has not taken in appears. A live query watches only the notes, which every
 * write to the part's tables adds. Undefined until loaded. `takeEarlyLoad` may hand over a load of the part begun
 * before this component existed (earlyBoardLoad.ts), used in place of the first one.
 */
export function useSnapshotPart<Source extends PartSource>(
  part: SnapshotPart<Source>,
  today: string,
  enabled = true,
  takeEarlyLoad?: (db: TeamDb, today: string) => Promise<LoadedPart<Source>> | null,
): Source | undefined {
  const db = useTeamDb();
  const notes = useLiveQuery(
    () => (enabled ? listPartChangeKeys(db, part.name) : undefined),
    [db, part.name, enabled],
  );
  const [shown, setShown] = useState<Shown<Source> | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  // One load at a time: while changes keep coming (an import), each load finishes and shows a consistent board.
  const loading = useRef<TeamDb | null>(null);
  // A load can outlive the board (a person leaves it, a test ends and its page is gone): its answer is then dropped
  // rather than handed to a component that no longer exists.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (notes === undefined || loading.current === db) return;
    if (shown?.db === db && shown.today === today && notes.every((key) => shown.takenIn.has(key))) return;
    loading.current = db;
    // Not cancelled when newer notes arrive: the result is shown, and showing it runs this effect again, which
    // then reads what those notes name.
    const early = shown?.db === db ? null : takeEarlyLoad?.(db, today);
    (early ?? loadPart(db, part, today)).then(
      (loaded) => {
        loading.current = null;
        if (!mounted.current) return;
        setShown({ db, today, source: loaded.source, takenIn: new Set(loaded.notes) });
        if (loaded.stale) saveAfterDrawing(db, loaded);
      },
      (error: unknown) => {
        loading.current = null;
        if (!mounted.current) return;
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }, [db, part, today, notes, shown, takeEarlyLoad]);

  if (failure) throw failure;
  return shown?.db === db ? shown.source : undefined;
}
