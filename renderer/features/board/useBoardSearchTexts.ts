import { useLiveQuery } from 'dexie-react-hooks';
import { buildSearchTexts } from '../../../shared/board/boardIndex';
import type { TeamDb } from '../../db/teamDb';

/**
 * Rows per read. Reading a whole table of 15,000 actions at once holds the page for most of a second while the
 * browser unpacks them; read in slices of this size, a keystroke typed meanwhile waits only for the slice in hand.
 */
const SLICE = 400;

/** Reads a table in primary-key order, a slice at a time, through `readSlice(after)`. */
async function readInSlices<Row extends { id: string }>(
  readSlice: (after: string | null) => Promise<Row[]>,
): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const slice = await readSlice(after);
    rows.push(...slice);
    after = slice.at(-1)?.id ?? null;
    if (slice.length < SLICE || after === null) return rows;
  }
}

/**
 * The lower-case aims and actions text of every case, for the board's search. Read only once `ready` (after the
 * cards are on screen), and in slices: these are the largest tables the board needs, and the cards do not show
 * them. Undefined until read.
 */
export function useBoardSearchTexts(db: TeamDb, ready: boolean): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const aims = await readInSlices((after) =>
      (after === null ? db.rows('aims').toCollection() : db.rows('aims').where(':id').above(after))
        .limit(SLICE)
        .toArray(),
    );
    const actions = await readInSlices((after) =>
      (after === null ? db.rows('actions').toCollection() : db.rows('actions').where(':id').above(after))
        .limit(SLICE)
        .toArray(),
    );
    return buildSearchTexts(aims, actions);
  }, [db, ready]);
}
