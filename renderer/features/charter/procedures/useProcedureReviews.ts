/** Reflection sessions that reviewed a procedure, and session decisions that propose changing it. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReflectionSession, SessionDecision } from '../../../../shared/domain/reflection';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface ProcedureReviews {
  sessions: ReflectionSession[];
  /** Each proposing decision with the session it was agreed in (null if that session is gone). */
  decisions: { decision: SessionDecision; session: ReflectionSession | null }[];
}

export function useProcedureReviews(procedureId: string): ProcedureReviews | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const allSessions = (await db.rows('reflectionSessions').toArray()).filter((row) => !row.deleted);
    const byId = new Map(allSessions.map((row) => [row.id, row]));
    const decisions = (
      await db.rows('sessionDecisions').where('proposesProcedureId').equals(procedureId).toArray()
    ).filter((row) => !row.deleted);
    return {
      sessions: allSessions
        .filter((row) => row.procedureId === procedureId)
        .sort((a, b) => b.date.localeCompare(a.date)),
      decisions: decisions
        .map((decision) => ({ decision, session: byId.get(decision.sessionId) ?? null }))
        .sort((a, b) => (b.session?.date ?? '').localeCompare(a.session?.date ?? '')),
    };
  }, [db, procedureId]);
}
