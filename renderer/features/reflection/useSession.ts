/** One reflection session, live: undefined while loading, null when it is missing or deleted. */
import type { ReflectionSession } from '../../../shared/domain/reflection';
import { useRecord } from '../../db/useRecord';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useSession(id: string): ReflectionSession | null | undefined {
  const db = useTeamDb();
  return useRecord(db, 'reflectionSessions', id);
}
