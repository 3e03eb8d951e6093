/** Every live reflection session of the team, newest first; undefined while loading. */
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { compareSessions } from '../../../shared/reflection/carryForward';
import { useLiveRows } from '../../db/useLiveRows';
import { useTeam } from '../../app/team/useTeam';

export function useSessions(): ReflectionSession[] | undefined {
  const { db } = useTeam();
  const rows = useLiveRows(db, 'reflectionSessions');
  return rows && [...rows].sort((a, b) => compareSessions(b, a));
}
