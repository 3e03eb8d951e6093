import { useLiveQuery } from 'dexie-react-hooks';
import { listHeldFiles, type HeldFileRow } from '../../db/heldFiles';
import type { TeamDb } from '../../db/teamDb';

export type HeldFileItem = Omit<HeldFileRow, 'contents'>;

/** Files held back because a PC's clock is ahead, oldest first, without their contents; undefined while loading. */
export function useHeldFiles(db: TeamDb): HeldFileItem[] | undefined {
  return useLiveQuery(async () => {
    const rows = await listHeldFiles(db);
    return rows.map(({ contents: _contents, ...item }) => item);
  }, [db]);
}
