/** One of the team's templates, live: undefined while loading, null when missing or deleted. */
import type { ReflectionTemplate } from '../../../shared/domain/reflection';
import { useRecord } from '../../db/useRecord';
import { useTeam } from '../../app/team/useTeam';

export function useTeamTemplate(id: string | null): ReflectionTemplate | null | undefined {
  const { db } = useTeam();
  return useRecord(db, 'reflectionTemplates', id);
}
