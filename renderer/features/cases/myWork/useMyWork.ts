/**
 * What "My work and the team's" reads, live, through indexes only: this person's open actions (`ownerId`), the
 * team's overdue actions (`[status+dueDate]`), reviews due up to a date (`nextReviewDate`), and the cases and
 * reflection sessions those rows belong to. Actions on deleted cases or sessions are left out.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Case } from '../../../../shared/domain/cases';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface WorkPlace {
  /** Where the action was agreed: a case reference and name, or a reflection session's title and date. */
  label: string;
  kind: 'case' | 'session';
  id: string;
}

export interface MyWork {
  mine: Action[];
  teamOverdue: Action[];
  reviews: Case[];
  placeOf: (action: Action) => WorkPlace | null;
}

export function useMyWork(personId: string, today: string, reviewLimit: string): MyWork | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    // Whole index ranges read in one go (`toArray` then a filter in memory): a filter inside the query would walk a
    // cursor row by row, and the live query would then watch every row it passed one key at a time.
    const [mineAll, overdueAll, reviewAll] = await Promise.all([
      db.rows('actions').where('ownerId').equals(personId).toArray(),
      db.rows('actions').where('[status+dueDate]').between(['open', ''], ['open', today]).toArray(),
      db.rows('cases').where('nextReviewDate').between('', reviewLimit, true, true).toArray(),
    ]);
    const mineRows = mineAll.filter((row) => !row.deleted && row.status === 'open');
    const overdueRows = overdueAll.filter((row) => !row.deleted);
    const reviewRows = reviewAll.filter((row) => !row.deleted && row.status === 'open');
    const caseIds = [
      ...new Set([...mineRows, ...overdueRows].flatMap((row) => (row.caseId ? [row.caseId] : []))),
    ];
    const sessionIds = [
      ...new Set([...mineRows, ...overdueRows].flatMap((row) => (row.sessionId ? [row.sessionId] : []))),
    ];
    const [cases, sessions] = await Promise.all([
      db.rows('cases').bulkGet(caseIds),
      db.rows('reflectionSessions').bulkGet(sessionIds),
    ]);
    const places = new Map<string, WorkPlace>();
    for (const row of cases) {
      if (row && !row.deleted) {
        places.set(row.id, { kind: 'case', id: row.id, label: `${row.reference} ${row.displayName}`.trim() });
      }
    }
    for (const row of sessions) {
      if (row && !row.deleted)
        places.set(row.id, { kind: 'session', id: row.id, label: `${row.title} (${row.date})` });
    }
    const placeOf = (action: Action) => places.get(action.caseId ?? action.sessionId ?? '') ?? null;
    const placed = (action: Action) => placeOf(action) !== null;
    return {
      mine: mineRows.filter(placed),
      teamOverdue: overdueRows.filter(placed),
      reviews: reviewRows.sort((a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '')),
      placeOf,
    };
  }, [db, personId, today, reviewLimit]);
}
