import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardData } from '../../../shared/board/boardIndex';
import { casesChangedSinceVisit, latestChangeByOthers } from '../../../shared/board/caseActivity';
import type { TeamDb } from '../../db/teamDb';

/**
 * The cases changed by someone else since this person last opened them. Reads the person's visits and who last
 * changed each chronology entry, service and recorded view; the case rows, aims, actions and involvements come
 * from the board's own data.
 */
export function useCaseActivity(
  db: TeamDb,
  personId: string | null,
  data: BoardData | undefined,
): ReadonlySet<string> {
  const ready = data !== undefined;
  const extra = useLiveQuery(async () => {
    // Nothing to compare until the board is shown and the person has opened a case here before.
    if (personId === null || !ready) return null;
    const visits = (await db.rows('caseVisits').where('personId').equals(personId).toArray()).filter(
      (visit) => !visit.deleted,
    );
    if (visits.length === 0) return null;
    const [chronology, services, views] = await Promise.all([
      db.rows('chronology').toArray(),
      db.rows('services').toArray(),
      db.rows('views').toArray(),
    ]);
    const slim = (rows: readonly { caseId: string; updatedBy: string; updatedAt: string }[]) =>
      rows.map(({ caseId, updatedBy, updatedAt }) => ({ caseId, updatedBy, updatedAt }));
    return {
      visits: new Map(visits.map((visit) => [visit.caseId, visit.at])),
      children: [...slim(chronology), ...slim(services), ...slim(views)],
    };
  }, [db, personId, ready]);

  return useMemo(() => {
    if (!extra || !data || personId === null) return new Set<string>();
    const latest = latestChangeByOthers(
      data.cases,
      [...data.involvements, ...data.aims, ...data.actions, ...extra.children],
      personId,
    );
    return casesChangedSinceVisit(latest, extra.visits);
  }, [extra, data, personId]);
}
