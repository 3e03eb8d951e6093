/**
 * The board's stages (its columns) in board order, retired ones included so a case in one still shows its stage;
 * undefined while loading.
 */
import { orderColumns } from '../../../shared/board/boardIndex';
import type { BoardColumn } from '../../../shared/domain/team';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../team/useTeamDb';

export function useStages(): BoardColumn[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => orderColumns(await db.rows('boardColumns').toArray()), [db]);
}
