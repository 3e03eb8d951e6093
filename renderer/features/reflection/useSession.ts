/** One reflection session, live: undefined while loading, null when it is missing or deleted. */
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { useRecord } from '../../db/useRecord';
import { useTeam } from '../../app/team/useTeam';

export function useSession(id: string): ReflectionSession | null | undefined {
  const { db } = useTeam();
  return useRecord(db, 'reflectionSessions', id);
}
