import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';

/** How many differences on this PC wait for a person's decision (0 while loading). */
export function useDecisionCount(db: TeamDb): number {
  return useLiveQuery(() => db.decisions.count(), [db]) ?? 0;
}
