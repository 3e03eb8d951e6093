import { useLiveQuery } from 'dexie-react-hooks';
import { buildSearchTexts } from '../../../shared/board/boardIndex';
import type { TeamDb } from '../../db/teamDb';

/**
 * The lower-case aims and actions text of every case, for the board's search. Read only once `ready` (after the
 * cards are on screen): these are the largest tables the board needs, and the cards do not show them. Undefined
 * until read.
 */
export function useBoardSearchTexts(db: TeamDb, ready: boolean): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    if (!ready) return undefined;
    const [aims, actions] = await Promise.all([db.rows('aims').toArray(), db.rows('actions').toArray()]);
    return buildSearchTexts(aims, actions);
  }, [db, ready]);
}
