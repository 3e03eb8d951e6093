/** One case, live: undefined while loading, null when it is missing or deleted. */
import type { Case } from '../../../shared/domain/cases';
import { useTeam } from '../../app/team/useTeam';
import { useRecord } from '../../db/useRecord';

export function useCase(caseId: string): Case | null | undefined {
  const { db } = useTeam();
  return useRecord(db, 'cases', caseId);
}
