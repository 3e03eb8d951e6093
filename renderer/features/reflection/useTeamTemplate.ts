/** One of the team's templates, live: undefined while loading, null when missing or deleted. */
import type { ReflectionTemplate } from '../../../shared/domain/reflection';
import { useRecord } from '../../db/useRecord';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTeamTemplate(id: string | null): ReflectionTemplate | null | undefined {
  const db = useTeamDb();
  return useRecord(db, 'reflectionTemplates', id);
}
