/** One case, live: undefined while loading, null when it is missing or deleted. */
import type { Case } from '../../../shared/domain/cases';
import { useTeamDb } from '../../app/team/useTeamDb';
import { useRecord } from '../../db/useRecord';

export function useCase(caseId: string): Case | null | undefined {
  const db = useTeamDb();
  return useRecord(db, 'cases', caseId);
}
