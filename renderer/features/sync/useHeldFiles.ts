import { useLiveQuery } from 'dexie-react-hooks';
import { listHeldFiles } from '../../db/heldFiles';
import type { HeldFileRow } from '../../db/teamDb';
import { useTeamDb } from '../../app/team/useTeamDb';

export type HeldFileItem = Omit<HeldFileRow, 'contents'>;

/** Files held back because a PC's clock is ahead, oldest first, without their contents; undefined while loading. */
export function useHeldFiles(): HeldFileItem[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await listHeldFiles(db);
    return rows.map(({ contents: _contents, ...item }) => item);
  }, [db]);
}
