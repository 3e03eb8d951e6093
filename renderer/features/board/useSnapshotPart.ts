import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SnapshotPartName } from '../../../shared/board/snapshotPart';
import { listPartChangeKeys } from '../../db/boardSnapshot';
import type { TeamDb } from '../../db/teamDb';
import { useTeamDb } from '../../app/team/useTeamDb';
import type { PartReader, PartReading } from './partReading';

interface Shown<Value> {
  db: TeamDb;
  today: string;
  value: Value;
  /** The change notes this value already reflects. */
  takenIn: ReadonlySet<string>;
}

/** Saves the part once the board on screen has been drawn, so the saving does not hold the cards up. */
function saveAfterDrawing(save: () => Promise<unknown>): void {
  const later = () => {
    // A failed save only means the next opening reads more; the board on screen is already right.
    save().catch(() => undefined);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(later, 0));
  else setTimeout(later, 0);
}

/**
 * A part of the board's saved snapshot as `read` makes it (partReading.ts), kept up to date: read once `enabled`,
 * then again whenever a change note it has not taken in appears. A live query watches only the notes, which every
 * write to the part's tables adds. Undefined until read. `takeEarlyRead` may hand over a reading begun before this
 * component existed (earlyBoardLoad.ts), used in place of the first one. `read` and `takeEarlyRead` are to be
 * defined once, outside any component.
 */
export function useSnapshotPart<Value>(
  part: SnapshotPartName,
  read: PartReader<Value>,
  today: string,
  enabled = true,
  takeEarlyRead?: (db: TeamDb, today: string) => Promise<PartReading<Value>> | null,
): Value | undefined {
  const db = useTeamDb();
  const notes = useLiveQuery(() => (enabled ? listPartChangeKeys(db, part) : undefined), [db, part, enabled]);
  const [shown, setShown] = useState<Shown<Value> | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  // One read at a time: while changes keep coming (an import), each read finishes and shows a consistent board.
  const reading = useRef<TeamDb | null>(null);
  // A read can outlive the board (a person leaves it, a test ends and its page is gone): its answer is then dropped
  // rather than handed to a component that no longer exists.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (notes === undefined || reading.current === db) return;
    if (shown?.db === db && shown.today === today && notes.every((key) => shown.takenIn.has(key))) return;
    reading.current = db;
    // Not cancelled when newer notes arrive: the result is shown, and showing it runs this effect again, which
    // then reads what those notes name.
    const early = shown?.db === db ? null : takeEarlyRead?.(db, today);
    (early ?? read(db, today)).then(
      (done) => {
        reading.current = null;
        if (!mounted.current) return;
        setShown({ db, today, value: done.value, takenIn: new Set(done.notes) });
        if (done.save) saveAfterDrawing(done.save);
      },
      (error: unknown) => {
        reading.current = null;
        if (!mounted.current) return;
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }, [db, part, read, today, notes, shown, takeEarlyRead]);

  if (failure) throw failure;
  return shown?.db === db ? shown.value : undefined;
}
