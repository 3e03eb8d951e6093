import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../app/team/useTeamDb';

/** How many differences on this PC wait for a person's decision (0 while loading). */
export function useDecisionCount(): number {
  const db = useTeamDb();
  return useLiveQuery(() => db.decisions.count(), [db]) ?? 0;
}
