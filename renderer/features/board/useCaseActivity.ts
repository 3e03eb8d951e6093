import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { casesChangedSinceVisit, latestChangeByOthers } from '../../../shared/board/caseActivity';
import { useTeamDb } from '../../app/team/useTeamDb';

/** The tables whose rows belong to a case: a change to any of them is a change to the case. */
const CHILD_TABLES = ['involvements', 'aims', 'actions', 'chronology', 'services', 'views'] as const;

/**
 * The cases changed by someone else since this person last opened them. Reads the person's visits, then only the
 * cases they visited and their rows (through the `caseId` indexes: a person opens dozens of cases, the team has
 * thousands). Read once the board is `ready` (its cards are shown), so as not to hold them up.
 */
export function useCaseActivity(personId: string | null, ready: boolean): ReadonlySet<string> {
  const db = useTeamDb();
  const extra = useLiveQuery(async () => {
    // Nothing to compare until the board is shown and the person has opened a case here before.
    if (personId === null || !ready) return null;
    const visits = (await db.rows('caseVisits').where('personId').equals(personId).toArray()).filter(
      (visit) => !visit.deleted,
    );
    if (visits.length === 0) return null;
    const caseIds = [...new Set(visits.map((visit) => visit.caseId))];
    const [cases, ...tables] = await Promise.all([
      db.rows('cases').bulkGet(caseIds),
      ...CHILD_TABLES.map((table) => db.rows(table).where('caseId').anyOf(caseIds).toArray()),
    ]);
    return {
      visits: new Map(visits.map((visit) => [visit.caseId, visit.at])),
      cases: cases.flatMap((row) =>
        row && !row.deleted ? [{ id: row.id, updatedBy: row.updatedBy, updatedAt: row.updatedAt }] : [],
      ),
      children: tables.flatMap((rows) =>
        rows.map(({ caseId, updatedBy, updatedAt }) => ({ caseId, updatedBy, updatedAt })),
      ),
    };
  }, [db, personId, ready]);

  return useMemo(() => {
    if (!extra || personId === null) return new Set<string>();
    return casesChangedSinceVisit(latestChangeByOthers(extra.cases, extra.children, personId), extra.visits);
  }, [extra, personId]);
}
