import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardData } from '../../../shared/board/boardIndex';
import type { TeamDb } from '../../db/teamDb';

/**
 * Everything the board shows, in a few bulk reads (one per table) rather than a query per card; the board then
 * indexes and filters it in memory. Undefined while loading.
 */
export function useBoardData(db: TeamDb): BoardData | undefined {
  return useLiveQuery(async () => {
    const [cases, columns, members, agencies, involvements, actions, aims] = await Promise.all([
      db.rows('cases').toArray(),
      db.rows('boardColumns').toArray(),
      db.rows('members').toArray(),
      db.rows('agencies').toArray(),
      db.rows('involvements').toArray(),
      db.rows('actions').toArray(),
      db.rows('aims').toArray(),
    ]);
    return { cases, columns, members, agencies, involvements, actions, aims };
  }, [db]);
}
