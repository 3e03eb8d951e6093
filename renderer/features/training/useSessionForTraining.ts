/**
 * A reflection session as the training form needs it (title, date, and its length from the timed agenda), for
 * logging the learning from it. Undefined while loading; null when there is no such session.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../app/team/useTeamDb';

export interface SessionForTraining {
  id: string;
  title: string;
  date: string;
  /** The agenda's minutes in hours, or null when the agenda has no timings. */
  hours: number | null;
}

export function useSessionForTraining(sessionId: string | null): SessionForTraining | null | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    if (sessionId === null) return null;
    const session = await db.rows('reflectionSessions').get(sessionId);
    if (!session || session.deleted) return null;
    const notes = await db.rows('sessionNotes').where('sessionId').equals(sessionId).toArray();
    const minutes = notes.filter((note) => !note.deleted).reduce((sum, note) => sum + (note.minutes ?? 0), 0);
    // Quarter hours are precise enough for a CPD record.
    const hours = minutes > 0 ? Math.max(0.25, Math.round(minutes / 15) / 4) : null;
    return { id: session.id, title: session.title, date: session.date, hours };
  }, [db, sessionId]);
}
