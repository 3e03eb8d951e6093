import { useLiveQuery } from 'dexie-react-hooks';
import type { CharterAim, CharterTarget } from '../../../../shared/domain/charter';
import { useTeamDb } from '../../../app/team/useTeamDb';

/**
 * A target with the aim it serves, read together: undefined while loading, null when the target is gone or its
 * aim has been removed (a target is shown only under its aim, and comes back with it).
 */
export function useTargetWithAim(
  targetId: string,
): { target: CharterTarget; aim: CharterAim } | null | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const target = await db.rows('charterTargets').get(targetId);
    if (!target || target.deleted) return null;
    const aim = await db.rows('charterAims').get(target.aimId);
    return aim && !aim.deleted ? { target, aim } : null;
  }, [db, targetId]);
}
