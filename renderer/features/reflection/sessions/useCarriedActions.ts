/** Open actions from sessions before this one, oldest first, live; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '../../../../shared/domain/cases';
import type { ReflectionSession } from '../../../../shared/domain/reflection';
import { carriedActions } from '../../../../shared/reflection/carryForward';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface CarriedAction {
  action: Action;
  /** The session it was agreed in. */
  from: ReflectionSession | undefined;
}

export function useCarriedActions(
  session: ReflectionSession | null | undefined,
): CarriedAction[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    if (!session) return [];
    const [actions, sessions] = await Promise.all([
      db.rows('actions').where('status').equals('open').toArray(),
      db.rows('reflectionSessions').toArray(),
    ]);
    const byId = new Map(sessions.map((row) => [row.id, row]));
    return carriedActions(actions, sessions, session).map((action) => ({
      action,
      from: byId.get(action.sessionId ?? ''),
    }));
  }, [db, session?.id, session?.date, session?.createdAt]);
}
