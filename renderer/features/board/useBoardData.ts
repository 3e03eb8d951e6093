import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardData } from '../../../shared/board/boardIndex';
import type { TeamDb } from '../../db/teamDb';

/**
 * What the board's cards show, in a few bulk reads (one per table) rather than a query per card; the board then
 * indexes and filters it in memory. Of the actions only the open overdue ones are read (through the
 * `[status+dueDate]` index), as that is all a card counts; the aims and actions text for search comes later from
 * `useBoardSearchTexts`, so the largest tables never hold up the first cards. Undefined while loading.
 */
export function useBoardData(db: TeamDb, today: string): BoardData | undefined {
  return useLiveQuery(async () => {
    const [cases, columns, members, agencies, involvements, actions] = await Promise.all([
      db.rows('cases').toArray(),
      db.rows('boardColumns').toArray(),
      db.rows('members').toArray(),
      db.rows('agencies').toArray(),
      db.rows('involvements').toArray(),
      db
        .rows('actions')
        .where('[status+dueDate]')
        .between(['open', ''], ['open', today], true, false)
        .toArray(),
    ]);
    return { cases, columns, members, agencies, involvements, actions, aims: [] };
  }, [db, today]);
}
