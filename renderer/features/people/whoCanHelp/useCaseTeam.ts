import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../../../shared/dates';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface CaseTeam {
  reference: string;
  /** Wellbeing indicator ids. */
  concerns: string[];
  /** Members involved now (their involvement has not ended), and the lead professional. */
  involvedIds: string[];
}

/** A case's concerns and who is involved in it, for the team-around-the-child suggestions; null when missing. */
export function useCaseTeam(caseId: string): CaseTeam | null | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const row = await db.rows('cases').get(caseId);
    if (!row || row.deleted) return null;
    const today = todayIso();
    const involvements = await db.rows('involvements').where('caseId').equals(caseId).toArray();
    const ids = new Set(
      involvements
        .filter((inv) => !inv.deleted && inv.memberId !== null && (inv.until === null || inv.until >= today))
        .map((inv) => inv.memberId ?? ''),
    );
    if (row.leadMemberId) ids.add(row.leadMemberId);
    return { reference: row.reference, concerns: row.concerns, involvedIds: [...ids] };
  }, [db, caseId]);
}
