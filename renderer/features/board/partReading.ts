/**
 * How the board reads a part of its saved snapshot (renderer/db/boardSnapshot.ts) into what it shows: the search
 * part as its rows, the cards part as the board's built cards (readBoard.ts). `useSnapshotPart` keeps either up to
 * date.
 */
import type { PartSource, SnapshotPart } from '../../../shared/board/snapshotPart';
import { loadPart, savePart } from '../../db/boardSnapshot';
import type { TeamDb } from '../../db/teamDb';

/** One reading of a part, as the board shows it. */
export interface PartReading<Value> {
  value: Value;
  /** The change notes it has taken in. */
  notes: readonly string[];
  /** Saves what was read as the part's new saved form, when that is out of date or missing; otherwise null. */
  save: (() => Promise<unknown>) | null;
}

export type PartReader<Value> = (db: TeamDb, today: string) => Promise<PartReading<Value>>;

/** Reads a part as its rows: the saved part and the records changed since. */
export function readRows<Source extends PartSource>(part: SnapshotPart<Source>): PartReader<Source> {
  return async (db, today) => {
    const loaded = await loadPart(db, part, today);
    return {
      value: loaded.source,
      notes: loaded.notes,
      save: loaded.stale ? () => savePart(db, loaded) : null,
    };
  };
}
