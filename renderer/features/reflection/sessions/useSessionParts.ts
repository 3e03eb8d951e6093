/**
 * Everything recorded in one session, live: the agenda items with their notes (in agenda order), attendance,
 * decisions and the actions agreed in it. Undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '../../../../shared/domain/cases';
import type { SessionAttendance, SessionDecision, SessionNote } from '../../../../shared/domain/reflection';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface SessionParts {
  items: SessionNote[];
  attendance: SessionAttendance[];
  decisions: SessionDecision[];
  actions: Action[];
}

/** Oldest first: `sessionId` is stamped when a row is made and never changes, so its stamp is when it was added. */
function byCreation(a: { stamps: Record<string, string> }, b: { stamps: Record<string, string> }): number {
  return (a.stamps['sessionId'] ?? '').localeCompare(b.stamps['sessionId'] ?? '');
}

export function useSessionParts(sessionId: string): SessionParts | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const [items, attendance, decisions, actions] = await Promise.all([
      db.rows('sessionNotes').where('sessionId').equals(sessionId).toArray(),
      db.rows('sessionAttendance').where('sessionId').equals(sessionId).toArray(),
      db.rows('sessionDecisions').where('sessionId').equals(sessionId).toArray(),
      db.rows('actions').where('sessionId').equals(sessionId).toArray(),
    ]);
    return {
      items: items.filter((row) => !row.deleted).sort((a, b) => a.position - b.position),
      attendance: attendance.filter((row) => !row.deleted),
      decisions: decisions.filter((row) => !row.deleted).sort((a, b) => byCreation(a, b)),
      actions: actions.filter((row) => !row.deleted).sort((a, b) => byCreation(a, b)),
    };
  }, [db, sessionId]);
}
