/**
 * Everything the charter's measured targets are worked out from (board, training and health-check rows), read
 * live so a target's value moves as soon as a colleague records a review or a training session.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MeasureInputs } from '../../../../shared/charter/measures';
import { useTeamDb } from '../../../app/team/useTeamDb';

export function useMeasureInputs(): MeasureInputs | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const live = <Row extends { deleted: boolean }>(rows: Row[]) => rows.filter((row) => !row.deleted);
    const [
      services,
      cases,
      chronology,
      members,
      trainingEntries,
      trainingAttendance,
      healthChecks,
      healthCheckResponses,
    ] = await Promise.all([
      db.rows('services').toArray(),
      db.rows('cases').toArray(),
      db
        .rows('chronology')
        .filter((entry) => entry.type === 'review')
        .toArray(),
      db.rows('members').toArray(),
      db.rows('trainingEntries').toArray(),
      db.rows('trainingAttendance').toArray(),
      db.rows('healthChecks').toArray(),
      db.rows('healthCheckResponses').toArray(),
    ]);
    return {
      services: live(services),
      cases: live(cases),
      chronology: live(chronology),
      members: live(members),
      trainingEntries: live(trainingEntries),
      trainingAttendance: live(trainingAttendance),
      healthChecks: live(healthChecks),
      healthCheckResponses: live(healthCheckResponses),
    };
  }, [db]);
}
