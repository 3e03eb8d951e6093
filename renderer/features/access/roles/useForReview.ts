import { useLiveQuery } from 'dexie-react-hooks';
import { listForReview, type ReviewItem } from '../../../db/forReview';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** Changes from other PCs that broke the team's rules, not yet reviewed first; undefined while loading. */
export function useForReview(): ReviewItem[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(() => listForReview(db), [db]);
}
