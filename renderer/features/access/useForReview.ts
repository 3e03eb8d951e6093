import { useLiveQuery } from 'dexie-react-hooks';
import { listForReview, type ReviewItem } from '../../db/forReview';
import type { TeamDb } from '../../db/teamDb';

/** Changes from other PCs that broke the team's rules, not yet reviewed first; undefined while loading. */
export function useForReview(db: TeamDb): ReviewItem[] | undefined {
  return useLiveQuery(() => listForReview(db), [db]);
}
