import { useLiveQuery } from 'dexie-react-hooks';
import { orderColumns } from '../../../shared/board/boardIndex';
import type { BoardColumn } from '../../../shared/domain/team';
import type { TeamDb } from '../../db/teamDb';

/** The board's stages in order, retired ones included; undefined while loading. */
export function useBoardColumns(db: TeamDb): BoardColumn[] | undefined {
  return useLiveQuery(async () => orderColumns(await db.rows('boardColumns').toArray()), [db]);
}
