/** Every live reflection session of the team, newest first; undefined while loading. */
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { compareSessions } from '../../../shared/reflection/carryForward';
import { useLiveRows } from '../../db/useLiveRows';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useSessions(): ReflectionSession[] | undefined {
  const db = useTeamDb();
  const rows = useLiveRows(db, 'reflectionSessions');
  return rows && [...rows].sort((a, b) => compareSessions(b, a));
}
